import { describe, expect, it } from 'vitest';
import computeBuffer from '../../fixtures/llamacpp-compute-buffer.json';
import {
  bestQuantThatFits,
  FIXED_RUNTIME_OVERHEAD_BYTES,
  gibToBytes,
  kvCacheBytes,
  largestContextThatFits,
  memoryBudget,
  memoryTargetOf,
  quantFormat,
  quantFormats,
  requireDevice,
  requireModel,
  runtimeOverhead,
  weightBytes,
  type FitVerdict,
} from '../../../src/lib';
import { expectClose } from '../helpers';

const q4 = quantFormat('Q4_K_M')!.bitsPerWeight;
const llama8b = requireModel('llama-3.1-8b');
const llama70b = requireModel('llama-3.1-70b');
const rank: Record<FitVerdict, number> = { fits: 0, tight: 1, offload: 2, 'no-fit': 3 };
const MiB = 2 ** 20;

describe('runtimeOverhead', () => {
  it('runtimeOverhead grows by ubatch × heads × 4 bytes per token without flash attention, as llama.cpp logged', () => {
    const [short, long] = computeBuffer.rows;
    const measuredPerToken = ((long!.computeBufferMiB - short!.computeBufferMiB) * MiB) / (long!.contextTokens - short!.contextTokens);
    const model = { vocabSize: 32000, attentionHeads: 32 };
    const at = (t: number) => runtimeOverhead(model, t, { flashAttention: false, ubatchTokens: computeBuffer.ubatchTokens }).computeBufferBytes;
    const modelledPerToken = (at(long!.contextTokens) - at(short!.contextTokens)) / (long!.contextTokens - short!.contextTokens);
    expectClose(modelledPerToken, measuredPerToken, 0.05);
    expectClose(at(long!.contextTokens), long!.computeBufferMiB * MiB, 0.05);
  });

  it('runtimeOverhead is the fixed part plus the logits buffer at zero context', () => {
    const o = runtimeOverhead(llama8b, 0);
    expect(o.fixedBytes).toBe(FIXED_RUNTIME_OVERHEAD_BYTES);
    expect(o.computeBufferBytes).toBe(512 * llama8b.vocabSize * 4);
  });

  it('flash attention shrinks the compute buffer, and it grows with context × batch', () => {
    const on = runtimeOverhead(llama8b, 32768).computeBufferBytes;
    const off = runtimeOverhead(llama8b, 32768, { flashAttention: false }).computeBufferBytes;
    expect(on).toBeLessThan(off / 4);
    expectClose(
      runtimeOverhead(llama8b, 8192, { batch: 4 }).computeBufferBytes,
      runtimeOverhead(llama8b, 32768).computeBufferBytes,
    );
  });
});

describe('memoryBudget', () => {
  const gpu12 = memoryTargetOf(requireDevice('geforce-rtx-3060-12gb'));
  const gpu24 = memoryTargetOf(requireDevice('geforce-rtx-4090'));

  it('memoryBudget adds weights, KV and overhead', () => {
    const b = memoryBudget(llama8b, { bitsPerWeight: q4, contextTokens: 8192 }, gpu12);
    expectClose(b.weightBytes, weightBytes(llama8b.totalParams, q4));
    expect(b.kvBytes).toBe(kvCacheBytes(llama8b.attention, 8192));
    expectClose(b.totalBytes, b.weightBytes + b.kvBytes + b.overhead.totalBytes);
    expectClose(b.headroomLineBytes, gibToBytes(12) * 0.9);
  });

  it('Llama 3.1 8B at Q4_K_M, 8K context, fits a 12 GB card', () => {
    expect(memoryBudget(llama8b, { bitsPerWeight: q4, contextTokens: 8192 }, gpu12).verdict).toBe('fits');
  });

  it('Llama 3.1 70B at Q4_K_M does not fit a 24 GB card: it needs CPU offload', () => {
    const b = memoryBudget(llama70b, { bitsPerWeight: q4, contextTokens: 8192 }, gpu24);
    expect(b.verdict).toBe('offload');
    expect(b.shortfallBytes).toBeGreaterThan(gibToBytes(15));
    expect(memoryBudget(llama70b, { bitsPerWeight: q4, contextTokens: 8192 }, { ...gpu24, offloadBytes: 0 }).verdict).toBe('no-fit');
  });

  it('unified memory uses its usable share and cannot offload', () => {
    const mac = memoryTargetOf(requireDevice('apple-m4-max-128gb'));
    expect(mac.offloadBytes).toBe(0);
    expectClose(mac.usableBytes, gibToBytes(96));
  });

  it('memoryBudget verdict is monotonic in memory: more memory never makes it worse', () => {
    for (const model of [llama8b, llama70b]) {
      let previous = rank['no-fit'];
      for (let gib = 1; gib <= 256; gib *= 1.25) {
        const verdict = memoryBudget(model, { bitsPerWeight: q4, contextTokens: 8192 }, { usableBytes: gibToBytes(gib), offloadBytes: gibToBytes(32) }).verdict;
        expect(rank[verdict]).toBeLessThanOrEqual(previous);
        previous = rank[verdict];
      }
      expect(previous).toBe(rank.fits);
    }
  });

  it('memoryBudget verdict is monotonic in context: more context never makes it better', () => {
    let previous = rank.fits;
    for (let t = 1024; t <= 131072; t *= 2) {
      const verdict = memoryBudget(llama8b, { bitsPerWeight: q4, contextTokens: t }, gpu12).verdict;
      expect(rank[verdict]).toBeGreaterThanOrEqual(previous);
      previous = rank[verdict];
    }
  });

  it('memoryBudget rejects a headroom of 100% or more', () => {
    expect(() => memoryBudget(llama8b, { bitsPerWeight: q4, contextTokens: 8192, headroomFraction: 1 }, gpu12)).toThrow(/headroomFraction/);
  });
});

describe('largestContextThatFits', () => {
  it('largestContextThatFits returns a context that fits, one more token that does not', () => {
    const target = memoryTargetOf(requireDevice('geforce-rtx-3060-12gb'));
    const t = largestContextThatFits(llama8b, { bitsPerWeight: quantFormat('Q8_0')!.bitsPerWeight }, target, llama8b.maxContextTokens);
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThan(llama8b.maxContextTokens);
    const verdict = (tokens: number) => memoryBudget(llama8b, { bitsPerWeight: quantFormat('Q8_0')!.bitsPerWeight, contextTokens: tokens }, target).verdict;
    expect(verdict(t)).toBe('fits');
    expect(verdict(t + 1)).not.toBe('fits');
  });

  it('largestContextThatFits is the maximum when everything fits and 0 when the weights alone do not', () => {
    expect(largestContextThatFits(llama8b, { bitsPerWeight: q4 }, { usableBytes: gibToBytes(80), offloadBytes: 0 }, 131072)).toBe(131072);
    expect(largestContextThatFits(llama70b, { bitsPerWeight: q4 }, { usableBytes: gibToBytes(24), offloadBytes: 0 }, 131072)).toBe(0);
  });
});

describe('bestQuantThatFits', () => {
  it('bestQuantThatFits picks the most bits that fit; the next larger quant does not fit', () => {
    const target = memoryTargetOf(requireDevice('geforce-rtx-4090'));
    const best = bestQuantThatFits(llama70b, { contextTokens: 8192 }, target)!;
    expect(best).toBeDefined();
    const larger = quantFormats.filter((q) => q.bitsPerWeight > best.bitsPerWeight).sort((a, b) => a.bitsPerWeight - b.bitsPerWeight)[0]!;
    expect(memoryBudget(llama70b, { bitsPerWeight: best.bitsPerWeight, contextTokens: 8192 }, target).verdict).toBe('fits');
    expect(memoryBudget(llama70b, { bitsPerWeight: larger.bitsPerWeight, contextTokens: 8192 }, target).verdict).not.toBe('fits');
  });

  it('bestQuantThatFits is BF16 with room to spare and undefined when nothing fits', () => {
    expect(bestQuantThatFits(llama8b, { contextTokens: 8192 }, { usableBytes: gibToBytes(80), offloadBytes: 0 })?.bitsPerWeight).toBeCloseTo(16, 2);
    expect(bestQuantThatFits(llama70b, { contextTokens: 8192 }, { usableBytes: gibToBytes(8), offloadBytes: 0 })).toBeUndefined();
  });
});
