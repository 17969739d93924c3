// A linear scale for the charts: d3-array chooses the nice bounds and the ticks, as d3-scale's
// scaleLinear does, without the colour interpolators and number formatters that scaleLinear
// always brings along (about 10 kB gzip of browser JavaScript, a quarter of a chapter's budget).
import { nice, ticks } from 'd3-array';

/** Maps a numeric domain onto a pixel range (linear or log); the shape an Axis draws from. */
export interface ContinuousScale {
  (value: number): number;
  /** The (possibly niced) domain. */
  domain(): [number, number];
  range(): [number, number];
  /** About `count` round values inside the domain, as d3-scale chooses them. */
  ticks(count?: number): number[];
  /** The domain value at a pixel position. */
  invert(position: number): number;
}

/**
 * A linear scale from `domain` to `range`; `niceCount` extends the domain to round bounds as
 * d3-scale's `.nice(niceCount)` does. A zero-width domain maps everything to the range's middle.
 * @example linearScale([0, 14.2], [0, 300], 10).domain() // [0, 16] (ticks of 2)
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], niceCount?: number): ContinuousScale {
  const [d0, d1] = niceCount === undefined ? domain : nice(domain[0], domain[1], niceCount);
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as ContinuousScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.invert = (position: number) => (r1 === r0 ? (d0 + d1) / 2 : d0 + ((position - r0) / (r1 - r0)) * span);
  return scale;
}
