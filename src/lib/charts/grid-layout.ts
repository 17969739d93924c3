/**
 * Laying out many small square cells (one per KV block) in a box, and drawing them cheaply: one
 * SVG path per kind of cell instead of one element per cell, so thousands of blocks redraw fast.
 */
import { requireFinite, requireInteger } from '../core/guard';

/** Where the cells of a grid go. */
export interface GridLayout {
  /** Cells per row. */
  readonly columns: number;
  /** Rows used. */
  readonly rows: number;
  /** Side of one cell including its gap, in px. */
  readonly cellPx: number;
  /** Gap between cells, in px (0 when cells are tiny). */
  readonly gapPx: number;
  /** Width and height the grid takes, in px. */
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * The largest square cells that fit `count` cells in `widthPx` × `maxHeightPx`, row by row.
 * Cells are at least 1 px, so a very large count overflows the height rather than vanishing.
 * @example gridLayout(981, 400, 300).columns // 40 (10 px cells, 25 rows)
 */
export function gridLayout(count: number, widthPx: number, maxHeightPx: number): GridLayout {
  requireInteger('count', count, 0);
  requireFinite('widthPx', widthPx, 1);
  requireFinite('maxHeightPx', maxHeightPx, 1);
  let best = 1;
  // The cell size only matters in whole pixels; try each and keep the largest that fits.
  for (let cell = Math.floor(Math.min(widthPx, maxHeightPx)); cell >= 1; cell--) {
    const columns = Math.max(1, Math.floor(widthPx / cell));
    if (Math.ceil(count / columns) * cell <= maxHeightPx) {
      best = cell;
      break;
    }
  }
  const columns = Math.max(1, Math.floor(widthPx / best));
  const rows = Math.ceil(count / columns);
  return { columns, rows, cellPx: best, gapPx: best >= 5 ? 1 : 0, widthPx: columns * best, heightPx: rows * best };
}

/**
 * One SVG path string per kind, drawing every cell of that kind as a square at its grid position.
 * Kinds keep the order in which they first appear. After its first square, a path moves by
 * relative steps (`m10,0`): neighbouring cells repeat the same few characters, so the thousands
 * of cells a server renders into the page compress to almost nothing.
 * @example cellPaths(['a', 'b', 'a'], gridLayout(3, 30, 10)).get('a') // "M0,0h9v9h-9zm20,0h9v9h-9z"
 */
export function cellPaths(kinds: readonly string[], layout: GridLayout): Map<string, string> {
  const side = layout.cellPx - layout.gapPx;
  const square = `h${side}v${side}h${-side}z`;
  // Per kind: the path so far and the corner of its last square (where `z` leaves the pen).
  const paths = new Map<string, { d: string; x: number; y: number }>();
  kinds.forEach((kind, i) => {
    const x = (i % layout.columns) * layout.cellPx;
    const y = Math.floor(i / layout.columns) * layout.cellPx;
    const path = paths.get(kind);
    if (!path) paths.set(kind, { d: `M${x},${y}${square}`, x, y });
    else Object.assign(path, { d: `${path.d}m${x - path.x},${y - path.y}${square}`, x, y });
  });
  return new Map([...paths].map(([kind, { d }]) => [kind, d]));
}
