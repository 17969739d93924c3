// The site shell, checked against the content it is generated from: the home page's table of
// contents, each chapter's header, contents and previous/next links, the 404, the favicon, and
// the theme toggle (follows the system, toggles, remembered across pages and reloads).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readdirSync } from 'node:fs';
import { axeViolations, builtPages, hasClass, select, textOf } from './site';

/** Chapters in book order, from the numbered folders. */
const chapters = readdirSync(new URL('../../src/content/chapters/', import.meta.url))
  .filter((d) => /^\d+-/.test(d))
  .sort()
  .map((folder) => ({ order: Number(folder.split('-')[0]), href: `/chapters/${folder.replace(/^\d+-/, '')}/` }));
const built = new Map(builtPages().map((p) => [p.path, p]));

test('the home page lists every chapter in order with its summary, reading time and exercise count', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Run It Locally');
  const entries = page.locator('ol.toc > li');
  await expect(entries).toHaveCount(chapters.length);
  for (const [index, chapter] of chapters.entries()) {
    const entry = entries.nth(index);
    const title = textOf(select(built.get(chapter.href)!.document, 'h1')[0]!).trim();
    await expect(entry.locator('a')).toHaveAttribute('href', chapter.href);
    await expect(entry.locator('a')).toContainText(title);
    await expect(entry.locator('.toc-number')).toHaveText(String(chapter.order));
    await expect(entry.locator('.toc-summary')).not.toBeEmpty();
    await expect(entry.locator('.toc-meta')).toContainText(/\d+ min read · \d+ exercises/);
  }
});

test('each chapter has its header, a contents list of its sections and previous/next links in book order', async ({ page }) => {
  for (const [index, chapter] of chapters.entries()) {
    await page.goto(chapter.href);
    await expect(page.locator('.chapter-kicker')).toHaveText(`Chapter ${chapter.order}`);
    await expect(page.locator('.chapter-meta')).toContainText(/\d+ min read/);
    const sections = await page.locator('.chapter-body h2[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    const contents = await page.locator('.chapter-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(contents, 'the contents list every section, in order').toEqual(sections);
    const previous = page.locator('.pager a[rel="prev"]');
    const next = page.locator('.pager a[rel="next"]');
    if (index === 0) await expect(previous).toHaveCount(0);
    else await expect(previous).toHaveAttribute('href', chapters[index - 1]!.href);
    if (index === chapters.length - 1) await expect(next).toHaveCount(0);
    else await expect(next).toHaveAttribute('href', chapters[index + 1]!.href);
    if (select(built.get(chapter.href)!.document, '*', 'class').some((el) => hasClass(el, 'cite')))
      await expect(page.locator('.references li').first()).toBeVisible();
  }
});

test('the chapter contents are folded on a phone and beside the text on a wide screen', async ({ page }) => {
  const href = chapters[0]!.href;
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(href);
  const firstLink = page.locator('.chapter-toc a').first();
  await expect(firstLink).toBeHidden();
  await page.locator('.chapter-toc summary').click();
  await expect(firstLink).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(href);
  await expect(firstLink).toBeVisible();
  const toc = await page.locator('.chapter-toc').boundingBox();
  const text = await page.locator('.chapter-body').boundingBox();
  expect(toc!.x, 'contents to the right of the text').toBeGreaterThan(text!.x + text!.width);
  await expect(firstLink, 'the first section is marked at the top').toHaveAttribute('aria-current', 'location');
  // Sticky: still in view far down the page, marking the section being read.
  const lastLink = page.locator('.chapter-toc a').last();
  await page
    .locator(`${await lastLink.getAttribute('href')}`)
    .evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 10));
  await expect(firstLink).toBeInViewport();
  await expect(lastLink).toHaveAttribute('aria-current', 'location');
  await expect(page.locator('.chapter-toc a[aria-current]')).toHaveCount(1);
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
});

test('the favicon is served', async ({ request }) => {
  const icon = await request.get('/favicon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('svg');
});

const isDark = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
    return r! + g! + b! < 3 * 128;
  });

test('the theme follows the system until the reader toggles it, and the choice is remembered', async ({ page }) => {
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const chapter = chapters[0]!.href;

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await isDark(page), 'follows a dark system').toBe(true);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await isDark(page), 'follows the system as it changes').toBe(false);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  expect(await isDark(page), 'toggled to dark on a light system').toBe(true);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto(chapter);
  expect(await isDark(page), 'remembered on the next page').toBe(true);
  expect(await axeViolations(page), 'the toggled dark theme passes axe').toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await toggle.click();
  await page.reload();
  expect(await isDark(page), 'light stays light on a dark system after a reload').toBe(false);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await isDark(page), 'the toggle works from the keyboard').toBe(true);
});

test('the toggled dark theme and the system dark theme are the same palette', async ({ page }) => {
  const palette = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const names = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) =>
          rule instanceof CSSStyleRule
            ? [...rule.style]
            : rule instanceof CSSMediaRule
              ? [...rule.cssRules].flatMap((r) => (r instanceof CSSStyleRule ? [...r.style] : []))
              : [],
        )
        .filter((name) => name.startsWith('--'));
      return Object.fromEntries([...new Set(names)].sort().map((name) => [name, style.getPropertyValue(name).trim()]));
    });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const system = await palette();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await palette()).toEqual(system);
});
