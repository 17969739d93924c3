import { describe, expect, it } from 'vitest';
import {
  batchStep,
  batchedSeries,
  dgxSparkBatchedSeries,
  fileBitsPerWeight,
  meanDecodeContextTokens,
  measurementLinkState,
  model,
  quantFormat,
  requireDevice,
  requireModel,
  throughputDeviceOf,
} from '../../../../src/lib';
import published from '../../../fixtures/dgx-spark-batched-throughput.json';

const spark = requireDevice('dgx-spark');
const device = throughputDeviceOf(spark);

describe('dgxSparkBatchedSeries', () => {
  it('dgxSparkBatchedSeries holds every published row, unchanged', () => {
    const rows = dgxSparkBatchedSeries.flatMap((s) =>
      s.points.map((p) => ({
        model: s.benchmarkModel,
        quant: s.quant,
        model_size_gib: s.fileBytes / 2 ** 30,
        prompt_len: s.promptTokens,
        gen_len: s.generatedTokens,
        parallel_sequences: p.parallelSequences,
        aggregate_decode_tps: p.aggregateDecodeTokensPerSecond,
      })),
    );
    const expected = published.rows.map((r) => ({
      model: r.model,
      quant: r.quant,
      model_size_gib: r.model_size_gib,
      prompt_len: r.prompt_len,
      gen_len: r.gen_len,
      parallel_sequences: r.parallel_sequences,
      aggregate_decode_tps: r.aggregate_decode_tps,
    }));
    expect(rows).toHaveLength(expected.length);
    for (const row of expected) expect(rows).toContainEqual(row);
    for (const row of published.rows) expect(row.device).toMatch(/DGX Spark/);
  });

  it('dgxSparkBatchedSeries maps to catalog models and the catalog DGX Spark, and cites its source', () => {
    for (const s of dgxSparkBatchedSeries) {
      expect(model(s.modelId), s.id).toBeDefined();
      expect(s.deviceId).toBe(spark.id);
      expect(s.source).toContain('benches/dgx-spark.md');
      expect(batchedSeries(s.id)).toBe(s);
    }
    expect(new Set(dgxSparkBatchedSeries.map((s) => s.id)).size).toBe(dgxSparkBatchedSeries.length);
  });

  it('fileBitsPerWeight of the Q8_0 files is Q8_0’s 8.5 bits: the model mapping is right', () => {
    const q8 = quantFormat('Q8_0')!.bitsPerWeight;
    for (const id of ['qwen2.5-coder-7b-512', 'qwen3-coder-30b-a3b-512']) {
      const s = batchedSeries(id)!;
      expect(Math.abs(fileBitsPerWeight(s.fileBytes, requireModel(s.modelId).totalParams) - q8)).toBeLessThan(0.1);
    }
    expect(fileBitsPerWeight(11.27 * 2 ** 30, 20.91e9)).toBeCloseTo(4.63, 2);
  });

  it('meanDecodeContextTokens is the prompt plus half the generated tokens', () => {
    expect(meanDecodeContextTokens({ promptTokens: 512, generatedTokens: 32 })).toBe(528);
  });
});

describe('measured against the model', () => {
  const compare = (routing: 'independent' | 'identical') =>
    dgxSparkBatchedSeries.flatMap((s) => {
      const m = requireModel(s.modelId);
      const w = {
        bitsPerWeight: fileBitsPerWeight(s.fileBytes, m.totalParams),
        contextTokens: meanDecodeContextTokens(s),
        expertRouting: routing,
      };
      return s.points.map((p) => ({
        id: s.id,
        batch: p.parallelSequences,
        moe: m.experts !== undefined,
        ratio: p.aggregateDecodeTokensPerSecond / batchStep(m, device, w, p.parallelSequences).aggregateTokensPerSecond,
      }));
    });

  it('every measurement stays under the bandwidth ceiling of the benchmark’s own setup (identical sequences)', () => {
    // llama-batched-bench feeds every sequence the same tokens, so an MoE batch routes alike.
    for (const c of compare('identical')) expect(c.ratio, `${c.id} at batch ${c.batch}`).toBeLessThan(1);
  });

  it('llama.cpp reaches well over half the ceiling for one sequence', () => {
    for (const c of compare('identical').filter((c) => c.batch === 1)) expect(c.ratio, c.id).toBeGreaterThan(0.55);
  });

  it('dense models fall further below the ceiling as the batch grows: batched kernels lose efficiency', () => {
    for (const id of ['qwen2.5-coder-7b-512', 'gemma-3-4b-it-qat-512']) {
      const ratios = compare('identical').filter((c) => c.id === id);
      expect(ratios.at(-1)!.ratio).toBeLessThan(ratios[0]!.ratio);
    }
  });

  it('at batch 32 some MoE measurements beat the uniform-routing estimate: the benchmark’s copies share experts', () => {
    const beaten = compare('independent').filter((c) => c.moe && c.batch === 32 && c.ratio > 1);
    expect(beaten.map((c) => c.id)).toEqual(expect.arrayContaining(['gpt-oss-120b-512', 'qwen3-coder-30b-a3b-512']));
  });
});

describe('measurementLinkState', () => {
  const NONE = 'none';
  const spark20b = { bench: 'gpt-oss-20b-512', model: 'gpt-oss-20b', device: 'dgx-spark', ctx: 528, quant: 'Q4_K_M' };

  it('measurementLinkState(state, given) honours a hand-written link that names a model and device but no measurement', () => {
    const read = measurementLinkState(
      { ...spark20b, model: 'llama-3.1-8b', device: 'geforce-rtx-4090' },
      new Set(['model', 'device']),
      NONE,
    );
    expect(read.state).toMatchObject({ bench: NONE, model: 'llama-3.1-8b', device: 'geforce-rtx-4090' });
    expect(read.notices).toEqual([]);
    expect(measurementLinkState({ ...spark20b, quant: 'Q8_0' }, new Set(['quant']), NONE).state.bench).toBe(NONE);
  });

  it('measurementLinkState keeps the default measurement when the link only agrees with it or sets other fields', () => {
    expect(measurementLinkState(spark20b, new Set(['ctx', 'model']), NONE)).toEqual({ state: spark20b, notices: [] });
    expect(measurementLinkState(spark20b, new Set(), NONE)).toEqual({ state: spark20b, notices: [] });
    expect(measurementLinkState({ ...spark20b, bench: NONE }, new Set(['model']), NONE).state.bench).toBe(NONE);
  });

  it('measurementLinkState keeps an explicit measurement and says which conflicting settings it did not use', () => {
    const read = measurementLinkState({ ...spark20b, model: 'llama-3.1-8b' }, new Set(['bench', 'model']), NONE);
    expect(read.state).toMatchObject({ bench: 'gpt-oss-20b-512', model: 'gpt-oss-20b', device: 'dgx-spark', ctx: 528 });
    expect(read.notices).toHaveLength(1);
    expect(read.notices[0]).toMatch(/model setting was not used/);
    const two = measurementLinkState({ ...spark20b, device: 'geforce-rtx-4090', ctx: 4096 }, new Set(['bench', 'device', 'ctx']), NONE);
    expect(two.notices[0]).toMatch(/device and context settings were not used/);
  });
});
