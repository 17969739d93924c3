import { describe, expect, it } from 'vitest';
import paper from '../../../fixtures/speculative-leviathan-2023.json';
import { expectClose } from '../../helpers';
import { bestDraftTokens, speculativeExpectedTokens, speculativeSpeedup } from '../../../../src/lib';

describe('speculativeExpectedTokens', () => {
  it('speculativeExpectedTokens(α, γ) matches hand-worked cases', () => {
    // α = 0.5, γ = 1: 1 + 0.5 = 1.5; γ = 2: 1 + 0.5 + 0.25 = 1.75; γ = 3: 1.875.
    expectClose(speculativeExpectedTokens(0.5, 1), 1.5);
    expectClose(speculativeExpectedTokens(0.5, 2), 1.75);
    expectClose(speculativeExpectedTokens(0.5, 3), 1.875);
    // Nothing accepted: one token per target pass; everything accepted: γ + 1.
    expect(speculativeExpectedTokens(0, 7)).toBe(1);
    expect(speculativeExpectedTokens(1, 7)).toBe(8);
    expect(speculativeExpectedTokens(1, 1)).toBe(2);
  });

  it('speculativeExpectedTokens(α, γ) is the sum 1 + α + … + α^γ for every α and γ', () => {
    for (const alpha of [0.01, 0.2, 0.55, 0.9, 0.999]) {
      for (const gamma of [1, 2, 5, 16]) {
        let sum = 0;
        for (let i = 0; i <= gamma; i++) sum += alpha ** i;
        expectClose(speculativeExpectedTokens(alpha, gamma), sum, 1e-12);
      }
    }
  });

  it('speculativeExpectedTokens(α, γ) reproduces the speed column of Leviathan et al. table 1 (c = 0)', () => {
    for (const row of paper.table1.rows) {
      expect(speculativeExpectedTokens(row.alpha, row.gamma)).toBeCloseTo(row.speed, 2);
      // The operations column is (γ + 1) ÷ expected tokens at ĉ = 0 (theorem 3.11).
      expect((row.gamma + 1) / speculativeExpectedTokens(row.alpha, row.gamma)).toBeCloseTo(row.operations, 2);
    }
  });

  it('speculativeExpectedTokens(α, γ) rises with α and with γ, and never passes 1 ÷ (1 − α) or γ + 1', () => {
    for (const gamma of [1, 3, 8]) {
      let previous = 0;
      for (let alpha = 0; alpha <= 1.0001; alpha += 0.05) {
        const a = Math.min(alpha, 1);
        const tokens = speculativeExpectedTokens(a, gamma);
        expect(tokens).toBeGreaterThan(previous);
        expect(tokens).toBeLessThanOrEqual(gamma + 1);
        if (a < 1) expect(tokens).toBeLessThanOrEqual(1 / (1 - a));
        previous = tokens;
      }
    }
    expect(speculativeExpectedTokens(0.7, 4)).toBeGreaterThan(speculativeExpectedTokens(0.7, 3));
  });

  it('speculativeExpectedTokens rejects α outside [0, 1] and γ that is not a whole number ≥ 1', () => {
    expect(() => speculativeExpectedTokens(-0.1, 3)).toThrow(RangeError);
    expect(() => speculativeExpectedTokens(1.01, 3)).toThrow(/acceptRate must be a probability between 0 and 1 \(got 1.01\)/);
    expect(() => speculativeExpectedTokens(Number.NaN, 3)).toThrow(/acceptRate/);
    expect(() => speculativeExpectedTokens(0.5, 0)).toThrow(/draftTokens must be a whole number of at least 1 \(got 0\)/);
    expect(() => speculativeExpectedTokens(0.5, 2.5)).toThrow(/draftTokens/);
    expect(() => speculativeExpectedTokens(0.5, Number.POSITIVE_INFINITY)).toThrow(/draftTokens/);
  });
});

describe('speculativeSpeedup', () => {
  it('speculativeSpeedup(α, γ, c) matches hand-worked cases', () => {
    // α = 0.5, γ = 2: 1.75 tokens per pass; the draft costs 2 × 0.25 = 0.5 of a target step.
    expectClose(speculativeSpeedup(0.5, 2, 0.25), 1.75 / 1.5);
    // A free draft: the speed-up is the expected tokens.
    expectClose(speculativeSpeedup(0.8, 5, 0), speculativeExpectedTokens(0.8, 5));
    // Nothing accepted and a costly draft: slower than plain decoding.
    expectClose(speculativeSpeedup(0, 4, 0.1), 1 / 1.4);
    // Corollary 3.9: at γ = 1 the speed-up is (1 + α) ÷ (1 + c).
    expectClose(speculativeSpeedup(0.6, 1, 0.2), 1.6 / 1.2);
  });

  it('speculativeSpeedup matches the bigram example of section 3.6 (α ≈ 0.2, γ = 3, c ≈ 0: 1.25×)', () => {
    const { alpha, gamma, speed } = paper.bigramExample;
    expect(speculativeSpeedup(alpha, gamma, 0)).toBeCloseTo(speed, 2);
  });

  it('speculativeSpeedup against the measured T5-XXL speed-ups of table 2: near the free-draft bound for T5-small, the dearest draft (T5-large) costs most', () => {
    const impliedCost = (row: (typeof paper.table2.rows)[number]) =>
      (speculativeSpeedup(row.alpha, row.gamma, 0) / row.speed - 1) / row.gamma;
    for (const row of paper.table2.rows) {
      // Whatever c the measurement implies, the formula with that c gives the measurement back.
      expectClose(
        speculativeSpeedup(row.alpha, row.gamma, Math.max(0, impliedCost(row))),
        Math.min(row.speed, speculativeSpeedup(row.alpha, row.gamma, 0)),
      );
      if (row.draft === 'T5-small') {
        // c ≈ 0 for a 77M draft: the i.i.d. formula is within 16% (the paper's appendix A.3 explains the rest).
        expect(Math.abs(speculativeSpeedup(row.alpha, row.gamma, 0) / row.speed - 1), `${row.task} T=${row.temp}`).toBeLessThan(0.16);
      }
    }
    for (const task of ['EnDe', 'CNNDM']) {
      for (const temp of [0, 1]) {
        const group = paper.table2.rows.filter((r) => r.task === task && r.temp === temp);
        const large = group.find((r) => r.draft === 'T5-large')!;
        for (const row of group)
          if (row !== large) expect(impliedCost(row), `${task} T=${temp} ${row.draft}`).toBeLessThan(impliedCost(large));
      }
    }
  });

  it('speculativeSpeedup falls as the draft gets dearer', () => {
    expect(speculativeSpeedup(0.7, 4, 0.1)).toBeLessThan(speculativeSpeedup(0.7, 4, 0.05));
    expect(speculativeSpeedup(0.7, 4, 0.05)).toBeLessThan(speculativeSpeedup(0.7, 4, 0));
  });

  it('speculativeSpeedup rejects a negative or non-finite draft cost, and bad α or γ', () => {
    expect(() => speculativeSpeedup(0.5, 3, -0.01)).toThrow(/draftCostRatio must be a finite number of at least 0 \(got -0.01\)/);
    expect(() => speculativeSpeedup(0.5, 3, Number.POSITIVE_INFINITY)).toThrow(/draftCostRatio/);
    expect(() => speculativeSpeedup(2, 3, 0)).toThrow(/acceptRate/);
    expect(() => speculativeSpeedup(0.5, -1, 0)).toThrow(/draftTokens/);
  });
});

describe('bestDraftTokens', () => {
  it('bestDraftTokens(α, c) is the γ with the largest speed-up', () => {
    expect(bestDraftTokens(0.8, 0.05)).toBe(8);
    for (const [alpha, c] of [
      [0.6, 0.02],
      [0.9, 0.01],
      [0.5, 0.2],
    ] as const) {
      const best = bestDraftTokens(alpha, c);
      for (let gamma = 1; gamma <= 32; gamma++) {
        expect(speculativeSpeedup(alpha, best, c)).toBeGreaterThanOrEqual(speculativeSpeedup(alpha, gamma, c));
      }
    }
    // A draft as costly as the gain: the shortest draft is best.
    expect(bestDraftTokens(0.3, 0.5)).toBe(1);
    // With a free draft the longest allowed draft wins.
    expect(bestDraftTokens(0.9, 0, 12)).toBe(12);
    expect(() => bestDraftTokens(0.5, 0.1, 0)).toThrow(/draftTokens/);
  });
});
