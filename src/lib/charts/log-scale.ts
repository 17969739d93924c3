// A log scale for the charts, as d3-scale's scaleLog draws it (positions, inversion, ticks), with
// d3-array choosing the ticks where d3 does, and without the number formatters and interpolators
// scaleLog brings into the browser (about 10 kB gzip).
import { ticks as linearTicks } from 'd3-array';
import type { ContinuousScale } from './linear-scale';

/** Maps a positive domain onto a pixel range along log(value). */
export interface LogScale extends ContinuousScale {
  /** The base the ticks step by (the positions do not depend on it). */
  base(): number;
}

/** base^x, exact for base 10 (1e-3, not 0.0010000000000000002), as d3 does. */
function powerOf(base: number): (exponent: number) => number {
  return base === 10 ? (x) => +`1e${x}` : base === Math.E ? Math.exp : (x) => base ** x;
}

/** log_base(x), with the exact built-ins where there is one, as d3 does. */
function logOf(base: number): (x: number) => number {
  if (base === Math.E) return Math.log;
  if (base === 10) return Math.log10;
  if (base === 2) return Math.log2;
  const lnBase = Math.log(base);
  return (x) => Math.log(x) / lnBase;
}

/**
 * A log scale from `domain` (both ends > 0) to `range`, ticking in powers of `base`. A zero-width
 * domain maps everything to the range's middle, like d3.
 * @example logScale([1, 1000], [0, 300])(10) // 100
 */
export function logScale(domain: readonly [number, number], range: readonly [number, number], base = 10): LogScale {
  const [d0, d1] = domain;
  if (!(d0 > 0 && d1 > 0)) throw new RangeError(`A log scale needs a positive domain, not [${d0}, ${d1}].`);
  const [r0, r1] = range;
  const l0 = Math.log(d0);
  const span = Math.log(d1) - l0;
  const logs = logOf(base);
  const pows = powerOf(base);
  const scale = ((value: number) => {
    const t = span === 0 ? 0.5 : (Math.log(value) - l0) / span;
    return r0 * (1 - t) + r1 * t;
  }) as LogScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.base = () => base;
  scale.invert = (position: number) => {
    const t = r1 === r0 ? 0.5 : (position - r0) / (r1 - r0);
    return Math.exp(l0 * (1 - t) + (l0 + span) * t);
  };
  // d3-scale's log ticks: every k·base^i in the domain when it spans fewer than `count` powers
  // (falling back to linear ticks if that gives too few), else round powers of the base.
  scale.ticks = (count = 10) => {
    const reversed = d1 < d0;
    const [u, v] = reversed ? [d1, d0] : [d0, d1];
    let i = logs(u);
    let j = logs(v);
    let z: number[] = [];
    if (!(base % 1) && j - i < count) {
      i = Math.floor(i);
      j = Math.ceil(j);
      for (; i <= j; ++i) {
        for (let k = 1; k < base; ++k) {
          const t = i < 0 ? k / pows(-i) : k * pows(i);
          if (t < u) continue;
          if (t > v) break;
          z.push(t);
        }
      }
      if (z.length * 2 < count) z = linearTicks(u, v, count);
    } else {
      z = linearTicks(i, j, Math.min(j - i, count)).map(pows);
    }
    return reversed ? z.reverse() : z;
  };
  return scale;
}
