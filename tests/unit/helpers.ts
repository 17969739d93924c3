import { expect } from 'vitest';

/** Asserts |actual − expected| ≤ tolerance × |expected| (relative), like d3's inDelta helpers. */
export function expectClose(actual: number, expected: number, relativeTolerance = 1e-9): void {
  const delta = Math.abs(actual - expected);
  const allowed = relativeTolerance * Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(delta, `expected ${actual} to be within ${relativeTolerance * 100}% of ${expected}`).toBeLessThanOrEqual(allowed);
}
