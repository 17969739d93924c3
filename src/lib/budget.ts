/**
 * The memory budget: will a model fit? Total = weights + KV cache + runtime overhead, compared
 * with the memory a runtime can really use on a device, keeping a safety headroom. One function
 * decides, so the model pages, the hardware pages and the sizing chapter always agree.
 */
import { deviceUsableMemoryBytes } from './device';
import { requireFinite, requireInteger, requirePositive } from './guard';
// Types only: islands that size memory must not pull the hardware catalog into the browser.
import type { Device } from './hardware';
import { kvCacheBytes, kvCacheTypes, type AttentionGeometry, type KvCacheType } from './kv';
import type { Model } from './models';
import { quantFormats, type QuantFormat } from './quant';
import { gibToBytes } from './units';
import { weightBytes } from './weights';

/** Share of usable memory kept free: allocator slack, fragmentation, a browser tab, a spike. */
export const DEFAULT_HEADROOM_FRACTION = 0.1;

/**
 * The runtime's fixed cost: the GPU context (driver state and kernels) plus the runtime's own
 * buffers. A CUDA context alone takes 107 MiB on an RTX 4060 Ti and 555 MiB on an RTX PRO 6000
 * (llama.cpp PR #23604), about 300 MB with lazy loading (pytorch#107667); we take 512 MiB.
 */
export const FIXED_RUNTIME_OVERHEAD_BYTES = gibToBytes(0.5);

/** Tokens a llama.cpp compute graph processes at once (`n_ubatch`, default 512). */
export const DEFAULT_UBATCH_TOKENS = 512;

/** What the overhead model needs to know about a model. */
export interface OverheadModel {
  /** Vocabulary size: the logits buffer holds one float per token of the vocabulary. */
  readonly vocabSize: number;
  /** Query heads: without flash attention each one materialises a score matrix. */
  readonly attentionHeads: number;
}

/** Options of the workload that change the overhead. */
export interface OverheadOptions {
  /** Sequences served at once; llama.cpp sizes its cache and buffers for context × batch. */
  readonly batch?: number;
  /** Fused attention kernels (llama.cpp `-fa`, on by default where supported; vLLM, SGLang). */
  readonly flashAttention?: boolean;
  /** Tokens per compute step (`n_ubatch`). */
  readonly ubatchTokens?: number;
}

/** The runtime overhead, term by term. */
export interface OverheadBreakdown {
  /** FIXED_RUNTIME_OVERHEAD_BYTES. */
  readonly fixedBytes: number;
  /** The compute buffer: logits plus attention scratch, growing with context × batch. */
  readonly computeBufferBytes: number;
  /** fixedBytes + computeBufferBytes. */
  readonly totalBytes: number;
}

/**
 * Runtime overhead: a fixed part plus a compute buffer. The buffer holds the logits of one
 * micro-batch (ubatch × vocab × 4 bytes) and attention scratch over every cached token: the f32
 * score matrices (ubatch × tokens × heads × 4 bytes) without flash attention, only an f16 mask
 * (ubatch × tokens × 2 bytes) with it. Check: llama.cpp without flash attention logged a 32-layer
 * GQA model's compute buffer at 164 MiB for 2,048 tokens and 2,144 MiB for 32,768 (fedora-copr/
 * logdetective PR #106): 66 KiB per token, where this model says 512 × 32 heads × 4 B = 64 KiB.
 * @example runtimeOverhead({ vocabSize: 128256, attentionHeads: 32 }, 8192).totalBytes // 807927808 (0.5 GiB + 0.27 GB)
 */
export function runtimeOverhead(model: OverheadModel, contextTokens: number, options: OverheadOptions = {}): OverheadBreakdown {
  const { batch = 1, flashAttention = true, ubatchTokens = DEFAULT_UBATCH_TOKENS } = options;
  const vocab = requireInteger('vocabSize', model.vocabSize, 1);
  const heads = requireInteger('attentionHeads', model.attentionHeads, 1);
  const tokens = requireFinite('contextTokens', contextTokens) * requireInteger('batch', batch, 1);
  const ubatch = requireInteger('ubatchTokens', ubatchTokens, 1);
  const logitsBytes = ubatch * vocab * 4;
  const attentionScratchBytes = flashAttention ? ubatch * tokens * 2 : ubatch * tokens * heads * 4;
  const computeBufferBytes = logitsBytes + attentionScratchBytes;
  return { fixedBytes: FIXED_RUNTIME_OVERHEAD_BYTES, computeBufferBytes, totalBytes: FIXED_RUNTIME_OVERHEAD_BYTES + computeBufferBytes };
}

/** Everything about a model the budget needs. */
export interface BudgetModel extends OverheadModel {
  /** Every stored parameter: memory follows the total, even for a mixture of experts. */
  readonly totalParams: number;
  /** KV geometry. */
  readonly attention: AttentionGeometry;
}

/** The memory a workload runs in. */
export interface MemoryTarget {
  /** Memory a runtime can use, in bytes (a device's usable share, or a custom figure). */
  readonly usableBytes: number;
  /**
   * Extra system RAM layers can be offloaded to (discrete GPUs only), in usable bytes; 0 when
   * the memory is already the whole pool (unified memory, CPU RAM).
   */
  readonly offloadBytes: number;
}

/**
 * The memory a device offers: its usable share (`deviceUsableMemoryBytes`), plus system RAM to
 * offload to for a discrete GPU.
 * @example memoryTargetOf(requireDevice('apple-m4-max-128gb')).usableBytes // 103079215104 (96 GiB)
 */
export function memoryTargetOf(device: Pick<Device, 'kind' | 'memoryBytes' | 'usableMemoryFraction'>, systemRamBytes = gibToBytes(64) * 0.75): MemoryTarget {
  const discrete = device.kind === 'discrete-gpu' || device.kind === 'datacenter';
  return { usableBytes: deviceUsableMemoryBytes(device), offloadBytes: discrete ? requireFinite('systemRamBytes', systemRamBytes) : 0 };
}

/** A workload: how the model is run. */
export interface Workload {
  /** Effective bits per weight of the quant. */
  readonly bitsPerWeight: number;
  /** Context length per sequence, in tokens. */
  readonly contextTokens: number;
  /** Sequences at once. */
  readonly batch?: number;
  /** Stored bits per KV element (16, or 8.5 / 4.5 for q8_0 / q4_0). */
  readonly kvBits?: number;
  /** Fused attention (default true). */
  readonly flashAttention?: boolean;
  /** Share of usable memory kept free (default 10%). */
  readonly headroomFraction?: number;
}

/** The verdict, from best to worst. */
export type FitVerdict = 'fits' | 'tight' | 'offload' | 'no-fit';

/** Words for each verdict. */
export const fitVerdictLabels: Readonly<Record<FitVerdict, string>> = {
  fits: 'Fits',
  tight: 'Fits, but tight',
  offload: 'Needs CPU offload',
  'no-fit': 'Does not fit',
};

/** A memory budget, term by term, and its verdict. */
export interface MemoryBudget {
  readonly weightBytes: number;
  readonly kvBytes: number;
  readonly overhead: OverheadBreakdown;
  /** weights + KV + overhead. */
  readonly totalBytes: number;
  /** The usable memory. */
  readonly usableBytes: number;
  /** usableBytes × (1 − headroom): where "fits" ends. */
  readonly headroomLineBytes: number;
  /** How much more than the usable memory the workload needs (0 when it fits). */
  readonly shortfallBytes: number;
  /**
   * fits: under the headroom line. tight: over the line but within usable memory. offload: over
   * usable memory, but the rest fits in system RAM (slow: see `offloadDecode`). no-fit: neither.
   */
  readonly verdict: FitVerdict;
}

/**
 * The memory budget of running `model` with `workload` in `target`.
 * @example memoryBudget(requireModel('llama-3.1-8b'), { bitsPerWeight: 4.89, contextTokens: 8192 }, { usableBytes: gibToBytes(12), offloadBytes: 0 }).verdict // "fits"
 */
export function memoryBudget(model: BudgetModel, workload: Workload, target: MemoryTarget): MemoryBudget {
  const { bitsPerWeight, contextTokens, batch = 1, kvBits = 16, flashAttention = true, headroomFraction = DEFAULT_HEADROOM_FRACTION } = workload;
  const usableBytes = requirePositive('usableBytes', target.usableBytes);
  const headroom = requireFinite('headroomFraction', headroomFraction);
  if (headroom >= 1) throw new RangeError(`headroomFraction must be below 1 (got ${headroom}).`);
  const weights = weightBytes(model.totalParams, bitsPerWeight);
  const kv = kvCacheBytes(model.attention, contextTokens, { batch, kvBits });
  const overhead = runtimeOverhead(model, contextTokens, { batch, flashAttention });
  const totalBytes = weights + kv + overhead.totalBytes;
  const headroomLineBytes = usableBytes * (1 - headroom);
  const verdict: FitVerdict =
    totalBytes <= headroomLineBytes ? 'fits' : totalBytes <= usableBytes ? 'tight' : totalBytes <= usableBytes + target.offloadBytes ? 'offload' : 'no-fit';
  return {
    weightBytes: weights,
    kvBytes: kv,
    overhead,
    totalBytes,
    usableBytes,
    headroomLineBytes,
    shortfallBytes: Math.max(0, totalBytes - usableBytes),
    verdict,
  };
}

/** The largest n in [lo, hi] with fits(n), given fits is true up to some n and false after; lo − 1 when fits(lo) is false. */
function largestFitting(lo: number, hi: number, fits: (n: number) => boolean): number {
  if (!fits(lo)) return lo - 1;
  if (fits(hi)) return hi;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The longest context (tokens per sequence, up to `maxContextTokens`) that still "fits" — under
 * the headroom line — or 0 when even an empty cache does not. Budget grows monotonically with
 * context, so a binary search finds it.
 * @example largestContextThatFits(requireModel('llama-3.1-8b'), { bitsPerWeight: 4.89 }, { usableBytes: gibToBytes(24), offloadBytes: 0 }, 131072) // 131072
 */
export function largestContextThatFits(
  model: BudgetModel,
  workload: Omit<Workload, 'contextTokens'>,
  target: MemoryTarget,
  maxContextTokens: number,
): number {
  const fits = (tokens: number) => memoryBudget(model, { ...workload, contextTokens: tokens }, target).verdict === 'fits';
  return Math.max(0, largestFitting(0, requireInteger('maxContextTokens', maxContextTokens, 1), fits));
}

/**
 * The most sequences (concurrent users) at `contextTokens` each that still "fit", up to
 * `maxBatch`; 0 when not even one does.
 * @example largestBatchThatFits(requireModel('llama-3.1-8b'), { bitsPerWeight: 4.89, contextTokens: 8192 }, { usableBytes: gibToBytes(24), offloadBytes: 0 }, 64) // 16
 */
export function largestBatchThatFits(model: BudgetModel, workload: Omit<Workload, 'batch'>, target: MemoryTarget, maxBatch: number): number {
  const fits = (batch: number) => memoryBudget(model, { ...workload, batch }, target).verdict === 'fits';
  return Math.max(0, largestFitting(1, requireInteger('maxBatch', maxBatch, 1), fits));
}

/**
 * The quant type with the most bits per weight whose budget "fits", or undefined when none does.
 * @example bestQuantThatFits(requireModel('llama-3.1-70b'), { contextTokens: 8192 }, { usableBytes: gibToBytes(24), offloadBytes: 0 })?.name // "IQ1_M"
 */
export function bestQuantThatFits(
  model: BudgetModel,
  workload: Omit<Workload, 'bitsPerWeight'>,
  target: MemoryTarget,
  formats: readonly QuantFormat[] = quantFormats,
): QuantFormat | undefined {
  return [...formats]
    .sort((a, b) => b.bitsPerWeight - a.bitsPerWeight)
    .find((quant) => memoryBudget(model, { ...workload, bitsPerWeight: quant.bitsPerWeight }, target).verdict === 'fits');
}

/**
 * Layers of a model that fit in `usableBytes` under the headroom line when the rest is offloaded
 * to system RAM: the runtime overhead stays on the GPU and each layer brings 1/L of the weights
 * and KV cache (the split `offloadDecode` assumes).
 * @example gpuLayersThatFit(requireModel('llama-3.1-70b'), { bitsPerWeight: 4.89, contextTokens: 8192 }, gibToBytes(24)) // 39 (of 80)
 */
export function gpuLayersThatFit(model: BudgetModel, workload: Workload, usableBytes: number): number {
  const budget = memoryBudget(model, workload, { usableBytes, offloadBytes: 0 });
  const layers = model.attention.layers;
  const perLayerBytes = (budget.weightBytes + budget.kvBytes) / layers;
  const room = budget.headroomLineBytes - budget.overhead.totalBytes;
  return Math.min(layers, Math.max(0, Math.floor(room / perLayerBytes)));
}

/** One change that makes a workload fit, on its own, with the budget it leads to. */
export type FitRemedy =
  /** A smaller quant type: the best one that fits. */
  | { readonly kind: 'quant'; readonly quant: QuantFormat; readonly budget: MemoryBudget }
  /** A shorter context: the longest that fits. */
  | { readonly kind: 'context'; readonly contextTokens: number; readonly budget: MemoryBudget }
  /** A quantized KV cache: the largest KV type that fits. */
  | { readonly kind: 'kv'; readonly kvType: KvCacheType; readonly budget: MemoryBudget }
  /** Fewer concurrent users: the most that fit. */
  | { readonly kind: 'batch'; readonly batch: number; readonly budget: MemoryBudget }
  /** Keep `gpuLayers` of `layers` in VRAM and the rest in system RAM (slower: see `offloadDecode`). */
  | { readonly kind: 'offload'; readonly gpuLayers: number; readonly layers: number };

/**
 * What would bring a workload under the headroom line, one change at a time: a smaller quant,
 * a shorter context, a quantized KV cache, fewer users, or (for a discrete GPU with room in system
 * RAM) offloading layers. Empty when it already fits; a change that cannot help is left out.
 * @example fitRemedies(requireModel('llama-3.1-70b'), { bitsPerWeight: 4.89, contextTokens: 8192 }, memoryTargetOf(requireDevice('geforce-rtx-4090'))).map((r) => r.kind) // ["quant", "offload"]
 */
export function fitRemedies(
  model: BudgetModel & { readonly maxContextTokens?: number },
  workload: Workload,
  target: MemoryTarget,
  formats: readonly QuantFormat[] = quantFormats,
): FitRemedy[] {
  const current = memoryBudget(model, workload, target);
  if (current.verdict === 'fits') return [];
  const { bitsPerWeight, contextTokens, batch = 1, kvBits = 16 } = workload;
  const remedies: FitRemedy[] = [];
  const budgetWith = (change: Partial<Workload>) => memoryBudget(model, { ...workload, ...change }, target);

  const quant = bestQuantThatFits(model, workload, target, formats.filter((q) => q.bitsPerWeight < bitsPerWeight));
  if (quant) remedies.push({ kind: 'quant', quant, budget: budgetWith({ bitsPerWeight: quant.bitsPerWeight }) });

  const tokens = largestContextThatFits(model, workload, target, Math.max(1, Math.floor(contextTokens)));
  if (tokens > 0 && tokens < contextTokens) remedies.push({ kind: 'context', contextTokens: tokens, budget: budgetWith({ contextTokens: tokens }) });

  const kvType = [...kvCacheTypes]
    .filter((t) => t.bits < kvBits)
    .sort((a, b) => b.bits - a.bits)
    .find((t) => budgetWith({ kvBits: t.bits }).verdict === 'fits');
  if (kvType) remedies.push({ kind: 'kv', kvType, budget: budgetWith({ kvBits: kvType.bits }) });

  if (batch > 1) {
    const users = largestBatchThatFits(model, workload, target, batch - 1);
    if (users > 0) remedies.push({ kind: 'batch', batch: users, budget: budgetWith({ batch: users }) });
  }

  if (current.verdict === 'offload') {
    remedies.push({ kind: 'offload', gpuLayers: gpuLayersThatFit(model, workload, target.usableBytes), layers: model.attention.layers });
  }
  return remedies;
}

/** What `modelOfSize` needs of a catalog model to borrow its shape. */
export type ShapeSource = BudgetModel & Pick<Model, 'name' | 'attentionKind' | 'activeParams'>;

/** A model known only by its size, shaped like a catalog model. */
export interface SizedModel<M extends ShapeSource = ShapeSource> extends BudgetModel {
  /** The catalog model whose KV geometry, vocabulary and heads it borrows. */
  readonly like: M;
}

/**
 * A stand-in for a model known only by its parameter count: `params` parameters with the KV
 * geometry, vocabulary and heads of the dense grouped-query model of `catalog` nearest in size (on
 * a log scale). Its weights are exact; its KV cache and overhead are estimates.
 * @example modelOfSize(8e9, models).like.id // "llama-3.1-8b"
 */
export function modelOfSize<M extends ShapeSource>(params: number, catalog: readonly M[]): SizedModel<M> {
  requirePositive('params', params);
  const candidates = catalog.filter((m) => m.attentionKind === 'GQA' && m.activeParams === m.totalParams);
  if (candidates.length === 0) throw new RangeError('modelOfSize needs at least one dense grouped-query model to borrow a shape from.');
  const distance = (m: M) => Math.abs(Math.log(m.totalParams / params));
  const like = candidates.reduce((best, m) => (distance(m) < distance(best) ? m : best));
  return { totalParams: params, attention: like.attention, vocabSize: like.vocabSize, attentionHeads: like.attentionHeads, like };
}

/**
 * The model with the most parameters among `candidates` whose budget fits `target` at `workload`
 * (under the headroom line), or undefined when none does.
 * @example largestModelThatFits(models, { bitsPerWeight: 4.89, contextTokens: 8192 }, memoryTargetOf(requireDevice('geforce-rtx-4090')))?.id // "qwen3-32b"
 */
export function largestModelThatFits<M extends BudgetModel>(candidates: readonly M[], workload: Workload, target: MemoryTarget): M | undefined {
  return [...candidates].sort((a, b) => b.totalParams - a.totalParams).find((m) => memoryBudget(m, workload, target).verdict === 'fits');
}
