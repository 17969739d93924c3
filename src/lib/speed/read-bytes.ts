/**
 * Bytes one decoded token reads: the one place the book decides it, so a per-tensor table (GGUF
 * file sizes from tensors) can replace the geometry below without touching any caller. A decode
 * step streams every weight it multiplies by and the KV cache so far; it does not stream the input
 * embedding table (a token looks up one row of it), and a tied table is read once, as the output
 * head. A mixture of experts reads only its routed experts — and those are what expert offload puts
 * in system RAM, so the routed bytes are kept apart.
 */
import { requireFinite, requirePositive } from '../core/guard';
import { kvCacheBytes, type AttentionGeometry } from '../memory/kv';
import { parameterParts, type ArchitectureGeometry } from '../memory/params';
import { requireQuantFormat, type QuantFormat } from '../quant/formats';

/** What the byte count needs to know about a model: its geometry and its KV view (a catalog `Model` is one). */
export interface ReadModel extends ArchitectureGeometry {
  readonly attention: AttentionGeometry;
}

/** Options for `decodeReadBytes`. */
export interface ReadOptions {
  /** Bits per KV element (16 for f16, the default; 8.5 for q8_0). */
  readonly kvBits?: number;
  /**
   * Effective bits per weight of a particular file (file bytes × 8 ÷ parameters), instead of the
   * quant type's calibrated figure. Ignored for a type with an expert split (MXFP4), whose split
   * reproduces the files.
   */
  readonly bitsPerWeight?: number;
}

/** Bytes one token reads, by where they sit. */
export interface DecodeReadBytes {
  /** Attention, norms, routers, dense MLPs and shared experts: what stays on the GPU under expert offload. */
  readonly denseWeightBytes: number;
  /** The routed experts this token is sent to (0 for a dense model). */
  readonly routedExpertBytes: number;
  /** The output head (the embedding table, when tied). */
  readonly outputHeadBytes: number;
  /** Weights read: dense + routed + output head. */
  readonly weightBytes: number;
  /** The KV cache at the current context. */
  readonly kvBytes: number;
  /** weightBytes + kvBytes. */
  readonly totalBytes: number;
}

/** Bits for the routed experts and for every other tensor of `quant`. */
function splitBits(quant: QuantFormat, options: ReadOptions): { expert: number; other: number } {
  if (quant.expertSplit) return { expert: quant.expertSplit.expertBitsPerWeight, other: quant.expertSplit.otherBitsPerWeight };
  const bits = options.bitsPerWeight === undefined ? quant.bitsPerWeight : requirePositive('bitsPerWeight', options.bitsPerWeight);
  return { expert: bits, other: bits };
}

/**
 * Bytes read to decode one token at `contextTokens` of context with weights in `quant` (a name or
 * a format): weights from the model's geometry (embedding table excluded) plus the KV cache.
 * @example decodeReadBytes(requireModel('llama-3.1-8b'), 'Q4_K_M', 0).weightBytes // ≈ 4.59e9 (7.50 B parameters read; the 525 M-row embedding table is looked up)
 */
export function decodeReadBytes(
  model: ReadModel,
  quant: string | QuantFormat,
  contextTokens: number,
  options: ReadOptions = {},
): DecodeReadBytes {
  const format = typeof quant === 'string' ? requireQuantFormat(quant) : quant;
  const bits = splitBits(format, options);
  const parts = parameterParts(model);
  const head = model.tiedEmbeddings ? parts.embedding : parts.outputHead;
  const denseParams = parts.attention + parts.norms + parts.denseMlp + parts.router + parts.sharedExperts;
  const denseWeightBytes = (denseParams * bits.other) / 8;
  const routedExpertBytes = (parts.routedExpertsActive * bits.expert) / 8;
  const outputHeadBytes = (head * bits.other) / 8;
  const weightBytes = denseWeightBytes + routedExpertBytes + outputHeadBytes;
  const kvBytes = kvCacheBytes(model.attention, requireFinite('contextTokens', contextTokens), { kvBits: options.kvBits ?? 16 });
  return { denseWeightBytes, routedExpertBytes, outputHeadBytes, weightBytes, kvBytes, totalBytes: weightBytes + kvBytes };
}

/**
 * Parameters a decode step multiplies by (everything but the input embedding table and the routed
 * experts a token skips): 2 FLOPs each per token, the matrix work of prefill.
 * @example matmulParamsPerToken(requireModel('llama-3.1-8b')) // 7504924672
 */
export function matmulParamsPerToken(model: ArchitectureGeometry): number {
  const p = parameterParts(model);
  return (
    p.attention +
    p.norms +
    p.denseMlp +
    p.router +
    p.sharedExperts +
    p.routedExpertsActive +
    (model.tiedEmbeddings ? p.embedding : p.outputHead)
  );
}
