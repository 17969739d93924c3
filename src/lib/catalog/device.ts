/**
 * What a catalog device offers a runtime, derived from its entry. Apart from hardware.ts (the
 * catalog itself), so an island handed a device as a prop does not download the whole catalog.
 */
import { requireFinite } from '../core/guard';
import type { Device } from './hardware';

/**
 * The share of a device's memory a runtime can use, in bytes.
 * @example deviceUsableMemoryBytes(requireDevice('apple-m4-max-128gb')) // 103079215104 (96 GiB)
 */
export function deviceUsableMemoryBytes(device: Pick<Device, 'memoryBytes' | 'usableMemoryFraction'>): number {
  return device.memoryBytes * device.usableMemoryFraction;
}

/** The share of system RAM the book assumes a model can use: the OS, the desktop and other programs keep a quarter. @example CPU_RAM_USABLE_FRACTION // 0.75 */
export const CPU_RAM_USABLE_FRACTION = 0.75;

/**
 * The machine a discrete GPU offloads layers to: an ordinary desktop with dual-channel DDR5-5600
 * and 64 GB of RAM. Stated once; the catalog pages, Will it fit? and the decode ceiling all use it.
 * @example OFFLOAD_HOST_ID // "desktop-ddr5-5600-64gb"
 */
export const OFFLOAD_HOST_ID = 'desktop-ddr5-5600-64gb';

/**
 * The usable part of `ramBytes` of system RAM (`CPU_RAM_USABLE_FRACTION` of it).
 * @example usableSystemRamBytes(2 ** 36) // 51539607552 (48 GiB of 64)
 */
export function usableSystemRamBytes(ramBytes: number): number {
  return requireFinite('ramBytes', ramBytes) * CPU_RAM_USABLE_FRACTION;
}

/**
 * Whether the device is a graphics card with its own memory (consumer or datacenter), which
 * can offload layers to system RAM, rather than unified memory or the CPU's own RAM.
 * @example isDiscreteGpu({ kind: 'datacenter' }) // true
 * @example isDiscreteGpu({ kind: 'unified-memory' }) // false
 */
export function isDiscreteGpu(device: Pick<Device, 'kind'>): boolean {
  return device.kind === 'discrete-gpu' || device.kind === 'datacenter';
}
