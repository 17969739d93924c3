import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/llama31-8b-quant-sizes.json';
import {
  BYTES_PER_GIB,
  CALIBRATION_PARAMS,
  MXFP4_CALIBRATION,
  expertQuantFormats,
  mxfp4Format,
  quantFormat,
  quantFormats,
  requireModel,
  quantNote,
  requireQuantFormat,
  weightBytes,
} from '../../../../src/lib';

describe('quantFormat', () => {
  it('quantFormat(name) finds every type the book promises, case-insensitively', () => {
    const names = [
      'F16',
      'BF16',
      'Q8_0',
      'Q6_K',
      'Q5_K_M',
      'Q5_K_S',
      'Q4_K_M',
      'Q4_K_S',
      'Q4_0',
      'IQ4_XS',
      'Q3_K_L',
      'Q3_K_M',
      'Q3_K_S',
      'IQ3_XXS',
      'Q2_K',
      'IQ2_XS',
      'IQ2_XXS',
      'IQ1_S',
    ];
    for (const name of names) {
      expect(quantFormat(name)?.name).toBe(name);
      expect(quantFormat(name.toLowerCase())?.name).toBe(name);
    }
    expect(quantFormat(' q4_k_m ')?.name).toBe('Q4_K_M');
    expect(quantFormat('Q9_Z')).toBeUndefined();
    expect(() => requireQuantFormat('Q9_Z')).toThrow(/Unknown quant type "Q9_Z"/);
  });

  it('quantFormats is sorted from most to fewest effective bits per weight, names unique', () => {
    for (let i = 1; i < quantFormats.length; i++) {
      expect(quantFormats[i]!.bitsPerWeight).toBeLessThanOrEqual(quantFormats[i - 1]!.bitsPerWeight);
    }
    expect(new Set(quantFormats.map((q) => q.name)).size).toBe(quantFormats.length);
  });

  it("quantFormat(name).bitsPerWeight matches every Llama 3.1 8B bpw of llama.cpp's quantize README made the same way", () => {
    let checked = 0;
    for (const row of fixture.rows) {
      const format = quantFormat(row.quant)!;
      // Two README files were made without an importance matrix; the book's figures assume one (see notes.ts).
      if ((row as { imatrix?: boolean }).imatrix === false) {
        expect(format.bitsPerWeight, row.quant).toBeLessThan(row.bits_per_weight);
        expect(quantNote(row.quant).source.basis).toMatch(/without an importance matrix/);
      } else {
        expect(format.bitsPerWeight, row.quant).toBeCloseTo(row.bits_per_weight, 3);
      }
      checked++;
    }
    expect(checked).toBe(23);
  });

  it("blockBitsPerWeight is the bits of the mix's default storage type (IQ3_M is IQ3_S blocks, IQ2_S is IQ2_XS blocks)", () => {
    expect(quantFormat('IQ3_M')!.blockBitsPerWeight).toBe(3.4375);
    expect(quantFormat('IQ2_S')!.blockBitsPerWeight).toBe(2.3125);
    expect(quantFormat('IQ1_S')!.blockBitsPerWeight).toBe(1.5625);
    expect(quantFormat('BF16')!.blockBitsPerWeight).toBe(16);
  });

  it('an 8B file at the effective bpw reproduces the published file size within 0.5% (files made the same way)', () => {
    for (const row of fixture.rows) {
      const format = quantFormat(row.quant);
      if (!format || (row as { imatrix?: boolean }).imatrix === false) continue;
      const gib = weightBytes(CALIBRATION_PARAMS, format.bitsPerWeight) / BYTES_PER_GIB;
      expect(Math.abs(gib - row.size_gib) / row.size_gib, row.quant).toBeLessThan(0.005);
    }
  });

  it('effective bpw is at least the block format bpw (mixes keep some tensors higher), and block bits are published values', () => {
    for (const q of quantFormats) expect(q.bitsPerWeight).toBeGreaterThanOrEqual(q.blockBitsPerWeight);
    expect(quantFormat('Q8_0')!.blockBitsPerWeight).toBe(8.5);
    expect(quantFormat('Q4_0')!.blockBitsPerWeight).toBe(4.5);
    expect(quantFormat('Q2_K')!.blockBitsPerWeight).toBe(2.625);
  });

  it('Q8_0 is about 1.74× Q4_K_M, not 2× (a seed article error)', () => {
    const ratio = quantFormat('Q8_0')!.bitsPerWeight / quantFormat('Q4_K_M')!.bitsPerWeight;
    expect(ratio).toBeGreaterThan(1.72);
    expect(ratio).toBeLessThan(1.76);
  });

  it("the 70B and 405B Q4_K_M sizes match llama.cpp's published memory table within 2%", () => {
    const q4km = quantFormat('Q4_K_M')!.bitsPerWeight;
    // Llama 3.1 totals from the geometry (70.55e9 and 405.85e9 parameters).
    const published = Object.fromEntries(fixture.memory_table.map((r) => [r.model, r.q4_k_m_gb]));
    expect(Math.abs(weightBytes(70.55e9, q4km) / 1e9 - published['Llama 3.1 70B']!) / published['Llama 3.1 70B']!).toBeLessThan(0.02);
    expect(Math.abs(weightBytes(405.85e9, q4km) / 1e9 - published['Llama 3.1 405B']!) / published['Llama 3.1 405B']!).toBeLessThan(0.02);
  });
});

describe('mxfp4Format', () => {
  it('quantFormat("mxfp4") is the microscaling type: 4.25-bit blocks for the experts, Q8_0 for the rest', () => {
    expect(quantFormat('mxfp4')).toBe(mxfp4Format);
    expect(requireQuantFormat('MXFP4').family).toBe('microscaling');
    // 32 four-bit values + one 8-bit shared exponent = 136 bits per 32 weights.
    expect(mxfp4Format.blockBitsPerWeight).toBe((32 * 4 + 8) / 32);
    expect(mxfp4Format.expertSplit).toEqual({ expertBitsPerWeight: 4.25, otherBitsPerWeight: 8.5 });
    expect(expertQuantFormats).toEqual([mxfp4Format]);
    // A type for mixture-of-experts files: a dense model never picks it from the general list.
    expect(quantFormats.some((q) => q.name === 'MXFP4')).toBe(false);
  });

  it("mxfp4Format.bitsPerWeight, computed from gpt-oss-120b's tensors, reproduces the file llama-bench measures (59.02 GiB, 116.83 B)", () => {
    expect(mxfp4Format.bitsPerWeight).toBeCloseTo(4.3396, 4);
    expect(weightBytes(MXFP4_CALIBRATION.params, mxfp4Format.bitsPerWeight) / BYTES_PER_GIB).toBeCloseTo(59.02, 2);
    expect(requireModel('gpt-oss-120b').totalParams).toBe(MXFP4_CALIBRATION.params);
  });

  it('requireQuantFormat lists the expert-only types among the known names', () => {
    expect(() => requireQuantFormat('FP4X')).toThrow(/Known types: .*IQ1_S, MXFP4\./);
  });
});
