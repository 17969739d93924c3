import { describe, expect, it } from 'vitest';
import { minPMask, repetitionPenalty, softmax, topKMask, topPMask } from '../../../../src/lib';

const p = [0.05, 0.4, 0.25, 0.2, 0.1];

describe('topKMask', () => {
  it('topKMask(p, k) keeps the k most probable tokens; k = 0 keeps all; k past the vocabulary keeps all', () => {
    expect(topKMask(p, 2)).toEqual([false, true, true, false, false]);
    expect(topKMask(p, 0)).toEqual([true, true, true, true, true]);
    expect(topKMask(p, 40)).toEqual([true, true, true, true, true]);
  });

  it('topKMask(p, 1) is the top token (the first one on a tie)', () => {
    expect(topKMask([0.3, 0.3, 0.4], 1)).toEqual([false, false, true]);
    expect(topKMask([0.4, 0.4, 0.2], 1)).toEqual([true, false, false]);
  });
});

describe('topPMask', () => {
  it('topPMask(p, P) keeps the most probable tokens until their share reaches P, the crossing token included', () => {
    // 0.4 < 0.5 ≤ 0.65: the 0.25 token crosses and stays.
    expect(topPMask(p, 0.5)).toEqual([false, true, true, false, false]);
    expect(topPMask(p, 0.65)).toEqual([false, true, true, false, false]);
    expect(topPMask(p, 0.66)).toEqual([false, true, true, true, false]);
    expect(topPMask(p, 0.01)).toEqual([false, true, false, false, false]);
    expect(topPMask(p, 1)).toEqual([true, true, true, true, true]);
  });

  it('topPMask after top-k measures the share within the survivors (llama.cpp renormalises)', () => {
    const kept = topKMask(p, 2);
    // Within {0.4, 0.25}: 0.4 / 0.65 = 0.615 ≥ 0.6.
    expect(topPMask(p, 0.6, kept)).toEqual([false, true, false, false, false]);
  });

  it('topPMask keeps at least the share asked for, and never more tokens when P falls', () => {
    let previous = Infinity;
    for (const P of [0.99, 0.9, 0.7, 0.5, 0.3, 0.1]) {
      const mask = topPMask(p, P);
      const mass = p.reduce((s, v, i) => s + (mask[i] ? v : 0), 0);
      expect(mass).toBeGreaterThanOrEqual(P - 1e-12);
      const count = mask.filter(Boolean).length;
      expect(count).toBeLessThanOrEqual(previous);
      previous = count;
    }
  });

  it('topPMask rejects P ≤ 0', () => {
    expect(() => topPMask(p, 0)).toThrow(/top-p/);
  });
});

describe('minPMask', () => {
  it('minPMask(p, m) keeps tokens at least m times as probable as the top one; m = 0 keeps all', () => {
    // Top 0.4: m = 0.5 keeps ≥ 0.2.
    expect(minPMask(p, 0.5)).toEqual([false, true, true, true, false]);
    expect(minPMask(p, 1)).toEqual([false, true, false, false, false]);
    expect(minPMask(p, 0)).toEqual([true, true, true, true, true]);
  });

  it('minPMask scales with the top token: a confident distribution keeps fewer tokens than a flat one at the same m', () => {
    const confident = softmax([8, 2, 1.5, 1, 0.5]);
    const flat = softmax([1.2, 1, 0.9, 0.8, 0.7]);
    expect(minPMask(confident, 0.05).filter(Boolean).length).toBeLessThan(minPMask(flat, 0.05).filter(Boolean).length);
  });

  it('minPMask rejects m > 1', () => {
    expect(() => minPMask(p, 1.5)).toThrow(/min-p/);
  });
});

describe('repetitionPenalty', () => {
  it('repetitionPenalty divides positive logits and multiplies negative ones, only for the listed tokens', () => {
    expect(repetitionPenalty([3, -2, 1, 0], [0, 1, 3], 1.5)).toEqual([2, -3, 1, 0]);
  });

  it('repetitionPenalty with θ > 1 always lowers a penalised token’s probability, and θ = 1 changes nothing', () => {
    const logits = [2.5, -1, 0.3, 1.1];
    for (const index of [0, 1, 2, 3]) {
      const before = softmax(logits)[index]!;
      expect(softmax(repetitionPenalty(logits, [index], 1.3))[index]).toBeLessThan(before);
    }
    expect(repetitionPenalty(logits, [0, 1], 1)).toEqual(logits);
  });

  it('repetitionPenalty rejects θ ≤ 0', () => {
    expect(() => repetitionPenalty([1], [0], 0)).toThrow(/repetition penalty/);
  });
});
