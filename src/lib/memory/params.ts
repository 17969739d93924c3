/**
 * Parameter counts from geometry. A dense decoder-only transformer is an embedding table, L identical
 * layers (attention + MLP + norms) and an output head, so its size follows from a handful of
 * config.json numbers: N = V·d + L·(attention + MLP + norms) + final norm + (untied head: V·d).
 */
import { requireInteger } from '../core/guard';

/** How a model's MLP is built. */
export type MlpKind =
  /** Gate, up and down projections (SwiGLU / GeGLU): 3 · d_model · d_ff weights. */
  | 'gated'
  /** Up and down projections only (Falcon, GPT-2): 2 · d_model · d_ff weights. */
  | 'plain';

/**
 * The config.json numbers a dense decoder-only parameter count needs. A catalog `Model` satisfies it.
 * Optional refinements default to the Llama layout: no biases, no QK-norm, gated MLP, two RMSNorms per layer.
 */
export interface DenseGeometry {
  /** Vocabulary size V (rows of the embedding table). */
  readonly vocabSize: number;
  /** Hidden size d_model. */
  readonly hiddenSize: number;
  /** Transformer layers L. */
  readonly layers: number;
  /** Query heads h. */
  readonly attentionHeads: number;
  /** Key/value heads h_kv (h for MHA, 1 for MQA). */
  readonly kvHeads: number;
  /** Dimension of one head d_head (h · d_head need not equal d_model: Gemma, Qwen3 32B). */
  readonly headDim: number;
  /** MLP width d_ff. */
  readonly intermediateSize: number;
  /** Whether the output head reuses the embedding table (then it adds no parameters). */
  readonly tiedEmbeddings: boolean;
  /** q, k and v projections carry a bias vector (Qwen2.5). Default false. */
  readonly qkvBias?: boolean;
  /** A d_head-wide norm on queries and one on keys in every layer (Qwen3, Gemma 3). Default false. */
  readonly qkNorm?: boolean;
  /** Gated (3 matrices) or plain (2 matrices) MLP. Default 'gated'. */
  readonly mlpKind?: MlpKind;
  /** d_model-wide norm vectors per layer: 2 for Llama, 4 for Gemma 2/3, 1 for Falcon-7B. Default 2. */
  readonly normsPerLayer?: number;
  /** Norms are LayerNorm with a bias (two vectors each) rather than RMSNorm (one). Default false. */
  readonly normBias?: boolean;
}

/** Where the parameters of a dense model sit. Every field is a parameter count. */
export interface ParameterBreakdown {
  /** Embedding table V · d_model. */
  readonly embedding: number;
  /** q, k, v, o projections (and their biases, QK-norms) over all layers. */
  readonly attention: number;
  /** MLP matrices over all layers. */
  readonly mlp: number;
  /** Norm vectors: per-layer norms plus the final norm. */
  readonly norms: number;
  /** Untied output head V · d_model, or 0 when tied. */
  readonly outputHead: number;
  /** Everything above: what a checkpoint stores. */
  readonly total: number;
}

function checkDenseGeometry(geometry: DenseGeometry): void {
  requireInteger('vocabSize', geometry.vocabSize, 1);
  requireInteger('hiddenSize', geometry.hiddenSize, 1);
  requireInteger('layers', geometry.layers, 1);
  requireInteger('attentionHeads', geometry.attentionHeads, 1);
  requireInteger('kvHeads', geometry.kvHeads, 1);
  requireInteger('headDim', geometry.headDim, 1);
  requireInteger('intermediateSize', geometry.intermediateSize, 1);
  requireInteger('normsPerLayer', geometry.normsPerLayer ?? 2, 0);
  if (geometry.kvHeads > geometry.attentionHeads) {
    throw new RangeError(`kvHeads (${geometry.kvHeads}) cannot exceed attentionHeads (${geometry.attentionHeads}).`);
  }
}

/**
 * Parameters of a dense decoder-only model by component.
 * @example parameterBreakdown({ vocabSize: 128256, hiddenSize: 4096, layers: 32, attentionHeads: 32, kvHeads: 8, headDim: 128, intermediateSize: 14336, tiedEmbeddings: false }).outputHead // 525336576
 */
export function parameterBreakdown(geometry: DenseGeometry): ParameterBreakdown {
  checkDenseGeometry(geometry);
  const { vocabSize: V, hiddenSize: d, layers: L, attentionHeads: h, kvHeads: hKv, headDim: dHead, intermediateSize: dFf } = geometry;
  const qWidth = h * dHead;
  const kvWidth = hKv * dHead;
  const qkvBiasPerLayer = geometry.qkvBias ? qWidth + 2 * kvWidth : 0;
  const qkNormPerLayer = geometry.qkNorm ? 2 * dHead : 0;
  const attentionPerLayer = d * qWidth + 2 * d * kvWidth + qWidth * d + qkvBiasPerLayer + qkNormPerLayer;
  const mlpMatrices = (geometry.mlpKind ?? 'gated') === 'gated' ? 3 : 2;
  const vectorsPerNorm = geometry.normBias ? 2 : 1;
  const normsPerLayer = geometry.normsPerLayer ?? 2;

  const embedding = V * d;
  const attention = L * attentionPerLayer;
  const mlp = L * mlpMatrices * d * dFf;
  const norms = (L * normsPerLayer + 1) * vectorsPerNorm * d;
  const outputHead = geometry.tiedEmbeddings ? 0 : V * d;
  return { embedding, attention, mlp, norms, outputHead, total: embedding + attention + mlp + norms + outputHead };
}

/**
 * Total parameters of a dense decoder-only model from its geometry.
 * @example parameterCount({ vocabSize: 128256, hiddenSize: 4096, layers: 32, attentionHeads: 32, kvHeads: 8, headDim: 128, intermediateSize: 14336, tiedEmbeddings: false }) // 8030261248 (Llama 3.1 8B: "8.03 B")
 */
export function parameterCount(geometry: DenseGeometry): number {
  return parameterBreakdown(geometry).total;
}

/**
 * Parameters outside the embedding table and output head: what model cards call "non-embedding".
 * @example nonEmbeddingParameterCount({ vocabSize: 152064, hiddenSize: 3584, layers: 28, attentionHeads: 28, kvHeads: 4, headDim: 128, intermediateSize: 18944, tiedEmbeddings: false, qkvBias: true }) // 6525621760 (Qwen2.5 7B: "6.53B")
 */
export function nonEmbeddingParameterCount(geometry: DenseGeometry): number {
  const parts = parameterBreakdown(geometry);
  return parts.attention + parts.mlp + parts.norms;
}

/**
 * The geometry of any decoder the book counts: a dense model's, plus multi-head latent attention
 * (DeepSeek) and a mixture of experts. A catalog `Model` satisfies it; a parsed config.json adds
 * the biases and sinks that only some architectures have.
 */
export interface ArchitectureGeometry extends DenseGeometry {
  /** MLA: rank of the compressed KV latent (`kv_lora_rank`); absent for K/V attention. */
  readonly kvLoraRank?: number;
  /** MLA: width of the decoupled RoPE part of each query and key head (`qk_rope_head_dim`). */
  readonly ropeHeadDim?: number;
  /** MLA: rank of the compressed query (`q_lora_rank`); absent for a full query projection. */
  readonly qLoraRank?: number;
  /** MLA: value head width when it differs from `headDim` (`v_head_dim`). */
  readonly valueHeadDim?: number;
  /** The attention output projection carries a bias too (gpt-oss). Default false. */
  readonly outputBias?: boolean;
  /** One learned attention-sink logit per query head and layer (gpt-oss). Default false. */
  readonly attentionSinks?: boolean;
  /** MoE: routed experts per MoE layer. */
  readonly experts?: number;
  /** MoE: routed experts used per token. */
  readonly expertsPerToken?: number;
  /** MoE: always-on shared experts per MoE layer. */
  readonly sharedExperts?: number;
  /** MoE: MLP width of one routed expert. */
  readonly expertIntermediateSize?: number;
  /** MoE: width of one shared expert when it differs from a routed one (Qwen2-MoE). */
  readonly sharedExpertIntermediateSize?: number;
  /** MoE: layers with a dense MLP (width `intermediateSize`) instead of experts. */
  readonly denseLayers?: number;
  /** MoE: the router and every expert matrix carry biases (gpt-oss). Default false. */
  readonly expertBias?: boolean;
}

/** Stored and per-token parameters. */
export interface ParameterCounts {
  /** Every stored parameter, all experts included. */
  readonly totalParams: number;
  /** Parameters one token uses: everything but the routed experts it is not sent to. */
  readonly activeParams: number;
}

function attentionParamsPerLayer(g: ArchitectureGeometry): number {
  const { hiddenSize: d, attentionHeads: h, kvHeads: hKv, headDim: dHead } = g;
  const sinks = g.attentionSinks ? h : 0;
  if (g.kvLoraRank !== undefined) {
    const rope = requireInteger('ropeHeadDim', g.ropeHeadDim ?? Number.NaN, 0);
    const kvRank = requireInteger('kvLoraRank', g.kvLoraRank, 1);
    const value = requireInteger('valueHeadDim', g.valueHeadDim ?? dHead, 1);
    const qkWidth = h * (dHead + rope);
    const query = g.qLoraRank === undefined ? d * qkWidth : d * g.qLoraRank + g.qLoraRank + g.qLoraRank * qkWidth;
    const keyValue = d * (kvRank + rope) + kvRank + kvRank * h * (dHead + value);
    return query + keyValue + h * value * d + (g.outputBias ? d : 0) + sinks;
  }
  const qWidth = h * dHead;
  const kvWidth = hKv * dHead;
  const biases = (g.qkvBias ? qWidth + 2 * kvWidth : 0) + (g.outputBias ? d : 0);
  return 2 * d * qWidth + 2 * d * kvWidth + biases + (g.qkNorm ? 2 * dHead : 0) + sinks;
}

/**
 * Where the parameters of any decoder sit, by the part a decode step treats differently: counts,
 * not bytes. `routedExpertsActive` is what one token reads of the routed experts.
 */
export interface ParameterParts {
  /** Input embedding table V · d_model (a token looks up one row of it). */
  readonly embedding: number;
  /** Output head V · d_model, or 0 when tied to the embedding table. */
  readonly outputHead: number;
  /** Attention over all layers (K/V or MLA projections, biases, QK-norms, sinks). */
  readonly attention: number;
  /** Norm vectors: per-layer norms plus the final norm. */
  readonly norms: number;
  /** Dense MLPs: every layer of a dense model, the leading dense layers of a mixture of experts. */
  readonly denseMlp: number;
  /** MoE routers over all MoE layers. */
  readonly router: number;
  /** Always-on shared experts over all MoE layers. */
  readonly sharedExperts: number;
  /** Every routed expert of every MoE layer (stored). */
  readonly routedExperts: number;
  /** The routed experts one token uses (`expertsPerToken` per MoE layer). */
  readonly routedExpertsActive: number;
}

/**
 * The parameters of a dense model, an MLA model or a mixture of experts by part, from its geometry.
 * @example parameterParts(requireModel('llama-3.1-8b')).outputHead // 525336576
 */
export function parameterParts(geometry: ArchitectureGeometry): ParameterParts {
  checkDenseGeometry(geometry);
  const g = geometry;
  const { vocabSize: V, hiddenSize: d, layers: L } = g;
  const matrices = (g.mlpKind ?? 'gated') === 'gated' ? 3 : 2;
  const norms = (L * (g.normsPerLayer ?? 2) + 1) * (g.normBias ? 2 : 1) * d;
  const attention = L * attentionParamsPerLayer(g);
  const denseMlp = matrices * d * g.intermediateSize;
  const common = { embedding: V * d, outputHead: g.tiedEmbeddings ? 0 : V * d, attention, norms };
  if (g.experts === undefined) {
    return { ...common, denseMlp: L * denseMlp, router: 0, sharedExperts: 0, routedExperts: 0, routedExpertsActive: 0 };
  }
  const experts = requireInteger('experts', g.experts, 1);
  const perToken = requireInteger('expertsPerToken', g.expertsPerToken ?? Number.NaN, 1);
  if (perToken > experts) throw new RangeError(`expertsPerToken (${perToken}) cannot exceed experts (${experts}).`);
  const width = requireInteger('expertIntermediateSize', g.expertIntermediateSize ?? Number.NaN, 1);
  const denseLayers = requireInteger('denseLayers', g.denseLayers ?? 0, 0);
  if (denseLayers > L) throw new RangeError(`denseLayers (${denseLayers}) cannot exceed layers (${L}).`);
  const bias = g.expertBias ?? false;
  const expert = matrices * d * width + (bias ? (matrices - 1) * width + d : 0);
  const shared = requireInteger('sharedExperts', g.sharedExperts ?? 0, 0) * matrices * d * (g.sharedExpertIntermediateSize ?? width);
  const router = d * experts + (bias ? experts : 0);
  const moeLayers = L - denseLayers;
  return {
    ...common,
    denseMlp: denseLayers * denseMlp,
    router: moeLayers * router,
    sharedExperts: moeLayers * shared,
    routedExperts: moeLayers * experts * expert,
    routedExpertsActive: moeLayers * perToken * expert,
  };
}

/**
 * Total and active parameters of a dense model, an MLA model or a mixture of experts, from its
 * geometry: embeddings and output head, attention (K/V or MLA), dense and expert MLPs with their
 * router, norms. Active parameters leave out the routed experts a token is not sent to (the
 * embedding table stays in, as model cards count it). A dense model's total is `parameterCount`.
 * @example parameterCounts(requireModel('mixtral-8x7b')) // { "totalParams": 46702792704, "activeParams": 12879925248 }
 */
export function parameterCounts(geometry: ArchitectureGeometry): ParameterCounts {
  const p = parameterParts(geometry);
  const always = p.embedding + p.outputHead + p.attention + p.norms + p.denseMlp + p.router + p.sharedExperts;
  return { totalParams: always + p.routedExperts, activeParams: always + p.routedExpertsActive };
}
