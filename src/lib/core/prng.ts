/**
 * A small seeded pseudo-random number generator, so simulations replay exactly: the same seed
 * gives the same stream in Node (tests, build-time prose) and in the browser (instruments).
 *
 * The generator is mulberry32 (Tommy Ettinger's 32-bit mixer): one 32-bit word of state, a period
 * of 2³², and good enough statistics for drawing request streams. Not for cryptography.
 * The state is a plain object, so a simulation can copy it (`{ ...rng }`) to branch a replay.
 */
import { requireFinite, requireInteger } from './guard';

/** The generator's whole state: one unsigned 32-bit word, advanced by every draw. */
export interface RngState {
  /** Current 32-bit state. */
  state: number;
}

/** Largest mean `nextPoisson` accepts: e^(−mean) must stay above the smallest double. @example MAX_POISSON_MEAN // 700 */
export const MAX_POISSON_MEAN = 700;

/**
 * A generator seeded with a whole number in [0, 2³²).
 * @example nextUniform(createRng(42)) // ≈ 0.6011 (the same value on every run)
 */
export function createRng(seed: number): RngState {
  requireInteger('seed', seed, 0);
  if (seed > 0xffffffff) throw new RangeError(`seed must be below 2^32 (got ${seed}).`);
  return { state: seed >>> 0 };
}

/**
 * The next unsigned 32-bit integer (mulberry32), advancing `rng`.
 * @example nextUint32(createRng(0)) // 1144304738
 */
export function nextUint32(rng: RngState): number {
  rng.state = (rng.state + 0x6d2b79f5) >>> 0;
  let t = rng.state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/**
 * A uniform draw in [0, 1), advancing `rng`.
 * @example nextUniform(createRng(42)) // ≈ 0.6011
 */
export function nextUniform(rng: RngState): number {
  return nextUint32(rng) / 2 ** 32;
}

/**
 * A uniform whole number in [min, max], both ends included, advancing `rng`.
 * @example nextIntInRange(createRng(7), 1, 6) // 1 (a die roll, the same one for seed 7 every time)
 */
export function nextIntInRange(rng: RngState, min: number, max: number): number {
  requireInteger('min', min, -Number.MAX_SAFE_INTEGER);
  requireInteger('max', max, -Number.MAX_SAFE_INTEGER);
  if (max < min) throw new RangeError(`max (${max}) must be at least min (${min}).`);
  return min + Math.floor(nextUniform(rng) * (max - min + 1));
}

/**
 * A Poisson count with the given mean (Knuth's product method: O(mean) draws, fine for the
 * per-step arrival rates of a simulation), advancing `rng`.
 * @example nextPoisson(createRng(1), 0) // 0
 */
export function nextPoisson(rng: RngState, mean: number): number {
  requireFinite('mean', mean, 0);
  if (mean > MAX_POISSON_MEAN) throw new RangeError(`mean must be at most ${MAX_POISSON_MEAN} (got ${mean}).`);
  const limit = Math.exp(-mean);
  let count = 0;
  let product = nextUniform(rng);
  while (product > limit) {
    count += 1;
    product *= nextUniform(rng);
  }
  return count;
}

/**
 * A geometric whole number ≥ 1 with the given mean: the number of tries until the first success
 * when each succeeds with probability 1/mean. Memoryless and right-skewed (the mode is 1), so it
 * is the one-parameter length distribution fixed entirely by a published mean.
 * @example nextGeometric(createRng(3), 1) // 1 (a mean of 1 allows nothing else)
 */
export function nextGeometric(rng: RngState, mean: number): number {
  requireFinite('mean', mean, 1);
  if (mean === 1) return 1;
  const u = 1 - nextUniform(rng); // in (0, 1], so the log is finite
  return 1 + Math.floor(Math.log(u) / Math.log(1 - 1 / mean));
}
