// One page per template (a model page, a device page, the indexes, the 404) and every chapter,
// found in dist/ (templatePages): each is served, renders without a console error or an
// off-origin request, and has zero axe violations (WCAG 2.1 AA) in light and dark. What needs no
// browser, on every page — links, ids, titles, KaTeX errors, the CSP, what a page ships — is
// checked over dist/ in tests/dist/build.test.ts.
import { expect, test } from './fixtures';
import { axeViolations, templatePages, watch } from './site';

for (const { path } of templatePages()) {
  test(`${path} renders cleanly and passes axe in light and dark`, async ({ page, baseURL }) => {
    // Two full axe runs over a long chapter (KaTeX alone is ~2,000 nodes) outlast 60 s on a loaded 2-core machine.
    test.slow();
    const problems = watch(page, new URL(baseURL!).origin);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBeLessThan(path === '/404.html' ? 500 : 400);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `axe violations (${scheme})`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}
