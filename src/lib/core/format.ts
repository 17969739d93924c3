/**
 * Every number a reader sees is printed here, one convention for the whole book:
 * - a whole number never shows a decimal point ("16", not "16.00");
 * - other numbers keep their significant digits, trailing zeros included ("4.90");
 * - bytes stay in the family the reader chose (decimal GB or binary GiB) and step down to a
 *   smaller unit of it when the value is under one ("4.72 MB", not "0.00472 GB");
 * - token counts use K = 1,024 and M = 1,048,576 ("128K" = 131,072); other counts are SI;
 * - any finite number prints, however tiny or huge (exponent notation outside 1e-6…1e15).
 */
import { requireFinite } from './guard';
import { byteUnits, type ByteUnit } from './units';

/** Past these magnitudes fixed notation is unreadable (or impossible: toFixed allows 100 digits). */
const SMALLEST_FIXED = 1e-6;
const LARGEST_FIXED = 1e15;

/** A mantissa without padding zeros after the point ("1.50" → "1.5", "2.00" → "2"). */
const trimZeros = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

/** Exponent notation for magnitudes fixed notation cannot show: "1.00e-320" → "1e-320". */
function exponential(value: number, significantDigits: number): string {
  const [mantissa, exponent] = value.toExponential(Math.max(0, significantDigits - 1)).split('e');
  return `${trimZeros(mantissa!)}e${exponent!.replace('+', '')}`;
}

/**
 * A number to `significantDigits` significant digits (never fewer integer digits: 131,072 stays
 * whole), grouped in thousands, trailing zeros kept unless the value is a whole number.
 * @example formatNumber(4.8944, 3) // "4.89"
 * @example formatNumber(16, 4) // "16"
 * @example formatNumber(4.9, 3) // "4.90"
 * @example formatNumber(1e-320) // "1e-320"
 */
export function formatNumber(value: number, significantDigits = 3): string {
  requireFinite('value', value, -Infinity);
  const digits = Math.min(21, Math.max(1, Math.round(significantDigits)));
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size < SMALLEST_FIXED || size >= LARGEST_FIXED) return exponential(value, digits);
  const magnitude = Math.floor(Math.log10(size));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const rounded = Number(value.toFixed(decimals));
  // An exact whole number shows no decimals ("16", not "16.00"); 13.04 at three digits stays "13.0".
  const shown = Number.isInteger(value) ? 0 : decimals;
  return fixedFormat(shown).format(rounded === 0 ? 0 : rounded);
}

/** One Intl.NumberFormat per count of decimals: building one per call (toLocaleString) cost most of an instrument's redraw. */
const fixedFormats = new Map<number, Intl.NumberFormat>();
function fixedFormat(decimals: number): Intl.NumberFormat {
  let format = fixedFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixedFormats.set(decimals, format);
  }
  return format;
}

/**
 * A number with at most `significantDigits` significant digits and no padding zeros, for axis
 * ticks and figures quoted as published ("0.5", "1.5", "1,008").
 * @example formatCompact(1.5) // "1.5"
 * @example formatCompact(68.25, 4) // "68.25"
 */
export function formatCompact(value: number, significantDigits = 3): string {
  const text = formatNumber(value, significantDigits);
  return text.includes('e') || !text.includes('.') ? text : trimZeros(text);
}

/**
 * A share (0.4 = 40%) as a percentage to `significantDigits` significant digits.
 * @example formatPercent(0.9614) // "96.1%"
 * @example formatPercent(0.5) // "50%"
 */
export function formatPercent(fraction: number, significantDigits = 3): string {
  return `${formatNumber(requireFinite('fraction', fraction, -Infinity) * 100, significantDigits)}%`;
}

/** The two byte-unit families: decimal (kB, MB, GB, TB) and binary (KiB, MiB, GiB, TiB). */
const decimalUnits: readonly ByteUnit[] = ['B', 'kB', 'MB', 'GB', 'TB'];
const binaryUnits: readonly ByteUnit[] = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/**
 * The unit to print `bytes` in: `unit` itself unless the value is under one of it, then the
 * largest smaller unit of the same family that keeps it ≥ 1. `'auto'` starts from TB.
 * @example byteUnitFor(4.72e6, 'GB') // "MB"
 * @example byteUnitFor(14e9, 'GB') // "GB"
 */
export function byteUnitFor(bytes: number, unit: ByteUnit | 'auto' = 'auto'): ByteUnit {
  requireFinite('bytes', bytes, -Infinity);
  const family = unit !== 'auto' && binaryUnits.includes(unit) ? binaryUnits : decimalUnits;
  const top = unit === 'auto' ? family.length - 1 : family.indexOf(unit);
  const size = Math.abs(bytes);
  for (let i = top; i > 0; i--) if (size >= byteUnits[family[i]!]) return family[i]!;
  return size === 0 ? family[top]! : 'B';
}

/**
 * Bytes in `unit` (or a smaller unit of its family when the value is under one of it); the
 * result always ends with the unit it shows.
 * @example formatBytes(14e9, 'GB') // "14 GB"
 * @example formatBytes(14e9, 'GiB') // "13.0 GiB"
 * @example formatBytes(4.72e6, 'GB') // "4.72 MB"
 */
export function formatBytes(bytes: number, unit: ByteUnit | 'auto' = 'auto', significantDigits = 3): string {
  const chosen = byteUnitFor(bytes, unit);
  return `${formatNumber(bytes / byteUnits[chosen], significantDigits)} ${chosen}`;
}

/** Bytes in decimal GB (or MB, kB… below 1 GB). @example formatGB(14e9) // "14 GB" */
export function formatGB(bytes: number): string {
  return formatBytes(bytes, 'GB');
}

/** Bytes in binary GiB (or MiB, KiB… below 1 GiB). @example formatGiB(2 ** 33) // "8 GiB" */
export function formatGiB(bytes: number): string {
  return formatBytes(bytes, 'GiB');
}

/**
 * A bandwidth in decimal GB/s, to four significant digits without padding zeros (as datasheets
 * print it); `withUnit: false` leaves off " GB/s" for table cells under a GB/s header.
 * @example formatBandwidth(1.008e12) // "1,008 GB/s"
 * @example formatBandwidth(68.25e9, { withUnit: false }) // "68.25"
 */
export function formatBandwidth(bytesPerSecond: number, options: { withUnit?: boolean } = {}): string {
  const text = formatCompact(requireFinite('bytesPerSecond', bytesPerSecond) / 1e9, 4);
  return options.withUnit === false ? text : `${text} GB/s`;
}

/**
 * A count (tokens, sequences, layers) rounded to a whole number, with thousands separators.
 * @example formatCount(32768) // "32,768"
 */
export function formatCount(value: number): string {
  requireFinite('value', value, -Infinity);
  if (Math.abs(value) >= LARGEST_FIXED) return exponential(value, 3);
  const rounded = Math.round(value);
  return fixedFormat(0).format(rounded === 0 ? 0 : rounded);
}

/** Tokens in one K, as context lengths are quoted ("128K context" = 131,072 tokens). @example TOKENS_PER_K // 1024 */
export const TOKENS_PER_K = 1024;
/** Tokens in one M. @example TOKENS_PER_M // 1048576 */
export const TOKENS_PER_M = 1024 * 1024;

/**
 * A token count as context lengths are quoted: in M (1,048,576) or K (1,024) when it is a whole
 * number of them or of their tenths, else the count itself. `parseCount` reads it back.
 * @example formatTokensShort(131072) // "128K"
 * @example formatTokensShort(1536) // "1.5K"
 * @example formatTokensShort(200000) // "200,000"
 */
export function formatTokensShort(tokens: number): string {
  requireFinite('tokens', tokens);
  for (const [size, suffix] of [
    [TOKENS_PER_M, 'M'],
    [TOKENS_PER_K, 'K'],
  ] as const) {
    const tenths = (tokens * 10) / size;
    if (tokens >= size && Number.isInteger(tenths) && tokens < LARGEST_FIXED) {
      return `${fixedFormat(tenths % 10 === 0 ? 0 : 1).format(tenths / 10)}${suffix}`;
    }
  }
  return formatCount(tokens);
}

/**
 * A token count in full with its unit.
 * @example formatTokens(131072) // "131,072 tokens"
 * @example formatTokens(1) // "1 token"
 */
export function formatTokens(tokens: number): string {
  return `${formatCount(tokens)} ${Math.round(tokens) === 1 ? 'token' : 'tokens'}`;
}

/**
 * A parameter count in billions, as model names quote it ("8B", "70.6B"): three significant
 * digits without padding zeros.
 * @example formatBillions(8.03e9) // "8.03B"
 * @example formatBillions(70e9) // "70B"
 */
export function formatBillions(params: number): string {
  return `${formatCompact(requireFinite('params', params) / 1e9, 3)}B`;
}

/** Suffixes a typed number may carry: binary for tokens (K = 1,024), SI for every other count. */
export type QuantityKind = 'tokens' | 'si';

const SUFFIXES: Record<QuantityKind, Record<string, number>> = {
  tokens: { k: TOKENS_PER_K, m: TOKENS_PER_M },
  si: { k: 1e3, m: 1e6 },
};

/**
 * Reads a number as readers write it: `32,768`, `4k`, `128K`, `1.5M`, `2e3`. K and M are 1,024
 * and 1,048,576 for tokens, 10³ and 10⁶ for other counts. `undefined` for anything else.
 * @example parseCount('128K', 'tokens') // 131072
 * @example parseCount('32,768') // 32768
 * @example parseCount('1.5k', 'si') // 1500
 */
export function parseCount(text: string, kind: QuantityKind = 'si'): number | undefined {
  const match = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[+-]?\.\d+)(e[+-]?\d+)?\s*([a-z])?$/i.exec(String(text).trim());
  if (!match) return undefined;
  const [, digits, exponent = '', suffix] = match;
  const scale = suffix === undefined ? 1 : SUFFIXES[kind][suffix.toLowerCase()];
  if (scale === undefined) return undefined;
  const value = Number(`${digits!.replace(/,/g, '')}${exponent}`) * scale;
  return Number.isFinite(value) ? value : undefined;
}
