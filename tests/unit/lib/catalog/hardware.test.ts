import { describe, expect, it } from 'vitest';
import {
  SLUG_PATTERN,
  bytesToGB,
  bytesToGiB,
  device,
  deviceByAlias,
  deviceUsableMemoryBytes,
  gibToBytes,
  hardware,
  requireDevice,
} from '../../../../src/lib';
import benchmarkNames from '../../../fixtures/benchmark-device-names.json';
import reference from '../../../fixtures/reference-hardware.json';

/** Which catalog entries stand for each reference row (Apple chips come in several memory sizes). */
const catalogIdsFor: Record<string, readonly string[]> = {
  'GeForce RTX 3060 12GB': ['geforce-rtx-3060-12gb'],
  'GeForce RTX 3080 (10GB)': ['geforce-rtx-3080-10gb'],
  'GeForce RTX 3090': ['geforce-rtx-3090'],
  'GeForce RTX 4060 Ti 16GB': ['geforce-rtx-4060-ti-16gb'],
  'GeForce RTX 4070': ['geforce-rtx-4070'],
  'GeForce RTX 4080 (16GB)': ['geforce-rtx-4080'],
  'GeForce RTX 4090': ['geforce-rtx-4090'],
  'GeForce RTX 5080': ['geforce-rtx-5080'],
  'GeForce RTX 5090': ['geforce-rtx-5090'],
  'RTX A6000': ['rtx-a6000'],
  'RTX 6000 Ada Generation': ['rtx-6000-ada'],
  L4: ['l4'],
  L40S: ['l40s'],
  'A100 40GB (SXM4)': ['a100-40gb-sxm4'],
  'A100 80GB (SXM4)': ['a100-80gb-sxm4'],
  'H100 SXM 80GB': ['h100-sxm'],
  'H100 PCIe 80GB': ['h100-pcie'],
  'H200 SXM 141GB': ['h200-sxm'],
  'B200 SXM': ['b200-sxm'],
  'Radeon RX 7900 XTX': ['radeon-rx-7900-xtx'],
  'Instinct MI300X': ['instinct-mi300x'],
  'Apple M1': ['apple-m1-8gb', 'apple-m1-16gb'],
  'Apple M1 Pro': ['apple-m1-pro-16gb', 'apple-m1-pro-32gb'],
  'Apple M1 Max': ['apple-m1-max-32gb', 'apple-m1-max-64gb'],
  'Apple M1 Ultra': ['apple-m1-ultra-64gb', 'apple-m1-ultra-128gb'],
  'Apple M2': ['apple-m2-8gb', 'apple-m2-16gb', 'apple-m2-24gb'],
  'Apple M2 Pro': ['apple-m2-pro-16gb', 'apple-m2-pro-32gb'],
  'Apple M2 Max': ['apple-m2-max-32gb', 'apple-m2-max-64gb', 'apple-m2-max-96gb'],
  'Apple M2 Ultra': ['apple-m2-ultra-64gb', 'apple-m2-ultra-128gb', 'apple-m2-ultra-192gb'],
  'Apple M3': ['apple-m3-8gb', 'apple-m3-16gb', 'apple-m3-24gb'],
  'Apple M3 Pro': ['apple-m3-pro-18gb', 'apple-m3-pro-36gb'],
  'Apple M3 Max': ['apple-m3-max-48gb', 'apple-m3-max-64gb', 'apple-m3-max-128gb'],
  'Apple M3 Ultra': ['apple-m3-ultra-96gb', 'apple-m3-ultra-256gb', 'apple-m3-ultra-512gb'],
  'Apple M4': ['apple-m4-16gb', 'apple-m4-24gb', 'apple-m4-32gb'],
  'Apple M4 Pro': ['apple-m4-pro-24gb', 'apple-m4-pro-48gb', 'apple-m4-pro-64gb'],
  'Apple M4 Max': ['apple-m4-max-48gb', 'apple-m4-max-64gb', 'apple-m4-max-128gb'],
  'AMD Ryzen AI Max+ 395 (Strix Halo)': ['ryzen-ai-max-plus-395-128gb'],
  'NVIDIA DGX Spark (GB10)': ['dgx-spark'],
  'Dual-channel DDR4-3200 desktop': ['desktop-ddr4-3200-32gb'],
  'Dual-channel DDR5-5600 desktop': ['desktop-ddr5-5600-64gb'],
  'Dual-channel DDR5-6000 desktop': ['desktop-ddr5-6000-64gb'],
};

type Tflops = { fp32_accumulate?: number; dense?: number | string | null } | null;

/** The dense figure the catalog should carry: FP32-accumulate for GeForce, the dense figure otherwise. */
function expectedTflops(row: { device: string; fp16_bf16_dense_tensor_tflops: unknown }): number | null {
  const t = row.fp16_bf16_dense_tensor_tflops as Tflops;
  if (t === null) return null;
  if (t.fp32_accumulate !== undefined) return t.fp32_accumulate;
  return typeof t.dense === 'number' ? t.dense : null;
}

describe('hardware', () => {
  it('hardware covers every reference row', () => {
    expect(reference.rows).toHaveLength(41);
    for (const row of reference.rows) {
      const ids = catalogIdsFor[row.device];
      expect(ids, row.device).toBeDefined();
      for (const id of ids!) expect(device(id), id).toBeDefined();
    }
  });

  it('hardware bandwidth, TFLOPS and price equal the reference figures (the A100 SXM 80 GB corrected to its datasheet)', () => {
    // The reference rounds the A100 80 GB SXM to 2,000 GB/s; NVIDIA's A100 datasheet prints 2,039GB/s.
    const datasheetBandwidth: Record<string, number> = { 'a100-80gb-sxm4': 2039e9 };
    for (const row of reference.rows) {
      const expectedTf = expectedTflops(row);
      for (const id of catalogIdsFor[row.device]!) {
        const d = requireDevice(id);
        if (datasheetBandwidth[id] !== undefined) expect(d.bandwidthBytesPerSecond, id).toBe(datasheetBandwidth[id]);
        else if (row.memory_bandwidth_gbs !== null) expect(d.bandwidthBytesPerSecond, id).toBeCloseTo(row.memory_bandwidth_gbs * 1e9, -3);
        if (expectedTf !== null) expect(d.fp16TflopsDense, id).toBe(expectedTf);
        if (row.launch_price_usd !== null) expect(d.priceUsd, id).toBe(row.launch_price_usd);
      }
    }
  });

  it('hardware memory sizes are the marketed sizes read as GiB', () => {
    for (const row of reference.rows) {
      const sizes = Array.isArray(row.memory_gb) ? row.memory_gb : [row.memory_gb];
      for (const id of catalogIdsFor[row.device]!) {
        const d = requireDevice(id);
        if (row.memory_gb === null) continue; // CPU RAM rows: the catalog states its own size
        expect(sizes, id).toContain(bytesToGiB(d.memoryBytes));
      }
    }
  });

  it('hardware ids are unique and slug-shaped', () => {
    const ids = hardware.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SLUG_PATTERN);
  });

  it('hardware names say the memory size, so every figure says which configuration', () => {
    for (const d of hardware) {
      const match = d.name.match(/\((?:[^()]*, )?(\d+) GB\)$/);
      expect(match, d.name).not.toBeNull();
      expect(gibToBytes(Number(match![1])), d.name).toBe(d.memoryBytes);
    }
  });

  it('hardware figures sit in plausible ranges', () => {
    for (const d of hardware) {
      expect(d.memoryBytes, d.id).toBeGreaterThanOrEqual(gibToBytes(8));
      // Up to a 12-channel server with 64 GB DIMMs (768 GiB).
      expect(d.memoryBytes, d.id).toBeLessThanOrEqual(gibToBytes(768));
      expect(d.bandwidthBytesPerSecond, d.id).toBeGreaterThanOrEqual(50e9);
      expect(d.bandwidthBytesPerSecond, d.id).toBeLessThanOrEqual(10e12);
      if (d.fp16TflopsDense !== null) {
        expect(d.fp16TflopsDense, d.id).toBeGreaterThan(10);
        expect(d.fp16TflopsDense, d.id).toBeLessThan(3000);
      }
      expect(d.usableMemoryFraction, d.id).toBeGreaterThan(0);
      expect(d.usableMemoryFraction, d.id).toBeLessThanOrEqual(1);
      expect(d.sources.length, d.id).toBeGreaterThan(0);
    }
  });

  it('hardware leaves TFLOPS unknown where nobody publishes them: Apple, DGX Spark, Strix Halo', () => {
    for (const d of hardware.filter((x) => x.vendor === 'Apple')) expect(d.fp16TflopsDense, d.id).toBeNull();
    expect(requireDevice('dgx-spark').fp16TflopsDense).toBeNull();
    expect(requireDevice('ryzen-ai-max-plus-395-128gb').fp16TflopsDense).toBeNull();
  });

  it('hardware adds sourced specs for the benchmarked cards missing from the reference', () => {
    const expected: Record<string, { gib: number; gbs: number }> = {
      'geforce-rtx-3070': { gib: 8, gbs: 448 },
      'geforce-rtx-3080-ti': { gib: 12, gbs: 912 },
      'geforce-rtx-4070-ti': { gib: 12, gbs: 504 },
      'rtx-4000-ada': { gib: 20, gbs: 360 },
      'rtx-5000-ada': { gib: 32, gbs: 576 },
      a40: { gib: 48, gbs: 696 },
      'a100-80gb-pcie': { gib: 80, gbs: 1935 },
      'geforce-rtx-4060-ti-16gb': { gib: 16, gbs: 288 },
    };
    for (const [id, spec] of Object.entries(expected)) {
      const d = requireDevice(id);
      expect(d.memoryBytes, id).toBe(gibToBytes(spec.gib));
      expect(d.bandwidthBytesPerSecond, id).toBe(spec.gbs * 1e9);
    }
  });
});

describe('device', () => {
  it("device('geforce-rtx-4090'): a 24 GB card holds 24 GiB = 25.77e9 bytes", () => {
    const d = requireDevice('geforce-rtx-4090');
    expect(d.memoryBytes).toBe(25_769_803_776);
    expect(bytesToGB(d.memoryBytes).toFixed(2)).toBe('25.77');
    expect(requireDevice('geforce-rtx-3090').memoryBytes).toBe(d.memoryBytes);
  });

  it("device('geforce-rtx-4090') reads 1008 GB/s as 1.008e12 bytes per second", () => {
    expect(requireDevice('geforce-rtx-4090').bandwidthBytesPerSecond).toBe(1.008e12);
  });

  it('device(Apple M4 Max) comes in the binned 36 GB / 410 GB/s part and the full 546 GB/s part', () => {
    expect(requireDevice('apple-m4-max-36gb').bandwidthBytesPerSecond).toBe(410e9);
    expect(requireDevice('apple-m4-max-128gb').bandwidthBytesPerSecond).toBe(546e9);
    expect(requireDevice('apple-m4-max-128gb').name).toBe('Apple M4 Max (128 GB)');
  });

  it('device(id) ignores case and spaces; unknown ids give undefined', () => {
    expect(device(' GeForce-RTX-4090 ')?.id).toBe('geforce-rtx-4090');
    expect(device('rtx-9090')).toBeUndefined();
  });
});

describe('requireDevice', () => {
  it('requireDevice(unknown) throws a RangeError listing the known ids', () => {
    expect(() => requireDevice('rtx-9090')).toThrow(RangeError);
    expect(() => requireDevice('rtx-9090')).toThrow(/Unknown device "rtx-9090"\. Known devices: geforce-rtx-3060-12gb, .*dgx-spark/);
  });
});

describe('deviceUsableMemoryBytes', () => {
  it('deviceUsableMemoryBytes(discrete GPU) is all of VRAM; runtime overhead is counted elsewhere', () => {
    for (const d of hardware.filter((x) => x.kind === 'discrete-gpu' || x.kind === 'datacenter')) {
      expect(deviceUsableMemoryBytes(d), d.id).toBe(d.memoryBytes);
      expect(d.usableMemoryReason, d.id).toMatch(/overhead/);
    }
  });

  it('deviceUsableMemoryBytes(Mac): about two thirds up to 36 GB, three quarters above (macOS wired limit)', () => {
    expect(bytesToGiB(deviceUsableMemoryBytes(requireDevice('apple-m4-max-128gb')))).toBe(96);
    expect(bytesToGiB(deviceUsableMemoryBytes(requireDevice('apple-m1-max-64gb')))).toBe(48);
    expect(bytesToGiB(deviceUsableMemoryBytes(requireDevice('apple-m1-max-32gb')))).toBeCloseTo(21.33, 2);
    expect(bytesToGiB(deviceUsableMemoryBytes(requireDevice('apple-m1-16gb')))).toBeCloseTo(10.67, 2);
    for (const d of hardware.filter((x) => x.vendor === 'Apple')) {
      const gb = bytesToGiB(d.memoryBytes);
      expect(d.usableMemoryFraction, d.id).toBe(gb <= 36 ? 2 / 3 : 3 / 4);
      expect(d.usableMemorySource, d.id).toMatch(/recommendedMaxWorkingSetSize/);
    }
  });

  it('deviceUsableMemoryBytes(Strix Halo 128 GB) is the 96 GB graphics carve-out; DGX Spark keeps 15% for the OS', () => {
    expect(bytesToGiB(deviceUsableMemoryBytes(requireDevice('ryzen-ai-max-plus-395-128gb')))).toBe(96);
    expect(requireDevice('dgx-spark').usableMemoryFraction).toBe(0.85);
    for (const d of hardware.filter((x) => x.kind === 'cpu-ram')) expect(d.usableMemoryFraction, d.id).toBeLessThan(1);
  });
});

describe('deviceByAlias', () => {
  const names = benchmarkNames.devices.map((d) => d.name);
  const singleDevice = names.filter((n) => !n.includes(' * ') && n !== 'not stated in README');

  it('deviceByAlias(name) finds a device for every single-device benchmark name', () => {
    expect(singleDevice.length).toBeGreaterThanOrEqual(20);
    for (const name of singleDevice) expect(deviceByAlias(name), name).toBeDefined();
    expect(deviceByAlias('4090 24GB')?.id).toBe('geforce-rtx-4090');
    expect(deviceByAlias('3090 24GB')?.id).toBe('geforce-rtx-3090');
    expect(deviceByAlias('M2 Ultra 76-Core GPU 192GB')?.id).toBe('apple-m2-ultra-192gb');
    expect(deviceByAlias('NVIDIA DGX Spark (GB10, 128 GB unified LPDDR5x)')?.id).toBe('dgx-spark');
  });

  it('deviceByAlias(multi-GPU name) matches nothing: "4090 24GB * 2" is two cards', () => {
    for (const name of names.filter((n) => n.includes(' * '))) expect(deviceByAlias(name), name).toBeUndefined();
  });

  it('deviceByAlias(name) uses only names that occur in the benchmark tables', () => {
    for (const d of hardware) for (const alias of d.aliases) expect(names, d.id).toContain(alias);
  });
});
