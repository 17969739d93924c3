/**
 * Which storage type llama-quantize gives each tensor of a mix: `llama_tensor_get_type` in
 * llama.cpp `src/llama-quant.cpp`, release b6301 (2025-08-27), restated as an ordered decision list.
 * The rules are the same from b4753 (February 2025) to b7836 (January 2026), apart from MXFP4_MOE,
 * added with gpt-oss in August 2025; files published in 2025 follow them. A refactor around b8390
 * (March 2026) gives fused attn_qkv (Phi-4) the attn_v rules instead; it is not modelled here.
 * Cross-checked against llama.cpp @ 8784689fee07c6daabf3487d24e1535534ef6e6b (same rules).
 */
import { rowFitsBlocks, type GgmlTypeName } from './ggml-types';
import { usesMoreBits } from './blocks';
import { mixDefaultTypes, requireQuantMix, type QuantMixName } from './quant-mixes';
import { ggufTensorList, requireGgufGeometry, type GgufGeometry, type GgufTensor } from './tensor-list';

/** How the file was made, where it changes tensor types. */
export interface QuantRuleOptions {
  /**
   * An importance matrix was used (default true). It changes IQ3_XXS, IQ4_NL, IQ4_XS, Q4_0 and
   * Q5_0 files slightly; the IQ1/IQ2 mixes cannot be made without one. Common uploads
   * (bartowski, unsloth, mradermacher "i1") use one.
   */
  readonly imatrix?: boolean;
  /**
   * gpt-oss: keep the routed experts in the MXFP4 they ship in, whatever the mix (default true).
   * bartowski's and unsloth's gpt-oss files all do; plain llama-quantize refuses to requantize
   * them, and with `--allow-requantize` (false here) they follow the mix like any tensor.
   */
  readonly keepMxfp4Experts?: boolean;
}

/** A tensor with the type the quantizer gives it. */
export interface TypedTensor extends GgufTensor {
  readonly type: GgmlTypeName;
  /** The type the rules chose when the row did not divide into its blocks (the shape fallback), else undefined. */
  readonly fallbackFrom?: GgmlTypeName;
}

type Category =
  'OUTPUT' | 'TOKEN_EMBD' | 'ATTN_V' | 'ATTN_K' | 'ATTN_Q' | 'ATTN_OUTPUT' | 'ATTN_QKV' | 'FFN_DOWN' | 'FFN_GATE' | 'FFN_UP' | 'OTHER';

// b6301 matches names by substring; MLA's attn_q_a/q_b/kv_a_mqa/k_b/v_b fall through to OTHER.
const CATEGORY_PATTERNS: readonly (readonly [string, Category])[] = [
  ['attn_v.weight', 'ATTN_V'],
  ['attn_k.weight', 'ATTN_K'],
  ['attn_q.weight', 'ATTN_Q'],
  ['attn_output.weight', 'ATTN_OUTPUT'],
  ['attn_qkv.weight', 'ATTN_QKV'],
  ['ffn_down', 'FFN_DOWN'],
  ['ffn_gate', 'FFN_GATE'],
  ['ffn_up', 'FFN_UP'],
];

function categoryOf(name: string): Category {
  if (name === 'output.weight') return 'OUTPUT';
  if (name === 'token_embd.weight') return 'TOKEN_EMBD';
  for (const [pattern, category] of CATEGORY_PATTERNS) if (name.includes(pattern)) return category;
  return 'OTHER';
}

/**
 * Whether llama-quantize converts a tensor at all: a matrix (2 or more dimensions) whose name ends
 * in `weight`, is not a norm and is not the MoE router. Everything else keeps the converter's F32.
 * @example isQuantizable({ name: 'blk.0.ffn_gate_inp.weight', shape: [2048, 128] }) // false (the router)
 */
export function isQuantizable(tensor: Pick<GgufTensor, 'name' | 'shape'>): boolean {
  const { name, shape } = tensor;
  return shape.length >= 2 && name.endsWith('weight') && !name.includes('_norm.weight') && !name.includes('ffn_gate_inp.weight');
}

// A row that does not divide into the chosen type's blocks falls back to a 32-weight type of about the same size.
const FALLBACK: Partial<Record<GgmlTypeName, GgmlTypeName>> = {
  IQ1_S: 'IQ4_NL',
  IQ1_M: 'IQ4_NL',
  IQ2_XXS: 'IQ4_NL',
  IQ2_XS: 'IQ4_NL',
  IQ2_S: 'IQ4_NL',
  IQ3_XXS: 'IQ4_NL',
  IQ3_S: 'IQ4_NL',
  IQ4_XS: 'IQ4_NL',
  Q2_K: 'IQ4_NL',
  Q3_K: 'IQ4_NL',
  TQ1_0: 'Q4_0',
  TQ2_0: 'Q4_0',
  Q4_K: 'Q5_0',
  Q5_K: 'Q5_1',
  Q6_K: 'Q8_0',
};

const LOW_IQ: ReadonlySet<QuantMixName> = new Set(['IQ2_XXS', 'IQ2_XS', 'IQ1_S', 'IQ2_S', 'IQ2_M', 'IQ1_M']);
const EIGHT_EXPERT_OUTPUT: ReadonlySet<QuantMixName> = new Set([
  'Q2_K',
  'IQ3_XS',
  'IQ3_XXS',
  'Q3_K_S',
  'Q3_K_M',
  'IQ4_NL',
  'Q4_K_S',
  'Q4_K_M',
  'IQ3_S',
  'IQ3_M',
  'IQ4_XS',
]);

/**
 * Every tensor of `model`'s GGUF file with the type llama-quantize (b6301) gives it in mix `quantName`.
 * Throws a `RangeError` for an unknown mix.
 * @example quantizedTensorList(requireModel('llama-3.1-8b'), 'Q4_K_M').find((t) => t.name === 'output.weight')?.type // "Q6_K"
 */
export function quantizedTensorList(geometry: GgufGeometry, quantName: string, options: QuantRuleOptions = {}): TypedTensor[] {
  const mix = requireQuantMix(quantName);
  const model = requireGgufGeometry(geometry);
  const { imatrix = true, keepMxfp4Experts = true } = options;
  const tensors = ggufTensorList(model);
  const base = mixDefaultTypes[mix];
  const arch = model.gguf.arch;
  const falcon = arch === 'falcon';
  const nExpert = model.experts ?? 0;
  // n_head ÷ n_head_kv as the file stores it (MLA files store one KV head; no MLA tensor reads it).
  const nGqa = model.attentionKind === 'MLA' ? model.attentionHeads : model.attentionHeads / model.kvHeads;
  // llama.cpp's LLM_TYPE_70B: 80-layer llama with grouped-query attention, or 80-layer qwen2 (Qwen2.5-72B).
  const is70B = model.layers === 80 && ((arch === 'llama' && model.attentionHeads !== model.kvHeads) || arch === 'qwen2');
  const nLayer = model.layers;
  const hasOutput = tensors.some((t) => t.name === 'output.weight');
  const nAttnWv = tensors.filter((t) => /attn_(v|qkv|kv_b)\.weight/.test(t.name)).length;
  const eighth = Math.floor(nLayer / 8);
  const sixteenth = Math.floor(nLayer / 16);
  const moreBits = (i: number) => usesMoreBits(i, nLayer);
  const counters = { attnV: 0, ffnDown: 0, ffnGate: 0, ffnUp: 0 };
  // Feed-forward rules use the layer index: parsed from the name in a mixture of experts, else the tensor's running count.
  const ffnLayer = (t: GgufTensor, counter: number) => (nExpert > 1 ? t.layer! : counter);
  const is = (...mixes: QuantMixName[]) => mixes.includes(mix);

  const choose = (t: GgufTensor): GgmlTypeName => {
    const category = categoryOf(t.name);
    const row = t.shape[0]!;
    // 1. The output head (or the embedding, when tied to it): the tensor the quality depends on most.
    if (category === 'OUTPUT' || (category === 'TOKEN_EMBD' && !hasOutput)) {
      if (mix === 'MXFP4_MOE') return 'Q8_0';
      if (falcon || !rowFitsBlocks(row, base)) return 'Q8_0';
      if (is('IQ2_XXS', 'IQ2_XS', 'IQ3_XXS', 'IQ1_S', 'IQ2_S', 'IQ2_M', 'IQ1_M')) return 'Q5_K';
      return base === 'Q8_0' ? 'Q8_0' : 'Q6_K';
    }
    // 2. MXFP4_MOE: experts (3-D tensors) in MXFP4, everything else Q8_0.
    if (mix === 'MXFP4_MOE') return t.shape.length > 2 && t.shape[2]! > 1 ? 'MXFP4' : 'Q8_0';
    // 3. An untied embedding: only the lowest mixes raise it.
    if (category === 'TOKEN_EMBD') {
      if (is('IQ2_XXS', 'IQ2_XS', 'IQ1_S', 'IQ1_M')) return 'Q2_K';
      if (is('IQ2_S', 'IQ2_M', 'IQ3_XXS')) return 'IQ3_S';
      if (is('TQ1_0', 'TQ2_0')) return 'Q4_K';
      return base;
    }
    // 4. The 1–2-bit i-quant mixes keep attn_v, the first eighth of ffn_down and attn_output higher.
    if (LOW_IQ.has(mix)) {
      const sOrM = is('IQ2_S', 'IQ2_M');
      if (category === 'ATTN_V') {
        counters.attnV++;
        return nGqa >= 4 || nExpert >= 4 ? 'Q4_K' : sOrM ? 'IQ3_S' : 'Q2_K';
      }
      if (category === 'ATTN_K' && nExpert === 8) return 'Q4_K';
      if (category === 'FFN_DOWN') {
        // The running count even in a mixture of experts (DeepSeek: ffn_down_exps and _shexp both count).
        const early = counters.ffnDown++ < eighth;
        return early ? (sOrM ? 'IQ3_S' : 'Q2_K') : base;
      }
      if (category === 'ATTN_OUTPUT') {
        if (nExpert === 8) return 'Q5_K';
        if (is('IQ1_S', 'IQ1_M')) return 'IQ2_XXS';
        if (sOrM) return 'IQ3_S';
      }
      return base;
    }
    // 5. attn_v: grouped-query models store few V rows, so more bits cost little.
    if (category === 'ATTN_V') {
      const i = counters.attnV++;
      let type = base;
      if (mix === 'Q2_K') type = nGqa >= 4 ? 'Q4_K' : 'Q3_K';
      else if (mix === 'Q2_K_S' && nGqa >= 4) type = 'Q4_K';
      else if (mix === 'IQ3_XXS') type = nGqa >= 4 ? 'Q4_K' : imatrix ? 'IQ3_XXS' : 'IQ3_S';
      else if (is('IQ3_XS', 'IQ3_S') && nGqa >= 4) type = 'Q4_K';
      else if (mix === 'IQ3_M') type = 'Q4_K';
      else if (mix === 'Q3_K_M') type = i < 2 ? 'Q5_K' : 'Q4_K';
      else if (mix === 'Q3_K_L') type = 'Q5_K';
      else if (is('IQ4_NL', 'IQ4_XS') && nGqa >= 4) type = 'Q5_K';
      else if (is('Q4_K_M', 'Q5_K_M') && usesMoreBits(i, nAttnWv)) type = 'Q6_K';
      else if (mix === 'Q4_K_S' && i < 4) type = 'Q5_K';
      if (is70B && (type === 'Q3_K' || type === 'Q4_K')) type = 'Q5_K';
      if (nExpert === 8) type = 'Q8_0'; // Mixtral: attention is a small share of the file
      return type;
    }
    // 6–7. attn_k and attn_q: raised for Mixtral, lowered in the 3-bit i-quant mixes.
    if (category === 'ATTN_K') {
      if (nExpert === 8) return 'Q8_0';
      if (mix === 'IQ3_XS') return 'IQ3_XXS';
      if (mix === 'IQ3_XXS') return 'IQ2_S';
      return base;
    }
    if (category === 'ATTN_Q') {
      if (mix === 'IQ3_XS') return 'IQ3_XXS';
      if (mix === 'IQ3_XXS') return 'IQ2_S';
      return base;
    }
    // 8. ffn_down: the _M mixes raise it on the use-more-bits layers, others on the first eighth or sixteenth.
    if (category === 'FFN_DOWN') {
      const i = ffnLayer(t, counters.ffnDown++);
      if (mix === 'Q2_K') return 'Q3_K';
      if (mix === 'Q2_K_S') return i < eighth ? 'Q4_K' : base;
      if (mix === 'IQ3_XXS' && !imatrix) return i < eighth ? 'Q4_K' : 'Q3_K';
      if (mix === 'Q3_K_M') return i < sixteenth ? 'Q5_K' : !falcon || moreBits(i) ? 'Q4_K' : 'Q3_K';
      if (mix === 'IQ3_M' && (i < eighth || (nExpert === 8 && moreBits(i)))) return 'Q4_K';
      if (mix === 'Q3_K_L') return falcon ? 'Q4_K' : 'Q5_K';
      if (mix === 'Q4_K_M') {
        if (falcon) return i < sixteenth ? 'Q6_K' : moreBits(i) ? 'Q5_K' : 'Q4_K';
        return moreBits(i) ? 'Q6_K' : base;
      }
      if (i < eighth && is('IQ4_NL', 'IQ4_XS') && !imatrix) return 'Q5_K';
      if (mix === 'Q5_K_M' && moreBits(i)) return 'Q6_K';
      if (mix === 'Q4_K_S' && !falcon && i < eighth) return 'Q5_K';
      if (is('Q4_0', 'Q5_0') && imatrix && i < eighth) return mix === 'Q4_0' ? 'Q4_1' : 'Q5_1';
      return base;
    }
    // 9. attn_output: Mixtral's is small next to its experts, so most mixes give it Q5_K.
    if (category === 'ATTN_OUTPUT') {
      if (falcon) return mix === 'Q3_K_L' ? 'Q4_K' : base;
      if (nExpert === 8) return EIGHT_EXPERT_OUTPUT.has(mix) ? 'Q5_K' : base;
      const raised: Partial<Record<QuantMixName, GgmlTypeName>> = {
        Q2_K: 'Q3_K',
        IQ3_XXS: 'IQ3_S',
        Q3_K_M: 'Q4_K',
        Q3_K_L: 'Q5_K',
        IQ3_M: 'Q4_K',
      };
      return raised[mix] ?? base;
    }
    // 10. Fused attn_qkv (Phi-3/Phi-4, Falcon) has a rule of its own in these releases.
    if (category === 'ATTN_QKV') {
      if (is('Q3_K_M', 'Q3_K_L', 'IQ3_M')) return 'Q4_K';
      if (mix === 'Q4_K_M') return 'Q5_K';
      if (mix === 'Q5_K_M') return 'Q6_K';
      return base;
    }
    // 11. ffn_gate and ffn_up: IQ3_XS lowers the middle layers.
    if (category === 'FFN_GATE' || category === 'FFN_UP') {
      const counter = category === 'FFN_GATE' ? counters.ffnGate++ : counters.ffnUp++;
      const i = ffnLayer(t, counter);
      return mix === 'IQ3_XS' && i >= eighth && i < Math.floor((7 * nLayer) / 8) ? 'IQ3_XXS' : base;
    }
    // 12. Everything else (MLA's projections, for one) keeps the mix's type.
    return base;
  };

  const floatMix = base === 'F32' || base === 'F16' || base === 'BF16';
  return tensors.map((t): TypedTensor => {
    const sourceType: GgmlTypeName = t.source === 'mxfp4' ? 'MXFP4' : t.source === 'f32' ? 'F32' : floatMix ? base : 'F16';
    if (!isQuantizable(t)) return { ...t, type: sourceType };
    // A float mix only converts matrices; already quantized experts stay as they are.
    if (floatMix) return { ...t, type: t.source === 'mxfp4' ? 'MXFP4' : base };
    let type = choose(t);
    let fallbackFrom: GgmlTypeName | undefined;
    if (!rowFitsBlocks(t.shape[0]!, type)) {
      const fallback = FALLBACK[type];
      if (!fallback) throw new RangeError(`${t.name}: a row of ${t.shape[0]} weights fits no ${type} block and has no fallback.`);
      fallbackFrom = type;
      type = rowFitsBlocks(t.shape[0]!, fallback) ? fallback : 'F16';
    }
    if (t.source === 'mxfp4' && keepMxfp4Experts) return { ...t, type: 'MXFP4' };
    return fallbackFrom ? { ...t, type, fallbackFrom } : { ...t, type };
  });
}
