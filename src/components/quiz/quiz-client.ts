// Makes every exercise on the page interactive: judge on submit, announce the verdict, open the
// worked solution after an attempt, and remember progress in this browser.
import { checkNumericAnswer, type NumericExpectation } from '../../lib/core/answer';
import { exerciseStatus, loadProgress, recordAttempt, saveProgress } from '../../site/client/progress';

// Progress is filed under the chapter's slug (the layout's data-chapter), the key the tables of
// contents read; a quiz outside a chapter files under the last segment of its path.
const pageKey = window.location.pathname.split('/').filter(Boolean).at(-1) ?? 'home';
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

for (const quiz of document.querySelectorAll<HTMLElement>('[data-quiz]')) {
  const id = quiz.dataset.quiz!;
  const chapter = quiz.closest<HTMLElement>('[data-chapter]')?.dataset.chapter ?? pageKey;
  const form = quiz.querySelector('form')!;
  const feedback = quiz.querySelector<HTMLElement>('[data-quiz-feedback]')!;
  const solution = quiz.querySelector<HTMLDetailsElement>('[data-quiz-solution]')!;
  const status = quiz.querySelector<HTMLElement>('[data-quiz-status]')!;
  status.textContent = exerciseStatus(loadProgress(storage)[chapter]?.[id]);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    let verdict: { status: string; message: string };
    if (quiz.dataset.kind === 'numeric') {
      const expect = JSON.parse(quiz.dataset.expect!) as NumericExpectation;
      const input = form.querySelector<HTMLInputElement>('input[name="answer"]')!;
      verdict = checkNumericAnswer(input.value, expect);
    } else {
      const { correct } = JSON.parse(quiz.dataset.expect!) as { correct: number };
      const picked = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      verdict = !picked
        ? { status: 'unreadable', message: 'Pick one of the options first.' }
        : Number(picked.value) === correct
          ? { status: 'correct', message: 'Correct.' }
          : { status: 'incorrect', message: 'Not quite. Read the worked solution or try again.' };
    }
    feedback.dataset.status = verdict.status;
    // Empty first, so a screen reader announces a repeated verdict ("Not quite") again.
    feedback.textContent = '';
    window.setTimeout(() => (feedback.textContent = verdict.message), 50);
    if (verdict.status === 'unreadable') return;
    solution.open = true;
    const progress = recordAttempt(loadProgress(storage), chapter, id, verdict.status === 'correct');
    saveProgress(storage, progress);
    status.textContent = exerciseStatus(progress[chapter]?.[id], verdict.status as 'correct' | 'incorrect' | 'unit-mixup');
    document.dispatchEvent(new CustomEvent('ril:progress'));
  });
  // Marks the exercise as live (tests wait for it rather than for a timeout).
  quiz.dataset.quizReady = '';
}
