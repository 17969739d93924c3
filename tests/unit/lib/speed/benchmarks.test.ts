import { describe, expect, it } from 'vitest';
import published from '../../../fixtures/benchmarks-single-stream.json';
import {
  benchmarkModelMappings,
  benchmarksOnDevice,
  checkBenchmark,
  checkedBenchmarks,
  decodeReadBytes,
  decodeEfficiencyBand,
  efficiencyBand,
  excludedBenchmarks,
  gibToBytes,
  parseBenchmarkTest,
  publishedDecodeRows,
  requireDevice,
  requireModel,
} from '../../../../src/lib';
import { expectClose } from '../../helpers';

const singleStream = published.single_stream;
const oneSequence = published.batched_one_sequence;

describe('publishedDecodeRows', () => {
  it('publishedDecodeRows copies every single-stream row of the shared table, in order', () => {
    const copied = publishedDecodeRows.slice(0, singleStream.length);
    expect(copied).toHaveLength(singleStream.length);
    singleStream.forEach((row, i) => {
      const ours = copied[i]!;
      expect(ours.device, `row ${i}`).toBe(row.device);
      expect(ours.quant, `row ${i}`).toBe(row.quant);
      expect(ours.tokensPerSecond, `row ${i}`).toBe(row.tps);
      expect(ours.fileSizeGiB, `row ${i}`).toBe(row.model_size_gib);
      expect(ours.model.startsWith(row.model.split(' ')[0]!), `row ${i}`).toBe(true);
      // The metric names the llama-bench test for llama.cpp's own tables.
      if (row.dataset === 'llamacpp_benches_dgx_spark') expect(ours.test, `row ${i}`).toBe(row.metric);
    });
  });

  it('publishedDecodeRows adds the one-sequence rows of the batched table as tg32 after the prompt', () => {
    const added = publishedDecodeRows.slice(singleStream.length, singleStream.length + oneSequence.length);
    expect(added).toHaveLength(oneSequence.length);
    oneSequence.forEach((row, i) => {
      expect(added[i]!.tokensPerSecond).toBe(row.aggregate_decode_tps);
      expect(added[i]!.test).toBe(`tg${row.gen_len} @ d${row.prompt_len}`);
      expect(added[i]!.fileSizeGiB).toBe(row.model_size_gib);
    });
  });
});

describe('checkBenchmark', () => {
  it('checks 96 rows (77 of the first sources, 19 CPU, APU and Apple rows added) and excludes 70: 54 multi-GPU, 11 without a device, 5 prefill', () => {
    expect(checkedBenchmarks).toHaveLength(96);
    expect(excludedBenchmarks).toHaveLength(70);
    const count = (reason: string) => excludedBenchmarks.filter((e) => e.reason === reason).length;
    expect(count('multi-gpu')).toBe(54);
    expect(count('no-device')).toBe(11);
    expect(count('prefill')).toBe(5);
    expect(checkedBenchmarks.length + excludedBenchmarks.length).toBe(publishedDecodeRows.length);
  });

  it('every checked single-stream speed sits at or below its bandwidth ceiling', () => {
    for (const b of checkedBenchmarks) {
      expect(b.row.tokensPerSecond, `${b.row.device} ${b.row.model} ${b.row.quant} ${b.row.test}`).toBeLessThanOrEqual(
        b.ceilingTokensPerSecond,
      );
      expect(b.efficiency).toBeGreaterThan(0.2);
      expect(b.gapSecondsPerToken).toBeGreaterThanOrEqual(0);
    }
  });

  it('every single-device row of a catalog device is checked; excluded rows are the ones the reasons name', () => {
    for (const e of excludedBenchmarks) {
      if (e.reason === 'multi-gpu') expect(e.row.device).toMatch(/\* \d+$/);
      if (e.reason === 'prefill') expect(e.row.test).toMatch(/^pp/);
      if (e.reason === 'no-device') expect(e.row.device).toMatch(/not stated/);
    }
    expect(excludedBenchmarks.some((e) => e.reason === 'device-not-in-catalog' || e.reason === 'model-not-in-catalog')).toBe(false);
  });

  it('checkBenchmark on the RTX 4090 row: Llama 3 8B Q4_K_M reads the 4.58 GiB file less its embedding table, plus the KV cache at 512 tokens', () => {
    const row = publishedDecodeRows.find((r) => r.device === '4090 24GB' && r.quant === 'Q4_K_M')!;
    const checked = checkBenchmark(row);
    if (!('efficiency' in checked)) throw new Error('expected a checked row');
    const llama = requireModel('llama-3.1-8b');
    // The effective bpw of Q4_K_M was calibrated on this very file: 4.58 GiB for 8.03 B parameters;
    // the 525 M-parameter embedding table is looked up, not read.
    expectClose(checked.bytesReadPerToken - 512 * 131072, (gibToBytes(4.58) * (8.03e9 - 525_336_576)) / 8.03e9, 0.002);
    expect(checked.meanContextTokens).toBe(512);
    expect(checked.model).toBe(llama);
    expect(checked.modelNote).toMatch(/same geometry/);
    expectClose(checked.ceilingTokensPerSecond, requireDevice('geforce-rtx-4090').bandwidthBytesPerSecond / checked.bytesReadPerToken);
    expectClose(checked.efficiency, 127.74 / checked.ceilingTokensPerSecond);
  });

  it('a file size, where printed, sets the bits per weight; a mixture of experts reads only its active share', () => {
    const row = publishedDecodeRows.find((r) => r.model.startsWith('Qwen3-Coder') && r.test === 'tg32')!;
    const checked = checkBenchmark(row);
    if (!('efficiency' in checked)) throw new Error('expected a checked row');
    expect(checked.bitsBasis).toBe('file size');
    expectClose(checked.bitsPerWeight, (gibToBytes(30.25) * 8) / 30.53e9);
    const qwen = requireModel('qwen3-30b-a3b');
    expectClose(checked.bytesReadPerToken, decodeReadBytes(qwen, 'Q8_0', 16, { bitsPerWeight: checked.bitsPerWeight }).totalBytes);
  });

  it('the ceiling of the DGX Spark rows falls with depth, and so do the measured speeds', () => {
    const qwen = checkedBenchmarks.filter((b) => b.row.source === 'llamacpp-dgx-spark' && b.model.id === 'qwen2.5-7b');
    expect(qwen.map((b) => b.meanContextTokens)).toEqual([16, 4112, 8208, 16400, 32784]);
    for (let i = 1; i < qwen.length; i++) {
      expect(qwen[i]!.ceilingTokensPerSecond).toBeLessThan(qwen[i - 1]!.ceilingTokensPerSecond);
      expect(qwen[i]!.row.tokensPerSecond).toBeLessThan(qwen[i - 1]!.row.tokensPerSecond);
    }
  });

  it('every mapping to a differently named catalog model says why the geometry is the same', () => {
    for (const [name, mapping] of Object.entries(benchmarkModelMappings)) {
      const model = requireModel(mapping.modelId);
      const literal = name
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .startsWith(model.id.replace(/[^a-z0-9]/g, ''));
      if (!literal) expect(mapping.note, name).not.toBe('');
    }
  });
});

describe('parseBenchmarkTest', () => {
  it('parseBenchmarkTest reads tg, pp and the depth', () => {
    expect(parseBenchmarkTest('tg128')).toEqual({ kind: 'decode', tokens: 128, depthTokens: 0 });
    expect(parseBenchmarkTest('tg32 @ d4096')).toEqual({ kind: 'decode', tokens: 32, depthTokens: 4096 });
    expect(parseBenchmarkTest('pp2048').kind).toBe('prefill');
    expect(() => parseBenchmarkTest('generation')).toThrow(/Unknown benchmark test/);
  });
});

describe('efficiencyBand', () => {
  it('efficiencyBand orders min ≤ low ≤ median ≤ high ≤ max, all below 1', () => {
    const band = decodeEfficiencyBand;
    expect(band.count).toBe(96);
    expect(band.min).toBeLessThanOrEqual(band.low);
    expect(band.low).toBeLessThanOrEqual(band.median);
    expect(band.median).toBeLessThanOrEqual(band.high);
    expect(band.high).toBeLessThanOrEqual(band.max);
    expect(band.max).toBeLessThanOrEqual(1);
  });

  it('efficiencyBand interpolates quartiles like d3.quantile', () => {
    const band = efficiencyBand([0.1, 0.2, 0.3, 0.4, 0.5].map((efficiency) => ({ efficiency })));
    expect(band).toEqual({ count: 5, min: 0.1, low: 0.2, median: 0.3, high: 0.4, max: 0.5 });
    expectClose(efficiencyBand([{ efficiency: 0.2 }, { efficiency: 0.4 }]).median, 0.3);
    expect(() => efficiencyBand([])).toThrow(/at least one/);
  });

  it('benchmarksOnDevice lists the checked rows of one device', () => {
    expect(benchmarksOnDevice('geforce-rtx-4090').map((b) => b.row.quant)).toEqual(['Q4_K_M', 'F16']);
    expect(benchmarksOnDevice('dgx-spark')).toHaveLength(33);
    expect(benchmarksOnDevice('geforce-rtx-5090')).toEqual([]);
  });
});
