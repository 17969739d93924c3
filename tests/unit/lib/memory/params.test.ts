import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_PARAMS,
  models,
  nonEmbeddingParameterCount,
  parameterBreakdown,
  parameterCount,
  parameterCounts,
  requireModel,
  type DenseGeometry,
} from '../../../../src/lib';
import { expectClose } from '../../helpers';

const llama31_8b: DenseGeometry = {
  vocabSize: 128256,
  hiddenSize: 4096,
  layers: 32,
  attentionHeads: 32,
  kvHeads: 8,
  headDim: 128,
  intermediateSize: 14336,
  tiedEmbeddings: false,
};

describe('parameterCount', () => {
  it('parameterCount(Llama 3.1 8B geometry) is 8,030,261,248: the "8.03 B" llama-bench prints and quant.ts calibrates on', () => {
    expect(parameterCount(llama31_8b)).toBe(8_030_261_248);
    expectClose(parameterCount(llama31_8b), CALIBRATION_PARAMS, 1e-3);
  });

  it('parameterCount(model) accepts a catalog Model directly (a Model is a DenseGeometry)', () => {
    expect(parameterCount(requireModel('llama-3.1-8b'))).toBe(parameterCount(llama31_8b));
  });

  // Tolerances. A precise published total ("1.23B", "7.61B", "32.8B") is a count rounded to three
  // significant figures, so it can sit up to ±0.5 in its last digit from the true count (±0.6% for
  // "8.2B"); model cards also round their own tables slightly differently (Qwen2.5 32B: 32.5B
  // published, 32.76 B counted, 0.81%). We hold 1%. A nominal total ("8B", "14B", "27B") is the
  // size in the model's name, a marketing round-off: Phi-4 counts 14.66 B and is called "14B"
  // (4.7%), and Gemma 3's names include a vision encoder our text-decoder geometry leaves out. We
  // hold 6% for those. Mixture-of-experts models are not dense and are not checked here.
  const PRECISE_TOLERANCE = 0.01;
  const NOMINAL_TOLERANCE = 0.06;

  it('parameterCount(model) matches every dense catalog model whose total is published', () => {
    const checked = models.filter((m) => m.experts === undefined && m.publishedTotalParams !== null);
    const precise = checked.filter((m) => !m.paramsNominal);
    const nominal = checked.filter((m) => m.paramsNominal);
    for (const m of precise) expectClose(parameterCount(m), m.publishedTotalParams!, PRECISE_TOLERANCE);
    for (const m of nominal) expectClose(parameterCount(m), m.publishedTotalParams!, NOMINAL_TOLERANCE);

    expect(precise.map((m) => m.id).sort()).toEqual(
      ['llama-3.2-1b', 'llama-3.2-3b', 'qwen2.5-7b', 'qwen2.5-14b', 'qwen2.5-32b', 'qwen2.5-72b', 'qwen3-8b', 'qwen3-32b'].sort(),
    );
    expect(nominal.map((m) => m.id).sort()).toEqual(
      [
        'llama-3.1-8b',
        'llama-3.1-70b',
        'llama-3.1-405b',
        'llama-3.3-70b',
        'gemma-3-4b',
        'gemma-3-12b',
        'gemma-3-27b',
        'phi-4',
        'llama-2-7b',
        'falcon-7b',
      ].sort(),
    );
    expect(checked).toHaveLength(18);
  });

  it('parameterCount(model) is what a derived catalog total is (no published total, or only a name-size for a dense model)', () => {
    const derived = models.filter((m) => m.paramsBasis === 'derived from geometry');
    expect(derived.map((m) => m.id).sort()).toEqual(
      [
        'gemma-2-27b',
        'gemma-2-9b',
        'mistral-7b-v0.3',
        ...models.filter((m) => m.paramsNominal && m.experts === undefined).map((m) => m.id),
      ].sort(),
    );
    for (const m of derived) expect(m.totalParams).toBe(parameterCount(m));
  });

  it('parameterCount(Gemma 2 geometry) reproduces the non-embedding counts in the Gemma 2 report layout', () => {
    // 9B: 8,324,201,984 non-embedding + 917,504,000 embedding (tied) = 9.24 B.
    expect(nonEmbeddingParameterCount(requireModel('gemma-2-9b'))).toBe(8_324_201_984);
    expect(parameterBreakdown(requireModel('gemma-2-9b')).embedding).toBe(917_504_000);
  });

  it("parameterCount(geometry) grows by exactly one layer's worth per layer (linear in L)", () => {
    const one = parameterCount({ ...llama31_8b, layers: 1 });
    const two = parameterCount({ ...llama31_8b, layers: 2 });
    const perLayer = two - one;
    expect(parameterCount(llama31_8b)).toBe(one + 31 * perLayer);
    // Per layer: q and o 4096², k and v 4096·1024 each, MLP 3·4096·14336, two RMSNorms.
    expect(perLayer).toBe(2 * 4096 * 4096 + 2 * 4096 * 1024 + 3 * 4096 * 14336 + 2 * 4096);
  });

  it('parameterCount(geometry) rejects impossible geometry with a clear error', () => {
    expect(() => parameterCount({ ...llama31_8b, kvHeads: 64 })).toThrow(/kvHeads \(64\) cannot exceed attentionHeads/);
    expect(() => parameterCount({ ...llama31_8b, layers: 3.5 })).toThrow(/layers must be a whole number/);
    expect(() => parameterCount({ ...llama31_8b, vocabSize: 0 })).toThrow(/vocabSize must be at least 1/);
  });
});

describe('parameterBreakdown', () => {
  it('parameterBreakdown(geometry) parts add up to the total', () => {
    const parts = parameterBreakdown(llama31_8b);
    expect(parts.embedding + parts.attention + parts.mlp + parts.norms + parts.outputHead).toBe(parts.total);
    expect(parts.embedding).toBe(128256 * 4096);
    expect(parts.outputHead).toBe(parts.embedding);
  });

  it('parameterBreakdown(tied) drops exactly the output head V·d', () => {
    const untied = parameterBreakdown(llama31_8b);
    const tied = parameterBreakdown({ ...llama31_8b, tiedEmbeddings: true });
    expect(tied.outputHead).toBe(0);
    expect(untied.total - tied.total).toBe(128256 * 4096);
  });

  it('parameterBreakdown(qkvBias) adds h·d_head + 2·h_kv·d_head per layer (Qwen2.5)', () => {
    const withBias = parameterBreakdown({ ...llama31_8b, qkvBias: true });
    expect(withBias.attention - parameterBreakdown(llama31_8b).attention).toBe(32 * (32 * 128 + 2 * 8 * 128));
  });

  it('parameterBreakdown(qkNorm) adds two d_head vectors per layer (Qwen3, Gemma 3)', () => {
    const withNorm = parameterBreakdown({ ...llama31_8b, qkNorm: true });
    expect(withNorm.attention - parameterBreakdown(llama31_8b).attention).toBe(32 * 2 * 128);
  });

  it("parameterBreakdown(plain MLP) is two thirds of a gated one (Falcon's 2-matrix MLP)", () => {
    const plain = parameterBreakdown({ ...llama31_8b, mlpKind: 'plain' });
    expect(plain.mlp * 3).toBe(parameterBreakdown(llama31_8b).mlp * 2);
  });

  it("parameterBreakdown(normBias, normsPerLayer) counts LayerNorm biases and Gemma's four norms", () => {
    const base = parameterBreakdown(llama31_8b).norms;
    expect(base).toBe((32 * 2 + 1) * 4096);
    expect(parameterBreakdown({ ...llama31_8b, normBias: true }).norms).toBe(2 * base);
    expect(parameterBreakdown({ ...llama31_8b, normsPerLayer: 4 }).norms).toBe((32 * 4 + 1) * 4096);
  });
});

describe('nonEmbeddingParameterCount', () => {
  it("nonEmbeddingParameterCount(Qwen2.5 7B) is the model card's 6.53B and Qwen3 32B's is 31.2B", () => {
    expectClose(nonEmbeddingParameterCount(requireModel('qwen2.5-7b')), 6.53e9, 0.005);
    expectClose(nonEmbeddingParameterCount(requireModel('qwen3-32b')), 31.2e9, 0.005);
  });

  it('nonEmbeddingParameterCount(geometry) is the total minus embedding and untied head', () => {
    const parts = parameterBreakdown(llama31_8b);
    expect(nonEmbeddingParameterCount(llama31_8b)).toBe(parts.total - parts.embedding - parts.outputHead);
  });
});

describe('parameterCounts', () => {
  it('parameterCounts(dense model) is parameterCount for total and active alike', () => {
    for (const m of models.filter((m) => m.experts === undefined)) {
      expect(parameterCounts(m), m.id).toEqual({ totalParams: parameterCount(m), activeParams: parameterCount(m) });
    }
  });

  it('parameterCounts(mixture of experts) matches every published MoE total in the catalog within 1%, active within 2%', () => {
    const moe = models.filter((m) => m.experts !== undefined && !m.id.startsWith('gpt-oss'));
    expect(moe.map((m) => m.id).sort()).toEqual(['deepseek-r1', 'deepseek-v3', 'mixtral-8x7b', 'qwen3-235b-a22b', 'qwen3-30b-a3b']);
    for (const m of moe) {
      const counts = parameterCounts(m);
      expectClose(counts.totalParams, m.totalParams, 0.01);
      expectClose(counts.activeParams, m.activeParams, 0.02);
    }
  });

  it('parameterCounts(Qwen3-30B-A3B) is 30.53 B, what llama-bench prints', () => {
    expect(Number((parameterCounts(requireModel('qwen3-30b-a3b')).totalParams / 1e9).toFixed(2))).toBe(30.53);
  });

  it('parameterCounts(gpt-oss-20b with sinks and expert biases) is 20,914,757,184, as keras-hub lists; its 3.6B active leaves the input embedding out', () => {
    const oss = { ...requireModel('gpt-oss-20b'), outputBias: true, attentionSinks: true, expertBias: true };
    const counts = parameterCounts(oss);
    expect(counts.totalParams).toBe(20_914_757_184);
    expectClose(counts.activeParams - oss.vocabSize * oss.hiddenSize, 3.6e9, 0.01);
  });

  it('parameterCounts(MLA) counts the low-rank query and KV projections: DeepSeek-V3 is 671 B', () => {
    const v3 = requireModel('deepseek-v3');
    expectClose(parameterCounts(v3).totalParams, 671e9, 0.001);
    // Without the query compression the query projection is d × h × (128 + 64).
    const { qLoraRank: _, ...fullQuery } = v3;
    const extra = parameterCounts(fullQuery).totalParams - parameterCounts(v3).totalParams;
    expect(extra).toBe(61 * (7168 * 128 * 192 - (7168 * 1536 + 1536 + 1536 * 128 * 192)));
  });

  it('parameterCounts(bad MoE geometry) throws naming the field', () => {
    const m = requireModel('mixtral-8x7b');
    expect(() => parameterCounts({ ...m, expertsPerToken: 9 })).toThrow(/expertsPerToken/);
    expect(() => parameterCounts({ ...m, denseLayers: 33 })).toThrow(/denseLayers/);
    expect(() => parameterCounts({ ...m, expertIntermediateSize: undefined })).toThrow(/expertIntermediateSize/);
  });
});
