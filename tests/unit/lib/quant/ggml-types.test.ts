import { describe, expect, it } from 'vitest';
import { blockBitsPerWeight, blockLayouts } from '../../../../src/lib/quant/blocks';
import { ggmlBitsPerWeight, ggmlTypes, isGgmlTypeName, rowFitsBlocks, tensorBytes } from '../../../../src/lib/quant/ggml-types';
import published from '../../../fixtures/ggml-block-bpw.json';

describe('ggmlTypes', () => {
  it('ggmlTypes: exact bytes per block of every type (ggml-common.h block structs at b6301)', () => {
    const expected: Record<string, [number, number]> = {
      F32: [1, 4],
      F16: [1, 2],
      BF16: [1, 2],
      Q4_0: [32, 18],
      Q4_1: [32, 20],
      Q5_0: [32, 22],
      Q5_1: [32, 24],
      Q8_0: [32, 34],
      MXFP4: [32, 17],
      IQ4_NL: [32, 18],
      Q2_K: [256, 84],
      Q3_K: [256, 110],
      Q4_K: [256, 144],
      Q5_K: [256, 176],
      Q6_K: [256, 210],
      IQ1_S: [256, 50],
      IQ1_M: [256, 56],
      IQ2_XXS: [256, 66],
      IQ2_XS: [256, 74],
      IQ2_S: [256, 82],
      IQ3_XXS: [256, 98],
      IQ3_S: [256, 110],
      IQ4_XS: [256, 136],
      TQ1_0: [256, 54],
      TQ2_0: [256, 66],
    };
    expect(Object.keys(ggmlTypes).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, [weights, bytes]] of Object.entries(expected)) {
      expect(ggmlTypes[name as keyof typeof ggmlTypes], name).toEqual({ name, blockWeights: weights, bytesPerBlock: bytes });
    }
  });

  it('ggmlBitsPerWeight matches the published bits per weight of the legacy and k-quant blocks', () => {
    for (const row of published.rows) {
      expect(ggmlBitsPerWeight(row.ggml_type as 'Q4_0'), row.ggml_type).toBe(row.bpw);
    }
  });

  it("ggmlBitsPerWeight agrees with blocks.ts's code-plus-metadata account of each base block", () => {
    for (const layout of blockLayouts) expect(ggmlBitsPerWeight(layout.name), layout.name).toBe(blockBitsPerWeight(layout));
  });

  it('isGgmlTypeName accepts storage types only, not mix names', () => {
    expect(isGgmlTypeName('Q4_K')).toBe(true);
    expect(isGgmlTypeName('Q4_K_M')).toBe(false);
    expect(isGgmlTypeName('toString')).toBe(false);
  });
});

describe('tensorBytes', () => {
  it('tensorBytes(shape, type) is blocks per row × bytes per block × rows', () => {
    expect(tensorBytes([4096, 14336], 'Q4_K')).toBe(16 * 144 * 14336);
    expect(tensorBytes([4096], 'F32')).toBe(16384);
    expect(tensorBytes([7168, 2048, 256], 'IQ2_XXS')).toBe(28 * 66 * 2048 * 256);
    expect(tensorBytes([2880, 2880, 32], 'MXFP4')).toBe(90 * 17 * 2880 * 32);
  });

  it('tensorBytes refuses a row that is not a whole number of blocks, and a bad shape', () => {
    expect(rowFitsBlocks(2880, 'Q4_K')).toBe(false);
    expect(rowFitsBlocks(2880, 'Q4_0')).toBe(true);
    expect(() => tensorBytes([2880, 4096], 'Q4_K')).toThrow(/2880 weights is not a whole number of Q4_K blocks/);
    expect(() => tensorBytes([], 'F16')).toThrow(/whole numbers/);
    expect(() => tensorBytes([64, 0], 'F16')).toThrow(/whole numbers/);
    expect(() => tensorBytes([64, 1.5], 'F16')).toThrow(/whole numbers/);
  });
});
