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

/** Distance in px from `p` to the segment from `a` to `b`. */
function distanceToSegment([px, py]: PixelPoint, [ax, ay]: PixelPoint, [bx, by]: PixelPoint): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The points of a line that can be seen: every point within `tolerancePx` of the straight segment
 * between the points kept around it is dropped (Ramer–Douglas–Peucker), so a 2,000-step series on a
 * 600 px chart draws the same picture with a fraction of the path, in the page and on every redraw.
 * The first and last points always stay.
 * @example simplifyPolyline([[0, 0], [1, 0.1], [2, 0], [3, 5]], 0.25) // [[0, 0], [2, 0], [3, 5]]
 */
export function simplifyPolyline(points: readonly PixelPoint[], tolerancePx = 0.25): PixelPoint[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const spans: [number, number][] = [[0, points.length - 1]];
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [first, last] = span;
    let farthest = -1;
    let farthestPx = tolerancePx;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > farthestPx) [farthest, farthestPx] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    spans.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * The closed shape between an upper and a lower line over the same x values (d3-shape's area).
 * @example bandPath([[0, 1], [10, 2]], [[0, 5], [10, 6]]) // "M0,1L10,2L10,6L0,5Z"
 */
export function bandPath(upper: readonly PixelPoint[], lower: readonly PixelPoint[]): string {
  if (upper.length === 0) return '';
  return `${polylinePath([...upper, ...[...lower].reverse()])}Z`;
}
