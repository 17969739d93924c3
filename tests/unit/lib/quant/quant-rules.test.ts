import { describe, expect, it } from 'vitest';
import { models, requireModel } from '../../../../src/lib/catalog/models';
import { mixDefaultTypes, quantMix, requireQuantMix } from '../../../../src/lib/quant/quant-mixes';
import { quantizedTensorList, type TypedTensor } from '../../../../src/lib/quant/quant-rules';

/** The types a tensor role gets across the layers: `{ Q6_K: 16, Q4_K: 16 }`. */
function typeCounts(tensors: readonly TypedTensor[], role: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of tensors) if (t.name.endsWith(role)) counts[t.type] = (counts[t.type] ?? 0) + 1;
  return counts;
}
const typeOf = (tensors: readonly TypedTensor[], name: string) => tensors.find((t) => t.name === name)?.type;

describe('quantMix', () => {
  it('quantMix(name) knows the llama-quantize mixes, any case, and MXFP4 as MXFP4_MOE', () => {
    expect(quantMix('q4_k_m')).toBe('Q4_K_M');
    expect(quantMix('MXFP4')).toBe('MXFP4_MOE');
    expect(quantMix('Q4_K')).toBeUndefined();
    expect(quantMix('constructor')).toBeUndefined();
    expect(() => requireQuantMix('Q7_K')).toThrow(/Unknown quant type "Q7_K"/);
    expect(mixDefaultTypes.IQ2_S).toBe('IQ2_XS');
    expect(mixDefaultTypes.IQ3_M).toBe('IQ3_S');
  });
});

describe('quantizedTensorList', () => {
  it('Q4_K_M keeps the output head at Q6_K and raises half of attn_v and ffn_down to Q6_K (Llama 3.1 8B)', () => {
    const t = quantizedTensorList(requireModel('llama-3.1-8b'), 'Q4_K_M');
    expect(typeOf(t, 'output.weight')).toBe('Q6_K');
    expect(typeOf(t, 'token_embd.weight')).toBe('Q4_K');
    expect(typeCounts(t, 'attn_v.weight')).toEqual({ Q6_K: 16, Q4_K: 16 });
    expect(typeCounts(t, 'ffn_down.weight')).toEqual({ Q6_K: 16, Q4_K: 16 });
    expect(typeCounts(t, 'attn_q.weight')).toEqual({ Q4_K: 32 });
    expect(typeOf(t, 'blk.0.attn_norm.weight')).toBe('F32');
  });

  it('tied embeddings take the output rule: Gemma 3 token_embd is Q6_K at Q4_K_M, Q5_K at IQ2_XXS', () => {
    const g = requireModel('gemma-3-4b');
    expect(typeOf(quantizedTensorList(g, 'Q4_K_M'), 'token_embd.weight')).toBe('Q6_K');
    expect(typeOf(quantizedTensorList(g, 'IQ2_XXS'), 'token_embd.weight')).toBe('Q5_K');
    expect(typeOf(quantizedTensorList(requireModel('llama-3.1-8b'), 'IQ2_XXS'), 'token_embd.weight')).toBe('Q2_K');
  });

  it("rows that are not whole blocks fall back: Qwen2.5-72B's ffn_down (29,568) at IQ2_XXS becomes IQ4_NL", () => {
    const t = quantizedTensorList(requireModel('qwen2.5-72b'), 'IQ2_XXS');
    const down = t.filter((x) => x.name.endsWith('ffn_down.weight'));
    expect(new Set(down.map((x) => x.type))).toEqual(new Set(['IQ4_NL']));
    expect(down.some((x) => x.fallbackFrom === 'IQ2_XXS')).toBe(true);
    expect(down.some((x) => x.fallbackFrom === 'Q2_K')).toBe(true); // the first eighth, raised to Q2_K first
  });

  it('gpt-oss (2,880-wide rows): attention falls back to a 32-block type, the output goes to Q8_0', () => {
    const t = quantizedTensorList(requireModel('gpt-oss-20b'), 'Q4_K_M');
    expect(typeOf(t, 'blk.0.attn_q.weight')).toBe('Q5_0');
    expect(typeOf(t, 'output.weight')).toBe('Q8_0');
    expect(typeOf(t, 'blk.0.ffn_up_exps.weight')).toBe('MXFP4');
    const requantized = quantizedTensorList(requireModel('gpt-oss-20b'), 'Q4_K_M', { keepMxfp4Experts: false });
    expect(typeOf(requantized, 'blk.0.ffn_up_exps.weight')).toBe('Q5_0');
  });

  it('MXFP4_MOE: experts in MXFP4, every other matrix Q8_0', () => {
    const t = quantizedTensorList(requireModel('qwen3-30b-a3b'), 'MXFP4');
    expect(typeOf(t, 'blk.0.ffn_down_exps.weight')).toBe('MXFP4');
    expect(typeOf(t, 'blk.0.attn_v.weight')).toBe('Q8_0');
    expect(typeOf(t, 'output.weight')).toBe('Q8_0');
    expect(typeOf(t, 'blk.0.ffn_gate_inp.weight')).toBe('F32');
  });

  it('Mixtral (eight experts): attn_v and attn_k at Q8_0, attn_output at Q5_K in Q4_K_M', () => {
    const t = quantizedTensorList(requireModel('mixtral-8x7b'), 'Q4_K_M');
    expect(typeCounts(t, 'attn_v.weight')).toEqual({ Q8_0: 32 });
    expect(typeCounts(t, 'attn_k.weight')).toEqual({ Q8_0: 32 });
    expect(typeCounts(t, 'attn_output.weight')).toEqual({ Q5_K: 32 });
  });

  it('DeepSeek MLA: the projections keep the mix type; attn_k_b (128-wide rows) falls back; experts follow ffn_down by layer', () => {
    const t = quantizedTensorList(requireModel('deepseek-v3'), 'Q4_K_M');
    expect(typeOf(t, 'blk.5.attn_q_b.weight')).toBe('Q4_K');
    expect(typeOf(t, 'blk.5.attn_kv_a_mqa.weight')).toBe('Q4_K');
    expect(typeOf(t, 'blk.5.attn_k_b.weight')).toBe('Q5_0');
    expect(typeOf(t, 'blk.0.ffn_down.weight')).toBe('Q6_K'); // first eighth
    expect(typeOf(t, 'blk.3.ffn_down_exps.weight')).toBe('Q6_K');
    expect(typeOf(t, 'blk.8.ffn_down_exps.weight')).toBe('Q4_K');
    expect(typeOf(t, 'blk.3.exp_probs_b.bias')).toBe('F32');
  });

  it("the 70B rule: Llama 3.x 70B's attn_v is Q5_K at Q4_K_M even on plain layers; the 8B's is not", () => {
    expect(typeCounts(quantizedTensorList(requireModel('llama-3.1-70b'), 'Q4_K_M'), 'attn_v.weight')).toEqual({ Q6_K: 40, Q5_K: 40 });
    expect(typeCounts(quantizedTensorList(requireModel('qwen2.5-72b'), 'Q3_K_M'), 'attn_v.weight')).toEqual({ Q5_K: 80 });
  });

  it("Phi-4's fused attn_qkv has its own rule in these releases: Q5_K at Q4_K_M", () => {
    const t = quantizedTensorList(requireModel('phi-4'), 'Q4_K_M');
    expect(typeCounts(t, 'attn_qkv.weight')).toEqual({ Q5_K: 40 });
  });

  it('the importance matrix changes only what llama.cpp says it does (IQ4_XS ffn_down, Q4_0 ffn_down)', () => {
    const llama = requireModel('llama-3.1-8b');
    expect(typeCounts(quantizedTensorList(llama, 'IQ4_XS', { imatrix: false }), 'ffn_down.weight')).toEqual({ Q5_K: 4, IQ4_XS: 28 });
    expect(typeCounts(quantizedTensorList(llama, 'IQ4_XS'), 'ffn_down.weight')).toEqual({ IQ4_XS: 32 });
    expect(typeCounts(quantizedTensorList(llama, 'Q4_0'), 'ffn_down.weight')).toEqual({ Q4_1: 4, Q4_0: 28 });
    expect(typeCounts(quantizedTensorList(llama, 'Q4_0', { imatrix: false }), 'ffn_down.weight')).toEqual({ Q4_0: 32 });
  });

  it('float mixes convert every matrix and nothing else; one model of each architecture quantizes in every mix', () => {
    const t = quantizedTensorList(requireModel('qwen2.5-7b'), 'BF16');
    expect(typeOf(t, 'blk.0.attn_q.weight')).toBe('BF16');
    expect(typeOf(t, 'blk.0.attn_q.bias')).toBe('F32');
    const oneOfEach = [...new Map(models.map((m) => [m.gguf!.arch, m])).values()];
    expect(oneOfEach).toHaveLength(10);
    for (const m of oneOfEach)
      for (const mix of Object.keys(mixDefaultTypes)) expect(quantizedTensorList(m, mix).length).toBeGreaterThan(0);
  });
});
