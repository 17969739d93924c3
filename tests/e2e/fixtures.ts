// `test` with one page per worker: a fresh browser context costs ~1.5–3 s on a busy 2-core machine
// and a navigation in a warm page ~0.3 s, so with 150+ pages the suite reuses a page and resets
// what a test may have changed (listeners, media emulation, viewport, storage). Tests that need a
// pristine context (init scripts, JavaScript off, a second page) make their own from `browser`.
import { test as base, type Page } from '@playwright/test';

let shared: Page | undefined;

export const test = base.extend({
  page: async ({ browser, baseURL, viewport }, use) => {
    if (!shared || shared.isClosed()) {
      const context = await browser.newContext({ baseURL, viewport });
      shared = await context.newPage();
    }
    const page = shared;
    if (viewport) await page.setViewportSize(viewport);
    await use(page);
    for (const event of ['console', 'pageerror', 'request', 'response'] as const) page.removeAllListeners(event);
    if (page.isClosed()) return;
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null });
    if (baseURL && page.url().startsWith(baseURL)) await page.evaluate(() => localStorage.clear()).catch(() => undefined);
  },
});

export { expect } from '@playwright/test';
