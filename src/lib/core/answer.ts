/**
 * Judging a reader's numeric answer. Byte answers are compared in bytes whatever unit the reader
 * typed ("3.5", "3.5 GB", "3500 MB" and "3.26 GiB" are one answer), with a relative tolerance;
 * an answer that is right only after swapping GB and GiB gets a unit hint instead of "wrong".
 */
import { formatNumber } from './format';
import { byteUnits, type ByteUnit } from './units';

/** A number the reader typed, with the byte unit they typed (if any). */
export interface ParsedQuantity {
  readonly value: number;
  readonly unit: ByteUnit | null;
  /** Whatever non-byte unit text followed the number ("tok/s"), lower-cased. */
  readonly suffix: string;
}

const unitByLowerName = new Map<string, ByteUnit>((Object.keys(byteUnits) as ByteUnit[]).map((u) => [u.toLowerCase(), u]));
unitByLowerName.set('bytes', 'B');
unitByLowerName.set('byte', 'B');

const QUANTITY = /^([+-]?(?:\d[\d,_]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(.*)$/i;

/**
 * Parses "3.5", "3.5 GB", "3,500mb", "1e9 B" or "200 tok/s"; `null` if there is no number.
 * @example parseQuantity('3.26 GiB') // { "value": 3.26, "unit": "GiB", "suffix": "" }
 */
export function parseQuantity(text: string): ParsedQuantity | null {
  const match = QUANTITY.exec(String(text).trim());
  if (!match) return null;
  const value = Number(match[1]!.replace(/[,_]/g, ''));
  if (!Number.isFinite(value)) return null;
  const rest = match[2]!.trim().toLowerCase();
  const unit = unitByLowerName.get(rest) ?? null;
  return { value, unit, suffix: unit ? '' : rest };
}

/** What a numeric exercise expects. */
export interface NumericExpectation {
  /** The exact answer, computed from `src/lib`. For byte answers, in bytes. */
  readonly value: number;
  /** `'bytes'` accepts any byte unit; `'number'` is a plain quantity such as tok/s or blocks. */
  readonly kind: 'bytes' | 'number';
  /** Unit assumed for a bare number in a byte answer, and shown in feedback. Default `'GB'`. */
  readonly unit?: ByteUnit;
  /** Label of a plain quantity, shown in feedback ("tok/s"). */
  readonly label?: string;
  /** Relative tolerance; default 0.01 (±1%). */
  readonly tolerance?: number;
}

/** The verdict on one attempt. */
export interface AnswerVerdict {
  readonly status: 'correct' | 'incorrect' | 'unit-mixup' | 'unreadable';
  /** A sentence for the reader. */
  readonly message: string;
}

/** The unit a reader confuses with each: decimal ↔ binary of the same rank. */
const UNIT_COUNTERPART: Partial<Record<ByteUnit, ByteUnit>> = {
  kB: 'KiB',
  MB: 'MiB',
  GB: 'GiB',
  TB: 'TiB',
  KiB: 'kB',
  MiB: 'MB',
  GiB: 'GB',
  TiB: 'TB',
};

/** Default relative tolerance: ±1% catches a GB↔GiB mix-up (7.4%) but forgives rounding. @example DEFAULT_TOLERANCE // 0.01 */
export const DEFAULT_TOLERANCE = 0.01;

function within(actual: number, expected: number, tolerance: number): boolean {
  if (expected === 0) return Math.abs(actual) <= tolerance;
  return Math.abs(actual - expected) <= tolerance * Math.abs(expected);
}

/**
 * Judges `input` against `expected`.
 * @example checkNumericAnswer('13.04 GiB', { value: 14e9, kind: 'bytes' }).status // "correct"
 * @example checkNumericAnswer('13.04', { value: 14e9, kind: 'bytes', unit: 'GB' }).status // "unit-mixup"
 */
export function checkNumericAnswer(input: string, expected: NumericExpectation): AnswerVerdict {
  const tolerance = expected.tolerance ?? DEFAULT_TOLERANCE;
  const parsed = parseQuantity(input);
  if (!parsed) {
    // The hint must fit the exercise: a count takes digits, not a byte unit.
    const message =
      expected.kind === 'number'
        ? `Type the answer in digits${expected.label ? ` (a number of ${expected.label})` : ''}, e.g. 38 or 2.5.`
        : `Type a number: on its own it is read as ${expected.unit ?? 'GB'}; or add a unit such as GB or GiB.`;
    return { status: 'unreadable', message };
  }
  if (expected.kind === 'number') {
    if (parsed.unit) {
      return {
        status: 'unreadable',
        message: `This answer is a plain number${expected.label ? ` of ${expected.label}` : ''}, not a size in bytes.`,
      };
    }
    return within(parsed.value, expected.value, tolerance)
      ? { status: 'correct', message: 'Correct.' }
      : { status: 'incorrect', message: 'Not quite. Check the worked solution or try again.' };
  }
  if (parsed.suffix !== '') {
    return { status: 'unreadable', message: `"${parsed.suffix}" is not a byte unit. Use B, kB, MB, GB, TB or KiB, MiB, GiB, TiB.` };
  }
  const unit = parsed.unit ?? expected.unit ?? 'GB';
  const bytes = parsed.value * byteUnits[unit];
  if (within(bytes, expected.value, tolerance)) return { status: 'correct', message: 'Correct.' };
  const other = UNIT_COUNTERPART[unit];
  if (other && within(parsed.value * byteUnits[other], expected.value, tolerance)) {
    const apart = formatNumber((Math.max(byteUnits[unit], byteUnits[other]) / Math.min(byteUnits[unit], byteUnits[other]) - 1) * 100, 2);
    return {
      status: 'unit-mixup',
      message: `Close, but the units are mixed up: ${formatNumber(parsed.value, 4)} is the answer in ${other}, not in ${unit}. ${unit} and ${other} are ${apart}% apart (decimal powers of 10 vs binary powers of 2).`,
    };
  }
  return { status: 'incorrect', message: 'Not quite. Check the worked solution or try again.' };
}
