// Helpers shared by the browser tests: a page probe that records console errors and off-origin
// requests, hydration waits, and a fast axe run. What to test is generated from the built pages
// (tests/dist/site.ts reads dist/ with a real HTML parser), never hand-listed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';

export {
  builtPages,
  equationsIn,
  hasClass,
  hasIslands,
  instrumentCases,
  quizzesIn,
  templatePages,
  textOf,
  select,
  type BuiltPage,
  type QuizCase,
} from '../dist/site';

/** Records console errors, page errors and requests to any origin other than the site's. */
export function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`off-origin request: ${request.url()}`);
  });
  return problems;
}

/** Waits until every island on the page has hydrated (Astro removes the `ssr` attribute). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 20_000 });
}

/** Waits until the island holding instrument `ns` has hydrated (Astro removes its `ssr` attribute). */
export async function instrumentHydrated(page: Page, ns: string): Promise<Locator> {
  await expect(page.locator(`astro-island:has(figure[data-instrument="${ns}"])`)).not.toHaveAttribute('ssr', /.*/, { timeout: 20_000 });
  return page.locator(`figure[data-instrument="${ns}"]`);
}

/** Opens `url`, scrolls instrument `ns` into view (which hydrates it) and waits until it has hydrated. */
export async function openInstrument(page: Page, url: string, ns: string): Promise<Locator> {
  await page.goto(url);
  await page.locator(`figure[data-instrument="${ns}"]`).scrollIntoViewIfNeeded();
  return instrumentHydrated(page, ns);
}

/** Scrolls through the whole page so every `client:linked` island becomes visible and hydrates. */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) {
    // <astro-island> is display: contents; scroll its first child into view.
    await islands.nth(i).locator('> *').first().scrollIntoViewIfNeeded();
  }
  await waitForHydration(page);
}

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js', {
    paths: [createRequire(import.meta.url).resolve('@axe-core/playwright')],
  }),
  'utf8',
);

/**
 * WCAG 2.1 AA violations on the page as it is now — or only in the elements matching `scope` — one
 * line each. Runs axe-core directly in the page, injected once: @axe-core/playwright re-injects axe
 * and opens a helper page on every call, which costs ~1.5 s a call. Our pages have no frames
 * (checked here), which is all that helper page is for.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  expect(page.frames(), 'axe runs in the top frame only; a page with frames needs @axe-core/playwright').toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, scope }) => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: object, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const context = scope ? { include: [scope] } : document;
      const results = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    },
    { tags: WCAG_AA, scope },
  );
}
