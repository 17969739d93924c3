import { line, area } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { bandPath, polylinePath, simplifyPolyline, type PixelPoint } from '../../../../src/lib/charts/polyline';

const points = [
  [0, 10],
  [12.5, 3],
  [40, 7.25],
] as const;

describe('polylinePath', () => {
  it('polylinePath(points) draws the same segments as d3-shape line()', () => {
    expect(polylinePath(points)).toBe(line()(points.map(([x, y]) => [x, y] as [number, number]))!.replace('7.25', '7.3'));
  });

  it('polylinePath rounds to tenths of a pixel and is empty without points', () => {
    expect(polylinePath([[1.234, 5.678]])).toBe('M1.2,5.7');
    expect(polylinePath([])).toBe('');
  });
});

describe('bandPath', () => {
  it('bandPath(upper, lower) is the closed shape d3-shape area() draws', () => {
    const lower = points.map(([x, y]) => [x, y + 5] as const);
    const d3 = area<readonly [number, number, number]>()
      .x((p) => p[0])
      .y0((p) => p[2])
      .y1((p) => p[1])(points.map(([x, y]) => [x, y, y + 5] as const))!;
    expect(bandPath(points, lower)).toBe(d3.replace(/7\.25/g, '7.3').replace('12.25', '12.3'));
  });

  it('bandPath is empty without points', () => {
    expect(bandPath([], [])).toBe('');
  });
});

/** Distance in px from `p` to the polyline through `line`. */
function distanceToLine([px, py]: PixelPoint, line: readonly PixelPoint[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1]!;
    const [bx, by] = line[i]!;
    const [dx, dy] = [bx - ax, by - ay];
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
  }
  return best;
}

describe('simplifyPolyline', () => {
  // A step-by-step series as the allocator draws it: 2,001 points over 600 px, plateaus and jumps.
  const series: PixelPoint[] = Array.from({ length: 2001 }, (_, i) => [
    (i * 600) / 2000,
    150 - 120 * Math.min(1, i / 700) + 8 * Math.sin(i / 37) * (i % 150 < 75 ? 1 : 0),
  ]);

  it('simplifyPolyline(points, tolerance) keeps every dropped point within the tolerance of the line it keeps', () => {
    for (const tolerance of [0.1, 0.25, 1]) {
      const kept = simplifyPolyline(series, tolerance);
      expect(Math.max(...series.map((p) => distanceToLine(p, kept)))).toBeLessThanOrEqual(tolerance + 1e-9);
    }
  });

  it('simplifyPolyline(points) keeps the ends, keeps the order and draws a 2,000-step series with far fewer points', () => {
    const kept = simplifyPolyline(series);
    expect(kept[0]).toEqual(series[0]);
    expect(kept.at(-1)).toEqual(series.at(-1));
    expect(kept.map((p) => series.indexOf(p))).toEqual([...kept.map((p) => series.indexOf(p))].sort((a, b) => a - b));
    expect(kept.length).toBeLessThan(series.length / 3);
  });

  it('simplifyPolyline drops the middle of a straight run and keeps a corner', () => {
    expect(
      simplifyPolyline([
        [0, 5],
        [1, 5],
        [2, 5],
        [3, 5],
      ]),
    ).toEqual([
      [0, 5],
      [3, 5],
    ]);
    expect(
      simplifyPolyline([
        [0, 0],
        [5, 0],
        [5, 5],
      ]),
    ).toEqual([
      [0, 0],
      [5, 0],
      [5, 5],
    ]);
  });

  it('simplifyPolyline leaves up to two points as they are', () => {
    expect(simplifyPolyline([])).toEqual([]);
    expect(simplifyPolyline([[1, 2]])).toEqual([[1, 2]]);
    expect(
      simplifyPolyline([
        [1, 2],
        [1, 2],
      ]),
    ).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });
});
