import { describe, expect, it } from 'vitest';
import { createRng, nextGeometric, nextIntInRange, nextPoisson, nextUint32, nextUniform, type RngState } from '../../../../src/lib';
import { expectClose } from '../../helpers';

function draws(rng: RngState, count: number, draw: (rng: RngState) => number): number[] {
  return Array.from({ length: count }, () => draw(rng));
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

describe('createRng', () => {
  it('createRng(0) then nextUint32 gives mulberry32’s published first output, 1144304738', () => {
    expect(nextUint32(createRng(0))).toBe(1144304738);
  });

  it('createRng(seed) replays the same stream for the same seed', () => {
    expect(draws(createRng(42), 100, nextUint32)).toEqual(draws(createRng(42), 100, nextUint32));
  });

  it('createRng(seed) gives different streams for different seeds', () => {
    expect(draws(createRng(1), 10, nextUint32)).not.toEqual(draws(createRng(2), 10, nextUint32));
  });

  it('createRng(seed) state can be copied to branch a replay', () => {
    const rng = createRng(9);
    nextUint32(rng);
    const copy = { ...rng };
    expect(draws(copy, 20, nextUint32)).toEqual(draws(rng, 20, nextUint32));
  });

  it('createRng(seed) rejects negative, fractional, huge and NaN seeds with a clear error', () => {
    expect(() => createRng(-1)).toThrow(/seed must be at least 0/);
    expect(() => createRng(1.5)).toThrow(/seed must be a whole number/);
    expect(() => createRng(2 ** 32)).toThrow(/below 2\^32/);
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
  });
});

describe('nextUniform', () => {
  it('nextUniform(rng) stays in [0, 1) and averages ½', () => {
    const values = draws(createRng(3), 20_000, nextUniform);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    expect(Math.abs(mean(values) - 0.5)).toBeLessThan(0.01);
  });
});

describe('nextIntInRange', () => {
  it('nextIntInRange(rng, 1, 6) hits every face and nothing else', () => {
    const values = draws(createRng(5), 6_000, (rng) => nextIntInRange(rng, 1, 6));
    expect(new Set(values)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('nextIntInRange(rng, 4, 4) is 4', () => {
    expect(nextIntInRange(createRng(1), 4, 4)).toBe(4);
  });

  it('nextIntInRange(rng, min, max) rejects max below min and fractional bounds', () => {
    expect(() => nextIntInRange(createRng(1), 5, 4)).toThrow(/max \(4\) must be at least min \(5\)/);
    expect(() => nextIntInRange(createRng(1), 0.5, 4)).toThrow(/min must be a whole number/);
  });
});

describe('nextPoisson', () => {
  it('nextPoisson(rng, 0) is always 0', () => {
    expect(draws(createRng(1), 100, (rng) => nextPoisson(rng, 0)).every((n) => n === 0)).toBe(true);
  });

  it('nextPoisson(rng, 0.18) averages 0.18 arrivals, with variance equal to the mean', () => {
    const values = draws(createRng(11), 50_000, (rng) => nextPoisson(rng, 0.18));
    const m = mean(values);
    expectClose(m, 0.18, 0.03);
    expectClose(mean(values.map((v) => (v - m) ** 2)), 0.18, 0.05);
  });

  it('nextPoisson(rng, 12) averages 12', () => {
    expectClose(mean(draws(createRng(12), 20_000, (rng) => nextPoisson(rng, 12))), 12, 0.02);
  });

  it('nextPoisson(rng, mean) rejects negative and enormous means', () => {
    expect(() => nextPoisson(createRng(1), -1)).toThrow(/mean must be at least 0/);
    expect(() => nextPoisson(createRng(1), 1e6)).toThrow(/at most 700/);
  });
});

describe('nextGeometric', () => {
  it('nextGeometric(rng, 161.31) averages 161.31 tokens and is right-skewed (median below mean)', () => {
    const values = draws(createRng(21), 100_000, (rng) => nextGeometric(rng, 161.31));
    expectClose(mean(values), 161.31, 0.02);
    const sorted = values.slice().sort((a, b) => a - b);
    expect(sorted[sorted.length / 2]!).toBeLessThan(161.31);
    expect(sorted[0]).toBe(1);
  });

  it('nextGeometric(rng, mean) returns whole numbers ≥ 1', () => {
    for (const v of draws(createRng(4), 1_000, (rng) => nextGeometric(rng, 3.5))) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(1);
    }
  });

  it('nextGeometric(rng, 1) is 1', () => {
    expect(nextGeometric(createRng(8), 1)).toBe(1);
  });

  it('nextGeometric(rng, mean) rejects a mean below 1', () => {
    expect(() => nextGeometric(createRng(1), 0.5)).toThrow(/mean must be at least 1/);
  });
});
