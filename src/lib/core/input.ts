/**
 * Reading numbers typed into an instrument. A field never passes NaN, Infinity or an
 * out-of-range value on: it returns a sentence for the reader instead, and the instrument keeps
 * its last valid state.
 */

/** A number read from a field, or why it could not be read. */
export type NumberInputResult = { ok: true; value: number } | { ok: false; message: string };

/** Limits of a numeric field. */
export interface NumberInputRules {
  /** Field name as the reader sees it. */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Reject fractions. */
  readonly integer?: boolean;
  /** Unit shown in messages ("billion parameters", "tokens"). */
  readonly unit?: string;
}

const NUMBER = /^[+-]?(\d[\d,_]*(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses what a reader typed, against the field's limits.
 * @example parseNumberInput('70', { label: 'Parameters', min: 0.1, max: 1000 }) // { "ok": true, "value": 70 }
 * @example parseNumberInput('', { label: 'Parameters', min: 0.1, max: 1000 }).ok // false
 */
export function parseNumberInput(text: string, rules: NumberInputRules): NumberInputResult {
  const { label, min, max, integer = false, unit } = rules;
  const range = `between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;
  const trimmed = String(text).trim();
  if (trimmed === '') return { ok: false, message: `Enter a value for ${label.toLowerCase()} ${range}.` };
  if (!NUMBER.test(trimmed)) return { ok: false, message: `${label} must be a number ${range}.` };
  const value = Number(trimmed.replace(/[,_]/g, ''));
  if (!Number.isFinite(value) || value < min || value > max) {
    return { ok: false, message: `${label} must be ${range}.` };
  }
  if (integer && !Number.isInteger(value)) return { ok: false, message: `${label} must be a whole number ${range}.` };
  return { ok: true, value };
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
