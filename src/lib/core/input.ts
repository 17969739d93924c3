/**
 * Reading numbers typed into an instrument. A field never passes NaN, Infinity or an
 * out-of-range value on: it returns a sentence for the reader instead, and the instrument keeps
 * its last valid state.
 */

import { formatCompact, formatCount, parseCount, type QuantityKind } from './format';

/** A number read from a field, or why it could not be read. */
export type NumberInputResult = { ok: true; value: number } | { ok: false; message: string };

/** Limits of a numeric field. */
export interface NumberInputRules {
  /** Field name as the reader sees it. */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Reject fractions (a value written with K or M is rounded instead: "1.1K" tokens). */
  readonly integer?: boolean;
  /** Unit shown in messages ("billion parameters", "tokens"). */
  readonly unit?: string;
  /** What K and M mean when typed: 1,024 and 1,048,576 for tokens, 10³ and 10⁶ otherwise. */
  readonly kind?: QuantityKind;
  /**
   * The smallest non-zero magnitude the field takes (default 0.001, or 1 for whole numbers): a
   * field that starts at 0 refuses 1e-320 rather than pass a value nothing downstream can use.
   */
  readonly resolution?: number;
}

/**
 * The range of a field in words. @example describeRange({ label: 'Context', min: 256, max: 131072, unit: 'tokens' }) // "between 256 and 131,072 tokens"
 */
export function describeRange(rules: NumberInputRules): string {
  const { min, max, unit } = rules;
  return `between ${formatCompact(min, 6)} and ${formatCompact(max, 6)}${unit ? ` ${unit}` : ''}`;
}

/**
 * Parses what a reader typed (or a link carried) against the field's limits: `32,768`, `4k`,
 * `128K`, `1.5M` and `2e3` are numbers.
 * @example parseNumberInput('70', { label: 'Parameters', min: 0.1, max: 1000 }) // { "ok": true, "value": 70 }
 * @example parseNumberInput('4k', { label: 'Context', min: 1, max: 131072, integer: true, kind: 'tokens' }) // { "ok": true, "value": 4096 }
 * @example parseNumberInput('', { label: 'Parameters', min: 0.1, max: 1000 }).ok // false
 */
export function parseNumberInput(text: string, rules: NumberInputRules): NumberInputResult {
  const { label, min, max, integer = false, kind = 'si' } = rules;
  const resolution = rules.resolution ?? (integer ? 1 : 1e-3);
  const range = describeRange(rules);
  const trimmed = String(text).trim();
  if (trimmed === '') return { ok: false, message: `Enter a value for ${label.toLowerCase()} ${range}.` };
  const parsed = parseCount(trimmed, kind);
  if (parsed === undefined) return { ok: false, message: `${label} must be a number ${range}.` };
  const value = integer && /[a-z]$/i.test(trimmed) ? Math.round(parsed) : parsed;
  if (value < min || value > max) return { ok: false, message: `${label} must be ${range}.` };
  if (integer && !Number.isInteger(value)) return { ok: false, message: `${label} must be a whole number ${range}.` };
  if (value !== 0 && Math.abs(value) < resolution) {
    return { ok: false, message: `${label} must be 0 or at least ${formatCompact(resolution, 6)}${rules.unit ? ` ${rules.unit}` : ''}.` };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * What a field's text box shows for `value`: what `parseNumberInput` reads back.
 * @example fieldText(32768, { label: 'Context', min: 1, max: 131072, integer: true }) // "32,768"
 * @example fieldText(0.30000000000000004, { label: 'Rate', min: 0, max: 2 }) // "0.3"
 */
export function fieldText(value: number, rules: NumberInputRules): string {
  return rules.integer ? formatCount(value) : formatCompact(value, 6);
}

/**
 * A field's value in words, for a slider's `aria-valuetext` and messages ("16 GiB", not "16.00 GiB").
 * @example fieldValueText(64, 'GiB') // "64 GiB"
 */
export function fieldValueText(value: number, unit = ''): string {
  return `${formatCompact(value, 4)}${unit ? ` ${unit}` : ''}`;
}

/**
 * Maps a value in [min, max] to a slider position in [0, 1] on a log scale.
 * @example logPosition(10, 1, 100) // 0.5
 */
export function logPosition(value: number, min: number, max: number): number {
  const clamped = Math.min(max, Math.max(min, value));
  return Math.log(clamped / min) / Math.log(max / min);
}

/**
 * Inverse of `logPosition`: the value at slider position `t` in [0, 1].
 * @example valueAtLogPosition(0.5, 1, 100) // 10
 */
export function valueAtLogPosition(t: number, min: number, max: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return min * (max / min) ** clamped;
}

/**
 * Rounds to `significantDigits`, so a log slider lands on readable values (70, not 69.8231).
 * @example roundSignificant(69.8231, 2) // 70
 */
export function roundSignificant(value: number, significantDigits = 2): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(significantDigits));
}

/**
 * The value for log-slider position `t`, rounded like `roundSignificant`, exactly `min` / `max` at
 * the ends, and never stuck on `current`: near the top of a decade a one-step keyboard move
 * (130,000 → 129,087) would round straight back, so it moves one unit of the last kept digit
 * (at least `minStep`: 1 for whole-number fields) instead.
 * @example logSliderValue(0.998, 64, 131072, 130000) // 120000
 */
export function logSliderValue(t: number, min: number, max: number, current: number, significantDigits = 2, minStep = 0): number {
  if (t >= 1) return max;
  if (t <= 0) return min;
  const raw = valueAtLogPosition(t, min, max);
  let next = roundSignificant(raw, significantDigits);
  if (next === current && raw !== current && current > 0) {
    const unit = Math.max(minStep, 10 ** (Math.floor(Math.log10(current)) - significantDigits + 1));
    next = roundSignificant(current + Math.sign(raw - current) * unit, significantDigits);
  }
  return Math.min(max, Math.max(min, next));
}
