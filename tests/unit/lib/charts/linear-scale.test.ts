import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale } from '../../../../src/lib/charts/linear-scale';
import { expectClose } from '../../helpers';

// d3-scale's scaleLinear is the reference: the charts must draw exactly what it would.
const domains: [number, number][] = [
  [0, 14.2],
  [0, 1],
  [0, 973.4],
  [0.1, 1000],
  [-3.7, 12.01],
  [0, 1.6e12],
  [5, 5.0001],
];

describe('linearScale', () => {
  it('linearScale(domain, range, n) nices the domain exactly as d3 scaleLinear().nice(n)', () => {
    for (const domain of domains) {
      for (const count of [3, 6, 10]) {
        const reference = scaleLinear().domain(domain).nice(count).range([0, 500]);
        expect(linearScale(domain, [0, 500], count).domain(), `${domain} nice(${count})`).toEqual(reference.domain());
      }
    }
  });

  it('linearScale(domain, range).ticks(n) matches d3 scaleLinear().ticks(n)', () => {
    for (const domain of domains) {
      for (const count of [3, 5, 6, 10]) {
        const reference = scaleLinear().domain(domain).nice().range([0, 640]);
        expect(linearScale(domain, [0, 640], 10).ticks(count), `${domain} ticks(${count})`).toEqual(reference.ticks(count));
      }
    }
  });

  it('linearScale(domain, range)(x) maps like d3 scaleLinear, forwards and inverted', () => {
    for (const domain of domains) {
      const reference = scaleLinear().domain(domain).range([12, 488]);
      const scale = linearScale(domain, [12, 488]);
      for (const t of [0, 0.25, 0.5, 0.9, 1, 1.5]) {
        const value = domain[0] + t * (domain[1] - domain[0]);
        if (reference(value) === 0) expect(Math.abs(scale(value))).toBeLessThan(1e-9);
        else expectClose(scale(value), reference(value));
        if (value === 0) expect(Math.abs(scale.invert(scale(value)))).toBeLessThan(1e-9);
        else expectClose(scale.invert(scale(value)), value);
      }
    }
  });

  it('linearScale(domain, range) is monotonic and maps the domain ends to the range ends', () => {
    const scale = linearScale([0, 973.4], [0, 300], 10);
    const [d0, d1] = scale.domain();
    expect(scale(d0)).toBe(0);
    expect(scale(d1)).toBe(300);
    let previous = -Infinity;
    for (let v = d0; v <= d1; v += (d1 - d0) / 50) {
      expect(scale(v)).toBeGreaterThan(previous);
      previous = scale(v);
    }
  });

  it('linearScale([a, a], range) maps a zero-width domain to the middle of the range, like d3', () => {
    expect(linearScale([4, 4], [0, 100])(4)).toBe(scaleLinear().domain([4, 4]).range([0, 100])(4));
    expect(linearScale([4, 4], [0, 100])(4)).toBe(50);
  });

  it('linearScale(domain, [r, r]).invert maps a zero-width range back to the middle of the domain, like d3', () => {
    expect(linearScale([2, 6], [40, 40]).invert(40)).toBe(scaleLinear().domain([2, 6]).range([40, 40]).invert(40));
  });
});
