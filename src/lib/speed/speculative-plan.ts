/**
 * Speculative decoding for a real pair of models on a real device: what one draft step costs next
 * to one target step (both from the book's decode prediction), and what the Leviathan et al.
 * formulas (`speculative.ts`) then give in tokens per second. Takes the fit as an argument, as an
 * island does.
 */
import { requireInteger } from '../core/guard';
import type { DecodeFit } from './decode-fit';
import { predictDecodeWith, type DecodeDevice } from './decode-predict';
import type { ReadModel } from './read-bytes';
import { bestDraftTokens, speculativeExpectedTokens, speculativeSpeedup } from './speculative';

/**
 * The share of drafted tokens a target accepts when it accepts each with probability
 * `acceptRate` and drafting stops at the first rejection: α(1 − α^γ) ÷ ((1 − α)γ), and 1 at α = 1.
 * @example acceptedShare(0.8, 4) // ≈ 0.5904
 */
export function acceptedShare(acceptRate: number, draftTokens: number): number {
  const gamma = requireInteger('draftTokens', draftTokens, 1);
  // Expected accepted drafts = expected tokens per pass − the target's own token.
  return (speculativeExpectedTokens(acceptRate, gamma) - 1) / gamma;
}

/**
 * The per-token acceptance α that gives a published share of accepted drafted tokens at a fixed
 * draft length γ (the inverse of `acceptedShare`, by bisection; the share rises with α).
 * @example acceptRateFromShare(acceptedShare(0.8, 4), 4) // ≈ 0.8
 */
export function acceptRateFromShare(share: number, draftTokens: number): number {
  if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 1) {
    throw new RangeError(`share must be between 0 and 1 (got ${String(share)}).`);
  }
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (acceptedShare(mid, draftTokens) < share) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A speculative setup, worked out. */
export interface SpeculativePlan {
  /** The target alone, predicted tok/s. */
  readonly plainTokensPerSecond: number;
  /** The target's bandwidth ceiling, which plain decoding never exceeds. */
  readonly ceilingTokensPerSecond: number;
  /** One draft step ÷ one target step (c), from the two predicted speeds. */
  readonly draftCostRatio: number;
  /** Tokens one target pass yields on average. */
  readonly expectedTokens: number;
  /** Wall-time speed-up over the target alone. */
  readonly speedup: number;
  /** plain × speed-up. */
  readonly speculativeTokensPerSecond: number;
  /** The draft length with the largest speed-up for this α and c. */
  readonly bestDraftTokens: number;
}

/**
 * Speculative decoding of `target` with `draft` on `device` at `contextTokens` of context, both at
 * `quantName`, drafting `draftTokens` (γ) accepted with probability `acceptRate` (α) each.
 * @example speculativePlan(decodeFit, requireDevice('apple-m4-max-128gb'), requireModel('llama-3.1-70b'), requireModel('llama-3.2-1b'), 'Q4_K_M', 4096, 0.7, 4).speedup > 1 // true
 */
export function speculativePlan(
  fit: DecodeFit,
  device: DecodeDevice,
  target: ReadModel,
  draft: ReadModel,
  quantName: string,
  contextTokens: number,
  acceptRate: number,
  draftTokens: number,
): SpeculativePlan {
  const plain = predictDecodeWith(fit, device, target, quantName, contextTokens);
  const drafter = predictDecodeWith(fit, device, draft, quantName, contextTokens);
  const draftCostRatio = plain.typicalTokensPerSecond / drafter.typicalTokensPerSecond;
  const speedup = speculativeSpeedup(acceptRate, draftTokens, draftCostRatio);
  return {
    plainTokensPerSecond: plain.typicalTokensPerSecond,
    ceilingTokensPerSecond: plain.ceilingTokensPerSecond,
    draftCostRatio,
    expectedTokens: speculativeExpectedTokens(acceptRate, draftTokens),
    speedup,
    speculativeTokensPerSecond: plain.typicalTokensPerSecond * speedup,
    bestDraftTokens: bestDraftTokens(acceptRate, draftCostRatio),
  };
}
