import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { symbolPath, type SymbolShape } from '../../../../src/lib/charts/symbol';

// d3-shape's symbol() is the reference: the points must be the shapes it would draw.
const d3Types = { circle: symbolCircle, diamond: symbolDiamond, square: symbolSquare, triangle: symbolTriangle };

describe('symbolPath', () => {
  it('symbolPath(shape, area) is the path d3-shape symbol(type, area)() draws', () => {
    for (const shape of Object.keys(d3Types) as SymbolShape[]) {
      // The sizes the instruments draw: plain, selected (×2.2), its ring (×6), the crossover diamond.
      for (const area of [16, 48, 48 * 2.2, 48 * 6, 64, 70, 70 * 2.2, 1]) {
        expect(symbolPath(shape, area), `${shape} ${area}`).toBe(symbol(d3Types[shape], area)());
      }
    }
  });

  it('symbolPath(shape, area) grows with the area: a circle of area π·r² has radius r', () => {
    expect(symbolPath('circle', Math.PI * 25)).toBe('M5,0A5,5,0,1,1,-5,0A5,5,0,1,1,5,0');
    expect(symbolPath('square', 16)).toBe('M-2,-2h4v4h-4Z');
  });
});
