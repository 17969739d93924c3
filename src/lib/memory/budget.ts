/**
 * The memory budget: will a model fit? Total = weights + KV cache + runtime overhead, compared
 * with the memory a runtime can really use on a device, keeping a safety headroom. One function
 * decides, so the model pages, the hardware pages and the sizing chapter always agree.
 */
import { deviceUsableMemoryBytes, isDiscreteGpu, usableSystemRamBytes } from '../catalog/device';
import { requireFinite, requireInteger, requirePositive } from '../core/guard';
// Types only: islands that size memory must not pull the hardware catalog into the browser.
import type { Device } from '../catalog/hardware';
import { kvCacheBytes, type AttentionGeometry } from './kv';
import type { Model } from '../catalog/models';
import { gibToBytes } from '../core/units';
import { quantWeightBytes } from './weights';

/** Share of usable memory kept free: allocator slack, fragmentation, a browser tab, a spike. @example DEFAULT_HEADROOM_FRACTION // 0.1 */
export const DEFAULT_HEADROOM_FRACTION = 0.1;

/**
 * The runtime's fixed cost: the GPU context (driver state and kernels) plus the runtime's own
 * buffers. A CUDA context alone takes 107 MiB on an RTX 4060 Ti and 555 MiB on an RTX PRO 6000
 * (llama.cpp PR #23604), about 300 MB with lazy loading (pytorch#107667); we take 512 MiB.
 * @example FIXED_RUNTIME_OVERHEAD_BYTES // 536870912 (512 MiB)
 */
export const FIXED_RUNTIME_OVERHEAD_BYTES = gibToBytes(0.5);

/** Tokens a llama.cpp compute graph processes at once (`n_ubatch`, default 512). @example DEFAULT_UBATCH_TOKENS // 512 */
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
  /**
   * Bytes of the model's GGUF file at each quant type, computed from its tensors (`ggufFileSizes`).
   * A model without them (a stand-in known only by its size) is sized at totalParams × bpw ÷ 8.
   */
  readonly fileBytesByQuant?: Readonly<Record<string, number>>;
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
export function memoryTargetOf(
  device: Pick<Device, 'kind' | 'memoryBytes' | 'usableMemoryFraction'>,
  systemRamBytes = usableSystemRamBytes(gibToBytes(64)),
): MemoryTarget {
  return {
    usableBytes: deviceUsableMemoryBytes(device),
    offloadBytes: isDiscreteGpu(device) ? requireFinite('systemRamBytes', systemRamBytes) : 0,
  };
}

/** A workload: how the model is run. */
export interface Workload {
  /** Effective bits per weight of the quant: sizes the weights of a model without `fileBytesByQuant`. */
  readonly bitsPerWeight: number;
  /** The quant type's name (`'Q4_K_M'`): picks the model's own file size when it has one. */
  readonly quant?: string;
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

/** Words for each verdict. @example fitVerdictLabels.offload // "Needs CPU offload" */
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
  const { contextTokens, batch = 1, kvBits = 16, flashAttention = true, headroomFraction = DEFAULT_HEADROOM_FRACTION } = workload;
  const usableBytes = requirePositive('usableBytes', target.usableBytes);
  const headroom = requireFinite('headroomFraction', headroomFraction);
  if (headroom >= 1) throw new RangeError(`headroomFraction must be below 1 (got ${headroom}).`);
  const weights = quantWeightBytes(model, { name: workload.quant, bitsPerWeight: workload.bitsPerWeight });
  const kv = kvCacheBytes(model.attention, contextTokens, { batch, kvBits });
  const overhead = runtimeOverhead(model, contextTokens, { batch, flashAttention });
  const totalBytes = weights + kv + overhead.totalBytes;
  const headroomLineBytes = usableBytes * (1 - headroom);
  const verdict: FitVerdict =
    totalBytes <= headroomLineBytes
      ? 'fits'
      : totalBytes <= usableBytes
        ? 'tight'
        : totalBytes <= usableBytes + target.offloadBytes
          ? 'offload'
          : 'no-fit';
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

/**
 * Bytes of weights and KV cache one layer brings: each of L layers holds 1/L of both (the split
 * `offloadDecode` assumes).
 * @example layerBytes({ weightBytes: 40e9, kvBytes: 8e9 }, 80) // 600000000
 */
export function layerBytes(budget: Pick<MemoryBudget, 'weightBytes' | 'kvBytes'>, layers: number): number {
  return (budget.weightBytes + budget.kvBytes) / requireInteger('layers', layers, 1);
}

/**
 * Bytes of weights and KV cache left in system RAM with `gpuLayers` of `layers` on the GPU.
 * @example offloadedBytes({ weightBytes: 40e9, kvBytes: 8e9 }, 80, 60) // 12000000000
 */
export function offloadedBytes(budget: Pick<MemoryBudget, 'weightBytes' | 'kvBytes'>, layers: number, gpuLayers: number): number {
  requireInteger('gpuLayers', gpuLayers, 0);
  if (gpuLayers > layers) throw new RangeError(`gpuLayers (${gpuLayers}) cannot exceed layers (${layers}).`);
  return layerBytes(budget, layers) * (layers - gpuLayers);
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
  const perLayerBytes = layerBytes(budget, layers);
  const room = budget.headroomLineBytes - budget.overhead.totalBytes;
  return Math.min(layers, Math.max(0, Math.floor(room / perLayerBytes)));
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
