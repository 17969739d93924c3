import { describe, expect, it } from 'vitest';
import computeBuffer from '../../../fixtures/llamacpp-compute-buffer.json';
import {
  deviceUsableMemoryBytes,
  FIXED_RUNTIME_OVERHEAD_BYTES,
  gibToBytes,
  gpuLayersThatFit,
  models,
  modelOfSize,
  kvCacheBytes,
  memoryBudget,
  memoryTargetOf,
  quantFormat,
  requireDevice,
  requireModel,
  runtimeOverhead,
  weightBytes,
  type FitVerdict,
  layerBytes,
  offloadedBytes,
  ggufFileBytes,
  ggufFileSizes,
  quantWeightBytes,
} from '../../../../src/lib';
import { expectClose } from '../../helpers';

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
    const at = (t: number) =>
      runtimeOverhead(model, t, { flashAttention: false, ubatchTokens: computeBuffer.ubatchTokens }).computeBufferBytes;
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
    expectClose(runtimeOverhead(llama8b, 8192, { batch: 4 }).computeBufferBytes, runtimeOverhead(llama8b, 32768).computeBufferBytes);
  });

  it('runtimeOverhead with flash attention keeps only an f16 mask: 2 bytes per ubatch token per cached token', () => {
    const logits = 512 * llama8b.vocabSize * 4;
    expect(runtimeOverhead(llama8b, 32768).computeBufferBytes).toBe(logits + 512 * 32768 * 2);
    expect(runtimeOverhead(llama8b, 1000, { ubatchTokens: 64, batch: 3 }).computeBufferBytes).toBe(
      64 * llama8b.vocabSize * 4 + 64 * 3000 * 2,
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
        const verdict = memoryBudget(
          model,
          { bitsPerWeight: q4, contextTokens: 8192 },
          { usableBytes: gibToBytes(gib), offloadBytes: gibToBytes(32) },
        ).verdict;
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

  it('memoryBudget verdict at each boundary: exactly on a line counts as the better verdict', () => {
    const workload = { bitsPerWeight: q4, contextTokens: 8192, headroomFraction: 0.5 };
    const total = memoryBudget(llama8b, workload, { usableBytes: 1, offloadBytes: 0 }).totalBytes;
    const verdictAt = (usableBytes: number, offloadBytes = 0) => memoryBudget(llama8b, workload, { usableBytes, offloadBytes }).verdict;
    // Halving and doubling are exact in binary, so each total lands exactly on its line.
    expect(verdictAt(2 * total)).toBe('fits'); // total = the headroom line
    expect(verdictAt(total)).toBe('tight'); // total = the usable memory
    expect(verdictAt(total / 2, total / 2)).toBe('offload'); // total = usable + system RAM
    expect(verdictAt(total * (1 - 1e-12), 0)).toBe('no-fit');
    expect(memoryBudget(llama8b, workload, { usableBytes: total, offloadBytes: 0 }).shortfallBytes).toBe(0);
  });

  it('memoryBudget rejects a headroom of 100% or more', () => {
    expect(() => memoryBudget(llama8b, { bitsPerWeight: q4, contextTokens: 8192, headroomFraction: 1 }, gpu12)).toThrow(/headroomFraction/);
  });
});

describe('quantWeightBytes in the budget', () => {
  it("memoryBudget weighs a model's own file at the workload's quant, else every parameter at its bits per weight", () => {
    const sizes = ggufFileSizes(llama8b);
    const sized = { ...llama8b, fileBytesByQuant: sizes };
    const workload = { quant: 'Q4_K_M', bitsPerWeight: q4, contextTokens: 8192 };
    const target = { usableBytes: gibToBytes(12), offloadBytes: 0 };
    expect(memoryBudget(sized, workload, target).weightBytes).toBe(ggufFileBytes(llama8b, 'Q4_K_M'));
    expect(memoryBudget(llama8b, workload, target).weightBytes).toBe(weightBytes(llama8b.totalParams, q4));
    expect(memoryBudget(sized, { bitsPerWeight: 4, contextTokens: 8192 }, target).weightBytes).toBe(weightBytes(llama8b.totalParams, 4));
  });

  it('a small model with a large vocabulary is heavier than its parameters × the calibration bpw', () => {
    const m = requireModel('llama-3.2-1b');
    const q = quantFormat('Q4_K_M')!;
    expect(quantWeightBytes({ ...m, fileBytesByQuant: ggufFileSizes(m) }, q) / quantWeightBytes(m, q)).toBeGreaterThan(1.05);
  });

  it('quantWeightBytes refuses a file size that is not a positive number', () => {
    const broken = { totalParams: 8e9, fileBytesByQuant: { Q4_K_M: Number.NaN } };
    expect(() => quantWeightBytes(broken, { name: 'Q4_K_M', bitsPerWeight: 4.89 })).toThrow(/fileBytes must be a finite number/);
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
    expect(() =>
      modelOfSize(
        8e9,
        models.filter((m) => m.attentionKind === 'MLA'),
      ),
    ).toThrow(/dense grouped-query/);
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

describe('layerBytes and offloadedBytes', () => {
  it('layerBytes(budget, L) is (weights + KV) ÷ L, and offloadedBytes counts the layers left in RAM', () => {
    const budget = { weightBytes: 40e9, kvBytes: 8e9 };
    expect(layerBytes(budget, 80)).toBe(6e8);
    expect(offloadedBytes(budget, 80, 60)).toBe(12e9);
    expect(offloadedBytes(budget, 80, 80)).toBe(0);
    expect(offloadedBytes(budget, 80, 0)).toBe(48e9);
    expect(() => offloadedBytes(budget, 80, 81)).toThrow(RangeError);
    expect(() => layerBytes(budget, 0)).toThrow(RangeError);
  });
});
