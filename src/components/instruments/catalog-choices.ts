// The server hands each island only the catalog fields its picker and its math need, as props, so
// the browser never downloads the catalogs' sources, notes and provenance (~9 kB gzip and growing)
// or the benchmark table they were checked against.
import {
  checkedBenchmarks,
  hardware,
  models,
  qualityElbow,
  qualityMetrics,
  qualityModels,
  qualityPoints,
  qualityTable,
  quantFormat,
  quantFormatNames,
  type CheckedBenchmark,
  type Device,
  type Model,
  type QualityMetricId,
  type QualityPoint,
  type QuantFamily,
} from '../../lib';
import { withFileSizes } from '../../site/views/catalog';

/** The listed fields of `entry`, leaving out the optional ones it does not have (a dense model's MoE fields). */
function pick<T extends object, K extends keyof T>(entry: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (entry[key] !== undefined) out[key] = entry[key];
  return out;
}

const MODEL_CHOICE_KEYS = ['id', 'name', 'family', 'totalParams', 'activeParams'] as const;

/** GGUF file sizes computed on the server, so an island sizes weights without the tensor rules. */
interface WithFileSizes {
  /**
   * Bytes of the model's GGUF file at each type of `quantFormatNames`, in that order (a list is a
   * third lighter in the page than a record keyed by name); `withFileBytesByQuant` keys it again.
   */
  readonly fileBytes: readonly number[];
}

/** The file sizes of `model` as islands receive them. */
function fileBytesOf(model: Model): WithFileSizes {
  const sizes = withFileSizes(model).fileBytesByQuant;
  return { fileBytes: quantFormatNames.map((name) => sizes[name]!) };
}

/** What a model picker needs of a catalog model: its name, parameter counts and file sizes. */
export type ModelChoice = Pick<Model, (typeof MODEL_CHOICE_KEYS)[number]> & WithFileSizes;

/**
 * The catalog slimmed for a picker's props, in catalog order.
 * @example modelChoices()[0]!.fileBytes[0] // 2479595616 (Llama 3.2 1B's BF16 file)
 */
export function modelChoices(list: readonly Model[] = models): ModelChoice[] {
  return list.map((m) => ({ ...pick(m, MODEL_CHOICE_KEYS), ...fileBytesOf(m) }));
}

const SIZING_MODEL_KEYS = [
  ...MODEL_CHOICE_KEYS,
  'layers',
  'attention',
  'attentionKind',
  'vocabSize',
  'attentionHeads',
  'hiddenSize',
  'maxContextTokens',
  'mlpKind',
  'experts',
  'expertsPerToken',
  'expertIntermediateSize',
  'denseLayers',
] as const;

/** What the memory, KV, speed and throughput math needs of a catalog model (a `ThroughputModel` and a budget `Model`). */
export type SizingModel = Pick<Model, (typeof SIZING_MODEL_KEYS)[number]> & WithFileSizes;

const SIZING_DEVICE_KEYS = [
  'id',
  'name',
  'vendor',
  'kind',
  'memoryBytes',
  'memoryType',
  'usableMemoryFraction',
  'bandwidthBytesPerSecond',
  'fp16TflopsDense',
  'fp16AccTflopsDense',
  'int8TopsDense',
] as const;

/** What the sizing and throughput math needs of a catalog device. */
export type SizingDevice = Pick<Device, (typeof SIZING_DEVICE_KEYS)[number]>;

/** One checked measurement, as the decode-ceiling instrument shows it. */
export interface MeasuredPoint {
  readonly deviceId: string;
  readonly modelId: string;
  /** Model and quant as published. */
  readonly model: string;
  readonly quant: string;
  /** The catalog quant type the published one is, or null (e.g. MXFP4). */
  readonly quantName: string | null;
  readonly test: string;
  readonly meanContextTokens: number;
  readonly tokensPerSecond: number;
  readonly ceilingTokensPerSecond: number;
  readonly efficiency: number;
}

/** The model catalog slimmed for island props. @example sizingModels()[0]!.id // "llama-3.2-1b" */
export function sizingModels(list: readonly Model[] = models): SizingModel[] {
  return list.map((m) => ({ ...pick(m, SIZING_MODEL_KEYS), ...fileBytesOf(m) }));
}

/** The hardware catalog slimmed for island props. @example sizingDevices()[0]!.id // "geforce-rtx-3060-12gb" */
export function sizingDevices(list: readonly Device[] = hardware): SizingDevice[] {
  return list.map((d) => pick(d, SIZING_DEVICE_KEYS));
}

/** Checked measurements slimmed for island props. @example measuredPoints().length // 77 */
export function measuredPoints(list: readonly CheckedBenchmark[] = checkedBenchmarks): MeasuredPoint[] {
  return list.map((b) => ({
    deviceId: b.device.id,
    modelId: b.model.id,
    model: b.row.model,
    quant: b.row.quant,
    quantName: quantFormat(b.row.quant)?.name ?? null,
    test: b.row.test,
    meanContextTokens: b.meanContextTokens,
    tokensPerSecond: b.row.tokensPerSecond,
    ceilingTokensPerSecond: b.ceilingTokensPerSecond,
    efficiency: b.efficiency,
  }));
}

/** One quant type's measured quality, as the Quant explorer plots it (a `QualityPoint` without its source row). */
export type QualityChoice = Pick<
  QualityPoint,
  'quant' | 'bitsPerWeight' | 'imatrix' | 'imatrixUsed' | 'floor' | 'kldNats' | 'deltaPpl' | 'sameTopPPercent'
> & {
  /** The quant type's scheme, for the point's shape. */
  readonly family: QuantFamily;
};

/** A metric's elbow and best-for-size frontier, by quant name (`qualityElbow`). */
export interface ElbowChoice {
  readonly quant: string;
  readonly bitsPerWeight: number;
  /** Fewest bits first. */
  readonly frontier: readonly string[];
}

/** What the Quant explorer shows of the quality measurements, computed on the server. */
export interface QualityScoreboard {
  readonly points: readonly QualityChoice[];
  readonly elbows: Readonly<Record<QualityMetricId, ElbowChoice>>;
  /** The measured model's name. */
  readonly measuredOn: string;
  /** The text and the machine the scoreboard was measured with. */
  readonly dataset: string;
  readonly hardware: string;
}

/**
 * The Llama 3 8B quality scoreboard slimmed for island props: every point, and each metric's elbow.
 * @example qualityScoreboard().elbows.kld.quant // "IQ3_XXS"
 */
export function qualityScoreboard(): QualityScoreboard {
  const points = qualityPoints();
  const table = qualityTable('llama3-8b-scoreboard');
  const elbowOf = (metric: QualityMetricId): ElbowChoice => {
    const elbow = qualityElbow(metric, points);
    return { quant: elbow.point.quant, bitsPerWeight: elbow.bitsPerWeight, frontier: elbow.frontier.map((p) => p.quant) };
  };
  return {
    points: points.map((p) => ({
      ...pick(p, ['quant', 'bitsPerWeight', 'imatrix', 'imatrixUsed', 'floor', 'kldNats', 'deltaPpl', 'sameTopPPercent']),
      family: p.format.family,
    })),
    elbows: Object.fromEntries(qualityMetrics.map((m) => [m.id, elbowOf(m.id)])) as Record<QualityMetricId, ElbowChoice>,
    measuredOn: qualityModels['llama-3-8b'].name,
    dataset: table.dataset,
    hardware: table.hardware,
  };
}
