/**
 * The filters a sampler applies to a next-token distribution, each as a mask over the tokens still
 * in play: top-k keeps the k most likely, top-p the smallest set whose probability reaches p, min-p
 * every token at least p_min times as likely as the top one. And the repetition penalty, which
 * acts on logits: llama.cpp's form of CTRL's penalty divides a positive logit of a recent token by
 * θ and multiplies a negative one by θ, so the token always becomes less likely.
 */
import { requireLogits } from './softmax';

/** Indexes of the tokens in `mask`, most probable first (the lower index first on a tie). */
function rankedCandidates(probabilities: readonly number[], mask: readonly boolean[]): number[] {
  return probabilities
    .map((_, i) => i)
    .filter((i) => mask[i])
    .sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
}

function requireMask(probabilities: readonly number[], mask: readonly boolean[] | undefined): readonly boolean[] {
  if (mask === undefined) return probabilities.map(() => true);
  if (mask.length !== probabilities.length) throw new RangeError('mask must have one entry per token.');
  return mask;
}

/**
 * Top-k: of the tokens in `mask` (default all), the `k` most probable; k ≤ 0 turns it off
 * (llama.cpp's convention). Returns the new mask.
 * @example topKMask([0.5, 0.3, 0.2], 2) // [true, true, false]
 */
export function topKMask(probabilities: readonly number[], k: number, mask?: readonly boolean[]): boolean[] {
  const current = requireMask(probabilities, mask);
  if (!Number.isInteger(k)) throw new RangeError(`top-k must be a whole number (got ${String(k)}).`);
  if (k <= 0) return [...current];
  const kept = new Set(rankedCandidates(probabilities, current).slice(0, k));
  return probabilities.map((_, i) => kept.has(i));
}

/**
 * Top-p (nucleus): of the tokens in `mask`, the most probable ones until their share of the
 * mask's probability reaches `p` (the token that crosses it is kept, and always at least one);
 * p ≥ 1 turns it off.
 * @example topPMask([0.5, 0.3, 0.2], 0.7) // [true, true, false]
 */
export function topPMask(probabilities: readonly number[], p: number, mask?: readonly boolean[]): boolean[] {
  const current = requireMask(probabilities, mask);
  if (typeof p !== 'number' || !Number.isFinite(p) || p <= 0) throw new RangeError(`top-p must be a number above 0 (got ${String(p)}).`);
  if (p >= 1) return [...current];
  const ranked = rankedCandidates(probabilities, current);
  const total = ranked.reduce((sum, i) => sum + probabilities[i]!, 0);
  const kept = new Set<number>();
  let cumulative = 0;
  for (const i of ranked) {
    kept.add(i);
    cumulative += probabilities[i]! / total;
    if (cumulative >= p) break;
  }
  return probabilities.map((_, i) => kept.has(i));
}

/**
 * Min-p: the tokens in `mask` whose probability is at least `minP` times the most probable one's;
 * minP ≤ 0 turns it off.
 * @example minPMask([0.5, 0.3, 0.02], 0.1) // [true, true, false]
 */
export function minPMask(probabilities: readonly number[], minP: number, mask?: readonly boolean[]): boolean[] {
  const current = requireMask(probabilities, mask);
  if (typeof minP !== 'number' || !Number.isFinite(minP) || minP > 1) {
    throw new RangeError(`min-p must be a number no larger than 1 (got ${String(minP)}).`);
  }
  if (minP <= 0) return [...current];
  const ranked = rankedCandidates(probabilities, current);
  if (ranked.length === 0) return [...current];
  const threshold = minP * probabilities[ranked[0]!]!;
  return probabilities.map((p, i) => current[i]! && p >= threshold);
}

/**
 * The repetition penalty θ on the tokens at `penalized` (the recent ones): a positive logit is
 * divided by θ, a negative one multiplied by it, so θ > 1 always makes them less likely; θ = 1
 * changes nothing.
 * @example repetitionPenalty([2, -1, 0.5], [0, 1], 2) // [1, -2, 0.5]
 */
export function repetitionPenalty(logits: readonly number[], penalized: readonly number[], penalty: number): number[] {
  requireLogits(logits);
  if (typeof penalty !== 'number' || !Number.isFinite(penalty) || penalty <= 0) {
    throw new RangeError(`The repetition penalty must be a number above 0 (got ${String(penalty)}).`);
  }
  const hit = new Set(penalized);
  return logits.map((z, i) => (hit.has(i) ? (z <= 0 ? z * penalty : z / penalty) : z));
}
