// Every exercise on every built page (found in the HTML, never hand-listed) is judged in the
// browser against the answer its markup carries (data-expect, computed from src/lib at build
// time): a numeric answer is accepted in other units, a wrong one is rejected, a GB↔GiB mix-up
// gets a unit hint; a choice accepts its right option and rejects a wrong one. The worked
// solution opens on request and after an attempt; progress survives a reload and shows in the
// tables of contents; a corrupted or blocked store never breaks the page; without JavaScript the
// solution is still there.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPages, quizzesIn, watch, type QuizCase } from './site';

const BYTES: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40 };
/** The unit a reader confuses with each (decimal ↔ binary). */
const COUNTERPART: Record<string, string> = { kB: 'KiB', MB: 'MiB', GB: 'GiB', TB: 'TiB', KiB: 'kB', MiB: 'MB', GiB: 'GB', TiB: 'TB' };

const pagesWithQuizzes = builtPages()
  .map((page) => ({ path: page.path, quizzes: quizzesIn(page) }))
  .filter((p) => p.quizzes.length > 0);

/** A number as a reader would type it: 6 significant digits, no exponent for ordinary sizes. */
const typed = (n: number) => String(Number(n.toPrecision(6)));

test('exercises are found in the built pages', () => {
  expect(pagesWithQuizzes.length).toBeGreaterThan(0);
});

async function openQuiz(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(`${path}#quiz-${id}`);
  const quiz = page.locator(`#quiz-${id}`);
  await expect(quiz).toHaveAttribute('data-quiz-ready', '');
  return quiz;
}

/** Submits one answer and returns the verdict the page shows. */
async function attempt(quiz: Locator, answer: string | number): Promise<string | null> {
  const feedback = quiz.locator('[data-quiz-feedback]');
  await feedback.evaluate((el) => el.removeAttribute('data-status'));
  if (typeof answer === 'number') await quiz.locator(`input[type="radio"][value="${answer}"]`).check();
  else await quiz.locator('input[name="answer"]').fill(answer);
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toHaveAttribute('data-status', /.+/);
  await expect(feedback).not.toBeEmpty();
  return feedback.getAttribute('data-status');
}

/** Answers in other units that must all be accepted, and a clearly wrong one. */
function numericCases(quiz: Extract<QuizCase, { kind: 'numeric' }>) {
  const { value, kind, unit = 'GB' } = quiz.expect;
  if (kind === 'number') {
    const label = quiz.expect.label ? ` ${quiz.expect.label}` : '';
    return { right: [typed(value), `${typed(value)}${label}`], wrong: typed(value * 1.5 + 1), mixup: null };
  }
  const right = [
    typed(value / BYTES[unit]!),
    `${typed(value / 1e6)} MB`,
    `${typed(value / 2 ** 30)} GiB`,
    `${typed(value / 1e9)}gb`,
    `${typed(value / 2 ** 20)} mib`,
  ];
  const other = COUNTERPART[unit];
  // The number in the confused unit, typed bare (so read in the exercise's unit) and labelled.
  const mixup = other ? [typed(value / BYTES[other]!), `${typed(value / BYTES[other]!)} ${unit}`] : null;
  return { right, wrong: typed((value / BYTES[unit]!) * 1.5), mixup, other };
}

for (const { path, quizzes } of pagesWithQuizzes) {
  test.describe(path, () => {
    for (const quiz of quizzes) {
      test(`exercise #quiz-${quiz.id} (${quiz.kind}) judges answers and shows its solution`, async ({ page, baseURL }) => {
        const problems = watch(page, new URL(baseURL!).origin);
        const frame = await openQuiz(page, path, quiz.id);
        await expect(frame, 'the anchor scrolls to the exercise').toBeInViewport();
        const solution = frame.locator('[data-quiz-solution]');

        // On request: the solution opens and closes from its summary before any attempt.
        await expect(solution).not.toHaveAttribute('open', '');
        await solution.locator('summary').click();
        await expect(solution.locator('.quiz-solution-body')).toBeVisible();
        await solution.locator('summary').click();
        await expect(solution).not.toHaveAttribute('open', '');

        if (quiz.kind === 'numeric') {
          const cases = numericCases(quiz);
          expect(await attempt(frame, cases.wrong), `wrong answer ${cases.wrong}`).toBe('incorrect');
          await expect(solution, 'the solution opens after an attempt').toHaveAttribute('open', '');
          await expect(solution.locator('.quiz-solution-body')).toBeVisible();
          for (const answer of cases.mixup ?? []) {
            expect(await attempt(frame, answer), `GB↔GiB mix-up ${answer}`).toBe('unit-mixup');
            await expect(frame.locator('[data-quiz-feedback]')).toContainText(cases.other!);
          }
          for (const answer of cases.right) expect(await attempt(frame, answer), `right answer ${answer}`).toBe('correct');
          expect(await attempt(frame, ''), 'an empty answer').toBe('unreadable');
        } else {
          expect(quiz.options).toBeGreaterThan(1);
          const wrong = (quiz.expect.correct + 1) % quiz.options;
          expect(await attempt(frame, wrong), `wrong option ${wrong}`).toBe('incorrect');
          await expect(solution, 'the solution opens after an attempt').toHaveAttribute('open', '');
          expect(await attempt(frame, quiz.expect.correct), 'right option').toBe('correct');
        }
        await expect(frame.locator('[data-quiz-status]')).toHaveText(/solved/);
        expect(problems).toEqual([]);
      });
    }

    test('progress is remembered after a reload and shown in the tables of contents', async ({ page }) => {
      await page.goto(path);
      const chapter = await page.locator('[data-chapter]').first().getAttribute('data-chapter');
      // All right but the last, which is only attempted.
      for (const [index, quiz] of quizzes.entries()) {
        const frame = page.locator(`#quiz-${quiz.id}`);
        await expect(frame).toHaveAttribute('data-quiz-ready', '');
        const last = index === quizzes.length - 1;
        if (quiz.kind === 'numeric') {
          const { right, wrong } = numericCases(quiz);
          await attempt(frame, last ? wrong : right[0]!);
        } else {
          await attempt(frame, last ? (quiz.expect.correct + 1) % quiz.options : quiz.expect.correct);
        }
      }
      const total = quizzes.length;
      await page.reload();
      for (const [index, quiz] of quizzes.entries()) {
        await expect(page.locator(`#quiz-${quiz.id} [data-quiz-status]`)).toHaveText(index === total - 1 ? 'attempted' : /solved/);
      }
      if (!chapter) return;
      await expect(page.locator('.chapter-toc [data-progress]')).toHaveText(`${total} of ${total} answered, ${total - 1} correct`);
      await page.goto('/');
      await expect(page.locator(`[data-progress="${chapter}"]`)).toHaveText(`· ${total}/${total} answered, ${total - 1} correct`);
    });

    test('without JavaScript every worked solution is still one click away', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      for (const quiz of quizzes) {
        const solution = page.locator(`#quiz-${quiz.id} [data-quiz-solution]`);
        await solution.locator('summary').click();
        await expect(solution.locator('.quiz-solution-body')).toBeVisible();
        await expect(solution.locator('.quiz-solution-body')).not.toBeEmpty();
      }
      await context.close();
    });
  });
}

test('after a solved exercise, a wrong answer qualifies "✓ solved"; a count typed in words gets a hint about digits', async ({ page }) => {
  const path = '/chapters/hardware-sizing/';
  const quiz = quizzesIn(builtPages().find((p) => p.path === path)!).find((q) => q.id === 'users-on-4090')!;
  expect(quiz.kind).toBe('numeric');
  const frame = await openQuiz(page, path, quiz.id);
  expect(await attempt(frame, numericCases(quiz as Extract<QuizCase, { kind: 'numeric' }>).right[0]!)).toBe('correct');
  await expect(frame.locator('[data-quiz-status]')).toHaveText('✓ solved');
  expect(await attempt(frame, '1')).toBe('incorrect');
  await expect(frame.locator('[data-quiz-status]')).toHaveText(/solved earlier; this answer is not right/);
  expect(await attempt(frame, 'thirty-eight')).toBe('unreadable');
  await expect(frame.locator('[data-quiz-feedback]')).toContainText('digits');
  await expect(frame.locator('[data-quiz-feedback]')).not.toContainText('GB');
});

// The store is read by the same code on every page (the exercises and the tables of contents), so
// one chapter and the home page stand for all; tests/unit/site/progress.test.ts covers the parsing.
test('a corrupted or blocked progress store breaks neither the exercises nor the contents', async ({ browser, baseURL }) => {
  const { path, quizzes } = pagesWithQuizzes[0]!;
  const quiz = quizzes[0]!;
  const answer = quiz.kind === 'numeric' ? numericCases(quiz).right[0]! : quiz.expect.correct;
  const hostile = JSON.stringify({ a: { b: '<img src=x onerror=alert(1)>' }, '../../': { q: 'correct' }, parameters: [1, 2] });
  for (const stored of ['{not json', hostile, 'BLOCKED']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watch(page, new URL(baseURL!).origin);
    await page.addInitScript((value) => {
      if (value === 'BLOCKED') {
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      } else {
        window.localStorage.setItem('ril-progress-v1', value);
        window.localStorage.setItem('ril-theme', value);
      }
    }, stored);
    await page.goto('/');
    await expect(page.locator('ol.toc > li').first(), stored).toBeVisible();
    await page.goto(path);
    const frame = page.locator(`#quiz-${quiz.id}`);
    await expect(frame, stored).toHaveAttribute('data-quiz-ready', '');
    expect(await attempt(frame, answer), stored).toBe('correct');
    await expect(frame.locator('[data-quiz-status]')).toHaveText(/solved/);
    if (stored !== 'BLOCKED') {
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ril-progress-v1') ?? 'null'));
      expect(saved, 'the store is rewritten as valid progress').toBeInstanceOf(Object);
    }
    expect(problems, stored).toEqual([]);
    await context.close();
  }
});
