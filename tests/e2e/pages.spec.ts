// Every built page: renders without console errors, makes no off-origin request, has no KaTeX
// error, and has zero axe violations (WCAG 2.1 AA) in light and dark. Generated from dist/.
import { expect, test } from './fixtures';
import { readdirSync } from 'node:fs';
import { axeViolations, builtPages, watch } from './site';

const pages = builtPages();

test('the build has a page for every chapter folder, the home page and the 404', () => {
  const chapterSlugs = readdirSync(new URL('../../src/content/chapters/', import.meta.url)).map((d) => d.replace(/^\d+-/, ''));
  const paths = new Set(pages.map((p) => p.path));
  for (const slug of chapterSlugs) expect(paths, slug).toContain(`/chapters/${slug}/`);
  expect(paths).toContain('/');
  expect(paths).toContain('/404.html');
});

for (const { path } of pages) {
  test(`${path} renders cleanly and passes axe in light and dark`, async ({ page, baseURL }) => {
    // Two full axe runs over a long chapter (KaTeX alone is ~2,000 nodes) outlast 60 s on a loaded 2-core machine.
    test.slow();
    const problems = watch(page, new URL(baseURL!).origin);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBeLessThan(path === '/404.html' ? 500 : 400);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `axe violations (${scheme})`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}

test('a page with no interactive component ships no island script', async ({ page }) => {
  const staticPages = pages.filter((p) => !p.html.includes('<astro-island'));
  expect(staticPages.map((p) => p.path)).toContain('/404.html');
  for (const { path, html } of staticPages) {
    expect(html, path).not.toMatch(/astro-island|client\.svelte|renderers/);
  }
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/404.html');
  expect(await page.locator('astro-island').count()).toBe(0);
  expect(scripts.filter((s) => /svelte|client|island/i.test(s))).toEqual([]);
});
