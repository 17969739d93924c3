// Definitions where terms are used: a chapter's glossary links show the term's definition on hover
// and keyboard focus (CSS) and on tap (a small script), pass axe with a definition open, hide on
// Escape, and with JavaScript off are plain links to the glossary entry. Read from the build.
import { expect, test } from './fixtures';
import { attr } from '../dist/site';
import { axeViolations, builtPages, hasClass, select } from './site';

// The first glossary link of the first chapter that has one (tests/dist/glossary.test.ts checks them all).
const chapter = builtPages().find((p) => p.path.startsWith('/chapters/') && p.html.includes('class="term-link"'))!;
const first = select(chapter.document, 'a', 'aria-describedby').find((a) => hasClass(a, 'term-link'))!;
const firstTerm = { href: attr(first, 'href')!, 'aria-describedby': attr(first, 'aria-describedby')! };
const termId = firstTerm.href.split('#')[1]!;
const link = `.term-link[href="${firstTerm.href}"]`;

test('a term shows its definition on hover and on keyboard focus, hides it on Escape, and passes axe while open', async ({ page }) => {
  await page.goto(chapter.path);
  const term = page.locator(link).first();
  const tip = page.locator(`#${firstTerm['aria-describedby']}`);
  await expect(tip).toBeHidden();

  await term.hover();
  await expect(tip).toBeVisible();
  await expect(term).toHaveAccessibleDescription((await tip.textContent())!);
  expect(await axeViolations(page), 'axe with a definition open').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(tip, 'Escape dismisses it without moving the pointer').toBeHidden();
  await page.mouse.move(0, 0);

  await term.focus();
  await expect(tip, 'shown on keyboard focus').toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tip, 'back when focus returns').toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/glossary/#${termId}`);
  await expect(page.locator(`[id="${termId}"]`)).toBeInViewport();
});

test('on a phone the first tap shows the definition and the second opens the glossary entry', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(chapter.path);
  const term = page.locator(link).first();
  const tip = page.locator(`#${firstTerm['aria-describedby']}`);
  await term.tap();
  await expect(tip).toBeVisible();
  await expect(tip).toBeInViewport({ ratio: 1 });
  expect(new URL(page.url()).pathname).toBe(chapter.path);
  await term.tap();
  await expect(page).toHaveURL(`/glossary/#${termId}`);
  await context.close();
});

test('with JavaScript off a term is a plain link to its glossary entry', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(chapter.path);
  await page.locator(link).first().click();
  await expect(page).toHaveURL(`/glossary/#${termId}`);
  await expect(page.locator(`[id="${termId}"]`)).toBeInViewport();
  await context.close();
});
