import { describe, expect, it } from 'vitest';
import { expectClose } from '../../helpers';
import {
  acceptedShare,
  acceptRateFromShare,
  decodeFit,
  predictDecodeTokensPerSecond,
  requireDevice,
  requireModel,
  speculativeExpectedTokens,
  speculativeMeasurements,
  speculativePlan,
  speculativeSpeedup,
} from '../../../../src/lib';

describe('acceptedShare and acceptRateFromShare', () => {
  it('acceptedShare(α, γ): hand-worked (α = 0.5, γ = 2: (0.5 + 0.25) ÷ 2 = 0.375), 1 at α = 1, α itself at γ = 1', () => {
    expectClose(acceptedShare(0.5, 2), 0.375);
    expect(acceptedShare(1, 5)).toBe(1);
    expectClose(acceptedShare(0.73, 1), 0.73);
  });

  it('acceptedShare is below α for γ > 1 (drafting stops at the first rejection), and acceptRateFromShare inverts it', () => {
    for (const alpha of [0.2, 0.5, 0.8, 0.95]) {
      for (const gamma of [2, 4, 8]) {
        expect(acceptedShare(alpha, gamma)).toBeLessThan(alpha);
        expectClose(acceptRateFromShare(acceptedShare(alpha, gamma), gamma), alpha, 1e-9);
      }
    }
  });

  it('acceptRateFromShare rejects a share outside [0, 1]', () => {
    expect(() => acceptRateFromShare(1.2, 3)).toThrow(/share/);
  });
});

describe('speculativeMeasurements', () => {
  it('no published speed-up beats the free-draft bound: speed-up ≤ expected tokens per pass (α rounded up by 0.005)', () => {
    let checked = 0;
    for (const row of speculativeMeasurements) {
      if (row.speedup === null || row.draftTokens === null) continue;
      const alpha =
        row.measure === 'alpha' ? Math.min(1, row.value + 0.005) : acceptRateFromShare(Math.min(1, row.value + 0.005), row.draftTokens);
      expect(row.speedup, row.id).toBeLessThanOrEqual(speculativeExpectedTokens(alpha, row.draftTokens));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('every measurement is a probability with a source', () => {
    for (const row of speculativeMeasurements) {
      expect(row.value).toBeGreaterThan(0);
      expect(row.value).toBeLessThanOrEqual(1);
      expect(row.source.length).toBeGreaterThan(10);
    }
  });
});

describe('speculativePlan', () => {
  const m4max = requireDevice('apple-m4-max-128gb');
  const llama70b = requireModel('llama-3.1-70b');
  const llama1b = requireModel('llama-3.2-1b');

  it('speculativePlan: c is the ratio of the two predicted speeds, and the rest is Leviathan et al.’s formulas', () => {
    const plan = speculativePlan(decodeFit, m4max, llama70b, llama1b, 'Q4_K_M', 4096, 0.7, 4);
    const target = predictDecodeTokensPerSecond(m4max, llama70b, 'Q4_K_M', 4096);
    const draft = predictDecodeTokensPerSecond(m4max, llama1b, 'Q4_K_M', 4096);
    expectClose(plan.draftCostRatio, target.typicalTokensPerSecond / draft.typicalTokensPerSecond);
    expectClose(plan.speedup, speculativeSpeedup(0.7, 4, plan.draftCostRatio));
    expectClose(plan.speculativeTokensPerSecond, target.typicalTokensPerSecond * plan.speedup);
    expect(plan.speculativeTokensPerSecond).toBeGreaterThan(plan.plainTokensPerSecond);
  });

  it('speculativePlan: a 1B draft pays off far more for a 70B target than for an 8B one on the same GPU', () => {
    const rtx = requireDevice('rtx-a6000');
    const big = speculativePlan(decodeFit, rtx, llama70b, llama1b, 'Q4_K_M', 2048, 0.7, 4);
    const small = speculativePlan(decodeFit, rtx, requireModel('llama-3.1-8b'), llama1b, 'Q4_K_M', 2048, 0.7, 4);
    expect(big.draftCostRatio).toBeLessThan(small.draftCostRatio);
    expect(big.speedup).toBeGreaterThan(small.speedup);
  });
});
