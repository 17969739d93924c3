import { scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { logScale } from '../../../../src/lib/charts/log-scale';
import { expectClose } from '../../helpers';

// d3-scale's scaleLog is the reference: the charts must draw exactly what it would.
// Domains the instruments use: bits per weight, KL divergence, context tokens, batch, tok/s.
const domains: [number, number][] = [
  [1.9, 17],
  [0.0007, 1.4],
  [64, 131072],
  [1, 4096],
  [0.3, 2000],
  [2.5, 3.1],
  [1e-3, 1e6],
  [1000, 10],
];

describe('logScale', () => {
  it('logScale(domain, range, base)(x) maps like d3 scaleLog().base(base), forwards and inverted', () => {
    for (const domain of domains) {
      for (const base of [2, 10]) {
        const reference = scaleLog().base(base).domain(domain).range([260, 4]);
        const scale = logScale(domain, [260, 4], base);
        for (const t of [0, 0.1, 0.5, 0.77, 1, 1.3]) {
          const value = domain[0] * (domain[1] / domain[0]) ** t;
          expectClose(scale(value), reference(value));
          expectClose(scale.invert(scale(value)), reference.invert(reference(value)));
        }
      }
    }
  });

  it('logScale(domain, range, base).ticks(n) matches d3 scaleLog().base(base).ticks(n)', () => {
    for (const domain of domains) {
      for (const base of [2, 10]) {
        for (const count of [3, 4, 6, 10]) {
          const reference = scaleLog().base(base).domain(domain).range([0, 500]);
          expect(logScale(domain, [0, 500], base).ticks(count), `${domain} base ${base} ticks(${count})`).toEqual(reference.ticks(count));
        }
      }
    }
  });

  it('logScale ticks are exact decimals (0.3, not 0.30000000000000004)', () => {
    expect(logScale([0.3, 2], [0, 100]).ticks(6)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 2]);
  });

  it('logScale(domain, range) maps equal ratios to equal distances and the ends to the range ends', () => {
    const scale = logScale([1, 1000], [0, 300]);
    expect(scale(1)).toBe(0);
    expectClose(scale(1000), 300);
    expectClose(scale(10), 100);
    expectClose(scale(100) - scale(10), scale(10) - scale(1));
    expect(scale.base()).toBe(10);
    expect(scale.domain()).toEqual([1, 1000]);
    expect(scale.range()).toEqual([0, 300]);
  });

  it('logScale([a, a], range) maps a zero-width domain to the middle of the range, like d3', () => {
    expect(logScale([4, 4], [0, 100])(4)).toBe(scaleLog().domain([4, 4]).range([0, 100])(4));
    expect(logScale([4, 4], [0, 100])(4)).toBe(50);
  });

  it('logScale refuses a domain that is not positive, where a log axis has no meaning', () => {
    expect(() => logScale([0, 10], [0, 100])).toThrow(RangeError);
    expect(() => logScale([-1, 10], [0, 100])).toThrow(RangeError);
    expect(() => logScale([1, Number.NaN], [0, 100])).toThrow(RangeError);
  });
});
