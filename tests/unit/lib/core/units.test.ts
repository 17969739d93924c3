import { describe, expect, it } from 'vitest';
import {
  bytesToGB,
  bytesToGiB,
  formatBytes,
  formatCount,
  formatNumber,
  formatTokensShort,
  gbToBytes,
  gibToBytes,
} from '../../../../src/lib';
import { expectClose } from '../../helpers';

describe('units', () => {
  it('bytesToGB(bytes) divides by 10⁹ and bytesToGiB(bytes) by 2³⁰', () => {
    expect(bytesToGB(14e9)).toBe(14);
    expectClose(bytesToGiB(14e9), 13.0385, 1e-5);
  });

  it('gbToBytes and gibToBytes invert the conversions; a "24 GB" card holds 25.77e9 bytes', () => {
    expect(bytesToGB(gbToBytes(3.5))).toBeCloseTo(3.5, 12);
    expectClose(gibToBytes(24), 25.769803776e9);
  });

  it('bytesToGB(bytes) rejects NaN and Infinity with a clear error', () => {
    expect(() => bytesToGB(Number.NaN)).toThrow(/bytes must be a finite number/);
    expect(() => bytesToGiB(Infinity)).toThrow(RangeError);
  });

  it('formatBytes(bytes, unit) always ends with the unit it shows', () => {
    expect(formatBytes(14e9, 'GB')).toBe('14.0 GB');
    expect(formatBytes(14e9, 'GiB', 4)).toBe('13.04 GiB');
    expect(formatBytes(3.5e9)).toBe('3.50 GB');
    expect(formatBytes(819_200)).toBe('819 kB');
    expect(formatBytes(2.5e12)).toBe('2.50 TB');
  });

  it('formatNumber(value, digits) keeps significant digits and groups thousands', () => {
    expect(formatNumber(4.8944, 3)).toBe('4.89');
    expect(formatNumber(131072, 3)).toBe('131,072');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0.0123, 2)).toBe('-0.012');
  });
});

describe('formatCount and formatTokensShort', () => {
  it('formatCount(value) writes a whole number with separators and no decimals', () => {
    expect(formatCount(32768)).toBe('32,768');
    expect(formatCount(37341.3)).toBe('37,341');
    expect(formatCount(64)).toBe('64');
    expect(() => formatCount(Number.NaN)).toThrow(RangeError);
  });

  it('formatTokensShort(tokens) quotes context lengths in units of 1,024', () => {
    expect(formatTokensShort(131072)).toBe('128k');
    expect(formatTokensShort(4096)).toBe('4k');
    expect(formatTokensShort(1536)).toBe('1.5k');
    expect(formatTokensShort(512)).toBe('512');
    expect(() => formatTokensShort(-1)).toThrow(RangeError);
  });
});
