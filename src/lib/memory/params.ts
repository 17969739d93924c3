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
