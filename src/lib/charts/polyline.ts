// SVG path strings for straight-segment charts. d3-shape's line() and area() would do the same for
// a linear curve, but bring d3-path's arcs and curves along (about 2.5 kB gzip): more than the
// decode-ceiling chapter can spend under its 40 kB JavaScript budget.

/** A point already in pixels. */
export type PixelPoint = readonly [number, number];

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The path through `points` in order, with straight segments (d3-shape's curveLinear).
 * @example polylinePath([[0, 10], [5, 2.25]]) // "M0,10L5,2.3"
 */
export function polylinePath(points: readonly PixelPoint[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');
}

/**
 * The closed shape between an upper and a lower line over the same x values (d3-shape's area).
 * @example bandPath([[0, 1], [10, 2]], [[0, 5], [10, 6]]) // "M0,1L10,2L10,6L0,5Z"
 */
export function bandPath(upper: readonly PixelPoint[], lower: readonly PixelPoint[]): string {
  if (upper.length === 0) return '';
  return `${polylinePath([...upper, ...[...lower].reverse()])}Z`;
}
