/**
 * The model catalog: architecture geometry of open-weight models, read from their config.json
 * (through repositories that vendor the configs verbatim) and model cards. Every number the book
 * shows about a model is computed from these fields; every entry cites where they come from and is
 * checked when this module loads (`schema.ts`).
 */
import { validateModels } from './schema';
import type { AttentionGeometry } from '../memory/kv';
import { parameterCount, type ArchitectureGeometry, type MlpKind } from '../memory/params';
import type { GgufLayout, LlamaCppArch } from '../quant/tensor-list';
import type { TokenizerFamily } from '../quant/gguf-header';

/** How a model's attention stores keys and values. */
export type AttentionKind =
  /** Multi-head: one K/V head per query head. */
  | 'MHA'
  /** Grouped-query: several query heads share each K/V head. */
  | 'GQA'
  /** Multi-query: one K/V head for all query heads. */
  | 'MQA'
  /** Multi-head latent attention (DeepSeek): caches a compressed latent instead of K and V. */
  | 'MLA';

/** Where `totalParams` comes from. */
export type ParamsBasis = 'published' | 'derived from geometry';

/** One model: identity, parameter counts and the config.json geometry the book computes with. */
export interface Model extends ArchitectureGeometry {
  /** URL-safe slug of the display name: `'llama-3.1-8b'`. */
  readonly id: string;
  /** Display name: `'Llama 3.1 8B'`. */
  readonly name: string;
  /** Model family: `'Llama 3.1'`. */
  readonly family: string;
  /** Hugging Face repository of the checkpoint the geometry was read from. */
  readonly huggingFaceRepo: string;
  /** Every stored parameter (all experts for a mixture of experts). */
  readonly totalParams: number;
  /** Parameters used per token; equals `totalParams` for a dense model. */
  readonly activeParams: number;
  /** Whether `totalParams` is a published figure or computed with `parameterCount`. */
  readonly paramsBasis: ParamsBasis;
  /** The published total as printed ("8B" → 8e9), or null when none was found. */
  readonly publishedTotalParams: number | null;
  /**
   * The published total is the size in the model's name ("8B"), not a count. A dense model's
   * `totalParams` is then computed from the geometry, since memory follows the real count.
   */
  readonly paramsNominal: boolean;
  /** Where the parameter counts come from, as published. */
  readonly paramsNote: string;
  /** Hidden size d_model. */
  readonly hiddenSize: number;
  /** Query heads per layer. */
  readonly attentionHeads: number;
  /** Transformer layers L. */
  readonly layers: number;
  /** Key/value heads per layer h_kv, as published (nominal for MLA). */
  readonly kvHeads: number;
  /** Head dimension d_head (for MLA: the no-RoPE query/key and value head size). */
  readonly headDim: number;
  /** MHA, GQA, MQA or MLA. */
  readonly attentionKind: AttentionKind;
  /** MLA only: rank of the compressed KV latent cached per token and layer. */
  readonly kvLoraRank?: number;
  /** MLA only: width of the decoupled RoPE key cached per token and layer. */
  readonly ropeHeadDim?: number;
  /** MLA only: rank of the compressed query. */
  readonly qLoraRank?: number;
  /** Sliding-window models: tokens a local layer attends to. */
  readonly slidingWindow?: number;
  /** Sliding-window models: how many of the layers are local (derived from the published pattern). */
  readonly slidingLayers?: number;
  /** MLP width d_ff (config `intermediate_size`; for MoE see `expertIntermediateSize`). */
  readonly intermediateSize: number;
  /** Vocabulary size V. */
  readonly vocabSize: number;
  /** Output head shares the embedding table. */
  readonly tiedEmbeddings: boolean;
  /** q, k, v projections carry biases. */
  readonly qkvBias: boolean;
  /** Per-head norms on q and k. */
  readonly qkNorm: boolean;
  /** Gated (3-matrix) or plain (2-matrix) MLP. */
  readonly mlpKind: MlpKind;
  /** Norm vectors per layer. */
  readonly normsPerLayer: number;
  /** LayerNorm with bias rather than RMSNorm. */
  readonly normBias: boolean;
  /** MoE: routed experts per MoE layer. */
  readonly experts?: number;
  /** MoE: routed experts used per token. */
  readonly expertsPerToken?: number;
  /** MoE: always-on shared experts per MoE layer (0 when the architecture has none). */
  readonly sharedExperts?: number;
  /** MoE: MLP width of one expert. */
  readonly expertIntermediateSize?: number;
  /** MoE: leading layers with a dense MLP instead of experts, where published. */
  readonly denseLayers?: number;
  /** Longest context the publisher supports, in tokens (see notes where scaling must be enabled). */
  readonly maxContextTokens: number;
  /** Licence as published, or null when not verified. */
  readonly license: string | null;
  /** Release date (ISO YYYY-MM-DD), or null when not verified. */
  readonly releaseDate: string | null;
  /** The config.json the geometry comes from. */
  readonly sourceUrl: string;
  /** Repositories that vendor the config verbatim, through which it was read. */
  readonly verifiedVia: readonly string[];
  /** Caveats for readers and maintainers. */
  readonly notes: string;
  /** How llama.cpp converts the checkpoint to GGUF tensors (architecture, tokenizer, fused tensors); every catalog model has one, a pasted config.json none. */
  readonly gguf?: GgufLayout;
  /** Attention geometry for the KV-cache calculators, built from the fields above. */
  readonly attention: AttentionGeometry;
}

/** A catalog entry before its derived fields are filled in. */
type ModelSpec = Omit<Model, 'attention' | 'totalParams' | 'activeParams' | 'paramsBasis' | 'publishedTotalParams'> & {
  /** The published total; omit it to derive the total from the geometry with `parameterCount`. */
  readonly publishedTotalParams?: number;
  /** The published active parameters of a mixture of experts. */
  readonly publishedActiveParams?: number;
};

/**
 * The KV-cache view of a model: MLA models cache a latent + RoPE key, the rest K and V per KV head.
 * @example attentionGeometryOf({ attentionKind: 'GQA', layers: 32, kvHeads: 8, headDim: 128 }) // { "kind": "gqa", "layers": 32, "kvHeads": 8, "headDim": 128 }
 */
export function attentionGeometryOf(
  model: Pick<Model, 'attentionKind' | 'layers' | 'kvHeads' | 'headDim' | 'kvLoraRank' | 'ropeHeadDim' | 'slidingWindow' | 'slidingLayers'>,
): AttentionGeometry {
  if (model.attentionKind === 'MLA') {
    if (model.kvLoraRank === undefined || model.ropeHeadDim === undefined) {
      throw new RangeError('An MLA model needs kvLoraRank and ropeHeadDim.');
    }
    return { kind: 'mla', layers: model.layers, kvLoraRank: model.kvLoraRank, ropeHeadDim: model.ropeHeadDim };
  }
  const geometry: AttentionGeometry = { kind: 'gqa', layers: model.layers, kvHeads: model.kvHeads, headDim: model.headDim };
  if (model.slidingWindow !== undefined && model.slidingLayers !== undefined) {
    return { ...geometry, slidingWindow: model.slidingWindow, slidingLayers: model.slidingLayers };
  }
  return geometry;
}

/**
 * Local (sliding-window) layers when every `period`-th layer is global: layer i (from 0) is global
 * when (i + 1) % period === 0. Gemma 3 has 5 local per global (period 6); Gemma 2 and gpt-oss alternate (period 2).
 * @example slidingLayersFromPattern(62, 6) // 52 (Gemma 3 27B)
 */
export function slidingLayersFromPattern(layers: number, period: number): number {
  if (!Number.isInteger(layers) || layers < 1 || !Number.isInteger(period) || period < 2) {
    throw new RangeError(`slidingLayersFromPattern needs whole layers ≥ 1 and period ≥ 2 (got ${layers}, ${period}).`);
  }
  return layers - Math.floor(layers / period);
}

function defineModel(spec: ModelSpec): Model {
  const { publishedTotalParams, publishedActiveParams, ...rest } = spec;
  if (publishedTotalParams === undefined && spec.experts !== undefined) {
    throw new RangeError(`Model "${spec.id}": a mixture of experts needs a published total (parameterCount is for dense models).`);
  }
  // A rounded name-size ("70B") would misstate memory by up to 5%; count a dense model instead.
  const derive = publishedTotalParams === undefined || (spec.paramsNominal && spec.experts === undefined);
  const totalParams = derive ? parameterCount(spec) : publishedTotalParams;
  return {
    ...rest,
    totalParams,
    activeParams: publishedActiveParams ?? totalParams,
    paramsBasis: derive ? 'derived from geometry' : 'published',
    publishedTotalParams: publishedTotalParams ?? null,
    attention: attentionGeometryOf(spec),
  };
}

const LITGPT = 'Lightning-AI/litgpt litgpt/config.py @ 26857050fe3ff627cd714fe92f5838f51a3d5efa (entries cite the config.json they mirror)';
const MLC = 'mlc-ai/mlc-llm python/mlc_llm/model/model_preset.py @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 (verbatim config dicts)';
const SLIME = 'THUDM/slime scripts/models/*.sh @ 624b824a898ab0ec1fcb4d373004c7f3852bf515 (Megatron arguments derived from the configs)';
const LLAMA_CARDS = 'meta-llama/llama-models models/*/MODEL_CARD.md @ a9c89c471f793423afd4cc3ca8671d6e56fe64cb';
const QWEN25_TABLE = 'Qwen2.5 model-card parameter table (7.61B, 14.7B, 32.5B, 72.7B total; 6.53B, 13.1B, 31.0B, 70.0B non-embedding)';
const GPT_OSS = 'openai/gpt-oss README and gpt_oss/torch/model.py ModelConfig @ 7b583341fe16729127f6d5b94a7b09ccae97e1a1';
const DEEPSEEK_V3 = 'deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json and README @ 9b4e9788e4a3a731f7567338ed15d3ec549ce03b';
const DEEPSEEK_R1_LICENSE =
  'deepseek-ai/DeepSeek-R1 README §7 License @ 0cf78561f1d51c84a21b2190626b21116d5c68bb ("This code repository and the model weights are licensed under the MIT License")';
const DEEPSEEK_V3_0324_LICENSE =
  'https://huggingface.co/deepseek-ai/DeepSeek-V3-0324 model card, License section (weights under MIT; "the model structure of DeepSeek-V3-0324 is exactly the same as DeepSeek-V3")';
const LLAMA_LAYOUT = { qkvBias: false, qkNorm: false, mlpKind: 'gated', normsPerLayer: 2, normBias: false } as const;
const GEMMA_LAYOUT = { qkvBias: false, mlpKind: 'gated', normsPerLayer: 4, normBias: false, tiedEmbeddings: true } as const;
const GEMMA_TIE =
  'Gemma ties the output head to the embedding table (Hugging Face Gemma2Config/Gemma3TextConfig default tie_word_embeddings=True; the configs do not override it).';
// The Gemma 3 configs leave vocab_size out of text_config, so transformers' Gemma3TextConfig
// default applies: 262,208 embedding rows (262,144 is the tokenizer's base vocabulary and the
// image token's index, which is where the smaller figure in some tables comes from).
const GEMMA3_VOCAB = 262208;
const GEMMA3_VOCAB_NOTE =
  "vocab_size is not in the config, so Gemma3TextConfig's default 262,208 applies (huggingface/transformers@008f5c8c29be84d4721dc6d1e0fcd72300580be4:src/transformers/models/gemma3/configuration_gemma3.py); 262,144 is the tokenizer's base vocabulary and the image token's index.";
const DEEPSEEK_V3_CONTEXT =
  'config.json has max_position_embeddings 163,840 (YaRN factor 40 over 4,096); the README states a 128K context, which the catalog uses.';
const QWEN3_CONTEXT =
  // Sources differ: config.json has max_position_embeddings 40960 (32,768 + 8,192 output tokens), the
  // model card says 32,768 natively and 131,072 with YaRN. We take the card's maximum because the
  // book asks what a long context costs; the note says YaRN must be enabled past 32,768.
  'Context: 32,768 tokens natively, 131,072 with YaRN rope scaling enabled (model card); config.json max_position_embeddings is 40,960.';

// How llama.cpp turns each checkpoint into GGUF tensors (the file-size calculator in quant/ reads these).
const LLAMA_CPP =
  'llama.cpp release b6301 (2025-08-27) convert_hf_to_gguf.py, src/llama-model.cpp and src/llama-arch.cpp, read from the git bundle shipped in npm node-llama-cpp@3.12.4';

/** A GGUF layout with no fused or extra tensors unless `extras` says so. */
function ggufLayout(arch: LlamaCppArch, tokenizer: TokenizerFamily, source: string, extras: Partial<GgufLayout> = {}): GgufLayout {
  const plain = { ropeFreqs: false, fusedQkv: false, fusedGateUp: false, expertScoreBias: false };
  return { arch, tokenizer, ...plain, ...extras, source: `${LLAMA_CPP}: ${source}` };
}
const LLAMA3_GGUF = ggufLayout('llama', 'llama3', 'Llama 3.x files add a rope_freqs tensor (headDim ÷ 2 floats) for the rope scaling.', {
  ropeFreqs: true,
});
const QWEN2_GGUF = ggufLayout('qwen2', 'qwen2', 'the q, k and v biases are F32 tensors.');
const QWEN3_GGUF = ggufLayout('qwen3', 'qwen2', 'Qwen3 uses the Qwen2 tokenizer; attn_q_norm and attn_k_norm in every layer.');
const QWEN3_MOE_GGUF = ggufLayout(
  'qwen3moe',
  'qwen2',
  'every layer has an F32 router (ffn_gate_inp) and its experts stacked in ffn_gate_exps, ffn_up_exps and ffn_down_exps.',
);
const GEMMA2_GGUF = ggufLayout('gemma2', 'gemma2-spm', 'the output head is the embedding table; four norms per layer.');
const GEMMA3_GGUF = ggufLayout(
  'gemma3',
  'gemma3-spm',
  "the text decoder only (the vision tower goes to a separate mmproj file); the converter trims token_embd to the tokenizer's 262,144 rows (the checkpoint's table has 262,208).",
  { embeddingRows: 262144 },
);
const DEEPSEEK_GGUF = ggufLayout(
  'deepseek2',
  'deepseek-v3',
  'the converter leaves out layer 61, the multi-token-prediction module (so the file holds 671B parameters, not the 685B of the Hugging Face upload; still so in 2026 releases); since PR #12801 (April 2025) kv_b_proj is stored as attn_k_b and attn_v_b (earlier files: one attn_kv_b, under 0.05% apart); exp_probs_b is the router score-correction bias.',
  { expertScoreBias: true, droppedLayers: 1 },
);
const GPT_OSS_GGUF = ggufLayout(
  'gpt-oss',
  'o200k-harmony',
  "the converter repacks the checkpoint's MXFP4 experts into ggml MXFP4 (17 bytes per 32 weights) and writes every other matrix at the conversion type; the biases and sinks are F32.",
  { expertsStoredAs: 'MXFP4' },
);

const catalog: readonly ModelSpec[] = [
  {
    id: 'llama-3.2-1b',
    name: 'Llama 3.2 1B',
    family: 'Llama 3.2',
    huggingFaceRepo: 'meta-llama/Llama-3.2-1B',
    publishedTotalParams: 1.23e9,
    paramsNominal: false,
    paramsNote: `"1B (1.23B)" in the Llama 3.2 model card (${LLAMA_CARDS}).`,
    layers: 16,
    hiddenSize: 2048,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 64,
    attentionKind: 'GQA',
    intermediateSize: 8192,
    vocabSize: 128256,
    tiedEmbeddings: true,
    ...LLAMA_LAYOUT,
    maxContextTokens: 131072,
    license: 'Llama 3.2 Community License',
    releaseDate: '2024-10-24',
    sourceUrl: 'https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/config.json',
    verifiedVia: [MLC, LITGPT],
    gguf: LLAMA3_GGUF,
    notes:
      "Release date is the model card's 'Model Release Date' in the revision read (the one that also covers the quantized 1B/3B models).",
  },
  {
    id: 'llama-3.2-3b',
    name: 'Llama 3.2 3B',
    family: 'Llama 3.2',
    huggingFaceRepo: 'meta-llama/Llama-3.2-3B',
    publishedTotalParams: 3.21e9,
    paramsNominal: false,
    paramsNote: `"3B (3.21B)" in the Llama 3.2 model card (${LLAMA_CARDS}); llama-bench prints 3.21 B.`,
    layers: 28,
    hiddenSize: 3072,
    attentionHeads: 24,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 8192,
    vocabSize: 128256,
    tiedEmbeddings: true,
    ...LLAMA_LAYOUT,
    maxContextTokens: 131072,
    license: 'Llama 3.2 Community License',
    releaseDate: '2024-10-24',
    sourceUrl: 'https://huggingface.co/meta-llama/Llama-3.2-3B/blob/main/config.json',
    verifiedVia: [MLC, LITGPT],
    gguf: LLAMA3_GGUF,
    notes: "Release date is the model card's 'Model Release Date' in the revision read.",
  },
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    family: 'Llama 3.1',
    huggingFaceRepo: 'meta-llama/Llama-3.1-8B',
    publishedTotalParams: 8e9,
    paramsNominal: true,
    paramsNote: `Nominal "8B" from the Llama 3.1 model card (${LLAMA_CARDS}); the geometry gives 8.03 B, which is what llama-bench prints.`,
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 14336,
    vocabSize: 128256,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 131072,
    license: 'Llama 3.1 Community License',
    releaseDate: '2024-07-23',
    sourceUrl: 'https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json',
    verifiedVia: [LITGPT, MLC],
    gguf: LLAMA3_GGUF,
    notes: 'head_dim is hidden_size ÷ heads (not in the config). vocab_size 128256 = 128,000 regular tokens + reserved/special tokens.',
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    family: 'Llama 3.1',
    huggingFaceRepo: 'meta-llama/Llama-3.1-70B',
    publishedTotalParams: 70e9,
    paramsNominal: true,
    paramsNote: `Nominal "70B" from the Llama 3.1 model card (${LLAMA_CARDS}).`,
    layers: 80,
    hiddenSize: 8192,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 28672,
    vocabSize: 128256,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 131072,
    license: 'Llama 3.1 Community License',
    releaseDate: '2024-07-23',
    sourceUrl: 'https://huggingface.co/meta-llama/Llama-3.1-70B/blob/main/config.json',
    verifiedVia: [LITGPT, MLC],
    gguf: LLAMA3_GGUF,
    notes: 'head_dim is hidden_size ÷ heads (not in the config).',
  },
  {
    id: 'llama-3.1-405b',
    name: 'Llama 3.1 405B',
    family: 'Llama 3.1',
    huggingFaceRepo: 'meta-llama/Llama-3.1-405B',
    publishedTotalParams: 405e9,
    paramsNominal: true,
    paramsNote: `Nominal "405B" from the Llama 3.1 model card (${LLAMA_CARDS}).`,
    layers: 126,
    hiddenSize: 16384,
    attentionHeads: 128,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 53248,
    vocabSize: 128256,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 131072,
    license: 'Llama 3.1 Community License',
    releaseDate: '2024-07-23',
    sourceUrl: 'https://huggingface.co/meta-llama/Llama-3.1-405B/blob/main/config.json',
    verifiedVia: [LITGPT],
    gguf: LLAMA3_GGUF,
    notes: 'head_dim is hidden_size ÷ heads (not in the config).',
  },
  {
    id: 'llama-3.3-70b',
    name: 'Llama 3.3 70B',
    family: 'Llama 3.3',
    huggingFaceRepo: 'meta-llama/Llama-3.3-70B-Instruct',
    publishedTotalParams: 70e9,
    paramsNominal: true,
    paramsNote: `Nominal "70B" from the Llama 3.3 model card (${LLAMA_CARDS}).`,
    layers: 80,
    hiddenSize: 8192,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 28672,
    vocabSize: 128256,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 131072,
    license: 'Llama 3.3 Community License Agreement',
    releaseDate: '2024-12-06',
    sourceUrl: 'https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct/blob/main/config.json',
    verifiedVia: [LITGPT],
    gguf: LLAMA3_GGUF,
    notes: 'Released as an Instruct model only; same geometry as Llama 3.1 70B.',
  },
  {
    id: 'mistral-7b-v0.3',
    name: 'Mistral 7B v0.3',
    family: 'Mistral',
    huggingFaceRepo: 'mistralai/Mistral-7B-v0.3',
    paramsNominal: false,
    paramsNote: 'No published total was found; computed from the geometry with parameterCount (7.25 B).',
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 14336,
    vocabSize: 32768,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 32768,
    license: 'Apache-2.0',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/mistralai/Mistral-7B-v0.3/blob/main/config.json',
    verifiedVia: [MLC, LITGPT],
    gguf: ggufLayout('llama', 'mistral-v3-spm', 'Mistral uses the llama architecture, without rope_freqs.'),
    notes:
      'v0.1 used a 4,096-token sliding window; the v0.3 config has sliding_window null and a 32,768-token vocabulary. Licence from the GGUF README front-matter.',
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B',
    family: 'Mixtral',
    huggingFaceRepo: 'mistralai/Mixtral-8x7B-v0.1',
    publishedTotalParams: 46.7e9,
    publishedActiveParams: 12.9e9,
    paramsNominal: false,
    paramsNote: '46.7B total, 12.9B active per token: Mistral "Mixtral of experts" announcement and model card.',
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 14336,
    vocabSize: 32000,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 32768,
    experts: 8,
    expertsPerToken: 2,
    sharedExperts: 0,
    expertIntermediateSize: 14336,
    license: 'Apache-2.0',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json',
    verifiedVia: [MLC, LITGPT],
    gguf: ggufLayout('llama', 'llama2-spm', 'llama architecture with eight experts per layer, stacked in ffn_*_exps, and an F32 router.'),
    notes: 'Every layer is MoE; each expert is a Mistral-7B-sized gated MLP (intermediate_size 14336). No shared expert.',
  },
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5 7B',
    family: 'Qwen2.5',
    huggingFaceRepo: 'Qwen/Qwen2.5-7B',
    publishedTotalParams: 7.61e9,
    paramsNominal: false,
    paramsNote: `${QWEN25_TABLE}.`,
    layers: 28,
    hiddenSize: 3584,
    attentionHeads: 28,
    kvHeads: 4,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 18944,
    vocabSize: 152064,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkvBias: true,
    maxContextTokens: 131072,
    license: 'Apache-2.0',
    releaseDate: '2024-09-19',
    sourceUrl: 'https://huggingface.co/Qwen/Qwen2.5-7B/blob/main/config.json',
    verifiedVia: [LITGPT, SLIME],
    gguf: QWEN2_GGUF,
    notes:
      "q, k, v projections have biases. 131,072 is the base config's max_position_embeddings; the Instruct cards describe 32K native plus YaRN to 128K. Release date from the QwenLM README news list.",
  },
  {
    id: 'qwen2.5-14b',
    name: 'Qwen2.5 14B',
    family: 'Qwen2.5',
    huggingFaceRepo: 'Qwen/Qwen2.5-14B',
    publishedTotalParams: 14.7e9,
    paramsNominal: false,
    paramsNote: `${QWEN25_TABLE}; llama-bench prints 14.77 B.`,
    layers: 48,
    hiddenSize: 5120,
    attentionHeads: 40,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 13824,
    vocabSize: 152064,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkvBias: true,
    maxContextTokens: 131072,
    license: 'Apache-2.0',
    releaseDate: '2024-09-19',
    sourceUrl: 'https://huggingface.co/Qwen/Qwen2.5-14B/blob/main/config.json',
    verifiedVia: [LITGPT],
    gguf: QWEN2_GGUF,
    notes: 'q, k, v projections have biases. Context as for Qwen2.5 7B.',
  },
  {
    id: 'qwen2.5-32b',
    name: 'Qwen2.5 32B',
    family: 'Qwen2.5',
    huggingFaceRepo: 'Qwen/Qwen2.5-32B',
    publishedTotalParams: 32.5e9,
    paramsNominal: false,
    paramsNote: `${QWEN25_TABLE}.`,
    layers: 64,
    hiddenSize: 5120,
    attentionHeads: 40,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 27648,
    vocabSize: 152064,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkvBias: true,
    maxContextTokens: 131072,
    license: 'Apache-2.0',
    releaseDate: '2024-09-19',
    sourceUrl: 'https://huggingface.co/Qwen/Qwen2.5-32B/blob/main/config.json',
    verifiedVia: [LITGPT, SLIME],
    gguf: QWEN2_GGUF,
    notes: 'q, k, v projections have biases. Context as for Qwen2.5 7B.',
  },
  {
    id: 'qwen2.5-72b',
    name: 'Qwen2.5 72B',
    family: 'Qwen2.5',
    huggingFaceRepo: 'Qwen/Qwen2.5-72B',
    publishedTotalParams: 72.7e9,
    paramsNominal: false,
    paramsNote: `${QWEN25_TABLE}.`,
    layers: 80,
    hiddenSize: 8192,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 29568,
    vocabSize: 152064,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkvBias: true,
    maxContextTokens: 131072,
    license: 'Qwen License',
    releaseDate: '2024-09-19',
    sourceUrl: 'https://huggingface.co/Qwen/Qwen2.5-72B/blob/main/config.json',
    verifiedVia: [LITGPT],
    gguf: QWEN2_GGUF,
    notes:
      'q, k, v projections have biases. Context as for Qwen2.5 7B. Licence name from the GGUF README front-matter (license_name: qwen).',
  },
  {
    id: 'qwen3-8b',
    name: 'Qwen3 8B',
    family: 'Qwen3',
    huggingFaceRepo: 'Qwen/Qwen3-8B',
    publishedTotalParams: 8.2e9,
    paramsNominal: false,
    paramsNote: 'Qwen3-8B model card: "Number of Parameters: 8.2B".',
    layers: 36,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 12288,
    vocabSize: 151936,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkNorm: true,
    maxContextTokens: 131072,
    license: 'Apache-2.0',
    releaseDate: '2025-04-29',
    sourceUrl: 'https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json',
    verifiedVia: [LITGPT, SLIME],
    gguf: QWEN3_GGUF,
    notes: `RMSNorm on queries and keys. ${QWEN3_CONTEXT}`,
  },
  {
    id: 'qwen3-32b',
    name: 'Qwen3 32B',
    family: 'Qwen3',
    huggingFaceRepo: 'Qwen/Qwen3-32B',
    publishedTotalParams: 32.8e9,
    paramsNominal: false,
    paramsNote: 'Qwen3-32B model card: 32.8B total, 31.2B non-embedding.',
    layers: 64,
    hiddenSize: 5120,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 25600,
    vocabSize: 151936,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkNorm: true,
    maxContextTokens: 131072,
    license: 'Apache-2.0',
    releaseDate: '2025-04-29',
    sourceUrl: 'https://huggingface.co/Qwen/Qwen3-32B/blob/main/config.json',
    verifiedVia: [LITGPT, SLIME],
    gguf: QWEN3_GGUF,
    notes: `heads × head_dim (8,192) exceeds hidden_size (5,120). RMSNorm on queries and keys. ${QWEN3_CONTEXT}`,
  },
  {
    id: 'qwen3-30b-a3b',
    name: 'Qwen3 30B-A3B',
    family: 'Qwen3 MoE',
    huggingFaceRepo: 'Qwen/Qwen3-30B-A3B',
    publishedTotalParams: 30.5e9,
    publishedActiveParams: 3.3e9,
    paramsNominal: false,
    paramsNote: 'Qwen3-30B-A3B model cards: "30.5B in total and 3.3B activated" (29.9B non-embedding); llama-bench prints 30.53 B.',
    layers: 48,
    hiddenSize: 2048,
    attentionHeads: 32,
    kvHeads: 4,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 6144,
    vocabSize: 151936,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkNorm: true,
    maxContextTokens: 131072,
    experts: 128,
    expertsPerToken: 8,
    sharedExperts: 0,
    expertIntermediateSize: 768,
    license: 'Apache-2.0',
    releaseDate: '2025-04-29',
    sourceUrl: 'https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json',
    verifiedVia: [LITGPT, SLIME],
    gguf: QWEN3_MOE_GGUF,
    notes: `Every layer is MoE (the config's intermediate_size 6144 is unused). ${QWEN3_CONTEXT}`,
  },
  {
    id: 'qwen3-235b-a22b',
    name: 'Qwen3 235B-A22B',
    family: 'Qwen3 MoE',
    huggingFaceRepo: 'Qwen/Qwen3-235B-A22B',
    publishedTotalParams: 235e9,
    publishedActiveParams: 22e9,
    paramsNominal: false,
    paramsNote: 'Qwen3-235B-A22B model card: "235B in total and 22B activated" (234B non-embedding).',
    layers: 94,
    hiddenSize: 4096,
    attentionHeads: 64,
    kvHeads: 4,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 12288,
    vocabSize: 151936,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkNorm: true,
    maxContextTokens: 131072,
    experts: 128,
    expertsPerToken: 8,
    sharedExperts: 0,
    expertIntermediateSize: 1536,
    license: 'Apache-2.0',
    releaseDate: '2025-04-29',
    sourceUrl: 'https://huggingface.co/Qwen/Qwen3-235B-A22B/blob/main/config.json',
    verifiedVia: [LITGPT, SLIME],
    gguf: QWEN3_MOE_GGUF,
    notes: `Same Qwen3-MoE architecture as 30B-A3B, which has no shared expert. ${QWEN3_CONTEXT} The 2507 refresh raises native context to 262,144.`,
  },
  {
    id: 'gemma-2-9b',
    name: 'Gemma 2 9B',
    family: 'Gemma 2',
    huggingFaceRepo: 'google/gemma-2-9b',
    paramsNominal: false,
    paramsNote:
      'No primary published total was verified; computed from the geometry with parameterCount (9.24 B, as a third-party config also lists).',
    layers: 42,
    hiddenSize: 3584,
    attentionHeads: 16,
    kvHeads: 8,
    headDim: 256,
    attentionKind: 'GQA',
    slidingWindow: 4096,
    slidingLayers: slidingLayersFromPattern(42, 2),
    intermediateSize: 14336,
    vocabSize: 256000,
    ...GEMMA_LAYOUT,
    qkNorm: false,
    maxContextTokens: 8192,
    license: 'Gemma Terms of Use',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/google/gemma-2-9b/blob/main/config.json',
    verifiedVia: [MLC, LITGPT],
    gguf: GEMMA2_GGUF,
    notes: `Local and global layers alternate (every other layer has a 4,096-token window), so 21 of 42 are local. heads × head_dim (4,096) differs from hidden_size (3,584). Four norms per layer (pre and post attention and MLP); logit soft-capping (attention 50, final 30). ${GEMMA_TIE}`,
  },
  {
    id: 'gemma-2-27b',
    name: 'Gemma 2 27B',
    family: 'Gemma 2',
    huggingFaceRepo: 'google/gemma-2-27b',
    paramsNominal: false,
    paramsNote: 'No published total was verified; computed from the geometry with parameterCount (27.2 B).',
    layers: 46,
    hiddenSize: 4608,
    attentionHeads: 32,
    kvHeads: 16,
    headDim: 128,
    attentionKind: 'GQA',
    slidingWindow: 4096,
    slidingLayers: slidingLayersFromPattern(46, 2),
    intermediateSize: 36864,
    vocabSize: 256000,
    ...GEMMA_LAYOUT,
    qkNorm: false,
    maxContextTokens: 8192,
    license: 'Gemma Terms of Use',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/google/gemma-2-27b/blob/main/config.json',
    verifiedVia: [MLC, LITGPT],
    gguf: GEMMA2_GGUF,
    notes: `Local and global layers alternate, so 23 of 46 are local. query_pre_attn_scalar 144. Four norms per layer. ${GEMMA_TIE}`,
  },
  {
    id: 'gemma-3-4b',
    name: 'Gemma 3 4B',
    family: 'Gemma 3',
    huggingFaceRepo: 'google/gemma-3-4b-it',
    publishedTotalParams: 4e9,
    paramsNominal: true,
    paramsNote:
      'Nominal "4B" in the model name; it includes the vision encoder. The text decoder alone is 3.88 B (llama.cpp prints 3.88 B for the text-only GGUF).',
    layers: 34,
    hiddenSize: 2560,
    attentionHeads: 8,
    kvHeads: 4,
    headDim: 256,
    attentionKind: 'GQA',
    slidingWindow: 1024,
    slidingLayers: slidingLayersFromPattern(34, 6),
    intermediateSize: 10240,
    vocabSize: GEMMA3_VOCAB,
    ...GEMMA_LAYOUT,
    qkNorm: true,
    maxContextTokens: 131072,
    license: 'Gemma Terms of Use',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/google/gemma-3-4b-it/blob/main/config.json',
    verifiedVia: [LITGPT],
    gguf: GEMMA3_GGUF,
    notes: `Multimodal checkpoint; geometry is the text decoder (text_config). Five local layers (1,024-token window) per global layer: layer i is global when (i + 1) % 6 = 0, so 29 of 34 are local and only 5 keep full-length KV. QK-norm. ${GEMMA_TIE} ${GEMMA3_VOCAB_NOTE}`,
  },
  {
    id: 'gemma-3-12b',
    name: 'Gemma 3 12B',
    family: 'Gemma 3',
    huggingFaceRepo: 'google/gemma-3-12b-it',
    publishedTotalParams: 12e9,
    paramsNominal: true,
    paramsNote: 'Nominal "12B" in the model name (includes the vision encoder); exact counts not verified.',
    layers: 48,
    hiddenSize: 3840,
    attentionHeads: 16,
    kvHeads: 8,
    headDim: 256,
    attentionKind: 'GQA',
    slidingWindow: 1024,
    slidingLayers: slidingLayersFromPattern(48, 6),
    intermediateSize: 15360,
    vocabSize: GEMMA3_VOCAB,
    ...GEMMA_LAYOUT,
    qkNorm: true,
    maxContextTokens: 131072,
    license: 'Gemma Terms of Use',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/google/gemma-3-12b-it/blob/main/config.json',
    verifiedVia: [LITGPT],
    gguf: GEMMA3_GGUF,
    notes: `Multimodal checkpoint; geometry is the text decoder. 5 local per 1 global layer: 40 of 48 local. QK-norm. ${GEMMA_TIE} ${GEMMA3_VOCAB_NOTE}`,
  },
  {
    id: 'gemma-3-27b',
    name: 'Gemma 3 27B',
    family: 'Gemma 3',
    huggingFaceRepo: 'google/gemma-3-27b-it',
    publishedTotalParams: 27e9,
    paramsNominal: true,
    paramsNote: 'Nominal "27B" in the model name (includes the vision encoder); exact counts not verified.',
    layers: 62,
    hiddenSize: 5376,
    attentionHeads: 32,
    kvHeads: 16,
    headDim: 128,
    attentionKind: 'GQA',
    slidingWindow: 1024,
    slidingLayers: slidingLayersFromPattern(62, 6),
    intermediateSize: 21504,
    vocabSize: GEMMA3_VOCAB,
    ...GEMMA_LAYOUT,
    qkNorm: true,
    maxContextTokens: 131072,
    license: 'Gemma Terms of Use',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/google/gemma-3-27b-it/blob/main/config.json',
    verifiedVia: [LITGPT],
    gguf: GEMMA3_GGUF,
    notes: `Multimodal checkpoint; geometry is the text decoder. 5 local per 1 global layer: 52 of 62 local, 10 global. QK-norm. ${GEMMA_TIE} ${GEMMA3_VOCAB_NOTE}`,
  },
  {
    id: 'phi-4',
    name: 'Phi-4',
    family: 'Phi',
    huggingFaceRepo: 'microsoft/phi-4',
    publishedTotalParams: 14e9,
    paramsNominal: true,
    paramsNote: 'Nominal "14B parameters, dense decoder-only" (Microsoft phi-4 card and report); the geometry gives 14.66 B.',
    layers: 40,
    hiddenSize: 5120,
    attentionHeads: 40,
    kvHeads: 10,
    headDim: 128,
    attentionKind: 'GQA',
    intermediateSize: 17920,
    vocabSize: 100352,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 16384,
    license: null,
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/microsoft/phi-4/blob/main/config.json',
    verifiedVia: [LITGPT, 'microsoft/phi-4 config.json (sourceUrl): tie_word_embeddings false, model_type phi3'],
    gguf: ggufLayout(
      'phi3',
      'phi4',
      'Phi-4 converts as phi3: q, k and v fused in one attn_qkv matrix, gate and up in one ffn_up twice as wide.',
      {
        fusedQkv: true,
        fusedGateUp: true,
      },
    ),
    notes: "Licence and release date not verified. mlc-llm's 'phi-4' preset is actually Phi-4-mini; do not confuse.",
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    family: 'DeepSeek V3',
    huggingFaceRepo: 'deepseek-ai/DeepSeek-V3',
    publishedTotalParams: 671e9,
    publishedActiveParams: 37e9,
    paramsNominal: false,
    paramsNote:
      'DeepSeek-V3 README: 671B total, 37B activated per token (the Hugging Face upload is 685B including the 14B multi-token-prediction module).',
    layers: 61,
    hiddenSize: 7168,
    attentionHeads: 128,
    kvHeads: 128,
    headDim: 128,
    attentionKind: 'MLA',
    kvLoraRank: 512,
    ropeHeadDim: 64,
    qLoraRank: 1536,
    valueHeadDim: 128,
    intermediateSize: 18432,
    vocabSize: 129280,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 131072,
    experts: 256,
    expertsPerToken: 8,
    sharedExperts: 1,
    expertIntermediateSize: 2048,
    denseLayers: 3,
    license: 'DeepSeek Model License (weights); MIT (code)',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json',
    verifiedVia: [DEEPSEEK_V3, SLIME, DEEPSEEK_V3_0324_LICENSE],
    gguf: DEEPSEEK_GGUF,
    notes:
      'Licence: the original V3 (December 2024) keeps its Base/Chat weights under the DeepSeek Model License; the V3-0324 update, same architecture, moved its weights to MIT. MLA caches a 512-wide latent plus a 64-wide decoupled RoPE key per layer (576 values); num_key_value_heads 128 is nominal. headDim 128 is qk_nope_head_dim = v_head_dim (queries and keys are 128 + 64 wide). First 3 layers are dense (intermediate_size 18432), the rest MoE. Routing: 8 groups, top-4 groups, sigmoid scores, scaling 2.5. ' +
      DEEPSEEK_V3_CONTEXT,
  },
  {
    id: 'deepseek-r1',
    name: 'DeepSeek-R1',
    family: 'DeepSeek V3',
    huggingFaceRepo: 'deepseek-ai/DeepSeek-R1',
    publishedTotalParams: 671e9,
    publishedActiveParams: 37e9,
    paramsNominal: false,
    paramsNote: 'Same architecture as DeepSeek-V3: 671B total, 37B activated (DeepSeek-V3 README).',
    layers: 61,
    hiddenSize: 7168,
    attentionHeads: 128,
    kvHeads: 128,
    headDim: 128,
    attentionKind: 'MLA',
    kvLoraRank: 512,
    ropeHeadDim: 64,
    qLoraRank: 1536,
    valueHeadDim: 128,
    intermediateSize: 18432,
    vocabSize: 129280,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 131072,
    experts: 256,
    expertsPerToken: 8,
    sharedExperts: 1,
    expertIntermediateSize: 2048,
    denseLayers: 3,
    license: 'MIT (code and weights)',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json',
    verifiedVia: [DEEPSEEK_V3, SLIME, DEEPSEEK_R1_LICENSE],
    gguf: DEEPSEEK_GGUF,
    notes:
      "R1 is post-trained from V3-Base and shares its architecture; its config.json is the V3 one but for transformers_version. Its README puts both the code and the model weights under the MIT License (distillation allowed); the R1-Distill models keep their base models' licences. " +
      DEEPSEEK_V3_CONTEXT,
  },
  {
    id: 'gpt-oss-120b',
    name: 'gpt-oss-120b',
    family: 'gpt-oss',
    huggingFaceRepo: 'openai/gpt-oss-120b',
    // Sources differ: the README rounds to "117B"; llama-bench counts 116.83 B in the GGUF. We keep
    // the count (more precise, and consistent with the README's rounding). Active stays at the
    // README's 5.1B: the 5.13B figure is a third-party computation.
    publishedTotalParams: 116.83e9,
    publishedActiveParams: 5.1e9,
    paramsNominal: false,
    paramsNote: `Total 116.83 B as printed by llama-bench (ggml-org/llama.cpp benches/dgx-spark.md; the README rounds to 117B); active 5.1B per the README (${GPT_OSS}).`,
    layers: 36,
    hiddenSize: 2880,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 64,
    attentionKind: 'GQA',
    slidingWindow: 128,
    slidingLayers: slidingLayersFromPattern(36, 2),
    intermediateSize: 2880,
    vocabSize: 201088,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkvBias: true,
    outputBias: true,
    attentionSinks: true,
    expertBias: true,
    maxContextTokens: 131072,
    experts: 128,
    expertsPerToken: 4,
    sharedExperts: 0,
    expertIntermediateSize: 2880,
    license: 'Apache-2.0',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json',
    verifiedVia: [GPT_OSS],
    gguf: GPT_OSS_GGUF,
    notes:
      'Sliding-window (128 tokens) and full-attention layers alternate: 18 of 36 local. Attention has biases and learned sinks. MoE weights ship in MXFP4; the README says it fits one 80 GB GPU. Context 131,072 = 4,096 × YaRN factor 32. Separate embedding and unembedding matrices; no shared expert.',
  },
  {
    id: 'gpt-oss-20b',
    name: 'gpt-oss-20b',
    family: 'gpt-oss',
    huggingFaceRepo: 'openai/gpt-oss-20b',
    // As for 120b: the llama-bench count (20.91 B; keras-hub's preset lists 20,914,757,184) over the README's "21B".
    publishedTotalParams: 20.91e9,
    publishedActiveParams: 3.6e9,
    paramsNominal: false,
    paramsNote: `Total 20.91 B as printed by llama-bench (the README rounds to 21B); active 3.6B per the README (${GPT_OSS}).`,
    layers: 24,
    hiddenSize: 2880,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 64,
    attentionKind: 'GQA',
    slidingWindow: 128,
    slidingLayers: slidingLayersFromPattern(24, 2),
    intermediateSize: 2880,
    vocabSize: 201088,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    qkvBias: true,
    outputBias: true,
    attentionSinks: true,
    expertBias: true,
    maxContextTokens: 131072,
    experts: 32,
    expertsPerToken: 4,
    sharedExperts: 0,
    expertIntermediateSize: 2880,
    license: 'Apache-2.0',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json',
    verifiedVia: [
      'EchoCog/gpt-oss-20b docs/gpt-oss-20b-architecture.md (config snapshot)',
      'ParagEkbote/hf-model-inspector model_inspection_report.md',
    ],
    gguf: GPT_OSS_GGUF,
    notes:
      'Alternating sliding (128 tokens) and full layers: 12 of 24 local. The README says it runs within 16 GB of memory. The Hugging Face repo was created 2025-08-04; the announcement date was not verified.',
  },
  // Two older models for the KV-cache chapter: full multi-head attention and multi-query attention.
  {
    id: 'llama-2-7b',
    name: 'Llama 2 7B',
    family: 'Llama 2',
    huggingFaceRepo: 'meta-llama/Llama-2-7b-hf',
    publishedTotalParams: 7e9,
    paramsNominal: true,
    paramsNote: 'Nominal "7B" (Llama 2 model card); the geometry gives 6.74 B.',
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 32,
    headDim: 128,
    attentionKind: 'MHA',
    intermediateSize: 11008,
    vocabSize: 32000,
    tiedEmbeddings: false,
    ...LLAMA_LAYOUT,
    maxContextTokens: 4096,
    license: 'Llama 2 Community License',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json',
    verifiedVia: [
      `${LITGPT}: Llama-2-7b{}-hf, block_size 4096, n_layer 32, n_head 32, n_embd 4096, intermediate_size 11008, vocab 32000, RMSNorm, no bias`,
    ],
    gguf: ggufLayout('llama', 'llama2-spm', 'plain llama layout, no rope_freqs.'),
    notes:
      'Full multi-head attention: every one of the 32 query heads has its own K and V head, so its KV cache is 4× that of Llama 3.1 8B per token. Release date not verified.',
  },
  {
    id: 'falcon-7b',
    name: 'Falcon-7B',
    family: 'Falcon',
    huggingFaceRepo: 'tiiuae/falcon-7b',
    publishedTotalParams: 7e9,
    paramsNominal: true,
    paramsNote: 'Nominal "7B parameters" (tiiuae/falcon-7b model card); the geometry gives 6.92 B with the tied output head.',
    layers: 32,
    hiddenSize: 4544,
    attentionHeads: 71,
    kvHeads: 1,
    headDim: 64,
    attentionKind: 'MQA',
    intermediateSize: 18176,
    vocabSize: 65024,
    tiedEmbeddings: true,
    qkvBias: false,
    qkNorm: false,
    mlpKind: 'plain',
    normsPerLayer: 1,
    normBias: true,
    maxContextTokens: 2048,
    license: 'Apache-2.0',
    releaseDate: null,
    sourceUrl: 'https://huggingface.co/tiiuae/falcon-7b/blob/main/config.json',
    verifiedVia: [
      `${LITGPT}: falcon-7b{}, block_size 2048, n_layer 32, n_head 71, n_embd 4544, n_query_groups 1, vocab 65024, bias False, shared_attention_norm`,
      'https://huggingface.co/tiiuae/falcon-7b-instruct/blob/main/config.json: hidden_size 4544, num_attention_heads 71, multi_query true, parallel_attn true, bias false',
      'kimborgen/falcon-llm README.md: module printout with dense_h_to_4h 4544→18176 (GELU, no gate) and one LayerNorm per layer',
      'huggingface/transformers modeling_falcon.py: FalconForCausalLM "linear layer with weights tied to the input embeddings"',
    ],
    gguf: ggufLayout(
      'falcon',
      'falcon',
      'q, k and v fused in one attn_qkv matrix; LayerNorm weight and bias per layer; the output head is the embedding table.',
      {
        fusedQkv: true,
      },
    ),
    notes:
      'Multi-query attention: all 71 query heads (head_dim 64) share one K and one V head. Attention and MLP run in parallel off a single LayerNorm per layer; the MLP is a plain 4× GELU MLP. The model card moved from the "TII Falcon LLM License" to Apache 2.0. Release date not verified.',
  },
];

/** Every model in the book, checked at load: a malformed entry throws naming the entry and field. @example models.length // 28 */
export const models: readonly Model[] = validateModels(catalog.map(defineModel));

const byId = new Map(models.map((m) => [m.id, m]));

/** The model with `id`, or undefined. @example model('llama-3.1-8b')?.layers // 32 */
export function model(id: string): Model | undefined {
  return byId.get(String(id).trim().toLowerCase());
}

/**
 * Like `model` but throws a `RangeError` listing the known ids.
 * @example requireModel('deepseek-v3').attention // { "kind": "mla", "layers": 61, "kvLoraRank": 512, "ropeHeadDim": 64 }
 */
export function requireModel(id: string): Model {
  const found = model(id);
  if (!found) throw new RangeError(`Unknown model "${id}". Known models: ${models.map((m) => m.id).join(', ')}.`);
  return found;
}
