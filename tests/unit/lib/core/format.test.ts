import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  byteUnitFor,
  formatBandwidth,
  formatBillions,
  formatBytes,
  formatCompact,
  formatCount,
  formatNumber,
  formatPercent,
  formatTokens,
  formatTokensShort,
  parseCount,
} from '../../../../src/lib';

describe('formatNumber', () => {
  it('formatNumber(value, digits) keeps significant digits and groups thousands', () => {
    expect(formatNumber(4.8944, 3)).toBe('4.89');
    expect(formatNumber(131072, 3)).toBe('131,072');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0.0123, 2)).toBe('-0.012');
    expect(formatNumber(4.9, 3)).toBe('4.90');
  });

  it('formatNumber prints a whole number without a decimal point ("16", never "16.00")', () => {
    expect(formatNumber(16, 4)).toBe('16');
    expect(formatNumber(600, 4)).toBe('600');
    expect(formatNumber(1, 4)).toBe('1');
    expect(formatNumber(64, 4)).toBe('64');
    expect(formatNumber(15.9996, 4)).toBe('16.00');
    expect(formatNumber(13.0385, 3)).toBe('13.0');
    expect(formatNumber(-0.0001, 2)).toBe('-0.00010');
    expect(formatNumber(-0.00001, 1)).toBe('-0.00001');
  });

  it('formatNumber prints the tiny and huge values that used to throw in toFixed()', () => {
    expect(formatNumber(1e-320)).toBe('1e-320');
    expect(formatNumber(5e-324)).toBe('4.94e-324');
    expect(formatNumber(1e-99, 4)).toBe('1e-99');
    expect(formatNumber(1.5e300)).toBe('1.5e300');
    expect(formatNumber(Number.MAX_VALUE)).toBe('1.8e308');
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5, max: 40 })])(
    'formatNumber(any finite value, any digits) never throws and never prints NaN or Infinity',
    (value, digits) => {
      const text = formatNumber(value, digits);
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      expect(text).toMatch(/^-?[\d,]+(\.\d+)?(e-?\d+)?$/);
      // Within half a unit of the last digit shown (a relative ½ at one significant digit); near
      // MAX_VALUE the rounded mantissa ("2e308") is past what a double holds.
      if (Math.abs(value) < 1e307)
        expect(Math.abs(Number(text.replace(/,/g, '')) - value)).toBeLessThanOrEqual(Math.abs(value) * 0.5 + 0.5);
    },
  );

  test.prop([fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 8 })])(
    'formatNumber(an integer) never shows a decimal point',
    (value, digits) => {
      expect(formatNumber(value, digits)).not.toContain('.');
    },
  );
});

describe('formatCompact and formatPercent', () => {
  it('formatCompact(value) drops padding zeros, for ticks', () => {
    expect(formatCompact(1.5)).toBe('1.5');
    expect(formatCompact(0.25, 2)).toBe('0.25');
    expect(formatCompact(2000)).toBe('2,000');
    expect(formatCompact(1e-320)).toBe('1e-320');
  });

  it('formatPercent(share) is one convention for every percentage: three significant digits', () => {
    expect(formatPercent(0.9614)).toBe('96.1%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(0.04167)).toBe('4.17%');
    expect(formatPercent(1e-320)).toBe('1e-318%');
  });
});

describe('formatBytes', () => {
  it('formatBytes(bytes, unit) always ends with the unit it shows', () => {
    expect(formatBytes(14e9, 'GB')).toBe('14 GB');
    expect(formatBytes(14e9, 'GiB', 4)).toBe('13.04 GiB');
    expect(formatBytes(3.5e9)).toBe('3.50 GB');
    expect(formatBytes(819_200)).toBe('819 kB');
    expect(formatBytes(2.5e12)).toBe('2.50 TB');
  });

  it('formatBytes steps down within the family for small values ("4.72 MB", not "0.00472 GB")', () => {
    expect(formatBytes(4.72e6, 'GB')).toBe('4.72 MB');
    expect(formatBytes(0.5 * 2 ** 30, 'GiB')).toBe('512 MiB');
    expect(formatBytes(131072, 'KiB')).toBe('128 KiB');
    expect(formatBytes(512, 'GB')).toBe('512 B');
    expect(formatBytes(0, 'GB')).toBe('0 GB');
    expect(formatBytes(1e-320, 'GiB')).toBe('1e-320 B');
    expect(byteUnitFor(24e9, 'GB')).toBe('GB');
    expect(byteUnitFor(-3e6, 'GB')).toBe('MB');
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('GB', 'GiB', 'MB', 'KiB', 'auto' as const)])(
    'formatBytes(any finite bytes, unit) prints a number ≥ 1 in its unit unless it is under a byte',
    (bytes, unit) => {
      const text = formatBytes(bytes, unit);
      expect(text).not.toMatch(/NaN|Infinity/);
      const [number, shown] = text.split(' ');
      if (shown !== 'B' && bytes !== 0) expect(Math.abs(Number(number!.replace(/,/g, '')))).toBeGreaterThanOrEqual(1);
    },
  );
});

describe('counts and tokens', () => {
  it('formatCount(value) writes a whole number with separators and no decimals', () => {
    expect(formatCount(32768)).toBe('32,768');
    expect(formatCount(37341.3)).toBe('37,341');
    expect(formatCount(64)).toBe('64');
    expect(formatCount(-0.2)).toBe('0');
    expect(() => formatCount(Number.NaN)).toThrow(RangeError);
  });

  it('formatTokensShort(tokens) quotes context lengths with K = 1,024 and M = 1,048,576', () => {
    expect(formatTokensShort(131072)).toBe('128K');
    expect(formatTokensShort(4096)).toBe('4K');
    expect(formatTokensShort(1536)).toBe('1.5K');
    expect(formatTokensShort(512)).toBe('512');
    expect(formatTokensShort(1048576)).toBe('1M');
    expect(formatTokensShort(10 * 1048576)).toBe('10M');
    expect(formatTokensShort(200000)).toBe('200,000');
    expect(() => formatTokensShort(-1)).toThrow(RangeError);
  });

  it('formatTokens(n) writes the count with its unit', () => {
    expect(formatTokens(131072)).toBe('131,072 tokens');
    expect(formatTokens(1)).toBe('1 token');
  });

  it('formatBillions(params) quotes parameter counts as model names do', () => {
    expect(formatBillions(8e9)).toBe('8B');
    expect(formatBillions(8.03e9)).toBe('8.03B');
    expect(formatBillions(671e9)).toBe('671B');
    expect(formatBillions(3.3e9)).toBe('3.3B');
  });

  it('formatBandwidth prints datasheet figures as published, in decimal GB/s', () => {
    expect(formatBandwidth(1.008e12)).toBe('1,008 GB/s');
    expect(formatBandwidth(546e9)).toBe('546 GB/s');
    expect(formatBandwidth(68.25e9)).toBe('68.25 GB/s');
    expect(formatBandwidth(89.6e9, { withUnit: false })).toBe('89.6');
    expect(formatBandwidth(4.8e12)).toBe('4,800 GB/s');
    expect(() => formatBandwidth(Number.NaN)).toThrow(/finite/);
  });
});

describe('parseCount', () => {
  it('parseCount(text, kind) reads separators and K/M suffixes, binary for tokens and SI otherwise', () => {
    expect(parseCount('32,768')).toBe(32768);
    expect(parseCount('4k', 'tokens')).toBe(4096);
    expect(parseCount('128K', 'tokens')).toBe(131072);
    expect(parseCount('1.5M', 'tokens')).toBe(1572864);
    expect(parseCount('1.5k')).toBe(1500);
    expect(parseCount('2e3')).toBe(2000);
    expect(parseCount('.5')).toBe(0.5);
    for (const bad of ['', 'abc', '1,2345', '12,34', '1x', '0x10', 'NaN', 'Infinity', '1e999', '<script>', '4 kk']) {
      expect(parseCount(bad, 'tokens'), bad).toBeUndefined();
    }
  });

  test.prop([fc.integer({ min: 1, max: 64 * 1048576 })])('parseCount reads back what formatTokensShort prints', (tokens) => {
    expect(parseCount(formatTokensShort(tokens), 'tokens')).toBe(tokens);
  });
});
