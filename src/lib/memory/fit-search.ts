/**
 * Searches over the memory budget (budget.ts): the longest context, the most users, the most bits
 * per weight or the largest model that still fits, and the changes that would make a workload fit.
 * Apart from the budget itself, which the decode-ceiling instrument needs without the searches.
 */
import { lastWhere } from '../core/bisect';
import { memoryBudget, gpuLayersThatFit, type BudgetModel, type MemoryBudget, type MemoryTarget, type Workload } from './budget';
import { requireInteger } from '../core/guard';
import { kvCacheTypes, type KvCacheType } from './kv';
import { quantFormats, type QuantFormat } from '../quant/formats';
import { quantWeightBytes } from './weights';

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
  return Math.max(0, lastWhere(0, requireInteger('maxContextTokens', maxContextTokens, 1), fits));
}

/**
 * The most sequences (concurrent users) at `contextTokens` each that still "fit", up to
 * `maxBatch`; 0 when not even one does.
 * @example largestBatchThatFits(requireModel('llama-3.1-8b'), { bitsPerWeight: 4.89, contextTokens: 8192 }, { usableBytes: gibToBytes(24), offloadBytes: 0 }, 64) // 16
 */
export function largestBatchThatFits(
  model: BudgetModel,
  workload: Omit<Workload, 'batch'>,
  target: MemoryTarget,
  maxBatch: number,
): number {
  const fits = (batch: number) => memoryBudget(model, { ...workload, batch }, target).verdict === 'fits';
  return Math.max(0, lastWhere(1, requireInteger('maxBatch', maxBatch, 1), fits));
}

/**
 * The quant type with the largest weights (the model's own file sizes when it has them, else the
 * most bits per weight) whose budget "fits", or undefined when none does.
 * @example bestQuantThatFits(requireModel('llama-3.1-70b'), { contextTokens: 8192 }, { usableBytes: gibToBytes(24), offloadBytes: 0 })?.name // "IQ1_M"
 */
export function bestQuantThatFits(
  model: BudgetModel,
  workload: Omit<Workload, 'bitsPerWeight' | 'quant'>,
  target: MemoryTarget,
  formats: readonly QuantFormat[] = quantFormats,
): QuantFormat | undefined {
  const at = (quant: QuantFormat): Workload => ({ ...workload, quant: quant.name, bitsPerWeight: quant.bitsPerWeight });
  return [...formats]
    .sort((a, b) => quantWeightBytes(model, b) - quantWeightBytes(model, a) || b.bitsPerWeight - a.bitsPerWeight)
    .find((quant) => memoryBudget(model, at(quant), target).verdict === 'fits');
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
  const { contextTokens, batch = 1, kvBits = 16 } = workload;
  const remedies: FitRemedy[] = [];
  const budgetWith = (change: Partial<Workload>) => memoryBudget(model, { ...workload, ...change }, target);

  const smaller = formats.filter((q) => quantWeightBytes(model, q) < current.weightBytes);
  const quant = bestQuantThatFits(model, workload, target, smaller);
  if (quant) remedies.push({ kind: 'quant', quant, budget: budgetWith({ quant: quant.name, bitsPerWeight: quant.bitsPerWeight }) });

  const tokens = largestContextThatFits(model, workload, target, Math.max(1, Math.floor(contextTokens)));
  if (tokens > 0 && tokens < contextTokens)
    remedies.push({ kind: 'context', contextTokens: tokens, budget: budgetWith({ contextTokens: tokens }) });

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

/**
 * The model with the most parameters among `candidates` whose budget fits `target` at `workload`
 * (under the headroom line), or undefined when none does.
 * @example largestModelThatFits(models, { bitsPerWeight: 4.89, contextTokens: 8192 }, memoryTargetOf(requireDevice('geforce-rtx-4090')))?.id // "qwen3-32b"
 */
export function largestModelThatFits<M extends BudgetModel>(
  candidates: readonly M[],
  workload: Workload,
  target: MemoryTarget,
): M | undefined {
  return [...candidates].sort((a, b) => b.totalParams - a.totalParams).find((m) => memoryBudget(m, workload, target).verdict === 'fits');
}
