import { describe, expect, it } from 'vitest';
import {
  floatFormatBits,
  floatFormatMax,
  floatFormats,
  quantFormat,
  requireFloatFormat,
  scaledBlockBitsPerWeight,
  scaledBlockFormats,
} from '../../../../src/lib';

describe('floatFormatMax', () => {
  it('floatFormatMax reproduces the published maxima: FP8 E4M3 448 and E5M2 57,344 (Micikevicius et al. 2022, table 1), E2M1 6 (OCP MX v1.0), FP16 65,504', () => {
    expect(floatFormatMax(requireFloatFormat('fp8-e4m3'))).toBe(448);
    expect(floatFormatMax(requireFloatFormat('fp8-e5m2'))).toBe(57344);
    expect(floatFormatMax(requireFloatFormat('fp4-e2m1'))).toBe(6);
    expect(floatFormatMax(requireFloatFormat('fp16'))).toBe(65504);
    expect(floatFormatMax(requireFloatFormat('bf16'))).toBe((2 - 2 ** -7) * 2 ** 127);
  });

  it('floatFormatBits: 16, 16, 8, 8 and 4 bits; a wider exponent buys range, not precision', () => {
    expect(floatFormats.map(floatFormatBits)).toEqual([16, 16, 8, 8, 4]);
    expect(floatFormatMax(requireFloatFormat('bf16'))).toBeGreaterThan(floatFormatMax(requireFloatFormat('fp16')));
    expect(floatFormatMax(requireFloatFormat('fp8-e5m2'))).toBeGreaterThan(floatFormatMax(requireFloatFormat('fp8-e4m3')));
  });

  it('requireFloatFormat(unknown) lists the known formats', () => {
    expect(() => requireFloatFormat('fp6')).toThrow(/fp8-e4m3/);
  });
});

describe('scaledBlockBitsPerWeight', () => {
  it('MXFP4 is 4.25 bits per weight, the same figure ggml stores gpt-oss’s experts at', () => {
    const mxfp4 = scaledBlockFormats.find((f) => f.id === 'mxfp4')!;
    expect(scaledBlockBitsPerWeight(mxfp4)).toBe(4.25);
    expect(quantFormat('MXFP4')!.expertSplit!.expertBitsPerWeight).toBe(scaledBlockBitsPerWeight(mxfp4));
  });

  it('NVFP4 spends more on scales than MXFP4 (smaller blocks, 4.5 bits), INT4 with groups of 128 less', () => {
    const bits = Object.fromEntries(scaledBlockFormats.map((f) => [f.id, scaledBlockBitsPerWeight(f)]));
    expect(bits).toEqual({ mxfp4: 4.25, nvfp4: 4.5, 'int4-g128': 4.15625 });
  });
});
