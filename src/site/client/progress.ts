/**
 * Exercise progress kept per browser in localStorage. Everything here is pure: parsing never
 * throws, so a missing, foreign or corrupted store simply reads as "no progress yet".
 */

/** What a reader has done with one exercise. */
export type ExerciseResult = 'attempted' | 'correct';

/** Results by chapter slug, then by exercise id. */
export type Progress = Record<string, Record<string, ExerciseResult>>;

/** The localStorage key. */
export const PROGRESS_KEY = 'ril-progress-v1';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads a stored progress string; anything malformed is dropped, never thrown.
 * @example parseProgress('{"parameters":{"fp16":"correct"}}') // { parameters: { fp16: 'correct' } }
 */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  const progress: Progress = {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) return progress;
  for (const [chapter, exercises] of Object.entries(data)) {
    if (!ID.test(chapter) || !exercises || typeof exercises !== 'object' || Array.isArray(exercises)) continue;
    const clean: Record<string, ExerciseResult> = {};
    for (const [id, result] of Object.entries(exercises)) {
      if (ID.test(id) && (result === 'attempted' || result === 'correct')) clean[id] = result;
    }
    progress[chapter] = clean;
  }
  return progress;
}

/**
 * Records an attempt; a correct answer is never downgraded by a later wrong one.
 * @example recordAttempt({}, 'parameters', 'fp16', true) // { parameters: { fp16: 'correct' } }
 */
export function recordAttempt(progress: Progress, chapter: string, id: string, correct: boolean): Progress {
  const previous = progress[chapter]?.[id];
  const result: ExerciseResult = correct || previous === 'correct' ? 'correct' : 'attempted';
  return { ...progress, [chapter]: { ...progress[chapter], [id]: result } };
}

/**
 * The status shown beside an exercise: the stored result, qualified by this visit's latest
 * verdict, so "✓ solved" never sits next to a later "Not quite" unexplained.
 * @example exerciseStatus('correct', 'incorrect') // "✓ solved earlier; this answer is not right"
 */
export function exerciseStatus(stored: ExerciseResult | undefined, latest?: 'correct' | 'incorrect' | 'unit-mixup'): string {
  if (stored === 'correct') return latest === undefined || latest === 'correct' ? '✓ solved' : '✓ solved earlier; this answer is not right';
  if (stored === 'attempted') return 'attempted';
  return '';
}

/** Counts for one chapter. */
export interface ChapterProgress {
  readonly answered: number;
  readonly correct: number;
  readonly total: number;
}

/**
 * Answered and correct counts among a chapter's current exercise ids (stale ids are ignored).
 * @example summarizeChapter({ parameters: { a: 'correct', b: 'attempted' } }, 'parameters', ['a', 'b', 'c']) // { answered: 2, correct: 1, total: 3 }
 */
export function summarizeChapter(progress: Progress, chapter: string, ids: readonly string[]): ChapterProgress {
  const results = progress[chapter] ?? {};
  let answered = 0;
  let correct = 0;
  for (const id of ids) {
    if (results[id]) answered += 1;
    if (results[id] === 'correct') correct += 1;
  }
  return { answered, correct, total: ids.length };
}

/** Reads the store from the browser, tolerating a missing or blocked localStorage. */
export function loadProgress(storage: Pick<Storage, 'getItem'> | undefined): Progress {
  try {
    return parseProgress(storage?.getItem(PROGRESS_KEY));
  } catch {
    return {};
  }
}

/** Writes the store, ignoring quota or privacy-mode failures. */
export function saveProgress(storage: Pick<Storage, 'setItem'> | undefined, progress: Progress): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Progress is a convenience; the page works without it.
  }
}
