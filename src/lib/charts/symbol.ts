// SVG path strings for point symbols, the shapes and sizes d3-shape's symbol() draws, without
// d3-shape and d3-path in the browser. Series differ by shape as well as colour.

/** A point symbol's shape. */
export type SymbolShape = 'circle' | 'diamond' | 'square' | 'triangle';

/** Three decimals, as d3-path writes them. */
const round = (v: number) => Math.round(v * 1000) / 1000;
const TAN30 = Math.sqrt(1 / 3);
const SQRT3 = Math.sqrt(3);

/**
 * The path of a symbol of `area` square pixels centred on (0, 0), the same string d3-shape's
 * `symbol(symbolCircle | symbolDiamond | symbolSquare | symbolTriangle, area)()` returns.
 * @example symbolPath('square', 16) // "M-2,-2h4v4h-4Z"
 */
export function symbolPath(shape: SymbolShape, area: number): string {
  switch (shape) {
    case 'circle': {
      const r = round(Math.sqrt(area / Math.PI));
      return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0`;
    }
    case 'diamond': {
      const y = Math.sqrt(area / (TAN30 * 2));
      const x = y * TAN30;
      return `M0,${round(-y)}L${round(x)},0L0,${round(y)}L${round(-x)},0Z`;
    }
    case 'square': {
      const w = Math.sqrt(area);
      return `M${round(-w / 2)},${round(-w / 2)}h${round(w)}v${round(w)}h${round(-w)}Z`;
    }
    case 'triangle': {
      const y = -Math.sqrt(area / (SQRT3 * 3));
      return `M0,${round(y * 2)}L${round(-SQRT3 * y)},${round(-y)}L${round(SQRT3 * y)},${round(-y)}Z`;
    }
  }
}
