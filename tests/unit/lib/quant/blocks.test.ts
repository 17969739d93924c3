import { describe, expect, it } from 'vitest';
import {
  absmaxQuantize,
  blockBitsPerWeight,
  blockLayout,
  blockLayouts,
  gaussianWeights,
  moreBitsLayerCount,
  quantFormats,
  quantizeInBlocks,
  relativeRmsError,
  usesMoreBits,
} from '../../../../src/lib';
import published from '../../../fixtures/ggml-block-bpw.json';
import { expectClose } from '../../helpers';

describe('blockBitsPerWeight', () => {
  it('blockBitsPerWeight(layout) matches every published bits-per-weight of a ggml block type', () => {
    expect(published.rows.length).toBeGreaterThanOrEqual(10);
    for (const row of published.rows) {
      if (row.ggml_type === 'F16') continue; // not a block type
      const layout = blockLayout(row.ggml_type);
      expect(layout, row.ggml_type).toBeDefined();
      expect(blockBitsPerWeight(layout!), row.ggml_type).toBe(row.bpw);
    }
  });

  it('blockBitsPerWeight: Q4_0 is 4 + 16/32 = 4.5 and Q8_0 is 8 + 16/32 = 8.5, not 4 and 8', () => {
    expect(blockBitsPerWeight(blockLayout('Q4_0')!)).toBe(4 + 16 / 32);
    expect(blockBitsPerWeight(blockLayout('q8_0')!)).toBe(8 + 16 / 32);
  });

  it('blockBitsPerWeight agrees with the blockBitsPerWeight column of quantFormats for each base type', () => {
    for (const layout of blockLayouts) {
      // Q4_K backs Q4_K_S and Q4_K_M; Q4_0 backs Q4_0; and so on.
      const formats = quantFormats.filter((q) => q.name === layout.name || q.name.startsWith(`${layout.name}_`));
      expect(formats.length, layout.name).toBeGreaterThan(0);
      for (const f of formats) expect(f.blockBitsPerWeight, f.name).toBe(blockBitsPerWeight(layout));
    }
  });

  it('blockBitsPerWeight: a real file costs more than its block format (the _S/_M/_L mixes keep tensors higher)', () => {
    for (const name of ['Q4_K_M', 'Q5_K_M', 'Q3_K_L', 'Q6_K', 'Q8_0']) {
      const f = quantFormats.find((q) => q.name === name)!;
      expect(f.bitsPerWeight, name).toBeGreaterThan(f.blockBitsPerWeight);
    }
  });

  it('blockLayout(name) is undefined for unknown names; blockBitsPerWeight rejects empty blocks', () => {
    expect(blockLayout('Q7_Z')).toBeUndefined();
    expect(() => blockBitsPerWeight({ valueBits: 4, blockWeights: 0, metadataBits: 16 })).toThrow(RangeError);
  });
});

describe('absmaxQuantize', () => {
  it('absmaxQuantize(w, bits) maps the largest weight to the largest code and rounds the rest', () => {
    const q = absmaxQuantize([0.5, -1, 0.25], 4);
    expectClose(q.scale, 1 / 7);
    expect(q.codes).toEqual([4, -7, 2]);
    q.dequantized.forEach((v, i) => expectClose(v, q.codes[i]! / 7));
  });

  it('absmaxQuantize error is at most half a step per weight', () => {
    const w = gaussianWeights(32, 7);
    for (const bits of [4, 8]) {
      const q = absmaxQuantize(w, bits);
      w.forEach((x, i) => expect(Math.abs(q.dequantized[i]! - x)).toBeLessThanOrEqual(q.scale / 2 + 1e-12));
    }
  });

  it('absmaxQuantize: more bits, less error (8-bit beats 4-bit on the same block)', () => {
    const w = gaussianWeights(32, 11);
    expect(relativeRmsError(w, absmaxQuantize(w, 8).dequantized)).toBeLessThan(relativeRmsError(w, absmaxQuantize(w, 4).dequantized) / 8);
  });

  it('absmaxQuantize: one outlier stretches the scale and rounds most ordinary weights of its block to zero', () => {
    const w = gaussianWeights(32, 3);
    const maxAbs = Math.max(...w.map(Math.abs));
    const withOutlier = [maxAbs * 20, ...w.slice(1)];
    const plain = absmaxQuantize(w, 4);
    const spoiled = absmaxQuantize(withOutlier, 4);
    expect(plain.codes.filter((c) => c === 0).length).toBeLessThan(8);
    expect(spoiled.codes.slice(1).filter((c) => c === 0).length).toBeGreaterThan(25);
  });

  it('absmaxQuantize handles an all-zero block and rejects empty or non-finite input', () => {
    expect(absmaxQuantize([0, 0], 4).dequantized).toEqual([0, 0]);
    expect(() => absmaxQuantize([], 4)).toThrow(/at least one/);
    expect(() => absmaxQuantize([1, Number.NaN], 4)).toThrow(RangeError);
    expect(() => absmaxQuantize([1], 1)).toThrow(RangeError);
  });
});

describe('quantizeInBlocks', () => {
  it('quantizeInBlocks keeps an outlier’s damage inside its own block', () => {
    expect(quantizeInBlocks([7, -3, 1, 70], 4, 2)).toEqual([7, -3, 0, 70]);
    const row = gaussianWeights(4096, 5);
    row[100] = 20 * Math.max(...row.map(Math.abs));
    const perBlock = quantizeInBlocks(row, 4, 32);
    const perRow = quantizeInBlocks(row, 4, row.length);
    // Blocks other than the outlier's (weights 96–127) are untouched by it.
    const others = (xs: number[]) => xs.filter((_, i) => i < 96 || i >= 128);
    expect(relativeRmsError(others(row), others(perBlock))).toBeLessThan(0.2);
    expect(relativeRmsError(others(row), others(perRow))).toBeGreaterThan(0.9);
  });
});

describe('relativeRmsError and gaussianWeights', () => {
  it('relativeRmsError(exact, approx) is RMS(error) ÷ RMS(exact)', () => {
    expectClose(relativeRmsError([1, -1], [1.1, -0.9]), 0.1);
    expect(relativeRmsError([3, 4], [3, 4])).toBe(0);
    expect(() => relativeRmsError([1], [1, 2])).toThrow(/equally long/);
    expect(() => relativeRmsError([0, 0], [1, 1])).toThrow(/zero/);
  });

  it('gaussianWeights(n, seed) replays exactly and has about the requested spread', () => {
    expect(gaussianWeights(9, 42)).toEqual(gaussianWeights(9, 42));
    expect(gaussianWeights(9, 42)).not.toEqual(gaussianWeights(9, 43));
    const many = gaussianWeights(20000, 1, 0.02);
    const mean = many.reduce((a, b) => a + b, 0) / many.length;
    const std = Math.sqrt(many.reduce((a, b) => a + (b - mean) ** 2, 0) / many.length);
    expect(Math.abs(mean)).toBeLessThan(0.001);
    expectClose(std, 0.02, 0.03);
  });
});

describe('usesMoreBits', () => {
  it('usesMoreBits(i, 32) picks layers 0–3, 28–31 and every third between (6, 9, … 27): 16 of 32', () => {
    const picked = Array.from({ length: 32 }, (_, i) => i).filter((i) => usesMoreBits(i, 32));
    expect(picked).toEqual([0, 1, 2, 3, 6, 9, 12, 15, 18, 21, 24, 27, 28, 29, 30, 31]);
    expect(moreBitsLayerCount(32)).toBe(16);
  });

  it('moreBitsLayerCount(L) is between a quarter and a half of the layers for real depths', () => {
    for (const layers of [16, 28, 32, 40, 48, 62, 80, 126]) {
      const n = moreBitsLayerCount(layers);
      expect(n, String(layers)).toBeGreaterThanOrEqual(layers / 4);
      expect(n, String(layers)).toBeLessThanOrEqual(layers / 2 + 1);
    }
    expect(() => usesMoreBits(32, 32)).toThrow(RangeError);
  });
});
