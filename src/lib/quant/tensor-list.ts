/**
 * The tensors of a GGUF file, from a model's geometry: what llama.cpp's converter
 * (`convert_hf_to_gguf.py`, release b6301) writes for each architecture — token embedding, output
 * head unless tied, per layer the attention projections (or MLA's low-rank ones), the feed-forward
 * matrices (dense, routed experts, shared experts, router), norms and biases. Names and shapes are
 * llama.cpp's (shape[0] is the row length, the dimension ggml quantizes along).
 */
import type { Model } from '../catalog/models';
import { tokenizerMetadata, type TokenizerFamily } from './gguf-header';

/** llama.cpp architectures the tensor list knows (`general.architecture` in a file). @example LLAMA_CPP_ARCHS.includes('phi3') // true */
export const LLAMA_CPP_ARCHS = [
  'llama',
  'qwen2',
  'qwen3',
  'qwen3moe',
  'gemma2',
  'gemma3',
  'phi3',
  'deepseek2',
  'gpt-oss',
  'falcon',
] as const;

/** llama.cpp's architecture name. */
export type LlamaCppArch = (typeof LLAMA_CPP_ARCHS)[number];

/** How a model's checkpoint becomes GGUF tensors: the facts beyond config.json geometry. */
export interface GgufLayout {
  /** llama.cpp's architecture. The quantizer's rules name only falcon, and read llama/qwen2 for the 70B rule. */
  readonly arch: LlamaCppArch;
  /** The tokenizer, which decides most of the header's bytes. */
  readonly tokenizer: TokenizerFamily;
  /** Rows of token_embd (and output) when the converter trims the checkpoint's vocabSize to the tokenizer's (Gemma 3: 262,144 of 262,208). */
  readonly embeddingRows?: number;
  /** A `rope_freqs` tensor of headDim ÷ 2 floats (Llama 3.x rope scaling). */
  readonly ropeFreqs: boolean;
  /** q, k and v stored as one `attn_qkv` matrix (Phi-3/Phi-4, Falcon). */
  readonly fusedQkv: boolean;
  /** Gate and up stored as one `ffn_up` matrix twice as wide (Phi-3/Phi-4). */
  readonly fusedGateUp: boolean;
  /** DeepSeek-V3's per-expert score-correction bias on the router (`exp_probs_b`, F32). */
  readonly expertScoreBias: boolean;
  /** The converter writes the routed experts already quantized in this type, as the checkpoint ships them (gpt-oss: MXFP4). */
  readonly expertsStoredAs?: 'MXFP4';
  /** Checkpoint layers the converter leaves out: DeepSeek-V3/R1's multi-token-prediction layer (not used to generate). */
  readonly droppedLayers?: number;
  /** Where these facts come from. */
  readonly source: string;
}

/** What a tensor is for, as the breakdown groups it. */
export type TensorGroup =
  /** The token embedding table (`token_embd`); with tied embeddings it is also the output head. */
  | 'embedding'
  /** Attention projections (q, k, v, output; MLA's low-rank factors). */
  | 'attention'
  /** Dense feed-forward matrices, and a mixture of experts' always-on shared expert. */
  | 'ffn'
  /** A mixture of experts' routed experts. */
  | 'experts'
  /** The output head (`output`), when not tied to the embedding. */
  | 'output'
  /** Norms, biases, the router, sinks and rope factors: small, and kept in F32. */
  | 'small';

/** How the converter writes a tensor. */
export type TensorSource =
  /** F32, never quantized: 1-D tensors, norms, biases, the router. */
  | 'f32'
  /** A weight matrix at the conversion type (F16/BF16), which llama-quantize converts. */
  | 'weight'
  /** Written already quantized in MXFP4 (gpt-oss experts). */
  | 'mxfp4';

/** One tensor of a GGUF file. */
export interface GgufTensor {
  /** llama.cpp's name: `blk.3.attn_v.weight`. */
  readonly name: string;
  /** GGUF shape, row length first. */
  readonly shape: readonly number[];
  readonly source: TensorSource;
  readonly group: TensorGroup;
  /** The layer (`blk.N.`), or null for the global tensors. */
  readonly layer: number | null;
}

/** The catalog fields the tensor list reads. */
export type GgufGeometry = Pick<
  Model,
  | 'id'
  | 'vocabSize'
  | 'hiddenSize'
  | 'layers'
  | 'attentionHeads'
  | 'kvHeads'
  | 'headDim'
  | 'intermediateSize'
  | 'tiedEmbeddings'
  | 'qkvBias'
  | 'outputBias'
  | 'attentionSinks'
  | 'expertBias'
  | 'qkNorm'
  | 'mlpKind'
  | 'normsPerLayer'
  | 'normBias'
  | 'attentionKind'
  | 'kvLoraRank'
  | 'ropeHeadDim'
  | 'qLoraRank'
  | 'valueHeadDim'
  | 'experts'
  | 'expertsPerToken'
  | 'sharedExperts'
  | 'sharedExpertIntermediateSize'
  | 'expertIntermediateSize'
  | 'denseLayers'
  | 'gguf'
>;

// Per-layer norm names in the order a layer has them (Gemma's four; gpt-oss calls its second one post_attention_norm).
const NORM_NAMES = ['attn_norm', 'ffn_norm', 'post_attention_norm', 'post_ffw_norm'] as const;

/**
 * Whether a layer of `model` is a mixture-of-experts layer (the leading `denseLayers` are not).
 * @example isExpertLayer(requireModel('deepseek-v3'), 2) // false (layers 0–2 are dense)
 */
export function isExpertLayer(model: Pick<GgufGeometry, 'experts' | 'denseLayers'>, layer: number): boolean {
  return model.experts !== undefined && layer >= (model.denseLayers ?? 0);
}

const DIMENSIONS = ['vocabSize', 'hiddenSize', 'layers', 'attentionHeads', 'kvHeads', 'headDim', 'intermediateSize'] as const;

/**
 * Throws a `RangeError` unless `model` carries the geometry and GGUF layout a file size needs.
 * @example requireGgufGeometry(requireModel('phi-4')).gguf.arch // "phi3"
 */
export function requireGgufGeometry<M extends GgufGeometry>(model: M): M & { readonly gguf: GgufLayout } {
  const name = typeof model?.id === 'string' ? `Model "${model.id}"` : 'This model';
  if (!model || typeof model !== 'object') throw new RangeError('A GGUF size needs a catalog model (got none).');
  for (const field of DIMENSIONS) {
    const value = (model as Partial<GgufGeometry>)[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new RangeError(`${name} has no geometry to size a GGUF file from: ${field} is ${String(value)}.`);
    }
  }
  if (!model.gguf || !tokenizerMetadata[model.gguf.tokenizer]) {
    throw new RangeError(`${name} has no GGUF layout (llama.cpp architecture and tokenizer), so its file size cannot be computed.`);
  }
  if (model.attentionKind === 'MLA' && (!model.kvLoraRank || !model.ropeHeadDim)) {
    throw new RangeError(`${name} uses MLA but lacks kvLoraRank or ropeHeadDim.`);
  }
  if (model.experts !== undefined && !model.expertIntermediateSize) {
    throw new RangeError(`${name} is a mixture of experts without expertIntermediateSize.`);
  }
  return model as M & { readonly gguf: GgufLayout };
}

// Catalog models are frozen, and a file size asks for the same list once per quant type.
const listCache = new WeakMap<GgufGeometry, readonly GgufTensor[]>();

/**
 * Every tensor of `model`'s GGUF file, in the order llama.cpp's loader visits them (global tensors
 * first, then by layer, by name within a layer), which is the order the quantizer's counters see.
 * Computed once per model object.
 * @example ggufTensorList(requireModel('llama-3.1-8b')).length // 292 (3 global + rope_freqs + 32 layers × 9)
 */
export function ggufTensorList(geometry: GgufGeometry): readonly GgufTensor[] {
  const cached = listCache.get(geometry);
  if (cached) return cached;
  const model = requireGgufGeometry(geometry);
  const { hiddenSize: H, attentionHeads: nHead, headDim, gguf } = model;
  const V = gguf.embeddingRows ?? model.vocabSize;
  const tensors: GgufTensor[] = [];
  let layer: number | null = null;
  const add = (name: string, shape: readonly number[], group: TensorGroup, source: TensorSource = 'weight') =>
    tensors.push({ name, shape, source, group, layer });
  const f32 = (name: string, shape: readonly number[]) => add(name, shape, 'small', 'f32');

  add('token_embd.weight', [H, V], 'embedding');
  f32('output_norm.weight', [H]);
  if (model.normBias) f32('output_norm.bias', [H]);
  if (!model.tiedEmbeddings) add('output.weight', [H, V], 'output');
  if (gguf.ropeFreqs) f32('rope_freqs.weight', [headDim / 2]);

  const qWidth = nHead * headDim;
  const kvWidth = model.kvHeads * headDim;
  for (let i = 0; i < model.layers; i++) {
    layer = i;
    const blk = `blk.${i}.`;
    const norms = gguf.arch === 'gpt-oss' ? ['attn_norm', 'post_attention_norm'] : NORM_NAMES.slice(0, model.normsPerLayer);
    for (const norm of norms) {
      f32(`${blk}${norm}.weight`, [H]);
      if (model.normBias) f32(`${blk}${norm}.bias`, [H]);
    }

    if (model.attentionKind === 'MLA') {
      // DeepSeek's multi-head latent attention, as converted since llama.cpp PR #12801 (April 2025):
      // kv_b_proj is stored split into attn_k_b (transposed) and attn_v_b.
      const kvRank = model.kvLoraRank!;
      const rope = model.ropeHeadDim!;
      const valueDim = model.valueHeadDim ?? headDim;
      const qkWidth = nHead * (headDim + rope);
      if (model.qLoraRank !== undefined) {
        f32(`${blk}attn_q_a_norm.weight`, [model.qLoraRank]);
        add(`${blk}attn_q_a.weight`, [H, model.qLoraRank], 'attention');
        add(`${blk}attn_q_b.weight`, [model.qLoraRank, qkWidth], 'attention');
      } else {
        add(`${blk}attn_q.weight`, [H, qkWidth], 'attention');
      }
      f32(`${blk}attn_kv_a_norm.weight`, [kvRank]);
      add(`${blk}attn_kv_a_mqa.weight`, [H, kvRank + rope], 'attention');
      add(`${blk}attn_k_b.weight`, [headDim, kvRank, nHead], 'attention');
      add(`${blk}attn_v_b.weight`, [kvRank, valueDim, nHead], 'attention');
      add(`${blk}attn_output.weight`, [nHead * valueDim, H], 'attention');
    } else {
      if (gguf.fusedQkv) {
        add(`${blk}attn_qkv.weight`, [H, qWidth + 2 * kvWidth], 'attention');
        if (model.qkvBias) f32(`${blk}attn_qkv.bias`, [qWidth + 2 * kvWidth]);
      } else {
        add(`${blk}attn_q.weight`, [H, qWidth], 'attention');
        add(`${blk}attn_k.weight`, [H, kvWidth], 'attention');
        add(`${blk}attn_v.weight`, [H, kvWidth], 'attention');
        if (model.qkvBias) {
          f32(`${blk}attn_q.bias`, [qWidth]);
          f32(`${blk}attn_k.bias`, [kvWidth]);
          f32(`${blk}attn_v.bias`, [kvWidth]);
        }
      }
      add(`${blk}attn_output.weight`, [qWidth, H], 'attention');
      if (model.qkNorm) {
        f32(`${blk}attn_q_norm.weight`, [headDim]);
        f32(`${blk}attn_k_norm.weight`, [headDim]);
      }
    }
    if (model.outputBias) f32(`${blk}attn_output.bias`, [H]);
    if (model.attentionSinks) f32(`${blk}attn_sinks.weight`, [nHead]);

    if (!isExpertLayer(model, i)) {
      const ff = model.intermediateSize;
      if (gguf.fusedGateUp) {
        add(`${blk}ffn_up.weight`, [H, 2 * ff], 'ffn');
      } else {
        if (model.mlpKind === 'gated') add(`${blk}ffn_gate.weight`, [H, ff], 'ffn');
        add(`${blk}ffn_up.weight`, [H, ff], 'ffn');
      }
      add(`${blk}ffn_down.weight`, [ff, H], 'ffn');
      continue;
    }
    const E = model.experts!;
    const fe = model.expertIntermediateSize!;
    const expertSource: TensorSource = gguf.expertsStoredAs === 'MXFP4' ? 'mxfp4' : 'weight';
    f32(`${blk}ffn_gate_inp.weight`, [H, E]); // the router: the quantizer never touches it
    if (model.expertBias) f32(`${blk}ffn_gate_inp.bias`, [E]);
    if (gguf.expertScoreBias) f32(`${blk}exp_probs_b.bias`, [E]);
    add(`${blk}ffn_gate_exps.weight`, [H, fe, E], 'experts', expertSource);
    add(`${blk}ffn_up_exps.weight`, [H, fe, E], 'experts', expertSource);
    add(`${blk}ffn_down_exps.weight`, [fe, H, E], 'experts', expertSource);
    if (model.expertBias) {
      f32(`${blk}ffn_gate_exps.bias`, [fe, E]);
      f32(`${blk}ffn_up_exps.bias`, [fe, E]);
      f32(`${blk}ffn_down_exps.bias`, [H, E]);
    }
    const shared = (model.sharedExperts ?? 0) * (model.sharedExpertIntermediateSize ?? fe);
    if (shared > 0) {
      add(`${blk}ffn_gate_shexp.weight`, [H, shared], 'ffn');
      add(`${blk}ffn_up_shexp.weight`, [H, shared], 'ffn');
      add(`${blk}ffn_down_shexp.weight`, [shared, H], 'ffn');
    }
  }

  // llama.cpp's loader keeps tensors in a map ordered by layer (globals first), then by name.
  const rank = (t: GgufTensor) => t.layer ?? -1;
  const list: readonly GgufTensor[] = tensors.sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  listCache.set(geometry, list);
  return list;
}

/**
 * Weights in a tensor: the product of its shape.
 * @example tensorElements({ shape: [7168, 2048, 256] }) // 3758096384
 */
export function tensorElements(tensor: Pick<GgufTensor, 'shape'>): number {
  return tensor.shape.reduce((product, n) => product * n, 1);
}
