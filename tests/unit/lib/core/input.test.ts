import { describe, expect, it } from 'vitest';
import {
  fieldText,
  fieldValueText,
  logPosition,
  logSliderValue,
  parseNumberInput,
  roundSignificant,
  valueAtLogPosition,
} from '../../../../src/lib';

const rules = { label: 'Parameters', min: 0.1, max: 1000, unit: 'billion' };

describe('parseNumberInput', () => {
  it('parseNumberInput(text, rules) accepts numbers in range, with separators and exponents', () => {
    expect(parseNumberInput('70', rules)).toEqual({ ok: true, value: 70 });
    expect(parseNumberInput(' 1,000 ', rules)).toEqual({ ok: true, value: 1000 });
    expect(parseNumberInput('1e2', rules)).toEqual({ ok: true, value: 100 });
    expect(parseNumberInput('.5', rules)).toEqual({ ok: true, value: 0.5 });
  });

  it('parseNumberInput rejects empty, negative, huge, non-numeric and hostile input with a sentence', () => {
    for (const bad of ['', '-5', '1e30', 'abc', 'NaN', 'Infinity', '<script>alert(1)</script>', '0x10', '0.01', '1,2345', '4 kg']) {
      const result = parseNumberInput(bad, rules);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(/Parameters|parameters/);
        expect(result.message).not.toMatch(/script/);
      }
    }
  });

  it('parseNumberInput rejects fractions for whole-number fields', () => {
    expect(parseNumberInput('4096.5', { label: 'Context', min: 1, max: 131072, integer: true }).ok).toBe(false);
    expect(parseNumberInput('4096', { label: 'Context', min: 1, max: 131072, integer: true }).ok).toBe(true);
  });
});

describe('parseNumberInput: suffixes, tiny values, and what the box shows', () => {
  const ctx = { label: 'Context', min: 256, max: 131072, integer: true, unit: 'tokens', kind: 'tokens' } as const;

  it('parseNumberInput reads 4k, 128K and 1.5M as tokens (K = 1,024) and rounds a suffixed fraction', () => {
    expect(parseNumberInput('4k', ctx)).toEqual({ ok: true, value: 4096 });
    expect(parseNumberInput('128K', ctx)).toEqual({ ok: true, value: 131072 });
    expect(parseNumberInput('100k', ctx)).toEqual({ ok: true, value: 102400 });
    expect(parseNumberInput('0.1M', ctx)).toEqual({ ok: true, value: 104858 });
    expect(parseNumberInput('1.5M', ctx).ok).toBe(false);
    expect(parseNumberInput('1.5k', { label: 'Parameters', min: 0.1, max: 2000 })).toEqual({ ok: true, value: 1500 });
    expect(parseNumberInput('4096.5', ctx).ok).toBe(false);
  });

  it('parseNumberInput refuses a tiny non-zero value in a field that starts at 0, naming the smallest it takes', () => {
    const ram = { label: 'System RAM', min: 0, max: 4096, unit: 'GiB' };
    expect(parseNumberInput('1e-320', ram)).toEqual({ ok: false, message: 'System RAM must be 0 or at least 0.001 GiB.' });
    expect(parseNumberInput('0', ram)).toEqual({ ok: true, value: 0 });
    expect(parseNumberInput('-0', ram)).toEqual({ ok: true, value: 0 });
    expect(parseNumberInput('0.5', { ...ram, resolution: 1 }).ok).toBe(false);
  });

  it('fieldText and fieldValueText print what a reader reads back: separators, no padding zeros', () => {
    expect(fieldText(32768, ctx)).toBe('32,768');
    expect(fieldText(0.1 + 0.2, { label: 'Rate', min: 0, max: 2 })).toBe('0.3');
    expect(fieldValueText(64, 'GiB')).toBe('64 GiB');
    expect(fieldValueText(32, 'of 32')).toBe('32 of 32');
    expect(fieldValueText(1e-320)).toBe('1e-320');
  });
});

describe('log slider mapping', () => {
  it('logPosition and valueAtLogPosition are inverses on [min, max]', () => {
    for (const v of [0.1, 1, 7, 70, 405, 1000]) expect(valueAtLogPosition(logPosition(v, 0.1, 1000), 0.1, 1000)).toBeCloseTo(v, 9);
    expect(logPosition(10, 1, 100)).toBeCloseTo(0.5, 12);
  });

  it('logPosition clamps out-of-range values instead of returning NaN', () => {
    expect(logPosition(-5, 1, 100)).toBe(0);
    expect(logPosition(1e9, 1, 100)).toBe(1);
    expect(valueAtLogPosition(2, 1, 100)).toBe(100);
  });

  it('roundSignificant(value, digits) lands sliders on readable values', () => {
    expect(roundSignificant(69.8231, 2)).toBe(70);
    expect(roundSignificant(0.123456, 3)).toBe(0.123);
    expect(roundSignificant(0)).toBe(0);
  });
});

describe('logSliderValue', () => {
  it('logSliderValue(t, min, max, current) is exactly min and max at the ends', () => {
    expect(logSliderValue(1, 64, 131072, 8192)).toBe(131072);
    expect(logSliderValue(0, 64, 131072, 8192)).toBe(64);
  });

  it('logSliderValue rounds to two significant digits in between', () => {
    expect(logSliderValue(0.5, 1, 100, 1)).toBe(10);
    expect(logSliderValue(logPosition(69.8231, 1, 1000), 1, 1000, 1)).toBe(70);
  });

  it('logSliderValue never sticks: a one-step move that rounds back to current moves one unit of the last digit', () => {
    const STEPS = 1000;
    const position = (v: number) => Math.round(logPosition(v, 64, 131072) * STEPS);
    // Walking down one keyboard step at a time from the top always reaches the bottom, strictly decreasing.
    let value = 131072;
    let steps = 0;
    while (value > 64 && steps < 2000) {
      const next = logSliderValue((position(value) - 1) / STEPS, 64, 131072, value);
      expect(next, `from ${value}`).toBeLessThan(value);
      value = next;
      steps++;
    }
    expect(value).toBe(64);
    expect(logSliderValue(0.998, 64, 131072, 130000)).toBe(120000);
    expect(logSliderValue(0.9995, 64, 131072, 130000)).toBe(131072);
  });

  it('logSliderValue(…, minStep = 1) steps whole-number fields up from 1 instead of rounding back', () => {
    const STEPS = 1000;
    let value = 1;
    const next = logSliderValue((Math.round(logPosition(value, 1, 256) * STEPS) + 1) / STEPS, 1, 256, value, 2, 1);
    expect(Math.round(next)).toBe(2);
    value = 2;
    expect(Math.round(logSliderValue((Math.round(logPosition(value, 1, 256) * STEPS) - 1) / STEPS, 1, 256, value, 2, 1))).toBe(1);
  });
});
