import { describe, expect, it } from 'vitest';
import { lastWhere } from '../../../../src/lib';

/** The same answer by walking every n, for comparison. */
function lastWhereByScan(lo: number, hi: number, holds: (n: number) => boolean): number {
  let last = lo - 1;
  for (let n = lo; n <= hi && holds(n); n++) last = n;
  return last;
}

describe('lastWhere', () => {
  it('lastWhere(lo, hi, holds) finds the last n that holds, as a scan of every n does', () => {
    for (const [lo, hi] of [
      [0, 0],
      [0, 1],
      [1, 2],
      [1, 37],
      [0, 1000],
      [5, 64],
    ] as const) {
      for (let edge = lo - 2; edge <= hi + 2; edge++) {
        expect(
          lastWhere(lo, hi, (n) => n <= edge),
          `[${lo}, ${hi}] edge ${edge}`,
        ).toBe(lastWhereByScan(lo, hi, (n) => n <= edge));
      }
    }
  });

  it('lastWhere returns lo − 1 when nothing holds and hi when everything does', () => {
    expect(lastWhere(1, 100, () => false)).toBe(0);
    expect(lastWhere(1, 100, () => true)).toBe(100);
    expect(lastWhere(1, 100, (n) => n * n <= 50)).toBe(7);
  });

  it('lastWhere asks about a logarithmic number of n, not every one', () => {
    let calls = 0;
    lastWhere(0, 1_000_000, (n) => {
      calls++;
      return n <= 123_456;
    });
    expect(calls).toBeLessThanOrEqual(23);
  });
});
