/**
 * Checks for the model and hardware catalogs, run when `models.ts` and `hardware.ts` load: a
 * malformed entry throws an Error naming the entry and the field, so it fails the build (and the
 * unit tests) instead of reaching a reader as NaN. Plain functions, no schema library.
 */
import type { Device } from './hardware';
import type { Model } from './models';
import { tokenizerMetadata } from '../quant/gguf-header';
import { LLAMA_CPP_ARCHS } from '../quant/tensor-list';

/** Catalog ids: lowercase letters and digits in runs joined by single dots or hyphens. @example SLUG_PATTERN.test('llama-3.1-8b') // true */
export const SLUG_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** Plausible ranges; a value outside one is a typo (a unit slip, a missing zero), not a new product. @example CATALOG_RANGES.bandwidthBytesPerSecond[0] // 1e10 */
export const CATALOG_RANGES = {
  /** Total parameters of a model: 100 million to 10 trillion. */
  params: [1e8, 1e13],
  /** Context length in tokens. */
  contextTokens: [512, 1e7],
  /** Device memory: 1 GiB to 4 TiB. */
  memoryBytes: [2 ** 30, 2 ** 42],
  /** Memory bandwidth: 10 GB/s (one DDR channel) to 20 TB/s. */
  bandwidthBytesPerSecond: [1e10, 2e13],
  /** Dense 16-bit tensor throughput in TFLOPS. */
  fp16TflopsDense: [1, 10_000],
  /** Dense tensor throughput at any precision (FP16, INT8, FP8) in TFLOPS or TOPS. */
  tensorTflopsDense: [1, 20_000],
  /** Launch price in US dollars. */
  priceUsd: [50, 1e6],
} as const satisfies Record<string, readonly [number, number]>;

/** Whether `id` is a catalog slug. @example isSlug('llama-3.1-8b') // true */
export function isSlug(id: unknown): boolean {
  return typeof id === 'string' && SLUG_PATTERN.test(id);
}

/** An invalid catalog entry: the message names the catalog, the entry and the field. @example new CatalogError('Device', 'l4', 'memoryBytes', 'must be greater than 0 (got 0)').name // "CatalogError" */
export class CatalogError extends Error {
  /**
   * @example new CatalogError('Model', 'phi-4', 'layers', 'must be a whole number (got 1.5)').message // "Model \"phi-4\": layers must be a whole number (got 1.5)."
   */
  constructor(kind: string, id: string, field: string, problem: string) {
    super(`${kind} "${id}": ${field} ${problem}.`);
    this.name = 'CatalogError';
  }
}

/** Options for `checkNumber`: whole number, minimum (default: greater than 0), maximum. */
export interface NumberRule {
  /** Must be a whole number. */
  readonly integer?: boolean;
  /** Smallest allowed value (inclusive). Defaults to "greater than 0". */
  readonly min?: number;
  /** Largest allowed value (inclusive). */
  readonly max?: number;
}

/**
 * Throws a `CatalogError` unless `value` is a finite number > 0 (or within `rule`).
 * @example checkNumber('Model', 'phi-4', 'layers', 40, { integer: true }) // 40
 */
export function checkNumber(kind: string, id: string, field: string, value: unknown, rule: NumberRule = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CatalogError(kind, id, field, `must be a finite number (got ${String(value)})`);
  }
  if (rule.integer && !Number.isInteger(value)) throw new CatalogError(kind, id, field, `must be a whole number (got ${value})`);
  if (rule.min === undefined ? value <= 0 : value < rule.min) {
    throw new CatalogError(
      kind,
      id,
      field,
      rule.min === undefined ? `must be greater than 0 (got ${value})` : `must be at least ${rule.min} (got ${value})`,
    );
  }
  if (rule.max !== undefined && value > rule.max) throw new CatalogError(kind, id, field, `must be at most ${rule.max} (got ${value})`);
  return value;
}

/** Throws unless `value` is a non-empty string. @example checkText('Device', 'l4', 'name', 'NVIDIA L4') // "NVIDIA L4" */
export function checkText(kind: string, id: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CatalogError(kind, id, field, 'must be a non-empty string');
  return value;
}

function checkOptionalNumber(kind: string, id: string, field: string, value: unknown, rule: NumberRule = {}): void {
  if (value !== undefined) checkNumber(kind, id, field, value, rule);
}

function checkUrl(kind: string, id: string, field: string, value: unknown): void {
  const text = checkText(kind, id, field, value);
  if (!/^https:\/\/\S+$/.test(text)) throw new CatalogError(kind, id, field, `must be an https URL (got "${text}")`);
}

function checkIsoDateOrNull(kind: string, id: string, field: string, value: unknown): void {
  if (value === null) return;
  const text = checkText(kind, id, field, value);
  const date = new Date(`${text}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  if (!valid) throw new CatalogError(kind, id, field, `must be an ISO date YYYY-MM-DD or null (got "${text}")`);
}

function entryId(kind: string, entry: unknown, index: number): string {
  const id = (entry as { id?: unknown } | null)?.id;
  if (!isSlug(id)) {
    throw new CatalogError(kind, `#${index}`, 'id', `must be a lowercase slug like "llama-3.1-8b" (got ${JSON.stringify(id)})`);
  }
  return id as string;
}

/**
 * Checks one model: positive whole-number geometry, active ≤ total, attention kind consistent with
 * the head counts, sliding layers ≤ layers, MoE fields complete. Throws a `CatalogError`.
 * @example checkModel(requireModel('llama-3.1-8b')) === undefined // true (no error)
 */
export function checkModel(model: Model, index = 0): void {
  const K = 'Model';
  const id = entryId(K, model, index);
  checkText(K, id, 'name', model.name);
  checkText(K, id, 'family', model.family);
  checkText(K, id, 'notes', model.notes);
  checkText(K, id, 'paramsNote', model.paramsNote);
  checkUrl(K, id, 'sourceUrl', model.sourceUrl);
  checkIsoDateOrNull(K, id, 'releaseDate', model.releaseDate);
  if (model.license !== null) checkText(K, id, 'license', model.license);
  if (model.paramsBasis !== 'published' && model.paramsBasis !== 'derived from geometry') {
    throw new CatalogError(
      K,
      id,
      'paramsBasis',
      `must be "published" or "derived from geometry" (got ${JSON.stringify(model.paramsBasis)})`,
    );
  }
  checkModelGeometry(model, id);
  checkGgufLayout(model, id);
}

/**
 * Checks what a model's numbers must satisfy, whatever their source (catalog entry or pasted
 * config.json): parameter counts in range, positive whole-number geometry, attention kind
 * consistent with the head counts, sliding layers ≤ layers, MoE fields complete. Throws a `CatalogError`.
 * @example checkModelGeometry(requireModel('qwen3-30b-a3b'), 'qwen3-30b-a3b') === undefined // true (no error)
 */
export function checkModelGeometry(model: Model, id: string): void {
  const K = 'Model';
  const [minParams, maxParams] = CATALOG_RANGES.params;
  const total = checkNumber(K, id, 'totalParams', model.totalParams, { min: minParams, max: maxParams });
  const active = checkNumber(K, id, 'activeParams', model.activeParams, { min: minParams, max: maxParams });
  if (active > total) throw new CatalogError(K, id, 'activeParams', `(${active}) cannot exceed totalParams (${total})`);

  const whole = { integer: true } as const;
  for (const field of ['hiddenSize', 'attentionHeads', 'layers', 'kvHeads', 'headDim', 'intermediateSize', 'vocabSize'] as const) {
    checkNumber(K, id, field, model[field], whole);
  }
  checkNumber(K, id, 'normsPerLayer', model.normsPerLayer, { integer: true, min: 0 });
  const [minContext, maxContext] = CATALOG_RANGES.contextTokens;
  checkNumber(K, id, 'maxContextTokens', model.maxContextTokens, { integer: true, min: minContext, max: maxContext });
  if (model.kvHeads > model.attentionHeads) {
    throw new CatalogError(K, id, 'kvHeads', `(${model.kvHeads}) cannot exceed attentionHeads (${model.attentionHeads})`);
  }
  if (model.attentionHeads % model.kvHeads !== 0) {
    throw new CatalogError(K, id, 'kvHeads', `(${model.kvHeads}) must divide attentionHeads (${model.attentionHeads})`);
  }
  for (const field of ['tiedEmbeddings', 'qkvBias', 'qkNorm', 'normBias'] as const) {
    if (typeof model[field] !== 'boolean') throw new CatalogError(K, id, field, 'must be true or false');
  }
  if (model.mlpKind !== 'gated' && model.mlpKind !== 'plain') throw new CatalogError(K, id, 'mlpKind', 'must be "gated" or "plain"');

  switch (model.attentionKind) {
    case 'MHA':
      if (model.kvHeads !== model.attentionHeads)
        throw new CatalogError(K, id, 'attentionKind', 'is MHA but kvHeads differs from attentionHeads');
      break;
    case 'MQA':
      if (model.kvHeads !== 1) throw new CatalogError(K, id, 'attentionKind', 'is MQA but kvHeads is not 1');
      break;
    case 'GQA':
      if (model.kvHeads === 1 || model.kvHeads === model.attentionHeads) {
        throw new CatalogError(K, id, 'attentionKind', `is GQA but kvHeads (${model.kvHeads}) makes it MHA or MQA`);
      }
      break;
    case 'MLA':
      checkNumber(K, id, 'kvLoraRank', model.kvLoraRank, whole);
      checkNumber(K, id, 'ropeHeadDim', model.ropeHeadDim, whole);
      break;
    default:
      throw new CatalogError(K, id, 'attentionKind', `must be MHA, GQA, MQA or MLA (got ${JSON.stringify(model.attentionKind)})`);
  }
  if (model.attentionKind === 'MLA') checkNumber(K, id, 'valueHeadDim', model.valueHeadDim, whole);
  if (
    model.attentionKind !== 'MLA' &&
    (model.kvLoraRank !== undefined || model.ropeHeadDim !== undefined || model.valueHeadDim !== undefined)
  ) {
    throw new CatalogError(K, id, 'kvLoraRank', 'is only for MLA models');
  }

  if ((model.slidingWindow === undefined) !== (model.slidingLayers === undefined)) {
    throw new CatalogError(K, id, 'slidingLayers', 'and slidingWindow must be given together');
  }
  checkOptionalNumber(K, id, 'slidingWindow', model.slidingWindow, whole);
  checkOptionalNumber(K, id, 'slidingLayers', model.slidingLayers, { integer: true, min: 0, max: model.layers });

  const moeFields = ['experts', 'expertsPerToken', 'sharedExperts', 'expertIntermediateSize'] as const;
  const isMoe = model.experts !== undefined;
  for (const field of moeFields) {
    if ((model[field] === undefined) === isMoe) {
      throw new CatalogError(
        K,
        id,
        field,
        isMoe ? 'is required for a mixture of experts' : 'is only for a mixture of experts (set experts too)',
      );
    }
  }
  if (isMoe) {
    const experts = checkNumber(K, id, 'experts', model.experts, whole);
    checkNumber(K, id, 'expertsPerToken', model.expertsPerToken, { integer: true, min: 1, max: experts });
    checkNumber(K, id, 'sharedExperts', model.sharedExperts, { integer: true, min: 0 });
    checkNumber(K, id, 'expertIntermediateSize', model.expertIntermediateSize, whole);
    checkOptionalNumber(K, id, 'denseLayers', model.denseLayers, { integer: true, min: 0, max: model.layers });
    if (active >= total) throw new CatalogError(K, id, 'activeParams', 'must be below totalParams for a mixture of experts');
  } else {
    if (model.denseLayers !== undefined) throw new CatalogError(K, id, 'denseLayers', 'is only for a mixture of experts');
    if (active !== total)
      throw new CatalogError(K, id, 'activeParams', `must equal totalParams for a dense model (got ${active} vs ${total})`);
  }

  const attention = model.attention;
  if (attention === undefined || attention.layers !== model.layers || (attention.kind === 'mla') !== (model.attentionKind === 'MLA')) {
    throw new CatalogError(K, id, 'attention', 'must be built from the model fields (use the catalog helper)');
  }
}

function checkGgufLayout(model: Model, id: string): void {
  const K = 'Model';
  const layout = model.gguf;
  if (layout === undefined || layout === null) throw new CatalogError(K, id, 'gguf', 'is required (llama.cpp architecture and tokenizer)');
  if (!LLAMA_CPP_ARCHS.includes(layout.arch)) {
    throw new CatalogError(K, id, 'gguf.arch', `must be one of ${LLAMA_CPP_ARCHS.join(', ')} (got ${JSON.stringify(layout.arch)})`);
  }
  if (!Object.hasOwn(tokenizerMetadata, layout.tokenizer)) {
    throw new CatalogError(
      K,
      id,
      'gguf.tokenizer',
      `must be one of ${Object.keys(tokenizerMetadata).join(', ')} (got ${JSON.stringify(layout.tokenizer)})`,
    );
  }
  for (const field of ['ropeFreqs', 'fusedQkv', 'fusedGateUp', 'expertScoreBias'] as const) {
    if (typeof layout[field] !== 'boolean') throw new CatalogError(K, id, `gguf.${field}`, 'must be true or false');
  }
  checkText(K, id, 'gguf.source', layout.source);
  if (layout.fusedGateUp && model.mlpKind !== 'gated') throw new CatalogError(K, id, 'gguf.fusedGateUp', 'needs a gated MLP');
  const moeOnly = layout.expertScoreBias || layout.expertsStoredAs !== undefined;
  if (moeOnly && model.experts === undefined) throw new CatalogError(K, id, 'gguf', 'has expert fields but the model has no experts');
  if (layout.expertsStoredAs !== undefined && layout.expertsStoredAs !== 'MXFP4') {
    throw new CatalogError(K, id, 'gguf.expertsStoredAs', `must be "MXFP4" or absent (got ${JSON.stringify(layout.expertsStoredAs)})`);
  }
  checkOptionalNumber(K, id, 'gguf.droppedLayers', layout.droppedLayers, { integer: true, min: 1 });
  checkOptionalNumber(K, id, 'gguf.embeddingRows', layout.embeddingRows, { integer: true, min: 1, max: model.vocabSize });
}

/**
 * Checks one device: memory, bandwidth, TFLOPS and price within plausible ranges, usable fraction in (0, 1].
 * @example checkDevice(requireDevice('geforce-rtx-4090')) === undefined // true (no error)
 */
export function checkDevice(device: Device, index = 0): void {
  const K = 'Device';
  const id = entryId(K, device, index);
  checkText(K, id, 'name', device.name);
  checkText(K, id, 'vendor', device.vendor);
  checkText(K, id, 'notes', device.notes);
  checkText(K, id, 'usableMemoryReason', device.usableMemoryReason);
  checkText(K, id, 'usableMemorySource', device.usableMemorySource);
  checkText(K, id, 'fp16TflopsBasis', device.fp16TflopsBasis);
  if (device.memoryType !== null) checkText(K, id, 'memoryType', device.memoryType);
  const kinds: readonly string[] = ['discrete-gpu', 'unified-memory', 'cpu-ram', 'datacenter'];
  if (!kinds.includes(device.kind))
    throw new CatalogError(K, id, 'kind', `must be one of ${kinds.join(', ')} (got ${JSON.stringify(device.kind)})`);

  const [minMemory, maxMemory] = CATALOG_RANGES.memoryBytes;
  checkNumber(K, id, 'memoryBytes', device.memoryBytes, { min: minMemory, max: maxMemory });
  const [minBandwidth, maxBandwidth] = CATALOG_RANGES.bandwidthBytesPerSecond;
  checkNumber(K, id, 'bandwidthBytesPerSecond', device.bandwidthBytesPerSecond, { min: minBandwidth, max: maxBandwidth });
  if (device.fp16TflopsDense !== null) {
    const [minTflops, maxTflops] = CATALOG_RANGES.fp16TflopsDense;
    checkNumber(K, id, 'fp16TflopsDense', device.fp16TflopsDense, { min: minTflops, max: maxTflops });
  }
  checkText(K, id, 'computeBasis', device.computeBasis);
  const [minTensor, maxTensor] = CATALOG_RANGES.tensorTflopsDense;
  for (const field of ['fp16AccTflopsDense', 'int8TopsDense', 'fp8TflopsDense'] as const) {
    if (device[field] !== null) checkNumber(K, id, field, device[field], { min: minTensor, max: maxTensor });
  }
  if (device.fp16AccTflopsDense !== null && device.fp16TflopsDense !== null && device.fp16AccTflopsDense < device.fp16TflopsDense) {
    throw new CatalogError(
      K,
      id,
      'fp16AccTflopsDense',
      `(${device.fp16AccTflopsDense}) cannot be below the FP32-accumulate rate (${device.fp16TflopsDense})`,
    );
  }
  if (device.priceUsd !== null) {
    const [minPrice, maxPrice] = CATALOG_RANGES.priceUsd;
    checkNumber(K, id, 'priceUsd', device.priceUsd, { min: minPrice, max: maxPrice });
  }
  const fraction = checkNumber(K, id, 'usableMemoryFraction', device.usableMemoryFraction, { max: 1 });
  if (fraction <= 0) throw new CatalogError(K, id, 'usableMemoryFraction', `must be in (0, 1] (got ${fraction})`);

  if (!Array.isArray(device.sources) || device.sources.length === 0)
    throw new CatalogError(K, id, 'sources', 'must list at least one source');
  device.sources.forEach((source, i) => checkText(K, id, `sources[${i}]`, source));
  if (!Array.isArray(device.aliases)) throw new CatalogError(K, id, 'aliases', 'must be an array of names');
  device.aliases.forEach((alias, i) => checkText(K, id, `aliases[${i}]`, alias));
}

/**
 * Checks every entry and that ids (and, for devices, aliases) are unique; returns the entries frozen.
 * @example validateCatalog('Model', models, checkModel).length === models.length // true
 */
export function validateCatalog<T extends { readonly id: string }>(
  kind: string,
  entries: readonly T[],
  checkEntry: (entry: T, index: number) => void,
): readonly T[] {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    checkEntry(entry, index);
    if (seen.has(entry.id)) throw new CatalogError(kind, entry.id, 'id', 'is used by more than one entry');
    seen.add(entry.id);
  });
  return Object.freeze([...entries]);
}

/**
 * Checks a device list, including that no benchmark alias names two devices.
 * @example validateDevices(hardware).length === hardware.length // true
 */
export function validateDevices(devices: readonly Device[]): readonly Device[] {
  const checked = validateCatalog('Device', devices, checkDevice);
  const owner = new Map<string, string>();
  for (const device of checked) {
    for (const alias of device.aliases) {
      const key = alias.trim().toLowerCase();
      const other = owner.get(key);
      if (other !== undefined) throw new CatalogError('Device', device.id, 'aliases', `repeats "${alias}", already used by "${other}"`);
      owner.set(key, device.id);
    }
  }
  return checked;
}

/**
 * Checks a model list.
 * @example validateModels(models).length === models.length // true
 */
export function validateModels(entries: readonly Model[]): readonly Model[] {
  return validateCatalog('Model', entries, checkModel);
}
