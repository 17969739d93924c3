import { describe, expect, it } from 'vitest';
import {
  SLUG_PATTERN,
  attentionGeometryOf,
  kvBytesPerToken,
  model,
  models,
  naiveKvBytesPerToken,
  parameterCount,
  requireModel,
  slidingLayersFromPattern,
} from '../../../../src/lib';
import kvChapter from '../../../fixtures/kv-chapter-model-configs.json';
import reference from '../../../fixtures/reference-models.json';

/** Every number followed by "B" in a published parameter string, in parameters: "117B (README); 116.83 B" → [117e9, 116.83e9]. */
function billionsIn(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*B\b/g)].map((m) => Number(m[1]) * 1e9);
}

/** Equal up to floating-point noise in "116.83" × 1e9. */
function sameCount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.abs(b);
}

function catalogEntryFor(repo: string) {
  const found = models.find((m) => m.huggingFaceRepo === repo);
  if (!found) throw new Error(`no catalog model for ${repo}`);
  return found;
}

describe('models', () => {
  it('models holds every reference row plus Llama 2 7B and Falcon-7B for the KV chapter', () => {
    expect(reference.rows).toHaveLength(26);
    expect(models).toHaveLength(28);
    for (const row of reference.rows) expect(catalogEntryFor(row.id).name).toBeTruthy();
    expect(model('llama-2-7b')).toBeDefined();
    expect(model('falcon-7b')).toBeDefined();
  });

  it('models ids are unique, slug-shaped, and the ones chapters link to', () => {
    const ids = models.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SLUG_PATTERN);
    for (const id of ['llama-3.1-8b', 'llama-3.3-70b', 'qwen3-30b-a3b', 'deepseek-v3', 'gpt-oss-20b', 'phi-4', 'mixtral-8x7b']) {
      expect(ids).toContain(id);
    }
  });

  it('models geometry equals the config.json values in the reference rows', () => {
    for (const row of reference.rows) {
      const m = catalogEntryFor(row.id);
      expect(m.layers, m.id).toBe(row.num_hidden_layers);
      expect(m.hiddenSize, m.id).toBe(row.hidden_size);
      expect(m.attentionHeads, m.id).toBe(row.num_attention_heads);
      expect(m.kvHeads, m.id).toBe(row.num_key_value_heads);
      if (row.head_dim !== null) expect(m.headDim, m.id).toBe(row.head_dim);
      expect(m.intermediateSize, m.id).toBe(row.intermediate_size);
      expect(m.vocabSize, m.id).toBe(row.vocab_size);
      if (row.tie_word_embeddings !== null) expect(m.tiedEmbeddings, m.id).toBe(row.tie_word_embeddings);
      expect(m.sourceUrl, m.id).toBe(row.config_source);
      expect(m.attentionKind, m.id).toBe(row.attention_type.slice(0, 3));
    }
  });

  it('models context equals max_position_embeddings, or the notes say why not', () => {
    for (const row of reference.rows) {
      const m = catalogEntryFor(row.id);
      if (row.max_position_embeddings === null || row.max_position_embeddings === m.maxContextTokens) continue;
      // Qwen3: config 40,960 vs model card 131,072 with YaRN. The catalog picks the card and says so.
      expect(m.notes, m.id).toContain(row.max_position_embeddings.toLocaleString('en-US'));
    }
  });

  it('models totals are the published figures (one of them, where sources give two)', () => {
    for (const row of reference.rows) {
      const m = catalogEntryFor(row.id);
      if (row.total_params === null) {
        expect(m.paramsBasis, m.id).toBe('derived from geometry');
        expect(m.totalParams, m.id).toBe(parameterCount(m));
        continue;
      }
      expect(
        billionsIn(row.total_params).some((n) => sameCount(n, m.publishedTotalParams!)),
        m.id,
      ).toBe(true);
      // A dense model published only by its name-size ("70B") is counted from its geometry.
      const counted = m.paramsNominal && m.experts === undefined;
      expect(m.paramsBasis, m.id).toBe(counted ? 'derived from geometry' : 'published');
      expect(m.totalParams, m.id).toBe(counted ? parameterCount(m) : m.publishedTotalParams);
      if (row.active_params !== null)
        expect(
          billionsIn(row.active_params).some((n) => sameCount(n, m.activeParams)),
          m.id,
        ).toBe(true);
    }
  });

  it('models: dense models read everything they store, mixtures of experts read less', () => {
    for (const m of models) {
      if (m.experts === undefined) expect(m.activeParams, m.id).toBe(m.totalParams);
      else expect(m.activeParams, m.id).toBeLessThan(m.totalParams);
    }
  });

  it('models MoE details match the reference (experts, experts per token, expert width)', () => {
    for (const row of reference.rows) {
      if (row.moe === null) continue;
      const m = catalogEntryFor(row.id);
      const moe = row.moe as Record<string, number | string | undefined>;
      expect(m.experts, m.id).toBe(moe.num_local_experts ?? moe.num_experts ?? moe.n_routed_experts);
      expect(m.expertsPerToken, m.id).toBe(moe.num_experts_per_tok ?? moe.experts_per_token);
      if (moe.moe_intermediate_size !== undefined) expect(m.expertIntermediateSize, m.id).toBe(moe.moe_intermediate_size);
      if (moe.n_shared_experts !== undefined) expect(m.sharedExperts, m.id).toBe(moe.n_shared_experts);
      if (moe.first_k_dense_layers !== undefined) expect(m.denseLayers, m.id).toBe(moe.first_k_dense_layers);
    }
  });

  it('models licences: DeepSeek-R1 is MIT (code and weights); V3 notes that V3-0324 moved to MIT while the original stays under its model licence', () => {
    // deepseek-ai/DeepSeek-R1 README §7; deepseek-ai/DeepSeek-V3 README §7; DeepSeek-V3-0324 model card.
    expect(requireModel('deepseek-r1').license).toMatch(/^MIT/);
    const v3 = requireModel('deepseek-v3');
    expect(v3.license).toMatch(/DeepSeek Model License/);
    expect(v3.notes).toMatch(/V3-0324.*MIT/);
  });

  it('models release dates are ISO dates or null', () => {
    for (const m of models) if (m.releaseDate !== null) expect(m.releaseDate, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('model', () => {
  it("model('llama-3.1-8b').attention is GQA with 32 layers, 8 KV heads of 128", () => {
    expect(requireModel('llama-3.1-8b').attention).toEqual({ kind: 'gqa', layers: 32, kvHeads: 8, headDim: 128 });
    expect(kvBytesPerToken(requireModel('llama-3.1-8b').attention)).toBe(131072);
  });

  it("model('deepseek-v3').attention is MLA caching a 512-wide latent plus a 64-wide RoPE key per layer", () => {
    const v3 = requireModel('deepseek-v3');
    expect(v3.attention).toEqual({ kind: 'mla', layers: 61, kvLoraRank: 512, ropeHeadDim: 64 });
    expect(kvBytesPerToken(v3.attention)).toBe(61 * 576 * 2);
    const row = reference.rows.find((r) => r.id === 'deepseek-ai/DeepSeek-V3')!;
    expect(v3.kvLoraRank! + v3.ropeHeadDim!).toBe(row.mla!.cached_values_per_token_per_layer);
  });

  it("model('gemma-3-27b') has 52 sliding layers of 62 (5 local per global)", () => {
    const g = requireModel('gemma-3-27b');
    expect(g.slidingLayers).toBe(52);
    expect(g.layers).toBe(62);
    expect(g.attention).toEqual({ kind: 'gqa', layers: 62, kvHeads: 16, headDim: 128, slidingWindow: 1024, slidingLayers: 52 });
  });

  it('model(sliding-window models) derive their local-layer counts from the published pattern', () => {
    expect(requireModel('gemma-3-4b').slidingLayers).toBe(29);
    expect(requireModel('gemma-3-12b').slidingLayers).toBe(40);
    expect(requireModel('gemma-2-9b').slidingLayers).toBe(21);
    expect(requireModel('gemma-2-27b').slidingLayers).toBe(23);
    expect(requireModel('gpt-oss-120b').slidingLayers).toBe(18);
    expect(requireModel('gpt-oss-20b').slidingLayers).toBe(12);
    for (const row of reference.rows) {
      const m = catalogEntryFor(row.id);
      expect(m.slidingWindow, m.id).toBe(row.sliding_window?.size);
    }
  });

  it("model('llama-2-7b') is full multi-head attention: 32 KV heads, the naive formula's cache", () => {
    const llama2 = requireModel('llama-2-7b');
    const fixture = kvChapter.models.find((m) => m.model === 'meta-llama/Llama-2-7b-hf')!;
    expect(llama2.attentionKind).toBe('MHA');
    expect([llama2.layers, llama2.attentionHeads, llama2.kvHeads, llama2.hiddenSize]).toEqual([
      fixture.n_layer,
      fixture.n_head,
      fixture.n_query_groups,
      fixture.n_embd,
    ]);
    expect([llama2.intermediateSize, llama2.vocabSize, llama2.maxContextTokens]).toEqual([
      fixture.intermediate_size,
      fixture.vocab_size,
      fixture.block_size,
    ]);
    expect(kvBytesPerToken(llama2.attention)).toBe(naiveKvBytesPerToken(32, 4096));
    expect(kvBytesPerToken(llama2.attention)).toBe(4 * kvBytesPerToken(requireModel('llama-3.1-8b').attention));
  });

  it("model('falcon-7b') is multi-query attention: 71 query heads share one KV head", () => {
    const falcon = requireModel('falcon-7b');
    const fixture = kvChapter.models.find((m) => m.model === 'tiiuae/falcon-7b')!;
    expect(falcon.attentionKind).toBe('MQA');
    expect([falcon.layers, falcon.attentionHeads, falcon.kvHeads, falcon.hiddenSize]).toEqual([
      fixture.n_layer,
      fixture.n_head,
      fixture.n_query_groups,
      fixture.n_embd,
    ]);
    expect([falcon.intermediateSize, falcon.vocabSize, falcon.maxContextTokens]).toEqual([
      fixture.intermediate_size,
      fixture.vocab_size,
      fixture.block_size,
    ]);
    expect(falcon.headDim * falcon.attentionHeads).toBe(falcon.hiddenSize);
    expect(falcon.mlpKind).toBe('plain');
    expect(kvBytesPerToken(falcon.attention)).toBe(2 * 32 * 1 * 64 * 2);
  });

  it('model(id) ignores case and surrounding spaces; unknown ids give undefined', () => {
    expect(model('  Llama-3.1-8B ')?.id).toBe('llama-3.1-8b');
    expect(model('llama-9')).toBeUndefined();
  });
});

describe('requireModel', () => {
  it('requireModel(unknown) throws a RangeError listing the known ids', () => {
    expect(() => requireModel('gpt-5')).toThrow(RangeError);
    expect(() => requireModel('gpt-5')).toThrow(/Unknown model "gpt-5"\. Known models: llama-3\.2-1b, .*falcon-7b\./);
  });
});

describe('attentionGeometryOf', () => {
  it('attentionGeometryOf(model) leaves out sliding fields for full-attention models', () => {
    expect(attentionGeometryOf({ attentionKind: 'MQA', layers: 32, kvHeads: 1, headDim: 64 })).toEqual({
      kind: 'gqa',
      layers: 32,
      kvHeads: 1,
      headDim: 64,
    });
    expect(Object.keys(requireModel('qwen3-8b').attention)).not.toContain('slidingWindow');
  });

  it('attentionGeometryOf(MLA without ranks) throws', () => {
    expect(() => attentionGeometryOf({ attentionKind: 'MLA', layers: 61, kvHeads: 128, headDim: 128 })).toThrow(
      /kvLoraRank and ropeHeadDim/,
    );
  });
});

describe('slidingLayersFromPattern', () => {
  it('slidingLayersFromPattern(layers, 6): layer i is global when (i + 1) % 6 = 0', () => {
    expect(slidingLayersFromPattern(62, 6)).toBe(52);
    expect(slidingLayersFromPattern(34, 6)).toBe(29);
    expect(slidingLayersFromPattern(6, 6)).toBe(5);
    expect(slidingLayersFromPattern(5, 6)).toBe(5);
  });

  it('slidingLayersFromPattern(layers, 2) alternates, the first layer local', () => {
    expect(slidingLayersFromPattern(42, 2)).toBe(21);
    expect(slidingLayersFromPattern(1, 2)).toBe(1);
  });

  it('slidingLayersFromPattern(layers, period) never exceeds layers and rejects nonsense', () => {
    for (let layers = 1; layers <= 100; layers++) expect(slidingLayersFromPattern(layers, 6)).toBeLessThanOrEqual(layers);
    expect(() => slidingLayersFromPattern(10, 1)).toThrow(RangeError);
    expect(() => slidingLayersFromPattern(10.5, 2)).toThrow(RangeError);
  });
});
