/**
 * What a catalog device offers a runtime, derived from its entry. Apart from hardware.ts (the
 * catalog itself), so an island handed a device as a prop does not download the whole catalog.
 */
import type { Device } from './hardware';

/**
 * The share of a device's memory a runtime can use, in bytes.
 * @example deviceUsableMemoryBytes(requireDevice('apple-m4-max-128gb')) // 103079215104 (96 GiB)
 */
export function deviceUsableMemoryBytes(device: Pick<Device, 'memoryBytes' | 'usableMemoryFraction'>): number {
  return device.memoryBytes * device.usableMemoryFraction;
}
