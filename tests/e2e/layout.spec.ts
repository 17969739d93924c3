// Layout, generated from dist/: on one page per template and every chapter, at phone width (375 px)
// nothing scrolls sideways — wide content scrolls inside its own focusable region — before and
// after every island hydrates (without a console error); every numbered equation has a working
// #eq-… anchor; and print shows an instrument's current state, and exercises their solutions,
// without buttons.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  builtPages,
  equationsIn,
  hasIslands,
  hydrateAll,
  instrumentCases,
  instrumentHydrated,
  quizzesIn,
  templatePages,
  watch,
} from './site';

/** What scrolls sideways at the current width: the page itself, or a region a keyboard cannot reach. */
async function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      // Name the widest culprits to make a failure easy to fix.
      const insideScroller = (el: Element) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
          if (!/visible/.test(getComputedStyle(up).overflowX)) return true;
        }
        return false;
      };
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !insideScroller(el))
        .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
        .slice(0, 3)
        .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
      problems.push(`the page scrolls sideways: ${root.scrollWidth}px wide in ${root.clientWidth}px (${wide.join(', ')})`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (!/auto|scroll/.test(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      const focusable = el.tabIndex >= 0 || el.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
      if (!focusable)
        problems.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> scrolls sideways but cannot take focus`);
    }
    return problems;
  });
}

test.describe('at phone width', () => {
  // The viewport of a phone (the shared page cannot switch to mobile emulation; our CSS asks only
  // for widths, so the layout is the same).
  test.use({ viewport: { width: 375, height: 740 } });

  for (const builtPage of templatePages()) {
    const { path } = builtPage;
    test(`${path} does not scroll sideways`, async ({ page, baseURL }) => {
      const problems = watch(page, new URL(baseURL!).origin);
      await page.goto(path);
      expect(await sidewaysProblems(page), 'as first painted').toEqual([]);
      if (hasIslands(builtPage)) {
        await hydrateAll(page);
        expect(await sidewaysProblems(page), 'with every instrument hydrated').toEqual([]);
        expect(problems, 'every island hydrates cleanly').toEqual([]);
      }
    });
  }
});

for (const { path, ns } of instrumentCases()) {
  test(`${path}#${ns}: at desktop width no select cuts the text of any of its options`, async ({ page }) => {
    await page.goto(`${path}#${ns}`);
    const figure = await instrumentHydrated(page, ns);
    // Show each option in turn without dispatching change (the instrument's state stays put).
    const cut = await figure.locator('select').evaluateAll((selects) =>
      (selects as HTMLSelectElement[]).flatMap((select) => {
        const original = select.value;
        const problems = [...select.options]
          .filter((option) => {
            select.value = option.value;
            return select.scrollWidth > select.clientWidth + 1;
          })
          .map((option) => `${select.id}: "${option.text}"`);
        select.value = original;
        return problems;
      }),
    );
    expect(cut).toEqual([]);
  });
}

for (const builtPage of builtPages()) {
  const { path } = builtPage;
  const equations = equationsIn(builtPage);
  if (equations.length === 0) continue;
  test(`${path}: every numbered equation can be linked`, async ({ page }) => {
    // Jump, don't glide: a smooth scroll past a hydrating instrument can outlast the assertion.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    const numbers: string[] = [];
    for (const id of equations) {
      await page.goto(`${path}#${id}`);
      const equation = page.locator(`#${id}`);
      await expect(equation).toBeInViewport();
      const self = equation.locator(`a[href="#${id}"]`);
      await expect(self).toHaveText(/^\(\d+\)$/);
      numbers.push((await self.textContent())!);
    }
    expect(numbers, 'numbered 1, 2, 3… in page order').toEqual(equations.map((_, i) => `(${i + 1})`));
  });
}

for (const { path, ns } of instrumentCases()) {
  test(`${path}#${ns} prints its current state without its buttons`, async ({ page }) => {
    // The link names this instrument, so it hydrates at once; others on the page may not.
    await page.goto(`${path}#${ns}`);
    const figure = await instrumentHydrated(page, ns);
    await figure.locator('[data-probe="control"]').first().focus();
    await page.keyboard.press('End');
    const readout = figure.locator('[data-probe="output"]').first();
    const state = (await readout.textContent())!.trim();

    // A reader in dark mode still prints on white paper.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(readout).toBeVisible();
    await expect(readout).toHaveText(state);
    for (const chart of await figure.locator('svg').all()) await expect(chart).toBeVisible();
    await expect(figure.locator('table').first(), 'the data table prints unfolded').toBeVisible();
    await expect(figure.locator('[data-copy-link]')).toBeHidden();
    await expect(figure.getByRole('button', { name: 'Reset' })).toBeHidden();
    await expect(page.locator('.site-header nav, .theme-toggle, .chapter-toc').first()).toBeHidden();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'paper is white').toBe('rgb(255, 255, 255)');
  });
}

for (const builtPage of builtPages().filter((p) => quizzesIn(p).length > 0)) {
  const { path } = builtPage;
  test(`${path}: exercises print with their worked solutions and without their forms`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const { id } of quizzesIn(builtPage)) {
      await expect(page.locator(`#quiz-${id} .quiz-solution-body`)).toBeVisible();
      await expect(page.locator(`#quiz-${id} form`)).toBeHidden();
    }
  });
}
