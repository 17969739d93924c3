/**
 * Speculative decoding (Leviathan, Kalman & Matias 2023): a cheap draft model proposes γ tokens,
 * the target model checks all of them in one pass, and every accepted draft token is a token the
 * target did not have to decode on its own. One target pass reads the weights and the KV cache
 * once, so this is the one way past the single-stream bandwidth ceiling that does not change the
 * model: the ceiling bounds target passes per second, not tokens per second.
 */

/** α must be a probability. */
function requireAcceptRate(acceptRate: number): number {
  if (typeof acceptRate !== 'number' || !Number.isFinite(acceptRate) || acceptRate < 0 || acceptRate > 1) {
    throw new RangeError(`acceptRate must be a probability between 0 and 1 (got ${String(acceptRate)}).`);
  }
  return acceptRate;
}

/** γ must be a whole number of drafted tokens, at least one. */
function requireDraftTokens(draftTokens: number): number {
  if (typeof draftTokens !== 'number' || !Number.isInteger(draftTokens) || draftTokens < 1) {
    throw new RangeError(`draftTokens must be a whole number of at least 1 (got ${String(draftTokens)}).`);
  }
  return draftTokens;
}

/**
 * Expected tokens one target pass yields when the draft proposes `draftTokens` (γ) and each is
 * accepted with probability `acceptRate` (α), independently: (1 − α^(γ+1)) ÷ (1 − α), and γ + 1
 * at α = 1 (Leviathan et al. 2023, equation 1). Between 1 (nothing accepted) and γ + 1.
 * @example speculativeExpectedTokens(0.8, 5) // ≈ 3.69
 * @example speculativeExpectedTokens(1, 4) // 5
 */
export function speculativeExpectedTokens(acceptRate: number, draftTokens: number): number {
  const alpha = requireAcceptRate(acceptRate);
  const gamma = requireDraftTokens(draftTokens);
  if (alpha === 1) return gamma + 1;
  return (1 - alpha ** (gamma + 1)) / (1 - alpha);
}

/**
 * Expected wall-time speed-up of speculative decoding over plain decoding: expected tokens per
 * target pass ÷ (γ·c + 1), where c (`draftCostRatio`) is the time of one draft step over one target
 * step (Leviathan et al. 2023, theorem 3.8). Below 1 when the draft costs more than it saves.
 * @example speculativeSpeedup(0.8, 5, 0) // ≈ 3.69 (a free draft)
 * @example speculativeSpeedup(0.75, 7, 0.05) // ≈ 2.67
 */
export function speculativeSpeedup(acceptRate: number, draftTokens: number, draftCostRatio: number): number {
  const expected = speculativeExpectedTokens(acceptRate, draftTokens);
  if (typeof draftCostRatio !== 'number' || !Number.isFinite(draftCostRatio) || draftCostRatio < 0) {
    throw new RangeError(`draftCostRatio must be a finite number of at least 0 (got ${String(draftCostRatio)}).`);
  }
  return expected / (draftTokens * draftCostRatio + 1);
}

/**
 * The draft length γ from 1 to `maxDraftTokens` with the largest expected speed-up (the first on a
 * tie): what llama.cpp's `--draft` should be set to for a given α and c (the paper's figure 3).
 * @example bestDraftTokens(0.8, 0.05) // 8
 */
export function bestDraftTokens(acceptRate: number, draftCostRatio: number, maxDraftTokens = 32): number {
  requireDraftTokens(maxDraftTokens);
  let best = 1;
  for (let gamma = 2; gamma <= maxDraftTokens; gamma++) {
    if (speculativeSpeedup(acceptRate, gamma, draftCostRatio) > speculativeSpeedup(acceptRate, best, draftCostRatio)) best = gamma;
  }
  return best;
}
