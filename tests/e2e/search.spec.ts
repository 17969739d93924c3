// Search, driven by keyboard only: `/` opens it, nothing of it loads before, ↓/↑ move through the
// results, Enter lands on the matching section; the names readers type find their page first
// ("4090", "qwen 32b", "mla"); the dialog passes axe; /search/?q= opens with a query.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations, watch } from './site';

const CHAPTER = '/chapters/kv-cache/';

async function openSearch(page: Page) {
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search the book' });
  await expect(input).toBeFocused();
  return input;
}

async function searchFor(page: Page, query: string) {
  const input = await openSearch(page);
  await input.fill(query);
  await expect(page.locator('.search-status')).toContainText(`for “${query}”`);
  return page.locator('.search-results a');
}

test('search loads nothing before it opens, then finds by keyboard and lands on the section', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  const searchRequests: string[] = [];
  page.on('request', (r) => {
    if (/search-ui|\/pagefind\//.test(r.url())) searchRequests.push(r.url());
  });
  await page.goto(CHAPTER);
  await page.waitForLoadState('networkidle');
  expect(searchRequests, 'no search code or index before search opens').toEqual([]);

  const results = await searchFor(page, 'ridge point');
  expect(searchRequests.length, 'search code and index load when it opens').toBeGreaterThan(2);
  await expect(results.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('searchbox')).toBeFocused();

  // A chapter section: the result whose link has a #section anchor.
  const target = results.filter({ hasText: 'The bandwidth bound' }).first();
  const href = (await target.getAttribute('href'))!;
  expect(href).toMatch(/^\/chapters\/bandwidth\/#[\w-]+$/);
  const index = await results.evaluateAll((links, h) => links.findIndex((a) => a.getAttribute('href') === h), href);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  expect(problems, 'no console error (a CSP violation would be one), no request to another site').toEqual([]);
});

test('the names readers type find their page first: 4090, qwen 32b, mla', async ({ page }) => {
  await page.goto(CHAPTER);
  for (const [query, first] of [
    ['4090', /^\/hardware\/geforce-rtx-4090\/$/],
    ['qwen 32b', /^\/models\/qwen[\d.]+-32b\/$/],
    ['mla', /^\/glossary\/#mla$/],
  ] as const) {
    const results = await searchFor(page, query);
    await expect(results.first(), query).toHaveAttribute('href', first);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  // Enter in the box follows the first result; a glossary entry lands on its anchor.
  await searchFor(page, 'mla');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/glossary/#mla');
  await expect(page.locator('[id="mla"]')).toBeInViewport();
});

test('the search dialog passes axe, and closes on Escape back to the page', async ({ page }) => {
  await page.goto(CHAPTER);
  const results = await searchFor(page, 'kv cache');
  await expect(results.first()).toBeVisible();
  expect(await axeViolations(page, '.search-dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('/search/?q= opens search with the query, and the header link leads there without JavaScript', async ({ page, browser, baseURL }) => {
  await page.goto('/search/?q=paged');
  await expect(page.getByRole('searchbox', { name: 'Search the book' })).toHaveValue('paged');
  await expect(page.locator('.search-results a').first()).toBeVisible();

  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(CHAPTER);
  await noJs.getByRole('link', { name: 'Search' }).click();
  await expect(noJs).toHaveURL('/search/');
  await expect(noJs.getByText('Search needs JavaScript')).toBeVisible();
  await context.close();
});
