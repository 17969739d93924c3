/**
 * The bandwidth bound. Decoding one token for one sequence reads every active weight and the
 * whole KV cache once, and does only ~2 FLOPs per weight it reads, so memory bandwidth — not
 * compute — caps single-stream speed: tok/s ≤ bandwidth ÷ bytes read per token. Prefill works on
 * the whole prompt at once, reuses each weight for every prompt token, and is compute-bound.
 */
import { requireFinite, requireInteger, requirePositive } from '../core/guard';
import { kvCacheBytes, type AttentionGeometry } from '../memory/kv';
import { weightBytes } from '../memory/weights';

/**
 * The single-stream decode ceiling: bandwidth ÷ bytes read per token. Real engines reach a
 * fraction of it (see `benchmarks.ts`).
 * @example decodeCeilingTokensPerSecond(700e9, 3.5e9) // 200
 */
export function decodeCeilingTokensPerSecond(bandwidthBytesPerSecond: number, bytesReadPerToken: number): number {
  requirePositive('bandwidthBytesPerSecond', bandwidthBytesPerSecond);
  requirePositive('bytesReadPerToken', bytesReadPerToken);
  return bandwidthBytesPerSecond / bytesReadPerToken;
}

/** What a decode step needs to know about a model. */
export interface DecodeModel {
  /** Parameters read per token (all of them for a dense model; the routed experts for MoE). */
  readonly activeParams: number;
  /** KV geometry, so the cache read grows with the context. */
  readonly attention: AttentionGeometry;
}

/** Bytes one decoded token reads, split by what they are. */
export interface DecodeBytes {
  /** Active weights at the chosen bits per weight. */
  readonly weightBytes: number;
  /** The KV cache at the current context (read once per token by attention). */
  readonly kvBytes: number;
  /** weightBytes + kvBytes. */
  readonly totalBytes: number;
}

/**
 * Bytes read to decode one token at `contextTokens` of context: `activeParams` weights plus the KV
 * cache so far, for a hand-made model. Pass parameters that are really streamed: the input
 * embedding table is looked up one row per token, not read (6.5% of Llama 3.1 8B, ~9% of
 * Qwen3-30B-A3B's active parameters). For a catalog model use `decodeReadBytes`, which leaves the
 * table out and reads a tied one once, as the output head.
 * @example decodeBytesPerToken({ activeParams: 8e9, attention: { kind: 'gqa', layers: 32, kvHeads: 8, headDim: 128 } }, 4, 0).totalBytes // 4e9
 */
export function decodeBytesPerToken(
  model: DecodeModel,
  bitsPerWeight: number,
  contextTokens: number,
  options: { kvBits?: number } = {},
): DecodeBytes {
  const weights = weightBytes(model.activeParams, bitsPerWeight);
  const kv = kvCacheBytes(model.attention, requireFinite('contextTokens', contextTokens), { kvBits: options.kvBits ?? 16 });
  return { weightBytes: weights, kvBytes: kv, totalBytes: weights + kv };
}

/**
 * FLOPs to prefill a prompt, the textbook approximation: 2 per active parameter per prompt token
 * (one multiply and one add per weight). `prefillFlopsOf` (prefill.ts) counts exactly, with the
 * attention term that grows with the square of the prompt.
 * @example prefillFlops(8e9, 1000) // 1.6e13
 */
export function prefillFlops(activeParams: number, promptTokens: number): number {
  requireFinite('activeParams', activeParams);
  requireFinite('promptTokens', promptTokens);
  return 2 * activeParams * promptTokens;
}

/**
 * Time to prefill a prompt on a device doing `flopsPerSecond` (`deviceFlopsPerSecond` for the
 * precision the runtime uses) — the compute-bound part of the time to first token, by the 2 · N · T
 * approximation; `prefillCeiling` adds attention. Real kernels reach a fraction of the peak.
 * @example prefillSeconds(8e9, 1000, 165e12) // ≈ 0.097
 */
export function prefillSeconds(activeParams: number, promptTokens: number, flopsPerSecond: number): number {
  requirePositive('flopsPerSecond', flopsPerSecond);
  return prefillFlops(activeParams, promptTokens) / flopsPerSecond;
}

/**
 * A device's ridge point: the FLOPs per byte a workload must do to be compute-bound. Below it,
 * memory bandwidth sets the pace (roofline model).
 * @example ridgeFlopsPerByte(165e12, 1.008e12) // ≈ 163.7 (RTX 4090)
 */
export function ridgeFlopsPerByte(flopsPerSecond: number, bandwidthBytesPerSecond: number): number {
  requirePositive('flopsPerSecond', flopsPerSecond);
  requirePositive('bandwidthBytesPerSecond', bandwidthBytesPerSecond);
  return flopsPerSecond / bandwidthBytesPerSecond;
}

/**
 * Arithmetic intensity of a step that pushes `tokensPerStep` tokens through the active weights
 * while reading `bytesRead` bytes: 2 · N_act · tokens ÷ bytes. One decode token at 4 bits is
 * about 4 FLOPs/byte — far below any GPU's ridge point; a 512-token prefill chunk is ~1000.
 * @example arithmeticIntensityFlopsPerByte(8e9, 4e9, 1) // 4
 */
export function arithmeticIntensityFlopsPerByte(activeParams: number, bytesRead: number, tokensPerStep: number): number {
  requirePositive('bytesRead', bytesRead);
  return (2 * requireFinite('activeParams', activeParams) * requireFinite('tokensPerStep', tokensPerStep)) / bytesRead;
}

/**
 * Tokens per step at which a weight-dominated step turns compute-bound on a device: the ridge
 * point divided by the FLOPs each token does per byte of weights (2 · 8 ÷ bpw).
 * @example computeBoundTokensPerStep(165e12, 1.008e12, 4) // ≈ 40.9
 */
export function computeBoundTokensPerStep(flopsPerSecond: number, bandwidthBytesPerSecond: number, bitsPerWeight: number): number {
  requirePositive('bitsPerWeight', bitsPerWeight);
  return ridgeFlopsPerByte(flopsPerSecond, bandwidthBytesPerSecond) / (16 / bitsPerWeight);
}

/** A layer-offload split: `gpuLayers` of the `layers` live in VRAM, the rest in system RAM. */
export interface OffloadSplit {
  /** Transformer layers L. */
  readonly layers: number;
  /** Layers held on the GPU, 0…L. */
  readonly gpuLayers: number;
  /** Bytes one token reads across all layers (weights + KV), as from `decodeBytesPerToken`. */
  readonly bytesReadPerToken: number;
  /** VRAM bandwidth. */
  readonly gpuBandwidthBytesPerSecond: number;
  /** System-RAM bandwidth (the CPU computes its layers from there). */
  readonly cpuBandwidthBytesPerSecond: number;
}

/** Where one token's time goes under offload. */
export interface OffloadTiming {
  /** Bytes read from VRAM per token. */
  readonly gpuBytes: number;
  /** Bytes read from system RAM per token. */
  readonly cpuBytes: number;
  /** Seconds per token: each tier's bytes over its bandwidth, one after the other. */
  readonly secondsPerToken: number;
  /** 1 ÷ secondsPerToken: the ceiling with this split. */
  readonly tokensPerSecond: number;
  /** Share of the time spent waiting on system RAM. */
  readonly cpuTimeShare: number;
}

/**
 * The decode ceiling with n of L layers on the GPU: layers run in sequence, so the times add —
 * t = gpuBytes ÷ BW_gpu + cpuBytes ÷ BW_cpu. Bytes are split in proportion to layers (every layer
 * of a decoder is the same size). A few layers in slow RAM dominate: that is the offload cliff.
 * @example offloadDecode({ layers: 80, gpuLayers: 40, bytesReadPerToken: 40e9, gpuBandwidthBytesPerSecond: 1e12, cpuBandwidthBytesPerSecond: 80e9 }).tokensPerSecond // ≈ 3.70
 */
export function offloadDecode(split: OffloadSplit): OffloadTiming {
  const layers = requireInteger('layers', split.layers, 1);
  const gpuLayers = requireInteger('gpuLayers', split.gpuLayers, 0);
  if (gpuLayers > layers) throw new RangeError(`gpuLayers (${gpuLayers}) cannot exceed layers (${layers}).`);
  const bytes = requirePositive('bytesReadPerToken', split.bytesReadPerToken);
  const gpuBw = requirePositive('gpuBandwidthBytesPerSecond', split.gpuBandwidthBytesPerSecond);
  const cpuBw = requirePositive('cpuBandwidthBytesPerSecond', split.cpuBandwidthBytesPerSecond);
  const gpuBytes = (bytes * gpuLayers) / layers;
  const cpuBytes = bytes - gpuBytes;
  const cpuSeconds = cpuBytes / cpuBw;
  const secondsPerToken = gpuBytes / gpuBw + cpuSeconds;
  return { gpuBytes, cpuBytes, secondsPerToken, tokensPerSecond: 1 / secondsPerToken, cpuTimeShare: cpuSeconds / secondsPerToken };
}

/** One point of the offload curve: the ceiling with `gpuLayers` layers in VRAM. */
export interface OffloadPoint extends OffloadTiming {
  readonly gpuLayers: number;
}

/**
 * The decode ceiling at every split from 0 to L layers on the GPU — the offload curve, whose
 * last steps are the cliff.
 * @example offloadCurve({ layers: 2, bytesReadPerToken: 40e9, gpuBandwidthBytesPerSecond: 1e12, cpuBandwidthBytesPerSecond: 80e9 }).map((p) => p.gpuLayers) // [0, 1, 2]
 */
export function offloadCurve(split: Omit<OffloadSplit, 'gpuLayers'>): OffloadPoint[] {
  const layers = requireInteger('layers', split.layers, 1);
  return Array.from({ length: layers + 1 }, (_, gpuLayers) => ({ gpuLayers, ...offloadDecode({ ...split, gpuLayers }) }));
}

/**
 * The compute a measured prompt-processing speed implies: 2 FLOPs per active parameter per token.
 * @example deliveredFlopsPerSecond(7.62e9, 2276.28) // ≈ 3.47e13 (Qwen2.5-Coder-7B prefill on a DGX Spark)
 */
export function deliveredFlopsPerSecond(activeParams: number, tokensPerSecond: number): number {
  return 2 * requireFinite('activeParams', activeParams) * requireFinite('tokensPerSecond', tokensPerSecond);
}

/** Spread of measured ÷ ceiling. */
export interface EfficiencyBand {
  readonly count: number;
  readonly min: number;
  /** 25th percentile. */
  readonly low: number;
  readonly median: number;
  /** 75th percentile. */
  readonly high: number;
  readonly max: number;
}

/** A predicted real speed: the ceiling scaled by the efficiency band. */
export interface PredictedDecodeSpeed {
  readonly ceilingTokensPerSecond: number;
  /** Ceiling × the 25th-percentile efficiency. */
  readonly lowTokensPerSecond: number;
  /** Ceiling × the median efficiency. */
  readonly typicalTokensPerSecond: number;
  /** Ceiling × the 75th-percentile efficiency. */
  readonly highTokensPerSecond: number;
}

/**
 * What real engines are likely to reach below a ceiling: the middle half of measured efficiencies
 * (pass `decodeEfficiencyBand`, or a band of your own rows).
 * @example predictedDecodeSpeed(200, { count: 4, min: 0.5, low: 0.6, median: 0.7, high: 0.8, max: 0.9 }).typicalTokensPerSecond // 140 (200 × the median)
 */
export function predictedDecodeSpeed(ceilingTokensPerSecond: number, band: EfficiencyBand): PredictedDecodeSpeed {
  return {
    ceilingTokensPerSecond,
    lowTokensPerSecond: ceilingTokensPerSecond * band.low,
    typicalTokensPerSecond: ceilingTokensPerSecond * band.median,
    highTokensPerSecond: ceilingTokensPerSecond * band.high,
  };
}
