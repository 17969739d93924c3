/**
 * The additive decode-time model: time per token = bytes read ÷ (bandwidth × η) + t₀. A kernel
 * streams memory at a fraction η of the rated bandwidth, and every token also pays a fixed cost t₀
 * (kernel launches, synchronisation, sampling) that no byte count sees — which is why a small
 * model on a fast GPU falls far below its ceiling while a large one comes close. η and t₀ are fitted
 * per device class (`decode-fit.ts`); this module holds the arithmetic and no data, so an
 * instrument can take a fit as a prop without loading the measurements.
 */
import { requirePositive } from '../core/guard';

/** The device classes the fit tells apart. */
export type DeviceClass = 'discrete-gpu' | 'apple' | 'apu' | 'cpu';

/** What the class of a device is read from (a catalog `Device` has both fields). */
export interface ClassifiableDevice {
  /** `discrete-gpu`, `datacenter`, `unified-memory` or `cpu-ram`. */
  readonly kind: string;
  /** Maker; "Apple" marks Apple silicon among unified-memory devices. */
  readonly vendor?: string;
}

/**
 * The fit class of a device: discrete GPUs and data-centre accelerators; Apple silicon; other
 * unified-memory APUs (DGX Spark, Ryzen AI Max); CPUs reading system RAM.
 * @example deviceClassOf({ kind: 'unified-memory', vendor: 'Apple' }) // "apple"
 */
export function deviceClassOf(device: ClassifiableDevice): DeviceClass {
  switch (device.kind) {
    case 'discrete-gpu':
    case 'datacenter':
      return 'discrete-gpu';
    case 'unified-memory':
      return device.vendor === 'Apple' ? 'apple' : 'apu';
    case 'cpu-ram':
      return 'cpu';
    default:
      throw new RangeError(`Unknown device kind "${device.kind}" (expected discrete-gpu, datacenter, unified-memory or cpu-ram).`);
  }
}

/** The fitted parameters of one class and the band its measured rows fall in. */
export interface DecodeClassParams {
  /** Share of the rated bandwidth kernels stream at, η (0, 1]. */
  readonly bandwidthEfficiency: number;
  /** Fixed cost per token t₀, in seconds. */
  readonly overheadSeconds: number;
  /** Measured ÷ typical prediction, smallest over the class's rows: typical × this = low. */
  readonly lowFactor: number;
  /** Measured ÷ typical prediction, largest over the class's rows: typical × this = high (at most the ceiling). */
  readonly highFactor: number;
}

/**
 * Seconds per token of the additive model for `bytes` read at `bandwidthBytesPerSecond`.
 * @example decodeSecondsPerToken(4.6e9, 1.008e12, { bandwidthEfficiency: 0.8, overheadSeconds: 0.002, lowFactor: 0.9, highFactor: 1.1 }) // ≈ 0.007704
 */
export function decodeSecondsPerToken(bytes: number, bandwidthBytesPerSecond: number, params: DecodeClassParams): number {
  requirePositive('bandwidthBytesPerSecond', bandwidthBytesPerSecond);
  return bytes / (bandwidthBytesPerSecond * params.bandwidthEfficiency) + params.overheadSeconds;
}
