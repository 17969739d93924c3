import { describe, expect, it } from 'vitest';
import computeBuffer from '../../fixtures/llamacpp-compute-buffer.json';
import {
  bestQuantThatFits,
  deviceUsableMemoryBytes,
  FIXED_RUNTIME_OVERHEAD_BYTES,
  fitRemedies,
  gibToBytes,
  gpuLayersThatFit,
  largestBatchThatFits,
  largestModelThatFits,
  models,
  modelOfSize,
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

describe('largestBatchThatFits', () => {
  const target = memoryTargetOf(requireDevice('geforce-rtx-4090'));

  it('largestBatchThatFits returns a user count that fits; one more user does not', () => {
    const users = largestBatchThatFits(llama8b, { bitsPerWeight: q4, contextTokens: 8192 }, target, 64);
    expect(users).toBeGreaterThan(1);
    expect(users).toBeLessThan(64);
    const verdict = (batch: number) => memoryBudget(llama8b, { bitsPerWeight: q4, contextTokens: 8192, batch }, target).verdict;
    expect(verdict(users)).toBe('fits');
    expect(verdict(users + 1)).not.toBe('fits');
  });

  it('largestBatchThatFits is 0 when one user does not fit, and shrinks as the context grows', () => {
    expect(largestBatchThatFits(llama70b, { bitsPerWeight: q4, contextTokens: 8192 }, target, 8)).toBe(0);
    const at = (t: number) => largestBatchThatFits(llama8b, { bitsPerWeight: q4, contextTokens: t }, target, 256);
    expect(at(32768)).toBeLessThan(at(8192));
  });
});

describe('gpuLayersThatFit', () => {
  it('gpuLayersThatFit is every layer when the model fits, none when the overhead alone overflows', () => {
    expect(gpuLayersThatFit(llama8b, { bitsPerWeight: q4, contextTokens: 8192 }, gibToBytes(24))).toBe(llama8b.layers);
    expect(gpuLayersThatFit(llama8b, { bitsPerWeight: q4, contextTokens: 8192 }, gibToBytes(0.5))).toBe(0);
  });

  it('gpuLayersThatFit: the layers it keeps, plus the overhead, stay under the headroom line; one more layer does not', () => {
    const workload = { bitsPerWeight: q4, contextTokens: 8192 };
    const n = gpuLayersThatFit(llama70b, workload, gibToBytes(24));
    const b = memoryBudget(llama70b, workload, { usableBytes: gibToBytes(24), offloadBytes: 0 });
    const perLayer = (b.weightBytes + b.kvBytes) / llama70b.layers;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(llama70b.layers);
    expect(b.overhead.totalBytes + n * perLayer).toBeLessThanOrEqual(b.headroomLineBytes);
    expect(b.overhead.totalBytes + (n + 1) * perLayer).toBeGreaterThan(b.headroomLineBytes);
  });

  it('gpuLayersThatFit is monotonic in memory', () => {
    let previous = 0;
    for (let gib = 1; gib <= 64; gib += 3) {
      const n = gpuLayersThatFit(llama70b, { bitsPerWeight: q4, contextTokens: 8192 }, gibToBytes(gib));
      expect(n).toBeGreaterThanOrEqual(previous);
      previous = n;
    }
  });
});

describe('fitRemedies', () => {
  const rtx4090 = memoryTargetOf(requireDevice('geforce-rtx-4090'));

  it('fitRemedies is empty when the workload already fits', () => {
    expect(fitRemedies(llama8b, { bitsPerWeight: q4, contextTokens: 8192 }, rtx4090)).toEqual([]);
  });

  it('fitRemedies: every remedy it offers really fits, and each changes one thing', () => {
    const workload = { bitsPerWeight: quantFormat('Q8_0')!.bitsPerWeight, contextTokens: 32768, batch: 4 };
    const remedies = fitRemedies(llama8b, workload, rtx4090);
    expect(remedies.map((r) => r.kind)).toEqual(['quant', 'context', 'kv', 'batch', 'offload']);
    for (const r of remedies) {
      if (r.kind === 'offload') {
        expect(r.gpuLayers).toBe(gpuLayersThatFit(llama8b, workload, rtx4090.usableBytes));
        continue;
      }
      expect(r.budget.verdict, r.kind).toBe('fits');
    }
    const quant = remedies.find((r) => r.kind === 'quant');
    if (quant?.kind === 'quant') expect(quant.quant).toBe(bestQuantThatFits(llama8b, workload, rtx4090));
  });

  it('fitRemedies leaves out what cannot help: no context or KV cut rescues 70B weights on 24 GB, and no offload without system RAM', () => {
    const kinds = (target: typeof rtx4090) => fitRemedies(llama70b, { bitsPerWeight: q4, contextTokens: 8192 }, target).map((r) => r.kind);
    expect(kinds(rtx4090)).toEqual(['quant', 'offload']);
    expect(kinds({ ...rtx4090, offloadBytes: 0 })).toEqual(['quant']);
  });
});

describe('modelOfSize', () => {
  it('modelOfSize(N) keeps N and borrows the geometry of the nearest dense GQA model', () => {
    const seven = modelOfSize(7e9, models);
    expect(seven.totalParams).toBe(7e9);
    expect(seven.like.id).toBe('mistral-7b-v0.3');
    expect(seven.attention).toBe(seven.like.attention);
    expect(modelOfSize(8e9, models).like.id).toBe('llama-3.1-8b');
    expect(modelOfSize(70e9, models).like.attentionKind).toBe('GQA');
    expect(modelOfSize(2e12, models).like.id).toBe('llama-3.1-405b');
    expect(() => modelOfSize(0, models)).toThrow(/params/);
    expect(() => modelOfSize(8e9, models.filter((m) => m.attentionKind === 'MLA'))).toThrow(/dense grouped-query/);
  });
});

describe('largestModelThatFits', () => {
  it('largestModelThatFits picks the biggest model that fits; every bigger one does not', () => {
    const workload = { bitsPerWeight: q4, contextTokens: 8192 };
    const target = memoryTargetOf(requireDevice('geforce-rtx-4090'));
    const best = largestModelThatFits(models, workload, target)!;
    expect(memoryBudget(best, workload, target).verdict).toBe('fits');
    for (const m of models.filter((m) => m.totalParams > best.totalParams)) expect(memoryBudget(m, workload, target).verdict, m.id).not.toBe('fits');
    expect(largestModelThatFits(models, workload, { usableBytes: gibToBytes(0.5), offloadBytes: 0 })).toBeUndefined();
  });
});

describe('memoryTargetOf', () => {
  it('memoryTargetOf(device) offers deviceUsableMemoryBytes, and system RAM only behind a discrete GPU', () => {
    for (const id of ['geforce-rtx-4090', 'apple-m4-max-128gb', 'dgx-spark', 'desktop-ddr5-5600-64gb', 'h100-sxm']) {
      const d = requireDevice(id);
      expect(memoryTargetOf(d).usableBytes).toBe(deviceUsableMemoryBytes(d));
    }
    expect(memoryTargetOf(requireDevice('geforce-rtx-4090'), gibToBytes(32)).offloadBytes).toBe(gibToBytes(32));
    expect(memoryTargetOf(requireDevice('dgx-spark'), gibToBytes(32)).offloadBytes).toBe(0);
  });
});
