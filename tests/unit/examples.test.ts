/**
 * Every `@example` in src/lib runs as a test, so the examples cannot drift from the code.
 *
 * Format (one line): `@example <expression> // <expected> (optional prose in parentheses)`, where
 * <expected> is a JSON value (deep equal; numbers within a relative 1e-9) or `≈ n`, which must match
 * the result to the digits printed (`≈ 0.097` means 0.0965 ≤ result ≤ 0.0975). The expression is
 * TypeScript, evaluated with the public surface (`src/lib/index.ts`) and its own module's exports
 * in scope. Also checked: every exported function, class and constant has an example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/lib';

const LIB = join(import.meta.dirname, '../../src/lib');
const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .sort();

/** One `@example` line, split into its parts. */
interface Example {
  readonly line: number;
  readonly expression: string;
  readonly expected: string;
}

/** The `@example` lines of the doc comments of `source`, with 1-based line numbers. */
function examplesOf(source: string): Example[] {
  const examples: Example[] = [];
  for (const comment of source.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const startLine = source.slice(0, comment.index).split('\n').length;
    comment[0].split('\n').forEach((text, i) => {
      const match = /@example\s+(.*?)\s*(?:\*\/)?\s*$/.exec(text);
      if (!match) return;
      const body = match[1]!;
      const split = body.indexOf(' // ');
      examples.push({
        line: startLine + i,
        expression: split < 0 ? body : body.slice(0, split).trim(),
        expected: split < 0 ? '' : body.slice(split + 4).trim(),
      });
    });
  }
  return examples;
}

/** What an example claims: a JSON value, or a number to the digits printed. */
type Claim = { kind: 'json'; value: unknown } | { kind: 'approx'; value: number; halfUnit: number };

/** Parses the text after `//`, or throws saying why it fits neither format. */
function parseClaim(text: string): Claim {
  if (text.startsWith('≈')) {
    const match = /^≈\s*(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?(?:\s+\(.*\))?$/s.exec(text);
    if (!match) throw new Error(`"${text}" is not "≈ <number>" optionally followed by prose in parentheses`);
    const [, sign, whole, fraction = '', exponent = '0'] = match;
    const value = Number(`${sign}${whole}.${fraction || '0'}e${exponent}`);
    return { kind: 'approx', value, halfUnit: 0.5 * 10 ** (Number(exponent) - fraction.length) };
  }
  // The longest prefix that is JSON, followed by nothing or by prose in parentheses.
  for (let end = text.length; end > 0; end--) {
    const rest = text.slice(end).trim();
    if (rest !== '' && !/^\(.*\)$/s.test(rest)) continue;
    try {
      return { kind: 'json', value: JSON.parse(text.slice(0, end)) };
    } catch {
      // not JSON up to here: try a shorter prefix
    }
  }
  throw new Error(`"${text}" is neither a JSON value nor "≈ <number>" (prose goes in parentheses after it)`);
}

/** Where `actual` differs from the JSON `expected` (numbers within a relative 1e-9), or null. */
function difference(actual: unknown, expected: unknown, path = 'result'): string | null {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return `${path} is ${String(actual)}, expected the number ${expected}`;
    const close = Math.abs(actual - expected) <= 1e-9 * Math.abs(expected) || actual === expected;
    return close ? null : `${path} is ${actual}, expected ${expected}`;
  }
  if (expected === null || typeof expected !== 'object') {
    return Object.is(actual, expected) ? null : `${path} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path} is not an array`;
    if (actual.length !== expected.length) return `${path} has ${actual.length} items, expected ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = difference(actual[i], expected[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${path} is not an object`;
  const keys = (o: object) =>
    Object.keys(o)
      .filter((k) => (o as Record<string, unknown>)[k] !== undefined)
      .sort();
  const [actualKeys, expectedKeys] = [keys(actual), keys(expected)];
  if (actualKeys.join() !== expectedKeys.join()) return `${path} has keys ${actualKeys.join(', ')}, expected ${expectedKeys.join(', ')}`;
  for (const k of expectedKeys) {
    const d = difference((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

/** Evaluates a TypeScript expression with `scope`'s names bound. */
function evaluate(expression: string, scope: Record<string, unknown>): unknown {
  const js = ts.transpileModule(`__result = (${expression});`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: false,
  }).outputText;
  const names = Object.keys(scope);
  return new Function(...names, `let __result;\n${js}\nreturn __result;`)(...names.map((n) => scope[n]));
}

describe('examplesOf and parseClaim (the harness itself)', () => {
  it('examplesOf(source) finds one-line and inline examples, with their line', () => {
    const source = '/** A. @example f(1) // 2 */\n/**\n * B.\n * @example g("a//b") // "x" (prose)\n */';
    expect(examplesOf(source)).toEqual([
      { line: 1, expression: 'f(1)', expected: '2' },
      { line: 4, expression: 'g("a//b")', expected: '"x" (prose)' },
    ]);
  });

  it('parseClaim reads JSON with optional prose, and ≈ to the digits printed', () => {
    expect(parseClaim('{ "a": [1, null] } (why)')).toEqual({ kind: 'json', value: { a: [1, null] } });
    expect(parseClaim('"x (y)"')).toEqual({ kind: 'json', value: 'x (y)' });
    expect(parseClaim('≈ 0.097')).toEqual({ kind: 'approx', value: 0.097, halfUnit: 0.5 * 10 ** -3 });
    expect(parseClaim('≈ 3.47e13 (DGX Spark)')).toEqual({ kind: 'approx', value: 3.47e13, halfUnit: 0.5 * 10 ** 11 });
    expect(() => parseClaim("{ owner: null, state: 'free' }")).toThrow(/neither a JSON value/);
    expect(() => parseClaim('0.6011…')).toThrow(/neither/);
    expect(() => parseClaim('≈ about 4')).toThrow(/≈ <number>/);
  });

  it('difference(actual, expected) compares deeply, numbers within 1e-9', () => {
    expect(difference({ a: [1 + 1e-12], b: undefined }, { a: [1] })).toBeNull();
    expect(difference({ a: [1.001] }, { a: [1] })).toBe('result.a[0] is 1.001, expected 1');
    expect(difference({ a: 1, c: 2 }, { a: 1 })).toMatch(/keys a, c/);
    expect(difference('1', 1)).toMatch(/expected the number 1/);
  });
});

for (const file of files) {
  const source = readFileSync(join(LIB, file), 'utf8');
  const examples = examplesOf(source);
  describe(`src/lib/${file}`, () => {
    it('every exported function, class and constant has an @example', () => {
      const missing: string[] = [];
      for (const match of source.matchAll(/^export (?:async )?(?:function|const|class|let) (\w+)/gm)) {
        const before = source.slice(0, match.index).trimEnd();
        const doc = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : '';
        if (!doc.includes('@example')) missing.push(match[1]!);
      }
      expect(missing).toEqual([]);
    });

    for (const example of examples) {
      it(`line ${example.line}: ${example.expression}`, async () => {
        const module = (await import(/* @vite-ignore */ join(LIB, file))) as Record<string, unknown>;
        const claim = parseClaim(example.expected);
        const actual = evaluate(example.expression, { ...lib, ...module });
        if (claim.kind === 'approx') {
          expect(typeof actual, `${relative(LIB, file)}:${example.line}`).toBe('number');
          const error = Math.abs((actual as number) - claim.value);
          expect(error, `${actual} does not round to ${example.expected}`).toBeLessThanOrEqual(claim.halfUnit * (1 + 1e-9));
        } else {
          expect(difference(actual, claim.value)).toBeNull();
        }
      });
    }
  });
}
