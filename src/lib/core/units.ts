/**
 * Byte units. GB is decimal (10⁹ bytes), GiB is binary (2³⁰ bytes); the two differ by 7.4%,
 * which is exactly the mix-up that makes "14 GB = 13.04 GB" appear in print. Every formatter
 * here names the unit it shows.
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

/**
 * Formats a number with a fixed count of significant digits, without exponent notation for the
 * ranges this book meets and with trailing zeros kept (so "4.90" shows its precision).
 * @example formatNumber(4.8944, 3) // "4.89"
 */
export function formatNumber(value: number, significantDigits = 3): string {
  requireFinite('value', value, -Infinity);
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, significantDigits - 1 - magnitude);
  const rounded = Number(value.toFixed(decimals));
  return rounded.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/**
 * Formats bytes in the given unit; the result always ends with that unit.
 * `'auto'` picks the largest decimal unit (B…TB) that keeps the number ≥ 1.
 * @example formatBytes(14e9, 'GB') // "14.0 GB"
 * @example formatBytes(14e9, 'GiB') // "13.0 GiB"
 */
export function formatBytes(bytes: number, unit: ByteUnit | 'auto' = 'auto', significantDigits = 3): string {
  requireFinite('bytes', bytes, -Infinity);
  const chosen: ByteUnit = unit === 'auto' ? autoDecimalUnit(bytes) : unit;
  return `${formatNumber(bytes / byteUnits[chosen], significantDigits)} ${chosen}`;
}

/** The largest decimal unit that keeps |bytes| ≥ 1 in it. @example autoDecimalUnit(3.5e9) // "GB" */
export function autoDecimalUnit(bytes: number): ByteUnit {
  const size = Math.abs(bytes);
  if (size >= 1e12) return 'TB';
  if (size >= 1e9) return 'GB';
  if (size >= 1e6) return 'MB';
  if (size >= 1e3) return 'kB';
  return 'B';
}

/**
 * A count (tokens, parameters, sequences) rounded to a whole number, with thousands separators.
 * @example formatCount(32768) // "32,768"
 */
export function formatCount(value: number): string {
  requireFinite('value', value, -Infinity);
  return Math.round(value).toLocaleString('en-US');
}

/**
 * A token count as context lengths are usually quoted, in units of 1,024 ("128k" = 131,072):
 * for axis ticks and short labels. Below 1,024 the count itself.
 * @example formatTokensShort(131072) // "128k"
 * @example formatTokensShort(1536) // "1.5k"
 */
export function formatTokensShort(tokens: number): string {
  requireFinite('tokens', tokens);
  if (tokens < 1024) return formatCount(tokens);
  return `${Number((tokens / 1024).toPrecision(3)).toLocaleString('en-US')}k`;
}
