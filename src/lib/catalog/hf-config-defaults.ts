/**
 * What Hugging Face transformers fills in when a config.json leaves a key out, per `model_type`,
 * and the architectural facts no config states (Qwen2's hard-coded q/k/v biases, Gemma's four
 * norms per layer). Read from each model's `configuration_*.py` / `modeling_*.py`; defaults moved
 * between transformers releases, so every entry names the file and commit it was read at.
 * Data only: `hf-config.ts` applies it.
 */

/** How a model type lays out its sliding-window (local) layers when the config has no `layer_types` list. */
export type SlidingRule =
  /** No local layers. */
  | { readonly kind: 'none' }
  /** A numeric `sliding_window` applies to every layer (Mistral v0.1, Phi-3 mini); null turns it off. */
  | { readonly kind: 'all' }
  /** Layer i (from 0) is global when (i + 1) % period = 0, the rest local; `periodKey` may override the period. */
  | { readonly kind: 'every'; readonly period: number; readonly periodKey?: string }
  /** Only with `use_sliding_window`: layers from `max_window_layers` on are local (Qwen2, Qwen3). */
  | { readonly kind: 'from-layer' };

/** One `model_type`: transformers' defaults for absent keys, and what the architecture fixes. */
export interface ModelTypeDefaults {
  /** Where the defaults were read: repo@commit:path. */
  readonly source: string;
  /**
   * Class defaults for keys a config may omit. `null` means transformers derives the value
   * (`num_key_value_heads` → the head count, `head_dim` → hidden_size ÷ num_attention_heads).
   */
  readonly values: Readonly<Record<string, number | boolean | null>>;
  /** Where local layers sit. */
  readonly sliding: SlidingRule;
  /** q, k and v projections always carry biases, whatever `attention_bias` says (Qwen2). */
  readonly qkvBiasAlways?: boolean;
  /** Per-head RMSNorm on queries and keys (Qwen3, Gemma 3). */
  readonly qkNorm?: boolean;
  /** Norm vectors per layer (Gemma 2 and 3: 4). */
  readonly normsPerLayer?: number;
  /** One learned attention-sink logit per head and layer, and biases on the router and experts (gpt-oss). */
  readonly sinksAndExpertBias?: boolean;
  /** Multi-head latent attention (DeepSeek V2/V3). */
  readonly mla?: boolean;
  /** Falcon's layout: plain GELU MLP of 4 × hidden, LayerNorm with bias, multi-query flags. */
  readonly falcon?: boolean;
}

const TRANSFORMERS = 'huggingface/transformers';
const at = (commit: string, path: string) => `${TRANSFORMERS}@${commit}:${path}`;
const V5 = '008e574391258935f3ecc3035c882e73bbcac419';

/** Defaults by `model_type`, as transformers applies them (see each `source`). @example modelTypeDefaults.llama!.values.vocab_size // 32000 */
export const modelTypeDefaults: Readonly<Record<string, ModelTypeDefaults>> = {
  llama: {
    source: at(V5, 'src/transformers/models/llama/configuration_llama.py'),
    values: {
      vocab_size: 32000,
      num_key_value_heads: null,
      head_dim: null,
      max_position_embeddings: 2048,
      tie_word_embeddings: false,
      attention_bias: false,
    },
    sliding: { kind: 'none' },
  },
  mistral: {
    source: at('001f85b38fb432858ace93f18622f07cec46d874', 'src/transformers/models/mistral/configuration_mistral.py'),
    values: {
      vocab_size: 32000,
      num_key_value_heads: 8,
      head_dim: null,
      max_position_embeddings: 131072,
      tie_word_embeddings: false,
      sliding_window: 4096,
    },
    sliding: { kind: 'all' },
  },
  mixtral: {
    source: at(V5, 'src/transformers/models/mixtral/configuration_mixtral.py'),
    values: {
      vocab_size: 32000,
      num_key_value_heads: 8,
      head_dim: null,
      max_position_embeddings: 131072,
      tie_word_embeddings: false,
      sliding_window: null,
      num_experts_per_tok: 2,
      num_local_experts: 8,
    },
    sliding: { kind: 'all' },
  },
  qwen2: {
    source: `${at(V5, 'src/transformers/models/qwen2/configuration_qwen2.py')}; q/k/v bias=True in ${at('00d4b3d2142cb4ced2f51b90614b5d26bc045015', 'src/transformers/models/qwen2/modeling_qwen2.py')}`,
    values: {
      vocab_size: 151936,
      num_key_value_heads: 32,
      head_dim: null,
      max_position_embeddings: 32768,
      tie_word_embeddings: false,
      use_sliding_window: false,
      sliding_window: 4096,
      max_window_layers: 28,
    },
    sliding: { kind: 'from-layer' },
    qkvBiasAlways: true,
  },
  qwen3: {
    source: at(V5, 'src/transformers/models/qwen3/configuration_qwen3.py'),
    values: {
      vocab_size: 151936,
      num_key_value_heads: 32,
      head_dim: 128,
      max_position_embeddings: 32768,
      tie_word_embeddings: false,
      attention_bias: false,
      use_sliding_window: false,
      sliding_window: 4096,
      max_window_layers: 28,
    },
    sliding: { kind: 'from-layer' },
    qkNorm: true,
  },
  qwen3_moe: {
    source: `${at(V5, 'src/transformers/models/qwen3_moe/configuration_qwen3_moe.py')}; head_dim fallback and QK-norm in ${at('00d4b3d2142cb4ced2f51b90614b5d26bc045015', 'src/transformers/models/qwen3_moe/modeling_qwen3_moe.py')}`,
    values: {
      vocab_size: 151936,
      num_key_value_heads: 4,
      head_dim: null,
      max_position_embeddings: 32768,
      tie_word_embeddings: false,
      attention_bias: false,
      use_sliding_window: false,
      sliding_window: 4096,
      max_window_layers: 28,
      num_experts: 128,
      num_experts_per_tok: 8,
      moe_intermediate_size: 768,
      decoder_sparse_step: 1,
    },
    sliding: { kind: 'from-layer' },
    qkNorm: true,
  },
  gemma2: {
    source: at(V5, 'src/transformers/models/gemma2/configuration_gemma2.py'),
    values: {
      vocab_size: 256000,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      head_dim: 256,
      max_position_embeddings: 8192,
      tie_word_embeddings: true,
      attention_bias: false,
      sliding_window: 4096,
    },
    sliding: { kind: 'every', period: 2 },
    normsPerLayer: 4,
  },
  gemma3_text: {
    source: at('008f5c8c29be84d4721dc6d1e0fcd72300580be4', 'src/transformers/models/gemma3/configuration_gemma3.py'),
    values: {
      vocab_size: 262208,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      head_dim: 256,
      max_position_embeddings: 131072,
      tie_word_embeddings: true,
      attention_bias: false,
      sliding_window: 4096,
    },
    sliding: { kind: 'every', period: 6, periodKey: 'sliding_window_pattern' },
    qkNorm: true,
    normsPerLayer: 4,
  },
  deepseek_v3: {
    source: at('001f85b38fb432858ace93f18622f07cec46d874', 'src/transformers/models/deepseek_v3/configuration_deepseek_v3.py'),
    values: {
      vocab_size: 129280,
      num_attention_heads: 128,
      num_key_value_heads: 128,
      max_position_embeddings: 4096,
      tie_word_embeddings: false,
      attention_bias: false,
      kv_lora_rank: 512,
      q_lora_rank: 1536,
      qk_rope_head_dim: 64,
      qk_nope_head_dim: 128,
      v_head_dim: 128,
      n_routed_experts: 256,
      n_shared_experts: 1,
      num_experts_per_tok: 8,
      moe_intermediate_size: 2048,
      first_k_dense_replace: 3,
      moe_layer_freq: 1,
    },
    sliding: { kind: 'none' },
    mla: true,
  },
  gpt_oss: {
    source: at('02b8f42b4240dddea1b27c45d2dc95fb2682f841', 'src/transformers/models/gpt_oss/configuration_gpt_oss.py'),
    values: {
      vocab_size: 201088,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      head_dim: 64,
      max_position_embeddings: 131072,
      tie_word_embeddings: false,
      attention_bias: true,
      sliding_window: 128,
      num_local_experts: 128,
      num_experts_per_tok: 4,
    },
    sliding: { kind: 'every', period: 2 },
    sinksAndExpertBias: true,
  },
  phi3: {
    source: at(V5, 'src/transformers/models/phi3/configuration_phi3.py'),
    values: {
      vocab_size: 32064,
      num_key_value_heads: null,
      head_dim: null,
      max_position_embeddings: 4096,
      tie_word_embeddings: false,
      sliding_window: null,
    },
    sliding: { kind: 'all' },
  },
  falcon: {
    source: `${at('055855363e97555535aa9d133f53d99ef75bfd9c', 'src/transformers/models/falcon/configuration_falcon.py')} (tie_word_embeddings: PretrainedConfig default True)`,
    values: {
      vocab_size: 65024,
      num_attention_heads: 71,
      max_position_embeddings: 2048,
      tie_word_embeddings: true,
      bias: false,
      multi_query: true,
      new_decoder_architecture: false,
      parallel_attn: true,
    },
    sliding: { kind: 'none' },
    falcon: true,
  },
};

/** Multimodal wrappers whose `text_config` has its own type. @example textModelTypes.gemma3 // "gemma3_text" */
export const textModelTypes: Readonly<Record<string, string>> = { gemma3: 'gemma3_text' };
