import { describe, expect, it } from 'vitest';
import { deviceUsableMemoryBytes, gibToBytes } from '../../../../src/lib';

// The catalog's own usable shares (VRAM, the macOS wired limit, carve-outs) are tested with the
// catalog in hardware.test.ts; here, the arithmetic.
describe('deviceUsableMemoryBytes', () => {
  it('deviceUsableMemoryBytes(device) is memory × usable fraction: all of it, or the share a runtime may wire', () => {
    expect(deviceUsableMemoryBytes({ memoryBytes: gibToBytes(24), usableMemoryFraction: 1 })).toBe(gibToBytes(24));
    expect(deviceUsableMemoryBytes({ memoryBytes: gibToBytes(128), usableMemoryFraction: 3 / 4 })).toBe(gibToBytes(96));
  });

  it('deviceUsableMemoryBytes(device) is linear in memory and never more than the memory', () => {
    for (const fraction of [0.5, 2 / 3, 0.85, 1]) {
      const one = deviceUsableMemoryBytes({ memoryBytes: gibToBytes(16), usableMemoryFraction: fraction });
      expect(deviceUsableMemoryBytes({ memoryBytes: gibToBytes(32), usableMemoryFraction: fraction })).toBe(2 * one);
      expect(one).toBeLessThanOrEqual(gibToBytes(16));
    }
  });
});
