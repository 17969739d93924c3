/**
 * Byte units. GB is decimal (10⁹ bytes), GiB is binary (2³⁰ bytes); the two differ by 7.4%,
 * which is exactly the mix-up that makes "14 GB = 13.04 GB" appear in print. Printing them is
 * `format.ts`'s job.
 */
import { requireFinite } from './guard';

/** Bytes in one decimal gigabyte. @example BYTES_PER_GB // 1e9 */
export const BYTES_PER_GB = 1e9;
/** Bytes in one binary gibibyte. @example BYTES_PER_GIB // 1073741824 */
export const BYTES_PER_GIB = 2 ** 30;

/** Byte units the book reads and writes, with their size in bytes. @example byteUnits.GiB // 1073741824 */
export const byteUnits = {
  B: 1,
  kB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
} as const;

/** A byte unit name such as `'GB'` or `'GiB'`. */
export type ByteUnit = keyof typeof byteUnits;

/** Decimal gigabytes in `bytes`. @example bytesToGB(14e9) // 14 */
export function bytesToGB(bytes: number): number {
  return requireFinite('bytes', bytes, -Infinity) / BYTES_PER_GB;
}

/** Binary gibibytes in `bytes`. @example bytesToGiB(14e9) // ≈ 13.0385 */
export function bytesToGiB(bytes: number): number {
  return requireFinite('bytes', bytes, -Infinity) / BYTES_PER_GIB;
}

/** Bytes in `gb` decimal gigabytes. @example gbToBytes(24) // 24e9 */
export function gbToBytes(gb: number): number {
  return requireFinite('gigabytes', gb, -Infinity) * BYTES_PER_GB;
}

/** Bytes in `gib` binary gibibytes. @example gibToBytes(24) // 25769803776 */
export function gibToBytes(gib: number): number {
  return requireFinite('gibibytes', gib, -Infinity) * BYTES_PER_GIB;
}
