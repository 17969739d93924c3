/**
 * From logits to probabilities. A model's last layer gives one score (logit) per token of its
 * vocabulary; softmax turns them into a distribution, and the temperature τ divides the logits
 * first: below 1 it sharpens the distribution towards the top token, above 1 it flattens it, and
 * at 0 only the top token is left (greedy decoding).
 */

/** `logits` if it is a non-empty list of finite numbers, else a `RangeError` saying which is not. @example requireLogits([1.5, -2]) // [1.5, -2] */
export function requireLogits(logits: readonly number[]): readonly number[] {
  if (!Array.isArray(logits) || logits.length === 0) throw new RangeError('logits must be a non-empty list of numbers.');
  for (const [i, z] of logits.entries()) {
    if (typeof z !== 'number' || !Number.isFinite(z)) throw new RangeError(`logit ${i} must be a finite number (got ${String(z)}).`);
  }
  return logits;
}

/**
 * The index of the largest value (the first, on a tie).
 * @example argmax([1, 3, 3, 2]) // 1
 */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/**
 * Softmax of `logits` at temperature `temperature` (τ ≥ 0): exp(z / τ) normalised to sum to 1,
 * computed from z − max so no exponential overflows; τ = 0 puts all the mass on the top token.
 * @example softmax([2, 1, 0])[0] // ≈ 0.6652
 * @example softmax([2, 1, 0], 0) // [1, 0, 0]
 */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  requireLogits(logits);
  if (typeof temperature !== 'number' || !Number.isFinite(temperature) || temperature < 0) {
    throw new RangeError(`temperature must be a finite number of at least 0 (got ${String(temperature)}).`);
  }
  if (temperature === 0) {
    const top = argmax(logits);
    return logits.map((_, i) => (i === top ? 1 : 0));
  }
  const max = Math.max(...logits);
  const weights = logits.map((z) => Math.exp((z - max) / temperature));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}
