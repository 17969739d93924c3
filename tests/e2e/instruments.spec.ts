// Every instrument on every chapter and catalog template (found in the HTML, never hand-listed): it hydrates,
// responds to keyboard and mouse, its copied link restores its state in a fresh page, and a
// hostile link falls back to defaults with a visible notice and nothing injected.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations, instrumentCases, instrumentHydrated, openInstrument as open, watch } from './site';

const cases = instrumentCases();

test('instruments are found in the built pages', () => {
  expect(cases.length).toBeGreaterThan(0);
});

async function readout(figure: Locator): Promise<string> {
  const text = (await figure.locator('[data-probe="output"]').first().textContent())?.trim() ?? '';
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
  expect(text).not.toBe('');
  return text;
}

for (const { path, ns } of cases) {
  test.describe(`${path}#${ns}`, () => {
    test('responds to keyboard and mouse, and its number changes', async ({ page, baseURL }) => {
      const problems = watch(page, new URL(baseURL!).origin);
      const figure = await open(page, path, ns);
      const control = figure.locator('[data-probe="control"]').first();
      const before = await readout(figure);

      await control.focus();
      await page.keyboard.press('End');
      await expect.poll(() => readout(figure)).not.toBe(before);
      const afterKeyboard = await readout(figure);
      await page.keyboard.press('Home');
      await expect.poll(() => readout(figure)).not.toBe(afterKeyboard);
      const afterHome = await readout(figure);

      // locator.click waits until the control stops moving (smooth scrolling, layout after a
      // redraw); a raw mouse click at an earlier bounding box can land beside it.
      const box = (await control.boundingBox())!;
      await control.click({ position: { x: box.width * 0.7, y: box.height / 2 } });
      await expect.poll(() => readout(figure)).not.toBe(afterHome);
      await expect(figure).not.toContainText(/NaN|Infinity/);
      expect(problems).toEqual([]);
    });

    test('passes axe in light and dark once hydrated', async ({ page }) => {
      // pages.spec checks the server-rendered page; this checks the live instrument (axe still
      // sees the whole page for contrast and names, but judges only the instrument's nodes).
      await open(page, path, ns);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page, `figure[data-instrument="${ns}"]`), `axe violations (${scheme})`).toEqual([]);
      }
    });

    test('a copied link restores the state in a fresh page', async ({ page, context, baseURL }) => {
      const figure = await open(page, path, ns);
      const control = figure.locator('[data-probe="control"]').first();
      await control.focus();
      await page.keyboard.press('End');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
      const state = await readout(figure);

      await figure.locator('[data-copy-link]').click();
      const link = await figure.locator('[data-probe="link"]').inputValue();
      expect(link).toContain(`${ns}.`);
      expect(new URL(link).origin).toBe(new URL(baseURL!).origin);

      const fresh = await context.newPage();
      // Hydrates at once because the link names the instrument; no scrolling needed.
      await fresh.goto(link);
      const restored = await instrumentHydrated(fresh, ns);
      await expect.poll(() => readout(restored)).toBe(state);
      await expect(restored).toBeInViewport();
      await fresh.close();
    });

    test('a hostile link falls back to defaults with a visible notice', async ({ page, baseURL }) => {
      const problems = watch(page, new URL(baseURL!).origin);
      const defaults = await readout(await open(page, path, ns));
      const hostile = new URLSearchParams();
      for (const key of ['model', 'params', 'quant', 'ctx', 'device', 'batch', 'unknown']) {
        hostile.set(`${ns}.${key}`, key === 'params' ? '1e30' : '<script>alert(1)</script>');
      }
      const figure = await open(page, `${path}?${hostile.toString()}`, ns);
      await expect(figure.locator('.notice')).toBeVisible();
      await expect(figure.locator('.notice')).not.toContainText('<script>');
      expect(await page.locator('script:text("alert(1)")').count()).toBe(0);
      expect(await readout(figure)).toBe(defaults);
      expect(problems).toEqual([]);
    });
  });
}
