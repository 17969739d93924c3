import { describe, expect, it } from 'vitest';
import { bytesToGB, bytesToGiB, gbToBytes, gibToBytes } from '../../../../src/lib';
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
});
