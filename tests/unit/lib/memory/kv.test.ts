import { describe, expect, it } from 'vitest';
import {
  contextTokensForKvBytes,
  kvBytesPerToken,
  kvCacheBytes,
  kvCacheType,
  kvCacheTypes,
  models,
  naiveKvBytesPerToken,
  naiveKvCacheBytes,
  quantFormat,
  requireModel,
  weightBytes,
  type AttentionGeometry,
} from '../../../../src/lib';
import published from '../../../fixtures/kv-published-figures.json';
import reference from '../../../fixtures/reference-models.json';
import { expectClose } from '../../helpers';

const llama8b = requireModel('llama-3.1-8b');
const llama2 = requireModel('llama-2-7b');
const falcon = requireModel('falcon-7b');
const deepseek = requireModel('deepseek-v3');
const gemma2 = requireModel('gemma-2-9b');
const gemma3 = requireModel('gemma-3-27b');

/** The config.json row a catalog model was built from. */
function configOf(repo: string) {
  const row = reference.rows.find((r) => r.id === repo);
  if (!row) throw new Error(`no reference row for ${repo}`);
  return row;
}

const sliding = models.filter((m) => m.attention.kind === 'gqa' && m.attention.slidingWindow !== undefined);
const unwindowed = models.filter((m) => m.attention.kind === 'mla' || m.attention.slidingWindow === undefined);

describe('kvBytesPerToken', () => {
  it('kvBytesPerToken(Llama 3.1 8B) is 2 · 32 layers · 8 KV heads · 128 · 2 bytes (GQA)', () => {
    const config = configOf('meta-llama/Llama-3.1-8B');
    expect([llama8b.layers, llama8b.kvHeads, llama8b.headDim]).toEqual([
      config.num_hidden_layers,
      config.num_key_value_heads,
      config.hidden_size / config.num_attention_heads,
    ]);
    expect(kvBytesPerToken(llama8b.attention)).toBe(2 * 32 * 8 * 128 * 2);
    expect(kvBytesPerToken(llama8b.attention) / 1024).toBe(128); // 128 KiB per token
  });

  it('kvBytesPerToken(Llama 2 7B) is 2 · 32 · 32 · 128 · 2 bytes (MHA: one KV head per query head)', () => {
    expect(llama2.attentionKind).toBe('MHA');
    expect(kvBytesPerToken(llama2.attention)).toBe(2 * 32 * 32 * 128 * 2);
  });

  it('kvBytesPerToken(Falcon-7B) is 2 · 32 · 1 · 64 · 2 bytes (MQA: one KV head for all 71 query heads)', () => {
    expect(falcon.attentionKind).toBe('MQA');
    expect(kvBytesPerToken(falcon.attention)).toBe(2 * 32 * 1 * 64 * 2);
  });

  it('kvBytesPerToken(DeepSeek-V3) is 61 layers · (512 latent + 64 RoPE) · 2 bytes (MLA), the published 576 values', () => {
    const mla = published.deepseek_v3_mla;
    expect(mla.kv_lora_rank + mla.qk_rope_head_dim).toBe(mla.cached_values_per_token_per_layer);
    expect(kvBytesPerToken(deepseek.attention)).toBe(61 * mla.cached_values_per_token_per_layer * 2);
    expect(kvBytesPerToken(deepseek.attention)).toBe(61 * 576 * 2);
  });

  it('kvBytesPerToken(Gemma 3 27B) counts every layer, sliding ones too: 2 · 62 · 16 · 128 · 2 bytes', () => {
    expect(kvBytesPerToken(gemma3.attention)).toBe(2 * 62 * 16 * 128 * 2);
  });

  it('kvBytesPerToken reproduces the PagedAttention paper’s OPT-13B figure: 819,200 bytes = 800 KiB per token', () => {
    const opt = published.opt13b_kv_per_token;
    // OPT-13B is full multi-head attention: 40 heads × 128 = 5120 = its hidden size.
    const geometry: AttentionGeometry = { kind: 'gqa', layers: opt.layers, kvHeads: 40, headDim: opt.hidden_size / 40 };
    expect(kvBytesPerToken(geometry, opt.bytes_per_element * 8)).toBe(opt.published_exact_bytes);
    expect(opt.published_exact_bytes / 1024).toBe(opt.published_kb);
  });

  it('kvBytesPerToken(g, 8) is exactly half of 16-bit; q8_0 (8.5 bits) and q4_0 (4.5 bits) are 17/32 and 9/32', () => {
    for (const m of models) {
      const f16 = kvBytesPerToken(m.attention);
      expect(kvBytesPerToken(m.attention, 8), m.id).toBe(f16 / 2);
      expect(kvBytesPerToken(m.attention, kvCacheType('q8_0')!.bits), m.id).toBe((f16 * 17) / 32);
      expect(kvBytesPerToken(m.attention, kvCacheType('q4_0')!.bits), m.id).toBe((f16 * 9) / 32);
    }
  });

  it('kvBytesPerToken rejects geometry and bits that make no sense', () => {
    expect(() => kvBytesPerToken({ kind: 'gqa', layers: 0, kvHeads: 8, headDim: 128 })).toThrow(RangeError);
    expect(() => kvBytesPerToken({ kind: 'gqa', layers: 32, kvHeads: 1.5, headDim: 128 })).toThrow(/kvHeads/);
    expect(() => kvBytesPerToken({ kind: 'gqa', layers: 32, kvHeads: 8, headDim: 128, slidingWindow: 4096 })).toThrow(/together/);
    expect(() => kvBytesPerToken({ kind: 'gqa', layers: 4, kvHeads: 8, headDim: 128, slidingWindow: 4096, slidingLayers: 5 })).toThrow(
      /cannot exceed/,
    );
    expect(() => kvBytesPerToken({ kind: 'mla', layers: 61, kvLoraRank: 0, ropeHeadDim: 64 })).toThrow(/kvLoraRank/);
    expect(() => kvBytesPerToken(llama8b.attention, 0)).toThrow(/kvBits/);
    expect(() => kvBytesPerToken(llama8b.attention, Number.NaN)).toThrow(/kvBits/);
  });
});

describe('kvCacheBytes', () => {
  it('kvCacheBytes(Llama 3.1 8B, T) is 1 GiB at 8,192 tokens and 16 GiB at its 131,072-token maximum', () => {
    expect(kvCacheBytes(llama8b.attention, 8192)).toBe(2 ** 30);
    expect(kvCacheBytes(llama8b.attention, llama8b.maxContextTokens)).toBe(16 * 2 ** 30);
  });

  it('kvCacheBytes reproduces the PagedAttention paper’s ~1.6 GB for one 2,048-token OPT-13B request (1.56 GiB)', () => {
    const opt = published.opt13b_kv_per_token;
    const geometry: AttentionGeometry = { kind: 'gqa', layers: opt.layers, kvHeads: 40, headDim: 128 };
    const bytes = kvCacheBytes(geometry, published.opt13b_kv_per_request.tokens);
    expect(bytes).toBe(opt.published_exact_bytes * 2048);
    expect(Number((bytes / 2 ** 30).toFixed(1))).toBe(published.opt13b_kv_per_request.published_gb);
  });

  it('kvCacheBytes(g, T) is linear in T for models without a window (GQA, MHA, MQA, MLA)', () => {
    expect(unwindowed.length).toBeGreaterThan(20);
    for (const m of unwindowed) {
      const perToken = kvBytesPerToken(m.attention);
      for (const T of [1, 1000, 4096, 32768]) expect(kvCacheBytes(m.attention, T), m.id).toBe(perToken * T);
      expect(kvCacheBytes(m.attention, 3000) + kvCacheBytes(m.attention, 5000), m.id).toBe(kvCacheBytes(m.attention, 8000));
      expect(kvCacheBytes(m.attention, 0), m.id).toBe(0);
    }
  });

  it('kvCacheBytes(g, T) is linear in T below the window for every sliding-window model', () => {
    expect(sliding.map((m) => m.id)).toEqual(expect.arrayContaining(['gemma-2-9b', 'gemma-3-27b', 'gpt-oss-20b']));
    for (const m of sliding) {
      const g = m.attention as Extract<AttentionGeometry, { kind: 'gqa' }>;
      const perToken = kvBytesPerToken(g);
      for (const T of [1, Math.floor(g.slidingWindow! / 3), g.slidingWindow!]) expect(kvCacheBytes(g, T), m.id).toBe(perToken * T);
    }
  });

  it('kvCacheBytes(g, T) above the window grows only by the full-attention layers: sliding layers stay flat', () => {
    for (const m of sliding) {
      const g = m.attention as Extract<AttentionGeometry, { kind: 'gqa' }>;
      const fullLayers = g.layers - g.slidingLayers!;
      const perLayerToken = 2 * g.kvHeads * g.headDim * 2;
      const T = g.slidingWindow! * 2;
      expect(kvCacheBytes(g, T + 100) - kvCacheBytes(g, T), m.id).toBe(100 * fullLayers * perLayerToken);
    }
    // Every layer sliding: the cache stops growing at the window.
    const allLocal: AttentionGeometry = { kind: 'gqa', layers: 4, kvHeads: 2, headDim: 64, slidingWindow: 512, slidingLayers: 4 };
    expect(kvCacheBytes(allLocal, 100_000)).toBe(kvCacheBytes(allLocal, 512));
  });

  it('kvCacheBytes(Gemma 3 27B, 131072) holds 10 global layers × 131,072 + 52 local × 1,024 tokens', () => {
    expect(gemma3.attention).toMatchObject({ slidingWindow: 1024, slidingLayers: 52 });
    const perLayerToken = 2 * 16 * 128 * 2;
    expect(kvCacheBytes(gemma3.attention, 131072)).toBe((10 * 131072 + 52 * 1024) * perLayerToken);
    // Without the window the same context would need 62 full layers: almost 6× more.
    expect(kvBytesPerToken(gemma3.attention) * 131072).toBe(62 * 131072 * perLayerToken);
  });

  it('kvCacheBytes(Gemma 2 9B, 8192) holds 21 global layers × 8,192 + 21 local × 4,096 tokens', () => {
    expect(gemma2.attention).toMatchObject({ slidingWindow: 4096, slidingLayers: 21 });
    expect(kvCacheBytes(gemma2.attention, 8192)).toBe((21 * 8192 + 21 * 4096) * (2 * 8 * 256 * 2));
  });

  it('kvCacheBytes(g, T, { batch }) is linear in batch, and 0 for no sequences', () => {
    for (const m of models) {
      const one = kvCacheBytes(m.attention, 20000);
      expect(kvCacheBytes(m.attention, 20000, { batch: 7 }), m.id).toBe(7 * one);
      expect(kvCacheBytes(m.attention, 20000, { batch: 0 }), m.id).toBe(0);
    }
  });

  it('kvCacheBytes(g, T, { kvBits: 8 }) is half the 16-bit cache; q8_0 is ≈ half (17/32), q4_0 ≈ a quarter (9/32)', () => {
    for (const m of models) {
      const f16 = kvCacheBytes(m.attention, 50000, { batch: 3 });
      expect(kvCacheBytes(m.attention, 50000, { batch: 3, kvBits: 8 }), m.id).toBe(f16 / 2);
      expectClose(kvCacheBytes(m.attention, 50000, { batch: 3, kvBits: kvCacheType('q8_0')!.bits }) / f16, 8.5 / 16);
      expectClose(kvCacheBytes(m.attention, 50000, { batch: 3, kvBits: kvCacheType('q4_0')!.bits }) / f16, 4.5 / 16);
    }
  });

  it('kvCacheBytes(g, T) never decreases as T grows, for every catalog model', () => {
    for (const m of models) {
      let previous = -1;
      for (let T = 0; T <= m.maxContextTokens; T += 997) {
        const bytes = kvCacheBytes(m.attention, T);
        expect(bytes, `${m.id} at ${T}`).toBeGreaterThanOrEqual(previous);
        previous = bytes;
      }
    }
  });

  it('kvCacheBytes rejects a negative or non-finite context and a fractional batch', () => {
    expect(() => kvCacheBytes(llama8b.attention, -1)).toThrow(/contextTokens/);
    expect(() => kvCacheBytes(llama8b.attention, Number.POSITIVE_INFINITY)).toThrow(/contextTokens/);
    expect(() => kvCacheBytes(llama8b.attention, 100, { batch: 1.5 })).toThrow(/batch/);
    expect(() => kvCacheBytes(llama8b.attention, 100, { kvBits: -16 })).toThrow(/kvBits/);
  });
});

describe('naiveKvBytesPerToken', () => {
  it('naiveKvBytesPerToken overstates Llama 3.1 8B / 70B / 405B by heads ÷ KV heads = 4× / 8× / 16×', () => {
    const expected = { 'llama-3.1-8b': 4, 'llama-3.1-70b': 8, 'llama-3.1-405b': 16 } as const;
    for (const [id, ratio] of Object.entries(expected)) {
      const m = requireModel(id);
      expect(m.kvHeads, id).toBe(published.llama3_kv_heads);
      // The rule holds because head_dim × heads = hidden size for these models.
      expect(m.headDim * m.attentionHeads, id).toBe(m.hiddenSize);
      expect(m.attentionHeads / m.kvHeads, id).toBe(ratio);
      expect(naiveKvBytesPerToken(m.layers, m.hiddenSize) / kvBytesPerToken(m.attention), id).toBe(ratio);
    }
  });

  it('naiveKvBytesPerToken is right for full multi-head attention (Llama 2 7B) and 71× too high for MQA (Falcon-7B)', () => {
    expect(naiveKvBytesPerToken(llama2.layers, llama2.hiddenSize)).toBe(kvBytesPerToken(llama2.attention));
    expect(naiveKvBytesPerToken(falcon.layers, falcon.hiddenSize) / kvBytesPerToken(falcon.attention)).toBe(falcon.attentionHeads);
  });

  it('naiveKvBytesPerToken is off by hidden ÷ (h_kv · d_head), not heads ÷ h_kv, when heads × d_head ≠ hidden (Qwen3 32B)', () => {
    const qwen = requireModel('qwen3-32b');
    expect(qwen.attentionHeads * qwen.headDim).not.toBe(qwen.hiddenSize);
    expect(naiveKvBytesPerToken(qwen.layers, qwen.hiddenSize) / kvBytesPerToken(qwen.attention)).toBe(5120 / (8 * 128));
    expect(qwen.attentionHeads / qwen.kvHeads).toBe(8);
  });

  it('naiveKvCacheBytes(L, d, T, { batch }) is the naive per-token figure × T × b, window or not', () => {
    expect(naiveKvCacheBytes(32, 4096, 8192)).toBe(4 * 2 ** 30);
    expect(naiveKvCacheBytes(gemma3.layers, gemma3.hiddenSize, 131072, { batch: 2, kvBits: 8 })).toBe(
      naiveKvBytesPerToken(62, 5376, 8) * 131072 * 2,
    );
    expect(() => naiveKvCacheBytes(32, 4096, -5)).toThrow(/contextTokens/);
    expect(() => naiveKvCacheBytes(32, 4096.5, 5)).toThrow(/hiddenSize/);
  });
});

describe('contextTokensForKvBytes', () => {
  it('contextTokensForKvBytes(g, kvCacheBytes(g, T)) gives T back, below and above any window', () => {
    for (const m of models) {
      for (const T of [100, 1024, 5000, 60000]) {
        const back = contextTokensForKvBytes(m.attention, kvCacheBytes(m.attention, T, { batch: 3, kvBits: 8.5 }), {
          batch: 3,
          kvBits: 8.5,
        });
        expect(back, `${m.id} at ${T}`).not.toBeNull();
        expectClose(back!, T, 1e-12);
      }
    }
  });

  it('contextTokensForKvBytes(Llama 3.1 8B, Q4_K_M weights) is where the cache outgrows the weights: W ÷ 128 KiB', () => {
    const weights = weightBytes(llama8b.totalParams, quantFormat('Q4_K_M')!.bitsPerWeight);
    const T = contextTokensForKvBytes(llama8b.attention, weights)!;
    expect(T).toBe(weights / (2 * 32 * 8 * 128 * 2));
    expect(T).toBeGreaterThan(30000);
    expect(T).toBeLessThan(llama8b.maxContextTokens);
    // Four concurrent sequences get there four times sooner.
    expect(contextTokensForKvBytes(llama8b.attention, weights, { batch: 4 })).toBe(T / 4);
  });

  it('contextTokensForKvBytes is null when the cache can never get there, 0 for 0 bytes', () => {
    const allLocal: AttentionGeometry = { kind: 'gqa', layers: 4, kvHeads: 2, headDim: 64, slidingWindow: 512, slidingLayers: 4 };
    expect(contextTokensForKvBytes(allLocal, kvCacheBytes(allLocal, 512) + 1)).toBeNull();
    expect(contextTokensForKvBytes(allLocal, kvCacheBytes(allLocal, 256))).toBe(256);
    expect(contextTokensForKvBytes(llama8b.attention, 1e9, { batch: 0 })).toBeNull();
    expect(contextTokensForKvBytes(llama8b.attention, 0)).toBe(0);
    expect(() => contextTokensForKvBytes(llama8b.attention, Number.NaN)).toThrow(/bytes/);
  });
});

describe('kvCacheTypes', () => {
  it('kvCacheTypes offers llama.cpp’s cache types; q8_0 and q4_0 carry a 16-bit scale per 32 values', () => {
    expect(kvCacheTypes.map((t) => t.name)).toEqual(expect.arrayContaining(['f16', 'bf16', 'q8_0', 'q4_0', 'f32']));
    expect(kvCacheType('q8_0')!.bits).toBe(8 + 16 / 32);
    expect(kvCacheType('q4_0')!.bits).toBe(4 + 16 / 32);
    expect(kvCacheType('f16')!.bits).toBe(16);
    expect(kvCacheTypes[0]!.name).toBe('f16');
  });

  it('kvCacheType(name) ignores case and spaces, and is undefined for unknown names', () => {
    expect(kvCacheType(' Q8_0 ')?.name).toBe('q8_0');
    expect(kvCacheType('q3_k')).toBeUndefined();
    expect(kvCacheType('<script>')).toBeUndefined();
  });
});
