/**
 * What the catalog pages show, computed from src/lib: the .astro pages under /models/ and
 * /hardware/ only render these views. Every "fits" here is `memoryBudget`'s verdict at one stated
 * workload, so a model page, a device page and the sizing chapter can never disagree.
 */
import {
  bestQuantThatFits,
  commonQuantNames,
  decodeBytesPerToken,
  decodeCeilingTokensPerSecond,
  DEFAULT_HEADROOM_FRACTION,
  DEFAULT_QUANT,
  deviceUsableMemoryBytes,
  fileBitsPerWeight,
  formatNumber,
  withGgufFileSizes,
  hardware,
  kvCacheBytes,
  memoryBudget,
  memoryTargetOf,
  models,
  OFFLOAD_HOST_ID,
  qualityElbow,
  quantFormats,
  requireDevice,
  requireQuantFormat,
  type Device,
  type DeviceKind,
  type FitVerdict,
  type MemoryBudget,
  type MemoryTarget,
  type Model,
  type QuantFormat,
  type Workload,
} from '../../lib';

/** The workload every catalog page assumes: one sequence of 8K tokens, 16-bit KV, flash attention, 10% headroom. */
export const CATALOG_WORKLOAD = {
  contextTokens: 8192,
  batch: 1,
  kvBits: 16,
  flashAttention: true,
  headroomFraction: DEFAULT_HEADROOM_FRACTION,
} as const satisfies Omit<Workload, 'bitsPerWeight' | 'quant'>;

/** Context lengths the KV table shows (plus the model's maximum), in tokens. */
export const KV_TABLE_CONTEXTS = [4096, 32768] as const;

/** The machine a discrete GPU offloads to (`OFFLOAD_HOST_ID`), as the catalog describes it. */
export const OFFLOAD_HOST: Device = requireDevice(OFFLOAD_HOST_ID);

/** Quant types the device tables try, largest first (the types readers meet; see `commonQuantNames`). */
export const CATALOG_QUANTS: readonly QuantFormat[] = commonQuantNames.map(requireQuantFormat);

/** The quant most downloads default to, the one the "fits in" filter and the verdict column use. */
export const DEFAULT_QUANT_FORMAT: QuantFormat = requireQuantFormat(DEFAULT_QUANT);

/**
 * Effective bits per weight below which measured quality falls off steeply (the elbow the
 * quantization chapter computes from the measurements). A "best quant" below it fits, but a
 * reader should know it is a last resort.
 */
export const QUALITY_ELBOW_BPW: number = qualityElbow().bitsPerWeight;

/** Whether a quant type sits below the quality elbow. @example isBelowQualityElbow(requireQuantFormat('IQ1_S')) // true */
export function isBelowQualityElbow(quant: QuantFormat): boolean {
  return quant.bitsPerWeight < QUALITY_ELBOW_BPW;
}

/** Page of a model. @example modelHref('llama-3.1-8b') // "/models/llama-3.1-8b/" */
export function modelHref(id: string): string {
  return `/models/${id}/`;
}

/** Page of a device. @example deviceHref('geforce-rtx-4090') // "/hardware/geforce-rtx-4090/" */
export function deviceHref(id: string): string {
  return `/hardware/${id}/`;
}

/** Headings for each kind of device, in the order the pages list them. */
export const deviceKindLabels: Readonly<Record<DeviceKind, string>> = {
  'discrete-gpu': 'Graphics cards',
  'unified-memory': 'Unified memory (Macs and other shared-memory machines)',
  datacenter: 'Data-centre accelerators',
  'cpu-ram': 'CPU and system RAM',
};

/** Short names of the kinds, for column headings. */
export const deviceKindShortLabels: Readonly<Record<DeviceKind, string>> = {
  'discrete-gpu': 'Graphics cards',
  'unified-memory': 'Macs and unified memory',
  datacenter: 'Data centre',
  'cpu-ram': 'CPU RAM',
};

/** The memory a device offers, with a discrete GPU offloading to `OFFLOAD_HOST`. @example catalogTarget(requireDevice('geforce-rtx-4090')).offloadBytes // 51539607552 (48 GiB) */
export function catalogTarget(device: Device): MemoryTarget {
  return memoryTargetOf(device, deviceUsableMemoryBytes(OFFLOAD_HOST));
}

/**
 * A short description of how a model stores keys and values.
 * @example attentionSummary(requireModel('llama-3.1-8b')) // "GQA: 32 query heads share 8 KV heads"
 */
export function attentionSummary(model: Model): string {
  const a = model.attention;
  if (a.kind === 'mla') return `MLA: caches a ${a.kvLoraRank}-wide latent plus a ${a.ropeHeadDim}-wide RoPE key per layer`;
  const heads =
    model.attentionKind === 'MHA'
      ? `MHA: ${model.kvHeads} KV heads, one per query head`
      : model.attentionKind === 'MQA'
        ? `MQA: ${model.attentionHeads} query heads share 1 KV head`
        : `GQA: ${model.attentionHeads} query heads share ${model.kvHeads} KV heads`;
  if (a.slidingLayers === undefined || a.slidingWindow === undefined) return heads;
  return `${heads}; ${a.slidingLayers} of ${a.layers} layers see only the last ${a.slidingWindow.toLocaleString('en-US')} tokens`;
}

/** A catalog model with the sizes of its GGUF files. */
export type SizedCatalogModel = Model & { readonly fileBytesByQuant: Readonly<Record<string, number>> };

const sized = new WeakMap<Model, SizedCatalogModel>();

/**
 * A model with the sizes of its GGUF files at every quant type (`ggufFileSizes`), which every
 * catalog budget uses for the weights. Computed once per model.
 * @example withFileSizes(requireModel('llama-3.1-8b')).fileBytesByQuant.Q4_K_M // 4920737664
 */
export function withFileSizes(model: Model): SizedCatalogModel {
  let entry = sized.get(model);
  if (!entry) {
    entry = withGgufFileSizes(model);
    sized.set(model, entry);
  }
  return entry;
}

/** The budget of a model at a quant and the catalog workload in `target`; the weights are the model's GGUF file. */
export function catalogBudget(
  model: Model,
  quant: QuantFormat,
  target: MemoryTarget,
  contextTokens: number = CATALOG_WORKLOAD.contextTokens,
) {
  return memoryBudget(
    withFileSizes(model),
    { ...CATALOG_WORKLOAD, contextTokens, quant: quant.name, bitsPerWeight: quant.bitsPerWeight },
    target,
  );
}

// The terms and total of a budget do not depend on the target; memoryBudget only needs one to judge.
const ANY_TARGET: MemoryTarget = { usableBytes: 1, offloadBytes: 0 };

/**
 * Weights, KV cache, overhead and total of a model at a quant and the catalog workload (only the verdict needs a device).
 * @example footprintAt(requireModel('llama-3.1-8b'), requireQuantFormat('Q4_K_M')).kvBytes // 1073741824 (1 GiB at 8K)
 */
export function footprintAt(
  model: Model,
  quant: QuantFormat,
  contextTokens: number = CATALOG_WORKLOAD.contextTokens,
): Omit<MemoryBudget, 'verdict' | 'usableBytes' | 'headroomLineBytes' | 'shortfallBytes'> {
  const { weightBytes, kvBytes, overhead, totalBytes } = catalogBudget(model, quant, ANY_TARGET, contextTokens);
  return { weightBytes, kvBytes, overhead, totalBytes };
}

// --- one model: quant table, KV table, devices --------------------------------------------------

/** One row of a model's quant table. */
export interface QuantRow {
  readonly quant: QuantFormat;
  /** This model's file at the quant, in bits per parameter (file bytes × 8 ÷ parameters). */
  readonly bitsPerWeight: number;
  /** Weights alone (the GGUF file), in bytes. */
  readonly weightBytes: number;
  /** Weights + KV + overhead at the catalog workload, in bytes. */
  readonly totalBytes: number;
  /** Catalog devices on which it fits (verdict "fits") at the catalog workload. */
  readonly devicesFitting: number;
}

/** Weights and total memory at every quant type, with how many catalog devices each fits on. @example quantRows(requireModel('llama-3.1-8b')).length === quantFormats.length // true */
export function quantRows(model: Model, devices: readonly Device[] = hardware): QuantRow[] {
  const targets = devices.map(catalogTarget);
  return quantFormats.map((quant) => {
    const budgets = targets.map((target) => catalogBudget(model, quant, target));
    const { weightBytes, totalBytes } = footprintAt(model, quant);
    return {
      quant,
      bitsPerWeight: fileBitsPerWeight(weightBytes, model.totalParams),
      weightBytes,
      totalBytes,
      devicesFitting: budgets.filter((b) => b.verdict === 'fits').length,
    };
  });
}

/** One row of a model's KV table. */
export interface KvRow {
  readonly contextTokens: number;
  /** The model's maximum context. */
  readonly isMax: boolean;
  /** KV cache at 16-bit for one sequence, in bytes. */
  readonly kvBytes: number;
  /** Total memory at Q4_K_M at this context (weights + KV + overhead), in bytes. */
  readonly q4TotalBytes: number;
}

/**
 * KV cache at 4K, 32K and the model's maximum (contexts above the maximum are left out).
 * @example kvRows(requireModel('llama-3.1-8b')).map((r) => r.contextTokens) // [4096, 32768, 131072]
 */
export function kvRows(model: Model): KvRow[] {
  const contexts = [...new Set([...KV_TABLE_CONTEXTS.filter((t) => t < model.maxContextTokens), model.maxContextTokens])];
  return contexts.map((contextTokens) => ({
    contextTokens,
    isMax: contextTokens === model.maxContextTokens,
    kvBytes: kvCacheBytes(model.attention, contextTokens, { batch: CATALOG_WORKLOAD.batch, kvBits: CATALOG_WORKLOAD.kvBits }),
    q4TotalBytes: footprintAt(model, DEFAULT_QUANT_FORMAT, contextTokens).totalBytes,
  }));
}

/** What a model-on-device pair looks like at the catalog workload. */
export interface PairingView {
  readonly model: Model;
  readonly device: Device;
  /** memoryBudget's verdict at Q4_K_M. */
  readonly q4Verdict: FitVerdict;
  /** Total memory at Q4_K_M, in bytes. */
  readonly q4TotalBytes: number;
  /** The largest of `CATALOG_QUANTS` that fits (verdict "fits"), if any. */
  readonly bestQuant: QuantFormat | undefined;
  /** Total memory at `bestQuant`, in bytes (undefined when none fits). */
  readonly bestTotalBytes: number | undefined;
  /** Single-stream decode ceiling at `bestQuant` and the catalog context: an upper bound, in tokens/s. */
  readonly decodeCeilingTokensPerSecond: number | undefined;
  /** No quant fits fully, but Q4_K_M runs with layers offloaded to system RAM. */
  readonly offloadOnly: boolean;
}

/**
 * The single-stream decode ceiling of a model at a quant on a device, at the catalog context: bandwidth ÷ bytes read per token, an upper bound.
 * @example decodeCeilingAt(requireModel('llama-3.1-8b'), requireDevice('geforce-rtx-3060-12gb'), requireQuantFormat('Q8_0')) // ≈ 37.6
 */
export function decodeCeilingAt(model: Model, device: Device, quant: QuantFormat): number {
  const bytes = decodeBytesPerToken(model, quant.bitsPerWeight, CATALOG_WORKLOAD.contextTokens, { kvBits: CATALOG_WORKLOAD.kvBits });
  return decodeCeilingTokensPerSecond(device.bandwidthBytesPerSecond, bytes.totalBytes);
}

/**
 * A model on a device at the catalog workload: the verdict at Q4_K_M, the best quant that fits
 * and its decode ceiling (bandwidth ÷ bytes read per token, an upper bound).
 * @example pairing(requireModel('llama-3.1-8b'), requireDevice('geforce-rtx-3060-12gb')).q4Verdict // "fits"
 */
export function pairing(model: Model, device: Device): PairingView {
  const target = catalogTarget(device);
  const q4 = catalogBudget(model, DEFAULT_QUANT_FORMAT, target);
  const bestQuant = bestQuantThatFits(withFileSizes(model), CATALOG_WORKLOAD, target, CATALOG_QUANTS);
  const best = bestQuant && catalogBudget(model, bestQuant, target);
  const ceiling = bestQuant && decodeCeilingAt(model, device, bestQuant);
  return {
    model,
    device,
    q4Verdict: q4.verdict,
    q4TotalBytes: q4.totalBytes,
    bestQuant,
    bestTotalBytes: best?.totalBytes,
    decodeCeilingTokensPerSecond: ceiling,
    offloadOnly: bestQuant === undefined && q4.verdict === 'offload',
  };
}

/** Devices grouped by kind, in `deviceKindLabels` order (empty kinds left out). @example devicesByKind()[0].kind // "discrete-gpu" */
export function devicesByKind(devices: readonly Device[] = hardware): { kind: DeviceKind; label: string; devices: Device[] }[] {
  return (Object.keys(deviceKindLabels) as DeviceKind[])
    .map((kind) => ({ kind, label: deviceKindLabels[kind], devices: devices.filter((d) => d.kind === kind) }))
    .filter((group) => group.devices.length > 0);
}

/** Every catalog device for one model, grouped by kind. @example modelOnDevices(requireModel('phi-4'))[0].rows.length > 0 // true */
export function modelOnDevices(model: Model, devices: readonly Device[] = hardware) {
  return devicesByKind(devices).map((group) => ({ ...group, rows: group.devices.map((d) => pairing(model, d)) }));
}

/** How one quant of a model fares on one kind of device. */
export interface KindSummary {
  readonly kind: DeviceKind;
  /** Short name of the kind. */
  readonly label: string;
  /** Catalog devices of this kind. */
  readonly devices: number;
  /** Devices on which it fits (verdict "fits"). */
  readonly fitting: number;
  /** Devices on which it runs only with layers offloaded to system RAM. */
  readonly offloading: number;
  /** The fitting device with the least memory (first in catalog order on a tie), and its decode ceiling. */
  readonly smallest: { readonly device: Device; readonly decodeCeilingTokensPerSecond: number } | undefined;
}

/** One common quant of a model across the kinds of device. */
export interface QuantSummaryRow {
  readonly quant: QuantFormat;
  /** Total memory at the catalog workload, in bytes. */
  readonly totalBytes: number;
  readonly kinds: readonly KindSummary[];
}

/**
 * Common quants × kinds of device: for each, how many devices it fits on, the smallest of them
 * and its decode ceiling, and how many need CPU offload — the model page's summary.
 * @example quantSummary(requireModel('llama-3.1-8b')).find((r) => r.quant.name === 'Q4_K_M')?.kinds[0].smallest?.device.id // "geforce-rtx-3070"
 */
export function quantSummary(model: Model, devices: readonly Device[] = hardware): QuantSummaryRow[] {
  const groups = devicesByKind(devices);
  return CATALOG_QUANTS.map((quant) => ({
    quant,
    totalBytes: footprintAt(model, quant).totalBytes,
    kinds: groups.map(({ kind, devices: group }) => {
      const verdicts = group.map((device) => ({ device, verdict: catalogBudget(model, quant, catalogTarget(device)).verdict }));
      const fitting = verdicts.filter((v) => v.verdict === 'fits').map((v) => v.device);
      const smallest = fitting.reduce<Device | undefined>(
        (best, d) => (best === undefined || d.memoryBytes < best.memoryBytes ? d : best),
        undefined,
      );
      return {
        kind,
        label: deviceKindShortLabels[kind],
        devices: group.length,
        fitting: fitting.length,
        offloading: verdicts.filter((v) => v.verdict === 'offload').length,
        smallest: smallest && { device: smallest, decodeCeilingTokensPerSecond: decodeCeilingAt(model, smallest, quant) },
      };
    }),
  }));
}

/** Every catalog model on one device. @example deviceRunsModels(requireDevice('geforce-rtx-4090')).length === models.length // true */
export function deviceRunsModels(device: Device, list: readonly Model[] = models): PairingView[] {
  return list.map((m) => pairing(m, device));
}

/**
 * Catalog models that fit a device at Q4_K_M and the catalog workload.
 * @example modelsFittingAtQ4(requireDevice('geforce-rtx-4090')) > 0 // true
 */
export function modelsFittingAtQ4(device: Device, list: readonly Model[] = models): number {
  const target = catalogTarget(device);
  return list.filter((m) => catalogBudget(m, DEFAULT_QUANT_FORMAT, target).verdict === 'fits').length;
}

/**
 * The "FP16 compute" fact of a device page: the figure (or "not published") and, when it adds
 * something, the basis — never the same words twice ("not published — not published").
 * @example fp16ComputeFact({ fp16TflopsDense: null, fp16TflopsBasis: 'not published' }) // { value: 'not published', basis: null }
 */
export function fp16ComputeFact(device: Pick<Device, 'fp16TflopsDense' | 'fp16TflopsBasis'>): { value: string; basis: string | null } {
  const value = device.fp16TflopsDense === null ? 'not published' : `${formatNumber(device.fp16TflopsDense, 3)} TFLOPS dense`;
  const basis = device.fp16TflopsBasis.trim();
  if (basis === '' || basis === value) return { value, basis: null };
  // "not published: NVIDIA gives …" already says what the value would: show it once, in full.
  if (basis.startsWith(value)) return { value: basis, basis: null };
  return { value, basis };
}
