/**
 * The KV cache: for every past token, each layer keeps a key and a value vector per KV head, so
 * decoding reads them instead of recomputing them. Bytes = 2 · L · h_kv · d_head · T · b · bits/8,
 * with two refinements: sliding-window layers keep only the last `slidingWindow` tokens, and MLA
 * (DeepSeek) caches one compressed latent plus a small RoPE key per layer instead of K and V.
 */
import { requireFinite, requireInteger, requirePositive } from '../core/guard';

/**
 * Attention geometry as far as the cache is concerned. MHA and MQA are `gqa` with
 * kvHeads = heads or 1; `slidingLayers` of the `layers` attend only to the last `slidingWindow` tokens.
 */
export type AttentionGeometry =
  | {
      kind: 'gqa';
      layers: number;
      kvHeads: number;
      headDim: number;
      slidingWindow?: number;
      slidingLayers?: number;
    }
  | { kind: 'mla'; layers: number; kvLoraRank: number; ropeHeadDim: number };

/** A KV cache element type as llama.cpp names it (`--cache-type-k/-v`). */
export interface KvCacheType {
  /** llama.cpp's name for the type. */
  readonly name: 'f32' | 'f16' | 'bf16' | 'q8_0' | 'q4_0';
  /** Stored bits per element, block scales included. */
  readonly bits: number;
  /** One line for readers. */
  readonly description: string;
}

/** KV element types; q8_0 and q4_0 carry a 16-bit scale per block of 32 values (8.5 and 4.5 bits). @example kvCacheTypes.map((t) => t.bits) // [16, 16, 8.5, 4.5, 32] */
export const kvCacheTypes: readonly KvCacheType[] = [
  { name: 'f16', bits: 16, description: '16-bit, the default' },
  { name: 'bf16', bits: 16, description: 'bfloat16, same size as f16' },
  { name: 'q8_0', bits: 8.5, description: '8-bit blocks: about half the memory' },
  { name: 'q4_0', bits: 4.5, description: '4-bit blocks: about a quarter; test quality on long contexts' },
  { name: 'f32', bits: 32, description: '32-bit, rarely used' },
];

/** The KV type with `name` (case-insensitive), or undefined. @example kvCacheType('Q8_0')?.bits // 8.5 */
export function kvCacheType(name: string): KvCacheType | undefined {
  const lower = String(name).trim().toLowerCase();
  return kvCacheTypes.find((t) => t.name === lower);
}

function checkGeometry(geometry: AttentionGeometry): void {
  requireInteger('layers', geometry.layers, 1);
  if (geometry.kind === 'mla') {
    requireInteger('kvLoraRank', geometry.kvLoraRank, 1);
    requireInteger('ropeHeadDim', geometry.ropeHeadDim, 0);
    return;
  }
  requireInteger('kvHeads', geometry.kvHeads, 1);
  requireInteger('headDim', geometry.headDim, 1);
  const { slidingWindow, slidingLayers } = geometry;
  if ((slidingWindow === undefined) !== (slidingLayers === undefined)) {
    throw new RangeError('slidingWindow and slidingLayers must be given together.');
  }
  if (slidingWindow !== undefined && slidingLayers !== undefined) {
    requireInteger('slidingWindow', slidingWindow, 1);
    requireInteger('slidingLayers', slidingLayers, 0);
    if (slidingLayers > geometry.layers) {
      throw new RangeError(`slidingLayers (${slidingLayers}) cannot exceed layers (${geometry.layers}).`);
    }
  }
}

/** Bytes one token adds to one layer's cache (K and V, or the MLA latent and RoPE key). */
function bytesPerTokenPerLayer(geometry: AttentionGeometry, kvBits: number): number {
  const elements = geometry.kind === 'mla' ? geometry.kvLoraRank + geometry.ropeHeadDim : 2 * geometry.kvHeads * geometry.headDim;
  return (elements * kvBits) / 8;
}

/**
 * K and V bytes one token adds across all layers (for MLA, the compressed latent plus the
 * decoupled RoPE key per layer). Sliding-window layers are counted too: below the window every
 * layer grows by this much per token.
 * @example kvBytesPerToken({ kind: 'gqa', layers: 32, kvHeads: 8, headDim: 128 }) // 131072 (Llama 3.1 8B, 16-bit)
 * @example kvBytesPerToken({ kind: 'mla', layers: 61, kvLoraRank: 512, ropeHeadDim: 64 }) // 70272 (DeepSeek-V3)
 */
export function kvBytesPerToken(geometry: AttentionGeometry, kvBits = 16): number {
  checkGeometry(geometry);
  requirePositive('kvBits', kvBits);
  return geometry.layers * bytesPerTokenPerLayer(geometry, kvBits);
}

/**
 * The whole cache at `contextTokens` tokens for `batch` sequences. Sliding-window layers hold at
 * most `slidingWindow` tokens each.
 * @example kvCacheBytes({ kind: 'gqa', layers: 32, kvHeads: 8, headDim: 128 }, 8192) // 1073741824 (1 GiB)
 */
export function kvCacheBytes(
  geometry: AttentionGeometry,
  contextTokens: number,
  options: { batch?: number; kvBits?: number } = {},
): number {
  const { batch = 1, kvBits = 16 } = options;
  checkGeometry(geometry);
  requireFinite('contextTokens', contextTokens);
  requireInteger('batch', batch, 0);
  requirePositive('kvBits', kvBits);
  const perLayer = bytesPerTokenPerLayer(geometry, kvBits);
  if (geometry.kind === 'mla' || geometry.slidingLayers === undefined || geometry.slidingWindow === undefined) {
    return geometry.layers * perLayer * contextTokens * batch;
  }
  const fullLayers = geometry.layers - geometry.slidingLayers;
  const tokenSlots = fullLayers * contextTokens + geometry.slidingLayers * Math.min(contextTokens, geometry.slidingWindow);
  return perLayer * tokenSlots * batch;
}

/**
 * What the common calculator bug claims: the cache sized from the hidden size,
 * 2 · L · d_model · bits/8 per token, as if every query head had its own K and V.
 * @example naiveKvBytesPerToken(32, 4096) // 524288 (4× the real Llama 3.1 8B figure)
 */
export function naiveKvBytesPerToken(layers: number, hiddenSize: number, kvBits = 16): number {
  requireInteger('layers', layers, 1);
  requireInteger('hiddenSize', hiddenSize, 1);
  requirePositive('kvBits', kvBits);
  return (2 * layers * hiddenSize * kvBits) / 8;
}

/**
 * What the naive hidden-size formula claims for the whole cache: `naiveKvBytesPerToken` × T × b.
 * It ignores GQA/MQA/MLA and sliding windows alike, which is exactly why it is wrong.
 * @example naiveKvCacheBytes(32, 4096, 8192) // 4294967296 (4 GiB, where Llama 3.1 8B really needs 1 GiB)
 */
export function naiveKvCacheBytes(
  layers: number,
  hiddenSize: number,
  contextTokens: number,
  options: { batch?: number; kvBits?: number } = {},
): number {
  const { batch = 1, kvBits = 16 } = options;
  requireFinite('contextTokens', contextTokens);
  requireInteger('batch', batch, 0);
  return naiveKvBytesPerToken(layers, hiddenSize, kvBits) * contextTokens * batch;
}

/**
 * The context length (tokens, not rounded) at which the cache of `batch` sequences reaches
 * `bytes`: the inverse of `kvCacheBytes`. Returns null when it never does, because every layer
 * slides and the cache stops growing at the window (or `batch` is 0).
 * @example contextTokensForKvBytes({ kind: 'gqa', layers: 32, kvHeads: 8, headDim: 128 }, 2 ** 30) // 8192
 */
export function contextTokensForKvBytes(
  geometry: AttentionGeometry,
  bytes: number,
  options: { batch?: number; kvBits?: number } = {},
): number | null {
  const { batch = 1, kvBits = 16 } = options;
  checkGeometry(geometry);
  requireFinite('bytes', bytes);
  requireInteger('batch', batch, 0);
  requirePositive('kvBits', kvBits);
  if (bytes === 0) return 0;
  if (batch === 0) return null;
  const perLayer = bytesPerTokenPerLayer(geometry, kvBits) * batch;
  const allLayers = geometry.layers * perLayer;
  if (geometry.kind === 'mla' || geometry.slidingLayers === undefined || geometry.slidingWindow === undefined) {
    return bytes / allLayers;
  }
  // Below the window every layer grows; above it only the full-attention layers do.
  const atWindow = allLayers * geometry.slidingWindow;
  if (bytes <= atWindow) return bytes / allLayers;
  const fullLayers = geometry.layers - geometry.slidingLayers;
  if (fullLayers === 0) return null;
  return geometry.slidingWindow + (bytes - atWindow) / (fullLayers * perLayer);
}
