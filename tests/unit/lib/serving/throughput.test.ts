import { describe, expect, it } from 'vitest';
import {
  batchStep,
  computeBoundTokensPerStep,
  computeKneeBatch,
  createRng,
  decodeBytesPerToken,
  decodeCeilingTokensPerSecond,
  deviceUsableMemoryBytes,
  expectedExpertsTouched,
  kvBudgetBytes,
  kvCacheBytes,
  kvLimitBatch,
  logBatches,
  models,
  nextIntInRange,
  requireDevice,
  requireModel,
  singleStreamTokensPerSecond,
  throughputCurve,
  throughputDeviceOf,
  weightBytes,
  weightParamsReadPerStep,
  type ThroughputWorkload,
  computeRoofTokensPerSecond,
} from '../../../../src/lib';
import { expectClose } from '../../helpers';

const llama8b = requireModel('llama-3.1-8b');
const rtx4090 = requireDevice('geforce-rtx-4090');
const gpu = throughputDeviceOf(rtx4090);
const usable4090 = deviceUsableMemoryBytes(rtx4090);
const q4km = 4.8944;
const chat: ThroughputWorkload = { bitsPerWeight: q4km, contextTokens: 4096 };
const moeModels = models.filter((m) => m.experts !== undefined);

describe('expectedExpertsTouched', () => {
  it('expectedExpertsTouched(E, k, 1) is k and (E, k, 0) is 0', () => {
    expect(expectedExpertsTouched(128, 8, 1)).toBeCloseTo(8, 12);
    expect(expectedExpertsTouched(32, 4, 0)).toBe(0);
  });

  it('expectedExpertsTouched(E, k, b) rises with b, stays below E and approaches it', () => {
    let previous = 0;
    for (let b = 1; b <= 512; b *= 2) {
      const touched = expectedExpertsTouched(128, 8, b);
      expect(touched).toBeGreaterThan(previous);
      expect(touched).toBeLessThanOrEqual(128);
      previous = touched;
    }
    expect(previous).toBeGreaterThan(127.99);
  });

  it('expectedExpertsTouched(E, k, b) matches a seeded simulation of uniform top-k routing', () => {
    // Each token picks k distinct experts uniformly; count the union over b tokens, many trials.
    const rng = createRng(2024);
    const union = (experts: number, k: number, tokens: number) => {
      const seen = new Set<number>();
      for (let t = 0; t < tokens; t++) {
        const picked = new Set<number>();
        while (picked.size < k) picked.add(nextIntInRange(rng, 0, experts - 1));
        picked.forEach((e) => seen.add(e));
      }
      return seen.size;
    };
    for (const [experts, k, tokens] of [
      [32, 4, 8],
      [128, 8, 16],
      [8, 2, 3],
    ] as const) {
      const trials = 2_000;
      let sum = 0;
      for (let i = 0; i < trials; i++) sum += union(experts, k, tokens);
      expectClose(sum / trials, expectedExpertsTouched(experts, k, tokens), 0.02);
    }
  });

  it('expectedExpertsTouched rejects k above E and a fractional expert count', () => {
    expect(() => expectedExpertsTouched(4, 8, 2)).toThrow(/perToken \(8\) cannot exceed experts \(4\)/);
    expect(() => expectedExpertsTouched(4.5, 2, 2)).toThrow(/experts must be a whole number/);
  });
});

describe('weightParamsReadPerStep', () => {
  it('weightParamsReadPerStep(dense, b) is the active count at every batch', () => {
    for (const b of [1, 7, 64, 1000]) expect(weightParamsReadPerStep(llama8b, b)).toBe(llama8b.activeParams);
  });

  it('weightParamsReadPerStep(moe, 1) is the published active count, for every MoE in the catalog', () => {
    for (const m of moeModels) expect(weightParamsReadPerStep(m, 1)).toBeCloseTo(m.activeParams, -3);
  });

  it('weightParamsReadPerStep(moe, b) grows with b and never exceeds the total', () => {
    for (const m of moeModels) {
      let previous = 0;
      for (const b of [1, 2, 4, 16, 64, 256, 4096]) {
        const read = weightParamsReadPerStep(m, b);
        expect(read, `${m.id} at batch ${b}`).toBeGreaterThanOrEqual(previous);
        expect(read).toBeLessThanOrEqual(m.totalParams);
        previous = read;
      }
      // At a large batch every expert is read: within 5% of everything stored (embeddings aside).
      expect(previous / m.totalParams, m.id).toBeGreaterThan(0.95);
    }
  });

  it('weightParamsReadPerStep(mixtral, b) reads every expert by b = 32: all 46.7B', () => {
    const mixtral = requireModel('mixtral-8x7b');
    // Mixtral's geometry: 32 layers × 8 experts × 3 × 4096 × 14336, plus the shared part, is its published total.
    expect(weightParamsReadPerStep(mixtral, 32)).toBeCloseTo(mixtral.totalParams, -8);
  });

  it('weightParamsReadPerStep(moe, b, identical) stays at the active count: copies route alike', () => {
    const qwen = requireModel('qwen3-30b-a3b');
    expect(weightParamsReadPerStep(qwen, 32, 'identical')).toBe(qwen.activeParams);
    expect(weightParamsReadPerStep(qwen, 32)).toBeGreaterThan(5 * qwen.activeParams);
  });
});

describe('batchStep', () => {
  it('batchStep(model, device, w, 1) is the single-stream decode ceiling of chapter 4', () => {
    const one = batchStep(llama8b, gpu, chat, 1);
    const ceiling = decodeCeilingTokensPerSecond(rtx4090.bandwidthBytesPerSecond, decodeBytesPerToken(llama8b, q4km, 4096).totalBytes);
    expect(one.aggregateTokensPerSecond).toBeCloseTo(ceiling, 9);
    expect(one.perUserTokensPerSecond).toBeCloseTo(ceiling, 9);
    expect(singleStreamTokensPerSecond(llama8b, gpu, chat)).toBeCloseTo(ceiling, 9);
    for (const m of moeModels) {
      const device = throughputDeviceOf(requireDevice('dgx-spark'));
      const w = { bitsPerWeight: 4.5, contextTokens: 2048 };
      expect(batchStep(m, device, w, 1).aggregateTokensPerSecond).toBeCloseTo(singleStreamTokensPerSecond(m, device, w), 9);
    }
  });

  it('batchStep reads the weights once and every sequence’s KV cache', () => {
    const eight = batchStep(llama8b, gpu, chat, 8);
    expect(eight.weightBytes).toBe(weightBytes(llama8b.activeParams, q4km));
    expect(eight.kvBytes).toBe(8 * kvCacheBytes(llama8b.attention, 4096));
    expect(eight.memorySeconds).toBeCloseTo((eight.weightBytes + eight.kvBytes) / rtx4090.bandwidthBytesPerSecond, 15);
    expect(eight.computeSeconds).toBeCloseTo((2 * llama8b.activeParams * 8) / (rtx4090.fp16AccTflopsDense! * 1e12), 15);
  });

  it('batchStep aggregate rises then flattens; per-user falls; both stay under their roofs', () => {
    for (const contextTokens of [0, 512, 4096, 32768]) {
      const w = { bitsPerWeight: q4km, contextTokens };
      const points = logBatches(4096).map((b) => batchStep(llama8b, gpu, w, b));
      const computeRoof = (rtx4090.fp16AccTflopsDense! * 1e12) / (2 * llama8b.activeParams);
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        expect(b.aggregateTokensPerSecond).toBeGreaterThanOrEqual(a.aggregateTokensPerSecond * (1 - 1e-12));
        expect(b.perUserTokensPerSecond).toBeLessThanOrEqual(a.perUserTokensPerSecond * (1 + 1e-12));
        expect(b.aggregateTokensPerSecond).toBeLessThanOrEqual(computeRoof * (1 + 1e-12));
      }
      // Flattening: the last doubling of the batch gains far less than the first.
      const at = (batch: number) => batchStep(llama8b, gpu, w, batch).aggregateTokensPerSecond;
      expect(at(4096) / at(2048)).toBeLessThan(at(2) / at(1));
      expect(at(4096) / at(2048)).toBeLessThan(1.05);
    }
  });

  it('batchStep(…, b) on a device without published FLOPS is memory-bound with no compute time', () => {
    const unknown = throughputDeviceOf(requireDevice('geforce-rtx-4060-ti-16gb'));
    expect(unknown.flopsPerSecond).toBeNull();
    const point = batchStep(llama8b, unknown, chat, 64);
    expect(point.computeSeconds).toBeNull();
    expect(point.bound).toBe('memory');
  });

  it('batchStep adds the fixed step cost to every step', () => {
    const plain = batchStep(llama8b, gpu, chat, 4);
    const slowed = batchStep(llama8b, gpu, { ...chat, stepOverheadSeconds: 0.002 }, 4);
    expect(slowed.stepSeconds - plain.stepSeconds).toBeCloseTo(0.002, 12);
    expect(slowed.aggregateTokensPerSecond).toBeLessThan(plain.aggregateTokensPerSecond);
  });

  it('batchStep rejects a batch of 0, a fractional batch and a negative overhead', () => {
    expect(() => batchStep(llama8b, gpu, chat, 0)).toThrow(/batch must be at least 1/);
    expect(() => batchStep(llama8b, gpu, chat, 2.5)).toThrow(/batch must be a whole number/);
    expect(() => batchStep(llama8b, gpu, { ...chat, stepOverheadSeconds: -1 }, 1)).toThrow(/stepOverheadSeconds must be at least 0/);
  });
});

describe('computeKneeBatch', () => {
  it('computeKneeBatch(dense, no context) is ⌈computeBoundTokensPerStep⌉ of chapter 4', () => {
    const knee = computeKneeBatch(llama8b, gpu, { bitsPerWeight: q4km, contextTokens: 0 }, 4096);
    const ridge = computeBoundTokensPerStep(rtx4090.fp16AccTflopsDense! * 1e12, rtx4090.bandwidthBytesPerSecond, q4km);
    expect(knee).toBe(Math.ceil(ridge));
  });

  it('computeKneeBatch is where the bound switches: memory just below it, compute at it', () => {
    const w = { bitsPerWeight: q4km, contextTokens: 64 };
    const knee = computeKneeBatch(llama8b, gpu, w, 4096)!;
    expect(batchStep(llama8b, gpu, w, knee - 1).bound).toBe('memory');
    expect(batchStep(llama8b, gpu, w, knee).bound).toBe('compute');
  });

  it('computeKneeBatch is null when FLOPS are unknown, and when long contexts keep the step memory-bound', () => {
    expect(computeKneeBatch(llama8b, throughputDeviceOf(requireDevice('geforce-rtx-4060-ti-16gb')), chat, 4096)).toBeNull();
    // At 32K tokens each sequence reads 4.3 GB of KV per step: more bytes than its FLOPs can hide.
    expect(computeKneeBatch(llama8b, gpu, { bitsPerWeight: q4km, contextTokens: 32768 }, 4096)).toBeNull();
  });

  it('computeKneeBatch(moe) comes later than for a dense model of the same active size', () => {
    const qwen = requireModel('qwen3-30b-a3b');
    const w = { bitsPerWeight: q4km, contextTokens: 0 };
    const independent = computeKneeBatch(qwen, gpu, w, 4096);
    const identical = computeKneeBatch(qwen, gpu, { ...w, expertRouting: 'identical' }, 4096);
    expect(identical).not.toBeNull();
    expect(independent === null || independent > identical!).toBe(true);
  });
});

describe('kvLimitBatch and kvBudgetBytes', () => {
  it('kvLimitBatch(llama 8B Q4_K_M, RTX 4090, 4096 tokens) is 38, as the chapter’s exercise', () => {
    expect(kvLimitBatch(llama8b, usable4090, chat)).toBe(38);
  });

  it('kvLimitBatch is the largest batch that fits: one more sequence would overflow', () => {
    for (const contextTokens of [512, 4096, 16384]) {
      const w = { bitsPerWeight: q4km, contextTokens };
      const limit = kvLimitBatch(llama8b, usable4090, w);
      const perSequence = kvCacheBytes(llama8b.attention, contextTokens);
      const budget = kvBudgetBytes(usable4090, llama8b, q4km);
      expect(limit * perSequence).toBeLessThanOrEqual(budget);
      expect((limit + 1) * perSequence).toBeGreaterThan(budget);
    }
  });

  it('kvLimitBatch is 0 when the weights alone do not fit', () => {
    expect(kvLimitBatch(requireModel('llama-3.1-70b'), usable4090, chat)).toBe(0);
    expect(kvBudgetBytes(usable4090, requireModel('llama-3.1-70b'), q4km)).toBeLessThan(0);
  });
});

describe('throughputCurve', () => {
  it('throughputCurve never goes past the KV limit, and reports both knees', () => {
    const curve = throughputCurve(llama8b, gpu, usable4090, { bitsPerWeight: q4km, contextTokens: 64 }, 4096);
    expect(curve.kvLimit).toBeGreaterThan(curve.computeKnee!);
    expect(curve.points.at(-1)!.batch).toBe(curve.kvLimit);
    expect(curve.points.every((p) => p.batch <= curve.kvLimit)).toBe(true);
    expect(curve.points[0]!.batch).toBe(1);
  });

  it('throughputCurve stops at maxBatch when memory allows more', () => {
    const curve = throughputCurve(llama8b, gpu, usable4090, { bitsPerWeight: q4km, contextTokens: 16 }, 64);
    expect(curve.kvLimit).toBeGreaterThan(64);
    expect(curve.points.at(-1)!.batch).toBe(64);
  });

  it('throughputCurve is empty when not one sequence fits', () => {
    const curve = throughputCurve(requireModel('llama-3.1-70b'), gpu, usable4090, chat, 4096);
    expect(curve.points).toEqual([]);
    expect(curve.kvLimit).toBe(0);
    expect(curve.computeKnee).toBeNull();
  });
});

describe('logBatches', () => {
  it('logBatches(max) starts at 1, ends at max, and rises strictly', () => {
    for (const max of [1, 2, 7, 38, 1000, 4096]) {
      const batches = logBatches(max);
      expect(batches[0]).toBe(1);
      expect(batches.at(-1)).toBe(max);
      for (let i = 1; i < batches.length; i++) expect(batches[i]).toBeGreaterThan(batches[i - 1]!);
    }
    expect(logBatches(8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('computeRoofTokensPerSecond', () => {
  it('computeRoofTokensPerSecond(model, device) is F ÷ 2N, where batchStep turns compute-bound, and null without F', () => {
    expect(computeRoofTokensPerSecond({ activeParams: 8e9 }, { flopsPerSecond: 1.652e14 })).toBe(10325);
    expect(computeRoofTokensPerSecond({ activeParams: 8e9 }, { flopsPerSecond: null })).toBeNull();
    expect(() => computeRoofTokensPerSecond({ activeParams: 0 }, { flopsPerSecond: 1e14 })).toThrow(RangeError);
  });
});
