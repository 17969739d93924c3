import { describe, expect, it } from 'vitest';
import { bytesToGiB, isMixtureOfExperts, weightBytes, weightCost } from '../../../../src/lib';
import { expectClose } from '../../helpers';

describe('weightBytes', () => {
  it('weightBytes(7e9, 16) is 14 GB, which is 13.04 GiB (chapter 1 worked example)', () => {
    expect(weightBytes(7e9, 16)).toBe(14e9);
    expect(bytesToGiB(weightBytes(7e9, 16)).toFixed(2)).toBe('13.04');
  });

  it('weightBytes(70e9, 4) is 35 GB: nominal 4-bit, before block scales', () => {
    expect(weightBytes(70e9, 4)).toBe(35e9);
  });

  it('weightBytes(params, bpw) is linear in params', () => {
    for (const bpw of [2, 4.8944, 16]) {
      expectClose(weightBytes(3 * 8e9, bpw), 3 * weightBytes(8e9, bpw));
      expectClose(weightBytes(8e9 + 1e9, bpw), weightBytes(8e9, bpw) + weightBytes(1e9, bpw));
    }
  });

  it('weightBytes(params, bpw) is monotonic in bits', () => {
    const bits = [1.56, 2, 3.5, 4.5, 8.5, 16, 32];
    const sizes = bits.map((b) => weightBytes(7e9, b));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
  });

  it('weightBytes(params, bpw) rejects negative, NaN and zero-bit input with a clear error', () => {
    expect(() => weightBytes(-1, 16)).toThrow(/params must be at least 0/);
    expect(() => weightBytes(Number.NaN, 16)).toThrow(/params must be a finite number/);
    expect(() => weightBytes(7e9, 0)).toThrow(/bitsPerWeight must be greater than 0/);
    expect(() => weightBytes(7e9, Infinity)).toThrow(RangeError);
  });
});

describe('weightCost', () => {
  const mixtral = { totalParams: 46.7e9, activeParams: 12.9e9 };

  it('weightCost(moe, bpw): memory follows total params, per-token reads follow active params', () => {
    const cost = weightCost(mixtral, 16);
    expect(cost.memoryBytes).toBe(weightBytes(46.7e9, 16));
    expect(cost.readBytesPerToken).toBe(weightBytes(12.9e9, 16));
    expectClose(cost.activeFraction, 12.9 / 46.7);
  });

  it('weightCost(dense, bpw) reads everything it stores', () => {
    const cost = weightCost({ totalParams: 8e9, activeParams: 8e9 }, 4.5);
    expect(cost.readBytesPerToken).toBe(cost.memoryBytes);
    expect(isMixtureOfExperts({ totalParams: 8e9, activeParams: 8e9 })).toBe(false);
    expect(isMixtureOfExperts(mixtral)).toBe(true);
  });

  it('weightCost(counts) rejects more active than total parameters', () => {
    expect(() => weightCost({ totalParams: 1e9, activeParams: 2e9 }, 16)).toThrow(/cannot exceed/);
  });
});

describe('footprintByQuant', () => {
  it('footprintByQuant(counts) gives one row per quant type, shrinking with bits', async () => {
    const { footprintByQuant, quantFormats } = await import('../../../../src/lib');
    const rows = footprintByQuant({ totalParams: 8.03e9, activeParams: 8.03e9 });
    expect(rows).toHaveLength(quantFormats.length);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.memoryBytes).toBeLessThanOrEqual(rows[i - 1]!.memoryBytes);
    const q4 = rows.find((r) => r.quant.name === 'Q4_K_M')!;
    expect(q4.memoryBytes).toBe(weightBytes(8.03e9, 4.8944));
  });
});

describe('footprintByQuant with file sizes', () => {
  it("footprintByQuant(model with fileBytesByQuant): memory is the model's file, and a token reads its active share", async () => {
    const { footprintByQuant, ggufFileSizes, requireModel } = await import('../../../../src/lib');
    const qwen = requireModel('qwen3-30b-a3b');
    const sizes = ggufFileSizes(qwen);
    const rows = footprintByQuant({ ...qwen, fileBytesByQuant: sizes });
    for (const r of rows) {
      expect(r.memoryBytes / sizes[r.quant.name]! - 1, r.quant.name).toBeCloseTo(0, 12);
      expect(r.readBytesPerToken / r.memoryBytes, r.quant.name).toBeCloseTo(qwen.activeParams / qwen.totalParams, 12);
    }
    const custom = footprintByQuant({ totalParams: qwen.totalParams, activeParams: qwen.activeParams });
    expect(custom.find((r) => r.quant.name === 'Q4_K_M')!.bitsPerWeight).toBe(
      custom.find((r) => r.quant.name === 'Q4_K_M')!.quant.bitsPerWeight,
    );
  });
});
