import { describe, expect, it } from 'vitest';
import { booleanField, defaultState, enumField, numberField, readUrlState, writeUrlState } from '../../../../src/lib';

const schema = {
  params: numberField({ label: 'Parameters', min: 0.1, max: 1000, default: 8, unit: 'billion' }),
  ctx: numberField({ label: 'Context', min: 1, max: 131072, default: 8192, integer: true }),
  quant: enumField({ label: 'Quant', values: ['Q4_K_M', 'Q8_0', 'BF16'], default: 'Q4_K_M' }),
  naive: booleanField({ label: 'Naive formula', default: false }),
};

describe('readUrlState', () => {
  it('readUrlState(schema, ns, params) reads its own namespace and ignores others', () => {
    const read = readUrlState(schema, 'wf', new URLSearchParams('wf.params=70&wf.quant=q8_0&kv.ctx=5&wf.naive=1'));
    expect(read.state).toEqual({ params: 70, ctx: 8192, quant: 'Q8_0', naive: true });
    expect(read.notices).toEqual([]);
    expect(read.present).toBe(true);
    expect(readUrlState(schema, 'wf', new URLSearchParams('kv.ctx=5')).present).toBe(false);
  });

  it('readUrlState reports which fields the link set to an accepted value (given), so an instrument can honour them', () => {
    const read = readUrlState(schema, 'wf', new URLSearchParams('wf.params=70&wf.quant=Q9_Z&wf.naive=0&kv.ctx=5'));
    expect([...read.given].sort()).toEqual(['naive', 'params']);
    expect(readUrlState(schema, 'wf', new URLSearchParams('')).given.size).toBe(0);
  });

  it('readUrlState falls back to defaults with a notice for hostile or out-of-range values', () => {
    const hostile = [
      'wf.params=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'wf.params=1e30',
      'wf.params=-5',
      'wf.params=NaN',
      'wf.params=Infinity',
      'wf.params=',
      'wf.params=0x10',
      `wf.params=${'9'.repeat(500)}`,
      'wf.ctx=4096.5',
      'wf.quant=Q9_Z',
      'wf.naive=maybe',
    ];
    for (const query of hostile) {
      const read = readUrlState(schema, 'wf', new URLSearchParams(query));
      expect(read.state, query).toEqual(defaultState(schema));
      expect(read.notices.length, query).toBe(1);
      expect(read.notices[0], query).not.toMatch(/<|script|alert|1e30/);
    }
  });

  it('readUrlState rejects a value longer than 64 characters even when it would parse', () => {
    const padded = (length: number) => `${'0'.repeat(length - 2)}70`; // "00…070" is the number 70
    expect(readUrlState(schema, 'wf', new URLSearchParams(`wf.params=${padded(64)}`)).state.params).toBe(70);
    const long = readUrlState(schema, 'wf', new URLSearchParams(`wf.params=${padded(65)}`));
    expect(long.state.params).toBe(8);
    expect(long.notices).toHaveLength(1);
    expect(readUrlState(schema, 'wf', new URLSearchParams(`wf.quant=${' '.repeat(70)}q8_0`)).state.quant).toBe('Q4_K_M');
  });

  it('readUrlState reports unknown keys of its namespace once, without echoing them', () => {
    const read = readUrlState(schema, 'wf', new URLSearchParams('wf.__proto__=1&wf.constructor=2&wf.params=9'));
    expect(read.state.params).toBe(9);
    expect(read.notices).toHaveLength(1);
    expect(read.notices[0]).not.toMatch(/proto|constructor/);
  });
});

describe('writeUrlState', () => {
  it('writeUrlState(schema, ns, state, params) omits defaults and keeps other namespaces', () => {
    const state = { ...defaultState(schema), params: 70, quant: 'Q8_0' as const };
    const written = writeUrlState(schema, 'wf', state, new URLSearchParams('kv.ctx=5&wf.ctx=1'));
    expect(written.toString()).toBe('kv.ctx=5&wf.params=70&wf.quant=q8_0');
  });

  it('writeUrlState then readUrlState round-trips any valid state', () => {
    const state = { params: 0.5, ctx: 131072, quant: 'BF16' as const, naive: true };
    const params = writeUrlState(schema, 'x', state, new URLSearchParams());
    expect(readUrlState(schema, 'x', params).state).toEqual(state);
  });
});
