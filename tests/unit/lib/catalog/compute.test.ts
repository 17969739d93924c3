import { describe, expect, it } from 'vitest';
import { deviceComputeFigures, hardware, requireDevice } from '../../../../src/lib';

describe('deviceComputeFigures', () => {
  it('deviceComputeFigures gives the RTX 4090 the Ada whitepaper figures: FP16-accumulate 330.3, INT8 660.6, FP8 660.6 (twice the FP32-accumulate 165.2)', () => {
    const d = requireDevice('geforce-rtx-4090');
    expect([d.fp16TflopsDense, d.fp16AccTflopsDense, d.int8TopsDense, d.fp8TflopsDense]).toEqual([165.2, 330.3, 660.6, 660.6]);
    expect(d.computeBasis).toMatch(/Ada GPU Architecture whitepaper/);
  });

  it('every GPU and unified-memory device carries an FP16 figure, except the one card nobody publishes one for', () => {
    const missing = hardware.filter((d) => d.kind !== 'cpu-ram' && d.fp16AccTflopsDense === null).map((d) => d.id);
    expect(missing).toEqual(['geforce-rtx-4060-ti-16gb']);
    for (const d of hardware) expect(d.computeBasis, d.id).toMatch(/\S/);
  });

  it('GeForce cards run FP16 with FP16 accumulate at twice the FP32-accumulate rate; workstation and data-centre parts at the same rate', () => {
    for (const d of hardware.filter((x) => x.fp16TflopsDense !== null && x.fp16AccTflopsDense !== null)) {
      const ratio = d.fp16AccTflopsDense! / d.fp16TflopsDense!;
      if (d.name.includes('GeForce')) expect(ratio, d.id).toBeGreaterThan(1.9);
      else expect(ratio, d.id).toBeCloseTo(1, 1);
      expect(ratio, d.id).toBeLessThanOrEqual(2.05);
    }
  });

  it('INT8 runs at twice FP16-accumulate on NVIDIA tensor cores, and no chip without FP8 hardware (Ampere, RDNA 3, Apple) claims FP8', () => {
    for (const d of hardware.filter((x) => x.vendor === 'NVIDIA' && x.int8TopsDense !== null)) {
      expect(d.int8TopsDense! / d.fp16AccTflopsDense!, d.id).toBeCloseTo(2, 1);
    }
    for (const id of ['geforce-rtx-3090', 'rtx-a6000', 'a100-80gb-sxm4', 'radeon-rx-7900-xtx', 'apple-m4-max-128gb']) {
      expect(requireDevice(id).fp8TflopsDense, id).toBeNull();
    }
    for (const d of hardware.filter((x) => x.vendor === 'Apple')) expect(d.int8TopsDense, d.id).toBeNull();
  });

  it('a derived figure says so, and how', () => {
    for (const id of ['dgx-spark', 'geforce-rtx-3080-ti', 'apple-m3-ultra-512gb'])
      expect(requireDevice(id).computeBasis, id).toMatch(/^Derived/);
    // DGX Spark: 1 PFLOP FP4 sparse → 500 dense → 250 FP8/INT8 → 125 FP16.
    const spark = requireDevice('dgx-spark');
    expect([spark.fp16AccTflopsDense, spark.int8TopsDense, spark.fp8TflopsDense]).toEqual([125, 250, 250]);
    // The 3080 Ti is the 3090 scaled by their measured pp512 (3,690.30 ÷ 4,030.40).
    expect(requireDevice('geforce-rtx-3080-ti').int8TopsDense).toBe(Math.round((284 * 3690.3) / 4030.4));
    expect(requireDevice('apple-m3-ultra-96gb').fp16AccTflopsDense).toBe(2 * requireDevice('apple-m3-max-64gb').fp16AccTflopsDense!);
  });

  it('Apple figures are per chip: every memory size of a chip has the same compute', () => {
    expect(requireDevice('apple-m2-ultra-64gb').fp16AccTflopsDense).toBe(27.2);
    expect(requireDevice('apple-m2-ultra-192gb').fp16AccTflopsDense).toBe(27.2);
    expect(requireDevice('apple-m1-max-64gb').fp16AccTflopsDense).toBe(deviceComputeFigures['apple-m1-max']!.fp16AccTflopsDense);
  });

  it('CPU-RAM entries are memory configurations and carry no compute', () => {
    for (const d of hardware.filter((x) => x.kind === 'cpu-ram')) {
      expect([d.fp16AccTflopsDense, d.int8TopsDense, d.fp8TflopsDense], d.id).toEqual([null, null, null]);
      expect(d.computeBasis, d.id).toMatch(/memory configuration/);
    }
  });
});

describe('server RAM devices', () => {
  it('the catalog has 8- and 12-channel DDR5 configurations for expert offload, each at channels × 8 bytes × MT/s', () => {
    const expected: Record<string, number> = {
      'threadripper-pro-7000-8ch-ddr5-4800-256gb': 8 * 8 * 4800e6,
      'epyc-9004-12ch-ddr5-4800-768gb': 12 * 8 * 4800e6,
      'epyc-9005-12ch-ddr5-6400-768gb': 12 * 8 * 6400e6,
      'xeon-6900p-12ch-ddr5-6400-768gb': 12 * 8 * 6400e6,
    };
    for (const [id, bandwidth] of Object.entries(expected)) {
      const d = requireDevice(id);
      expect(d.kind, id).toBe('cpu-ram');
      expect(d.bandwidthBytesPerSecond, id).toBe(bandwidth);
      expect(d.sources.length, id).toBeGreaterThanOrEqual(2);
    }
    expect(requireDevice('epyc-9004-12ch-ddr5-4800-768gb').bandwidthBytesPerSecond).toBe(460.8e9);
  });

  it('the A100 80 GB SXM reads at its datasheet 2,039 GB/s and the H200 at 4.8 TB/s', () => {
    expect(requireDevice('a100-80gb-sxm4').bandwidthBytesPerSecond).toBe(2039e9);
    expect(requireDevice('h200-sxm').bandwidthBytesPerSecond).toBe(4.8e12);
  });
});
