import { describe, expect, it } from 'vitest';
import {
  deviceUsableMemoryBytes,
  gibToBytes,
  isDiscreteGpu,
  usableSystemRamBytes,
  OFFLOAD_HOST_ID,
  requireDevice,
  CPU_RAM_USABLE_FRACTION,
} from '../../../../src/lib';

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

describe('isDiscreteGpu and the offload host', () => {
  it('isDiscreteGpu(device) is true for graphics cards with their own memory only', () => {
    expect(isDiscreteGpu(requireDevice('geforce-rtx-4090'))).toBe(true);
    expect(isDiscreteGpu({ kind: 'datacenter' })).toBe(true);
    expect(isDiscreteGpu(requireDevice('apple-m4-max-128gb'))).toBe(false);
    expect(isDiscreteGpu(requireDevice(OFFLOAD_HOST_ID))).toBe(false);
  });

  it('usableSystemRamBytes(ram) keeps the catalog CPU-RAM share, the one the offload host declares', () => {
    expect(usableSystemRamBytes(gibToBytes(64))).toBe(gibToBytes(48));
    expect(requireDevice(OFFLOAD_HOST_ID).usableMemoryFraction).toBe(CPU_RAM_USABLE_FRACTION);
    expect(usableSystemRamBytes(requireDevice(OFFLOAD_HOST_ID).memoryBytes)).toBe(deviceUsableMemoryBytes(requireDevice(OFFLOAD_HOST_ID)));
    expect(() => usableSystemRamBytes(Number.NaN)).toThrow(RangeError);
  });
});
