import { line, area } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { bandPath, polylinePath } from '../../../../src/lib/charts/polyline';

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
