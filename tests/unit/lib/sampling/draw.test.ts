import { describe, expect, it } from 'vitest';
import { createRng, drawIndex, drawTokens } from '../../../../src/lib';

describe('drawIndex and drawTokens', () => {
  it('drawTokens(p, seed, n) is the same stream for the same seed and another for another seed', () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    expect(drawTokens(p, 42, 20)).toEqual(drawTokens(p, 42, 20));
    expect(drawTokens(p, 42, 20)).not.toEqual(drawTokens(p, 43, 20));
  });

  it('drawIndex never draws a token of probability 0, and draws the only possible one', () => {
    const rng = createRng(5);
    for (let i = 0; i < 500; i++) expect([1, 3]).toContain(drawIndex([0, 0.5, 0, 0.5], rng));
    expect(drawTokens([0, 0, 1], 9, 10)).toEqual(Array(10).fill(2));
  });

  it('drawTokens follows the distribution: 20,000 draws land within 2% of each probability', () => {
    const p = [0.5, 0.3, 0.15, 0.05];
    const counts = [0, 0, 0, 0];
    for (const i of drawTokens(p, 2024, 20_000)) counts[i]!++;
    counts.forEach((c, i) => expect(Math.abs(c / 20_000 - p[i]!)).toBeLessThan(0.02));
  });

  it('drawIndex survives a total a hair under 1, and refuses a distribution with nothing to draw', () => {
    const rng = createRng(1);
    for (let i = 0; i < 100; i++) expect(drawIndex([0.3333333, 0.3333333, 0.3333333], rng)).toBeLessThan(3);
    expect(() => drawIndex([0, 0], createRng(1))).toThrow(/Nothing to draw/);
  });
});
