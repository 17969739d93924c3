// The server hands the Decode ceiling and Will it fit? islands only the catalog fields their math
// needs, as props, so the browser never downloads the catalogs' sources and notes or the
// benchmark table they were checked against.
import { checkedBenchmarks, hardware, models, quantFormat, type CheckedBenchmark, type Device, type Model } from '../../lib';

/** What the sizing instruments need of a catalog model. */
export type SizingModel = Pick<
  Model,
  'id' | 'name' | 'family' | 'totalParams' | 'activeParams' | 'layers' | 'attention' | 'attentionKind' | 'vocabSize' | 'attentionHeads' | 'maxContextTokens'
>;

/** What the sizing instruments need of a catalog device. */
export type SizingDevice = Pick<Device, 'id' | 'name' | 'vendor' | 'kind' | 'memoryBytes' | 'memoryType' | 'usableMemoryFraction' | 'bandwidthBytesPerSecond'>;

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
  return list.map(({ id, name, family, totalParams, activeParams, layers, attention, attentionKind, vocabSize, attentionHeads, maxContextTokens }) => ({
    id, name, family, totalParams, activeParams, layers, attention, attentionKind, vocabSize, attentionHeads, maxContextTokens,
  }));
}

/** The hardware catalog slimmed for island props. @example sizingDevices()[0]!.id // "geforce-rtx-3060-12gb" */
export function sizingDevices(list: readonly Device[] = hardware): SizingDevice[] {
  return list.map(({ id, name, vendor, kind, memoryBytes, memoryType, usableMemoryFraction, bandwidthBytesPerSecond }) => ({
    id, name, vendor, kind, memoryBytes, memoryType, usableMemoryFraction, bandwidthBytesPerSecond,
  }));
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
