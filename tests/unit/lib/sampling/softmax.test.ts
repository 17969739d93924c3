import { describe, expect, it } from 'vitest';
import { expectClose } from '../../helpers';
import { argmax, softmax } from '../../../../src/lib';

describe('softmax', () => {
  it('softmax([2, 1, 0]) is e^z ÷ Σ e^z, worked by hand', () => {
    const total = Math.E ** 2 + Math.E + 1;
    const p = softmax([2, 1, 0]);
    expectClose(p[0]!, Math.E ** 2 / total);
    expectClose(p[1]!, Math.E / total);
    expectClose(p[2]!, 1 / total);
  });

  it('softmax(z, τ) sums to 1, keeps the order of the logits, sharpens below τ = 1 and flattens above', () => {
    const logits = [3.1, -0.5, 2.2, 0, 7];
    let previousTop = 0;
    for (const tau of [5, 2, 1, 0.7, 0.3, 0.05]) {
      const p = softmax(logits, tau);
      expectClose(
        p.reduce((a, b) => a + b, 0),
        1,
        1e-12,
      );
      expect(argmax(p)).toBe(4);
      expect(p[0]).toBeGreaterThan(p[2]!);
      // Lower temperature, more mass on the top token.
      expect(p[4]).toBeGreaterThan(previousTop);
      previousTop = p[4]!;
    }
  });

  it('softmax does not overflow on large logits, and shifting every logit changes nothing', () => {
    const p = softmax([1000, 999, 998]);
    expect(p.every(Number.isFinite)).toBe(true);
    const shifted = softmax([1, 0, -1]);
    p.forEach((v, i) => expectClose(v, shifted[i]!, 1e-12));
  });

  it('softmax(z, 0) is greedy: all the mass on the first top token', () => {
    expect(softmax([0.5, 2, 2, -1], 0)).toEqual([0, 1, 0, 0]);
  });

  it('softmax rejects an empty list, a NaN logit and a negative temperature', () => {
    expect(() => softmax([])).toThrow(/non-empty/);
    expect(() => softmax([1, NaN])).toThrow(/logit 1/);
    expect(() => softmax([1, 2], -0.5)).toThrow(/temperature/);
  });
});
