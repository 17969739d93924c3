/**
 * Instrument state in the URL. Each instrument owns a namespace (`fit`), and its fields live in
 * query parameters `fit.model`, `fit.ctx`… so several instruments on one page never clash.
 * Parsing is strict: anything out of range, unknown or hostile falls back to the default and is
 * reported as a notice (which never echoes the raw text).
 */
import { describeRange, parseNumberInput, type NumberInputRules } from './input';

/** One field of an instrument's state. */
export interface Field<T> {
  /** Default value; omitted from links. */
  readonly default: T;
  /** Human label used in notices. */
  readonly label: string;
  /** Reads a raw query value; `undefined` when it is not acceptable. */
  parse(raw: string): T | undefined;
  /** Writes a value for the query string. */
  format(value: T): string;
  /** Why a rejected value was rejected, phrased for a reader. */
  readonly expectation: string;
}

/** A record of fields, one per state key. */
export type Schema = Record<string, Field<any>>;

/** The state a schema describes. */
export type StateOf<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

/** Longest raw value we look at; longer ones are rejected outright. */
const MAX_RAW_LENGTH = 64;

/** A numeric field: the one definition its control and its link share (range, label, unit, parsing). */
export interface NumberField extends Field<number>, NumberInputRules {
  /** A slider over the range moves on a log scale (for ranges spanning decades). */
  readonly log: boolean;
  /** Step of a linear slider. */
  readonly step: number;
}

/**
 * A finite number in [min, max], read by `parseNumberInput` whether typed or linked (so "32,768"
 * and "32K" work in both); `integer` rounds nothing, it rejects fractions.
 * @example numberField({ label: 'Context', min: 1, max: 131072, default: 8192, integer: true }).parse('4096') // 4096
 * @example numberField({ label: 'Context', min: 1, max: 131072, default: 8192, integer: true, kind: 'tokens' }).parse('32K') // 32768
 */
export function numberField(
  options: Omit<NumberInputRules, 'label'> & { label: string; default: number; log?: boolean; step?: number },
): NumberField {
  const { label, min, max, integer = false, unit = '', log = false, step = 1 } = options;
  const rules: NumberInputRules = options;
  return {
    ...rules,
    integer,
    unit,
    log,
    step,
    default: options.default,
    label,
    expectation: `a ${integer ? 'whole number' : 'number'} ${describeRange({ label, min, max, unit })}`,
    parse(raw) {
      const result = parseNumberInput(raw, rules);
      return result.ok ? result.value : undefined;
    },
    format: (value) => String(Number(value.toPrecision(12))),
  };
}

/**
 * One of a fixed list of ids, matched case-insensitively and written back in canonical case.
 * @example enumField({ label: 'Quant', values: ['Q4_K_M', 'Q8_0'], default: 'Q4_K_M' }).parse('q8_0') // "Q8_0"
 */
export function enumField<T extends string>(options: { label: string; values: readonly T[]; default: T }): Field<T> {
  const byLower = new Map(options.values.map((v) => [v.toLowerCase(), v]));
  return {
    default: options.default,
    label: options.label,
    expectation: `one of the listed ${options.label.toLowerCase()} choices`,
    parse: (raw) => byLower.get(raw.toLowerCase()),
    format: (value) => value.toLowerCase(),
  };
}

/**
 * A yes/no switch written as `1` or `0`.
 * @example booleanField({ label: 'Naive formula', default: false }).parse('1') // true
 */
export function booleanField(options: { label: string; default: boolean }): Field<boolean> {
  return {
    default: options.default,
    label: options.label,
    expectation: '1 (on) or 0 (off)',
    parse: (raw) => (raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined),
    format: (value) => (value ? '1' : '0'),
  };
}

/** The state read from a URL and what was wrong with it. */
export interface ReadResult<S extends Schema> {
  readonly state: StateOf<S>;
  /** One friendly sentence per rejected parameter. */
  readonly notices: string[];
  /** Whether the URL carried any parameter of this namespace. */
  readonly present: boolean;
  /** The fields the URL set to an acceptable value (so a link's explicit choices can be honoured). */
  readonly given: ReadonlySet<keyof S & string>;
}

/** The default state of a schema. @example defaultState({ q: enumField({ label: 'Quant', values: ['A'], default: 'A' }) }) // { "q": "A" } */
export function defaultState<S extends Schema>(schema: S): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const key of Object.keys(schema)) state[key] = schema[key]!.default;
  return state as StateOf<S>;
}

/**
 * Reads the namespace `ns` of `params` against `schema`. Unknown keys of the namespace are
 * reported; other namespaces are ignored.
 * @example readUrlState({ n: numberField({ label: 'N', min: 0, max: 9, default: 1 }) }, 'w', new URLSearchParams('w.n=3')).state // { "n": 3 }
 */
export function readUrlState<S extends Schema>(schema: S, ns: string, params: URLSearchParams): ReadResult<S> {
  const state = defaultState(schema) as Record<string, unknown>;
  const notices: string[] = [];
  const given = new Set<keyof S & string>();
  let present = false;
  const prefix = `${ns}.`;
  for (const [name, raw] of params) {
    if (!name.startsWith(prefix)) continue;
    present = true;
    const key = name.slice(prefix.length);
    const field = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (!field) {
      notices.push(`The link has a setting this instrument does not know; it was ignored.`);
      continue;
    }
    const value = raw.length <= MAX_RAW_LENGTH ? field.parse(raw.trim()) : undefined;
    if (value === undefined) {
      notices.push(`The link's ${field.label.toLowerCase()} is not ${field.expectation}; using the default instead.`);
    } else {
      state[key] = value;
      given.add(key);
    }
  }
  return { state: state as StateOf<S>, notices: [...new Set(notices)], present, given };
}

/**
 * Writes `state` into a copy of `params` under namespace `ns`, leaving out defaults so links
 * stay short; other namespaces are kept.
 * @example writeUrlState({ n: numberField({ label: 'N', min: 0, max: 9, default: 1 }) }, 'w', { n: 3 }, new URLSearchParams()).toString() // "w.n=3"
 */
export function writeUrlState<S extends Schema>(schema: S, ns: string, state: StateOf<S>, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  const prefix = `${ns}.`;
  for (const [name, value] of params) if (!name.startsWith(prefix)) next.append(name, value);
  for (const key of Object.keys(schema)) {
    const field = schema[key]!;
    const value = (state as Record<string, unknown>)[key];
    if (value === undefined || field.format(value) === field.format(field.default)) continue;
    next.set(`${prefix}${key}`, field.format(value));
  }
  return next;
}
