import { describe, expect, it } from 'vitest';
import { cellPaths, gridLayout } from '../../../../src/lib';

describe('gridLayout', () => {
  it('gridLayout(count, w, h) fits every cell inside the box', () => {
    for (const count of [1, 7, 128, 981, 4096, 8192]) {
      for (const [w, h] of [
        [300, 200],
        [640, 260],
        [1000, 120],
      ] as const) {
        const layout = gridLayout(count, w, h);
        expect(layout.columns * layout.rows).toBeGreaterThanOrEqual(count);
        expect(layout.widthPx).toBeLessThanOrEqual(w);
        if (layout.cellPx > 1) expect(layout.heightPx).toBeLessThanOrEqual(h);
      }
    }
  });

  it('gridLayout(count, w, h) picks the largest cell: one pixel more would not fit', () => {
    const layout = gridLayout(981, 400, 300);
    const bigger = layout.cellPx + 1;
    expect(Math.ceil(981 / Math.floor(400 / bigger)) * bigger).toBeGreaterThan(300);
    expect(layout.cellPx).toBe(10); // 40 columns × 25 rows = 250 px; 11 px cells need 28 rows = 308 px
    expect(layout.columns).toBe(40);
  });

  it('gridLayout(count, w, h) shrinks cells as the count grows, never below 1 px', () => {
    const sizes = [10, 100, 1_000, 10_000, 100_000].map((n) => gridLayout(n, 400, 200).cellPx);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(sizes.at(-1)).toBe(1);
  });

  it('gridLayout(count, w, h) leaves a 1 px gap only between cells of 5 px or more', () => {
    expect(gridLayout(10, 100, 100).gapPx).toBe(1);
    expect(gridLayout(100_000, 100, 100).gapPx).toBe(0);
  });

  it('gridLayout(count, w, h) rejects a fractional count and a zero width', () => {
    expect(() => gridLayout(1.5, 100, 100)).toThrow(/count must be a whole number/);
    expect(() => gridLayout(10, 0, 100)).toThrow(/widthPx must be at least 1/);
  });
});

/** The top-left corners of the squares a cellPaths path draws, read back from its absolute and relative moves. */
function corners(d: string): [number, number][] {
  let x = 0;
  let y = 0;
  return [...d.matchAll(/([Mm])(-?\d+),(-?\d+)h(\d+)v\4h-\4z/g)].map(([, move, dx, dy]) => {
    [x, y] = move === 'M' ? [Number(dx), Number(dy)] : [x + Number(dx), y + Number(dy)];
    return [x, y];
  });
}

describe('cellPaths', () => {
  it('cellPaths(kinds, layout) draws each cell once, in the path of its kind', () => {
    const layout = gridLayout(3, 30, 10);
    const paths = cellPaths(['a', 'b', 'a'], layout);
    expect([...paths.keys()]).toEqual(['a', 'b']);
    expect(paths.get('a')).toBe('M0,0h9v9h-9zm20,0h9v9h-9z');
    expect(paths.get('b')).toBe('M10,0h9v9h-9z');
  });

  it('cellPaths(kinds, layout) wraps to the next row after `columns` cells, moving back to the row start', () => {
    const layout = { columns: 2, rows: 2, cellPx: 4, gapPx: 0, widthPx: 8, heightPx: 8 };
    expect(cellPaths(['x', 'x', 'x'], layout).get('x')).toBe('M0,0h4v4h-4zm4,0h4v4h-4zm-4,4h4v4h-4z');
  });

  it('cellPaths(kinds, layout) puts every cell at its grid position, whatever the mix of kinds', () => {
    const layout = gridLayout(981, 320, 200);
    const kinds = Array.from({ length: 981 }, (_, i) => ['live', 'free', 'reserved'][(i * 7 + (i >> 3)) % 3]!);
    const drawn = [...cellPaths(kinds, layout)].flatMap(([kind, d]) => corners(d).map(([x, y]) => `${kind}@${x},${y}`));
    const expected = kinds.map(
      (kind, i) => `${kind}@${(i % layout.columns) * layout.cellPx},${Math.floor(i / layout.columns) * layout.cellPx}`,
    );
    expect(drawn.sort()).toEqual(expected.sort());
  });

  it('cellPaths([], layout) is empty', () => {
    expect(cellPaths([], gridLayout(0, 10, 10)).size).toBe(0);
  });
});
