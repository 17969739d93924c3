/**
 * The fit behind predicted decode speed: η and t₀ of `decode-time.ts` per device class, by least
 * squares on the relative error over every checked single-stream row, with the band [low, high]
 * that holds those rows, and the leave-one-device-out error that says how well the fit predicts a
 * device it has not seen. A class with fewer than two devices borrows the nearest class's fit.
 */
import { checkedBenchmarks, excludedBenchmarks, multiGpuRowOf, type CheckedBenchmark, type MultiGpuRow } from './benchmarks';
import { deviceClassOf, type DecodeClassParams, type DeviceClass } from './decode-time';

/** One measured row as the fit sees it. */
export interface FitPoint {
  /** The catalog device, for leaving devices out. */
  readonly deviceId: string;
  /** Seconds per token at the full rated bandwidth: bytes read ÷ bandwidth. */
  readonly fullBandwidthSeconds: number;
  /** Measured seconds per token: 1 ÷ tok/s. */
  readonly measuredSeconds: number;
}

/** η and t₀ alone. */
export type AdditiveParams = Pick<DecodeClassParams, 'bandwidthEfficiency' | 'overheadSeconds'>;

/**
 * Least squares on the relative error of t = x ÷ η + t₀ over `points`, with η ≤ 1 and t₀ ≥ 0
 * (a kernel cannot beat the rated bandwidth, and no token costs less than its bytes).
 * @example fitAdditive([{ deviceId: 'a', fullBandwidthSeconds: 0.01, measuredSeconds: 0.0145 }, { deviceId: 'b', fullBandwidthSeconds: 0.02, measuredSeconds: 0.027 }]).overheadSeconds // ≈ 0.002
 */
export function fitAdditive(points: readonly FitPoint[]): AdditiveParams {
  if (points.length === 0) throw new RangeError('fitAdditive needs at least one measured row.');
  let s = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    const w = 1 / p.measuredSeconds ** 2;
    s += w;
    sx += w * p.fullBandwidthSeconds;
    sy += w * p.measuredSeconds;
    sxx += w * p.fullBandwidthSeconds ** 2;
    sxy += w * p.fullBandwidthSeconds * p.measuredSeconds;
  }
  const det = s * sxx - sx * sx;
  let slope = det > 0 ? (s * sxy - sx * sy) / det : sxy / sxx;
  let intercept = det > 0 ? (sy - slope * sx) / s : 0;
  if (intercept < 0) {
    intercept = 0;
    slope = sxy / sxx;
  }
  if (slope < 1) {
    slope = 1;
    intercept = Math.max(0, (sy - sx) / s);
  }
  return { bandwidthEfficiency: 1 / slope, overheadSeconds: intercept };
}

/** Measured ÷ predicted speed of one row. */
function speedRatio(point: FitPoint, params: AdditiveParams): number {
  return (point.fullBandwidthSeconds / params.bandwidthEfficiency + params.overheadSeconds) / point.measuredSeconds;
}

/** The fit of one device class, with how well it holds. */
export interface DecodeClassFit extends DecodeClassParams {
  readonly deviceClass: DeviceClass;
  /** Measured rows the fit and the band rest on. */
  readonly rows: number;
  /** Distinct devices among them. */
  readonly devices: number;
  /** The class whose parameters are used because this one has too few devices, or null. */
  readonly borrowedFrom: DeviceClass | null;
  /** Leave-one-device-out: median over rows of |predicted ÷ measured − 1| when the row's device is left out of the fit (null below two devices). */
  readonly looMedianAbsError: number | null;
  /** Leave-one-device-out: the largest such error. */
  readonly looMaxAbsError: number | null;
  /** Measured ÷ typical over the class's several-GPU (layer-split) rows and its own: the band used for more than one GPU. */
  readonly multiGpuLowFactor: number;
  /** The top of that band. */
  readonly multiGpuHighFactor: number;
  /** Several-GPU rows that band rests on. */
  readonly multiGpuRows: number;
}

/** The fit of every class. */
export type DecodeFit = Readonly<Record<DeviceClass, DecodeClassFit>>;

/** Fewer devices than this and a class borrows its neighbour's parameters. @example MIN_DEVICES_TO_FIT // 2 */
export const MIN_DEVICES_TO_FIT = 2;

/** The class whose parameters a thin class borrows. @example NEAREST_CLASS.apu // "apple" */
export const NEAREST_CLASS: Readonly<Record<DeviceClass, DeviceClass>> = {
  'discrete-gpu': 'apu',
  apple: 'apu',
  apu: 'apple',
  cpu: 'apu',
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Leave-one-device-out relative errors (predicted ÷ measured − 1) of every point: each device's
 * rows predicted by a fit on the other devices alone. Empty below two devices.
 * @example leaveOneDeviceOutErrors([]) // []
 */
export function leaveOneDeviceOutErrors(points: readonly FitPoint[]): number[] {
  const ids = [...new Set(points.map((p) => p.deviceId))];
  if (ids.length < MIN_DEVICES_TO_FIT) return [];
  return ids.flatMap((id) => {
    const params = fitAdditive(points.filter((p) => p.deviceId !== id));
    return points.filter((p) => p.deviceId === id).map((p) => 1 / speedRatio(p, params) - 1);
  });
}

function fitClass(
  deviceClass: DeviceClass,
  points: readonly FitPoint[],
  multi: readonly FitPoint[],
): Omit<DecodeClassFit, 'borrowedFrom'> | null {
  const devices = new Set(points.map((p) => p.deviceId)).size;
  if (devices < MIN_DEVICES_TO_FIT) return null;
  const params = fitAdditive(points);
  const ratios = points.map((p) => speedRatio(p, params));
  const multiRatios = [...ratios, ...multi.map((p) => speedRatio(p, params))];
  const loo = leaveOneDeviceOutErrors(points).map(Math.abs);
  return {
    deviceClass,
    ...params,
    lowFactor: Math.min(...ratios),
    highFactor: Math.max(...ratios),
    rows: points.length,
    devices,
    looMedianAbsError: median(loo),
    looMaxAbsError: Math.max(...loo),
    multiGpuLowFactor: Math.min(...multiRatios),
    multiGpuHighFactor: Math.max(...multiRatios),
    multiGpuRows: multi.length,
  };
}

/**
 * A layer-split row as a fit point: under layer split the GPUs run one after another, so the
 * time is the one-GPU time of the whole model (the hand-offs are microseconds).
 * @example multiGpuFitPointOf(multiGpuRows[0]!).deviceId // "geforce-rtx-3090"
 */
export function multiGpuFitPointOf(row: MultiGpuRow): FitPoint {
  return {
    deviceId: row.device.id,
    fullBandwidthSeconds: row.bytesReadPerToken / row.device.bandwidthBytesPerSecond,
    measuredSeconds: 1 / row.row.tokensPerSecond,
  };
}

/** Every layer-split row of the sources, parsed. @example multiGpuRows.length // 54 */
export const multiGpuRows: readonly MultiGpuRow[] = excludedBenchmarks
  .filter((e) => e.reason === 'multi-gpu')
  .map((e) => multiGpuRowOf(e.row));

/** A checked row as a fit point. @example fitPointOf(checkedBenchmarks[0]!).deviceId // "geforce-rtx-3070" */
export function fitPointOf(b: CheckedBenchmark): FitPoint {
  return {
    deviceId: b.device.id,
    fullBandwidthSeconds: b.bytesReadPerToken / b.device.bandwidthBytesPerSecond,
    measuredSeconds: 1 / b.row.tokensPerSecond,
  };
}

/**
 * Fits every class on `checked` rows; a class with too few devices takes its nearest class's
 * parameters and band, and says so.
 * @example fitDecodeClasses(checkedBenchmarks).cpu.devices // 3
 */
export function fitDecodeClasses(checked: readonly CheckedBenchmark[], multi: readonly MultiGpuRow[] = []): DecodeFit {
  const classes: DeviceClass[] = ['discrete-gpu', 'apple', 'apu', 'cpu'];
  const pointsOf = (c: DeviceClass) => checked.filter((b) => deviceClassOf(b.device) === c).map(fitPointOf);
  const multiOf = (c: DeviceClass) => multi.filter((m) => deviceClassOf(m.device) === c).map(multiGpuFitPointOf);
  const own = new Map(classes.map((c) => [c, fitClass(c, pointsOf(c), multiOf(c))]));
  const result = {} as Record<DeviceClass, DecodeClassFit>;
  for (const c of classes) {
    const fit = own.get(c);
    if (fit) {
      result[c] = { ...fit, borrowedFrom: null };
      continue;
    }
    const donor = own.get(NEAREST_CLASS[c]);
    if (!donor) throw new RangeError(`Neither ${c} nor its nearest class ${NEAREST_CLASS[c]} has enough measured devices to fit.`);
    const rows = checked.filter((b) => deviceClassOf(b.device) === c);
    result[c] = {
      ...donor,
      deviceClass: c,
      rows: rows.length,
      devices: new Set(rows.map((b) => b.device.id)).size,
      borrowedFrom: NEAREST_CLASS[c],
      looMedianAbsError: null,
      looMaxAbsError: null,
    };
  }
  return result;
}

/** The book's decode fit, on every checked row. @example decodeFit.apple.borrowedFrom // null */
export const decodeFit: DecodeFit = fitDecodeClasses(checkedBenchmarks, multiGpuRows);
