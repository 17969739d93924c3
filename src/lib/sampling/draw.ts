/**
 * Drawing tokens from a distribution with the book's seeded generator (`core/prng.ts`), so a page
 * shows the same draws on every visit and a link reproduces them.
 */
import { createRng, nextUniform, type RngState } from '../core/prng';
import { requireInteger } from '../core/guard';

/**
 * One draw from `probabilities` (which must sum to 1), advancing `rng`: the first index whose
 * cumulative probability passes a uniform number.
 * @example drawIndex([0, 1, 0], createRng(1)) // 1
 */
export function drawIndex(probabilities: readonly number[], rng: RngState): number {
  const u = nextUniform(rng);
  let cumulative = 0;
  let last = -1;
  for (const [i, p] of probabilities.entries()) {
    if (p <= 0) continue;
    cumulative += p;
    last = i;
    if (u < cumulative) return i;
  }
  if (last < 0) throw new RangeError('Nothing to draw: every probability is 0.');
  // Rounding can leave the total a hair under 1; u then belongs to the last token that can be drawn.
  return last;
}

/**
 * `count` independent draws from `probabilities` with a generator seeded by `seed`.
 * @example drawTokens([0.5, 0.5], 7, 4).length // 4
 */
export function drawTokens(probabilities: readonly number[], seed: number, count: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: requireInteger('count', count, 0) }, () => drawIndex(probabilities, rng));
}
