/**
 * Throughput against batch size. One decode step produces one token for each of the b running
 * sequences; it reads the weights once for all of them (for a mixture of experts, the union of
 * the experts the batch routes to), reads every sequence's KV cache, and does 2 · N_act FLOPs per
 * sequence. Its time is the larger of the memory time and the compute time, plus an optional
 * fixed cost:
 *
 *   t_step(b) = max((W_read(b) + b · K(T)) ÷ BW, 2 · N_act · b ÷ F) + t₀
 *
 * so the batch gets b ÷ t_step(b) tokens per second and each user 1 ÷ t_step(b). At b = 1 with t₀ = 0 this is
 * the single-stream decode ceiling of `bandwidth.ts`. The batch cannot exceed the sequences whose
 * KV cache fits in the memory the weights leave (`sequencesThatFit`).
 *
 * Left out, on purpose: attention FLOPs (small next to 2 · N_act below ~10K tokens), prefill
 * interleaved with decode, and any kernel inefficiency — the curve is a ceiling, not a forecast.
 */
import { lastWhere } from '../core/bisect';
import { decodeBytesPerToken, decodeCeilingTokensPerSecond, type DecodeModel } from '../speed/bandwidth';
import { deviceFlopsPerSecond, type ComputeDevice } from '../speed/prefill';
import { requireFinite, requireInteger, requirePositive } from '../core/guard';
import { kvCacheBytes } from '../memory/kv';
import { sequencesThatFit } from './kv-blocks';
import type { MlpKind } from '../memory/params';
import { weightBytes } from '../memory/weights';

/** What the throughput model needs to know about a model; a catalog `Model` satisfies it. */
export interface ThroughputModel extends DecodeModel {
  /** Every stored parameter: what must fit in memory, and the most a step can read. */
  readonly totalParams: number;
  /** Transformer layers L. */
  readonly layers: number;
  /** Hidden size d_model (an expert's matrices are d_model × d_expert). */
  readonly hiddenSize: number;
  /** Gated (3 matrices per expert) or plain (2). Default gated. */
  readonly mlpKind?: MlpKind;
  /** MoE: routed experts per MoE layer E. */
  readonly experts?: number;
  /** MoE: experts each token is routed to, k. */
  readonly expertsPerToken?: number;
  /** MoE: MLP width of one expert. */
  readonly expertIntermediateSize?: number;
  /** MoE: leading layers with a dense MLP instead of experts. */
  readonly denseLayers?: number;
}

/** What the throughput model needs to know about a device. */
export interface ThroughputDevice {
  /** Memory bandwidth, bytes per second. */
  readonly bandwidthBytesPerSecond: number;
  /** Dense FLOP/s of the weight products (`deviceFlopsPerSecond`), or null when unknown: then only the memory bound is modelled. */
  readonly flopsPerSecond: number | null;
}

/** The workload of every sequence in the batch. */
export interface ThroughputWorkload {
  /** Effective bits per weight of the model file. */
  readonly bitsPerWeight: number;
  /** Tokens in each sequence's context (its KV cache length). */
  readonly contextTokens: number;
  /** Bits per stored K/V element. Default 16. */
  readonly kvBits?: number;
  /** Fixed cost of a step, seconds (kernel launches, sampling, scheduling). Default 0. */
  readonly stepOverheadSeconds?: number;
  /**
   * MoE only: how the batch's tokens pick experts. `'independent'` (default): each token routes on
   * its own, uniformly, so the union grows with the batch. `'identical'`: every sequence is the same
   * (as in llama-batched-bench, which feeds all sequences token 0), so the batch reads only k experts.
   */
  readonly expertRouting?: ExpertRouting;
}

/** How a batch's tokens choose experts; see `ThroughputWorkload.expertRouting`. */
export type ExpertRouting = 'independent' | 'identical';

/** One batch size, worked out. */
export interface BatchPoint {
  /** Sequences decoded together, b. */
  readonly batch: number;
  /** Weight bytes the step reads (the expert union for MoE). */
  readonly weightBytes: number;
  /** KV bytes the step reads: b · K(T). */
  readonly kvBytes: number;
  /** (weight + KV bytes) ÷ bandwidth. */
  readonly memorySeconds: number;
  /** 2 · N_act · b ÷ F, or null when F is unknown. */
  readonly computeSeconds: number | null;
  /** max(memory, compute) + fixed cost. */
  readonly stepSeconds: number;
  /** b ÷ step time: what the server delivers. */
  readonly aggregateTokensPerSecond: number;
  /** 1 ÷ step time: what each user sees. */
  readonly perUserTokensPerSecond: number;
  /** Which bound sets the step time. */
  readonly bound: 'memory' | 'compute';
}

/**
 * Expected number of distinct experts a layer reads when `tokens` tokens each pick `perToken` of
 * `experts` experts, uniformly and independently: E · (1 − (1 − k/E)^b). An expert is missed by one
 * token with probability 1 − k/E, so by all b with (1 − k/E)^b. Real routers are not uniform —
 * popular experts and similar tokens overlap more — so this is an upper bound on the union, and
 * the weight read it implies is pessimistic at middle batch sizes.
 * @example expectedExpertsTouched(128, 8, 1) // 8
 * @example expectedExpertsTouched(32, 4, 32) // ≈ 31.55 (gpt-oss-20b: almost every expert at batch 32)
 */
export function expectedExpertsTouched(experts: number, perToken: number, tokens: number): number {
  requireInteger('experts', experts, 1);
  requireInteger('perToken', perToken, 1);
  requireFinite('tokens', tokens, 0);
  if (perToken > experts) throw new RangeError(`perToken (${perToken}) cannot exceed experts (${experts}).`);
  return experts * (1 - (1 - perToken / experts) ** tokens);
}

/** MoE geometry, or null for a dense model. */
function moeShape(model: ThroughputModel): { experts: number; perToken: number; expertParams: number; moeLayers: number } | null {
  const { experts, expertsPerToken, expertIntermediateSize } = model;
  if (experts === undefined || expertsPerToken === undefined || expertIntermediateSize === undefined) return null;
  const matrices = model.mlpKind === 'plain' ? 2 : 3;
  return {
    experts,
    perToken: expertsPerToken,
    expertParams: matrices * model.hiddenSize * expertIntermediateSize,
    moeLayers: model.layers - (model.denseLayers ?? 0),
  };
}

/**
 * Parameters one decode step reads for a batch: N_act for a dense model; for a mixture of experts,
 * N_act plus the extra experts the rest of the batch routes to,
 * N_act + L_moe · p_expert · (E_touched(b) − k), never more than all parameters (p_expert from the
 * geometry: 3 · d_model · d_expert for a gated MLP). With `'identical'` routing it stays N_act.
 * At b = 1 it is N_act, so the batch-1 step is the single-stream decode of chapter 4.
 * @example weightParamsReadPerStep({ activeParams: 8e9, totalParams: 8e9, layers: 32, hiddenSize: 4096, attention: { kind: 'gqa', layers: 32, kvHeads: 8, headDim: 128 } }, 64) // 8e9
 */
export function weightParamsReadPerStep(model: ThroughputModel, batch: number, routing: ExpertRouting = 'independent'): number {
  requireFinite('batch', batch, 1);
  const moe = moeShape(model);
  if (!moe || routing === 'identical') return model.activeParams;
  const extraExperts = expectedExpertsTouched(moe.experts, moe.perToken, batch) - moe.perToken;
  return Math.min(model.totalParams, model.activeParams + moe.moeLayers * moe.expertParams * extraExperts);
}

/**
 * The step of a batch of `batch` sequences: bytes read, time, bound and both throughputs.
 * @example batchStep(requireModel('llama-3.1-8b'), throughputDeviceOf(requireDevice('geforce-rtx-4090')), { bitsPerWeight: 4.8944, contextTokens: 4096 }, 1).aggregateTokensPerSecond // ≈ 185.0 (= the decode ceiling)
 */
export function batchStep(model: ThroughputModel, device: ThroughputDevice, workload: ThroughputWorkload, batch: number): BatchPoint {
  requireInteger('batch', batch, 1);
  const bandwidth = requirePositive('bandwidthBytesPerSecond', device.bandwidthBytesPerSecond);
  const overhead = requireFinite('stepOverheadSeconds', workload.stepOverheadSeconds ?? 0);
  const single = decodeBytesPerToken(model, workload.bitsPerWeight, workload.contextTokens, { kvBits: workload.kvBits ?? 16 });
  const weights = weightBytes(weightParamsReadPerStep(model, batch, workload.expertRouting), workload.bitsPerWeight);
  const kv = batch * single.kvBytes;
  const memorySeconds = (weights + kv) / bandwidth;
  const flops = device.flopsPerSecond === null ? null : requirePositive('flopsPerSecond', device.flopsPerSecond);
  const computeSeconds = flops === null ? null : (2 * model.activeParams * batch) / flops;
  const bound = computeSeconds !== null && computeSeconds > memorySeconds ? 'compute' : 'memory';
  const stepSeconds = Math.max(memorySeconds, computeSeconds ?? 0) + overhead;
  return {
    batch,
    weightBytes: weights,
    kvBytes: kv,
    memorySeconds,
    computeSeconds,
    stepSeconds,
    aggregateTokensPerSecond: batch / stepSeconds,
    perUserTokensPerSecond: 1 / stepSeconds,
    bound,
  };
}

/**
 * The single-stream speed the batch model starts from: `decodeCeilingTokensPerSecond` over the
 * bytes one token reads. `batchStep(…, 1)` equals it when there is no fixed cost.
 * @example singleStreamTokensPerSecond(requireModel('llama-3.1-8b'), throughputDeviceOf(requireDevice('geforce-rtx-4090')), { bitsPerWeight: 4.8944, contextTokens: 4096 }) // ≈ 185.0
 */
export function singleStreamTokensPerSecond(model: ThroughputModel, device: ThroughputDevice, workload: ThroughputWorkload): number {
  const bytes = decodeBytesPerToken(model, workload.bitsPerWeight, workload.contextTokens, { kvBits: workload.kvBits ?? 16 });
  return decodeCeilingTokensPerSecond(device.bandwidthBytesPerSecond, bytes.totalBytes);
}

/**
 * The compute roof: the most tokens per second a device's arithmetic allows, F ÷ 2·N (two FLOPs
 * per active parameter per token), whatever the batch; null when F is not published.
 * @example computeRoofTokensPerSecond({ activeParams: 8e9 }, { flopsPerSecond: 1.652e14 }) // 10325
 */
export function computeRoofTokensPerSecond(
  model: Pick<ThroughputModel, 'activeParams'>,
  device: Pick<ThroughputDevice, 'flopsPerSecond'>,
): number | null {
  if (device.flopsPerSecond === null) return null;
  return requirePositive('flopsPerSecond', device.flopsPerSecond) / (2 * requirePositive('activeParams', model.activeParams));
}

/**
 * Bytes left for the KV cache once the weights are loaded: M − W (runtime buffers not counted).
 * Negative when the weights alone do not fit.
 * @example kvBudgetBytes(96e9, { totalParams: 70e9 }, 4) // 6.1e10
 */
export function kvBudgetBytes(usableMemoryBytes: number, model: Pick<ThroughputModel, 'totalParams'>, bitsPerWeight: number): number {
  return requireFinite('usableMemoryBytes', usableMemoryBytes) - weightBytes(model.totalParams, bitsPerWeight);
}

/**
 * The largest batch whose KV caches fit next to the weights: ⌊(M − W) ÷ K(T)⌋ (Eq. "batch-limit").
 * @example kvLimitBatch(requireModel('llama-3.1-8b'), 24 * 2 ** 30, { bitsPerWeight: 4.8944, contextTokens: 4096 }) // 38
 */
export function kvLimitBatch(model: ThroughputModel, usableMemoryBytes: number, workload: ThroughputWorkload): number {
  const perSequence = kvCacheBytes(model.attention, workload.contextTokens, { kvBits: workload.kvBits ?? 16 });
  return sequencesThatFit(kvBudgetBytes(usableMemoryBytes, model, workload.bitsPerWeight), perSequence);
}

/**
 * The smallest batch at which compute time reaches memory time (the compute knee), searching
 * 1…`limit`; null when F is unknown or the step stays memory-bound up to the limit (long contexts:
 * the KV read grows with b as fast as the FLOPs do).
 * @example computeKneeBatch(requireModel('llama-3.1-8b'), throughputDeviceOf(requireDevice('geforce-rtx-4090')), { bitsPerWeight: 4.8944, contextTokens: 0 }, 4096) // 101 (⌈computeBoundTokensPerStep⌉ = ⌈100.2⌉ at the FP16-accumulate 330.3 TFLOPS)
 */
export function computeKneeBatch(
  model: ThroughputModel,
  device: ThroughputDevice,
  workload: ThroughputWorkload,
  limit: number,
): number | null {
  requireInteger('limit', limit, 1);
  if (device.flopsPerSecond === null) return null;
  // Memory time minus compute time falls as b grows (weights are shared, FLOPs are not), so bisect.
  const crossed = (b: number) => {
    const point = batchStep(model, device, { ...workload, stepOverheadSeconds: 0 }, b);
    return point.computeSeconds! >= point.memorySeconds;
  };
  if (!crossed(limit)) return null;
  return lastWhere(1, limit, (b) => !crossed(b)) + 1;
}

/** Batch sizes for a smooth curve on a log axis: 1, 2, 3, 4, 5, 6, 8, 10, 11, 13, 16 … up to `max`. @example logBatches(8) // [1, 2, 3, 4, 5, 6, 7, 8] */
export function logBatches(max: number): number[] {
  requireInteger('max', max, 1);
  const batches = new Set<number>();
  for (let i = 0; 2 ** (i / 8) <= max; i++) batches.add(Math.round(2 ** (i / 8)));
  batches.add(max);
  return [...batches].sort((a, b) => a - b);
}

/** A whole curve and its two knees. */
export interface ThroughputCurve {
  /** One point per batch size from 1 to the largest shown. */
  readonly points: readonly BatchPoint[];
  /** Smallest batch that is compute-bound, or null (unknown F, or never within the limit). */
  readonly computeKnee: number | null;
  /** Largest batch whose KV caches fit (0 when not even one fits). */
  readonly kvLimit: number;
}

/**
 * Throughput from batch 1 up to the KV limit (or `maxBatch`, whichever is smaller), with the
 * compute knee and the KV limit. When no sequence fits, `points` is empty.
 * @example throughputCurve(requireModel('llama-3.1-8b'), throughputDeviceOf(requireDevice('geforce-rtx-4090')), 24 * 2 ** 30, { bitsPerWeight: 4.8944, contextTokens: 4096 }, 4096).kvLimit // 38
 */
export function throughputCurve(
  model: ThroughputModel,
  device: ThroughputDevice,
  usableMemoryBytes: number,
  workload: ThroughputWorkload,
  maxBatch: number,
): ThroughputCurve {
  requireInteger('maxBatch', maxBatch, 1);
  const kvLimit = kvLimitBatch(model, usableMemoryBytes, workload);
  const shown = Math.min(kvLimit, maxBatch);
  const points = shown >= 1 ? logBatches(shown).map((b) => batchStep(model, device, workload, b)) : [];
  const computeKnee = shown >= 1 ? computeKneeBatch(model, device, workload, Math.max(1, Math.min(kvLimit, maxBatch))) : null;
  return { points, computeKnee, kvLimit };
}

/**
 * A catalog device as the throughput model sees it: its bandwidth, and the rate it multiplies
 * weights of `quantName` at (`deviceFlopsPerSecond`; default F16, FP16 with FP16 accumulate).
 * @example throughputDeviceOf(requireDevice('geforce-rtx-4090'), 'Q4_K_M').flopsPerSecond // 6.606e14 (INT8 tensor cores)
 * @example throughputDeviceOf({ kind: 'discrete-gpu', bandwidthBytesPerSecond: 288e9, fp16TflopsDense: null, fp16AccTflopsDense: null, int8TopsDense: null }).flopsPerSecond // null (no published figure: only the memory bound is drawn)
 */
export function throughputDeviceOf(
  device: ComputeDevice & { readonly bandwidthBytesPerSecond: number },
  quantName = 'F16',
): ThroughputDevice {
  return { bandwidthBytesPerSecond: device.bandwidthBytesPerSecond, flopsPerSecond: deviceFlopsPerSecond(device, quantName) };
}
