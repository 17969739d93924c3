import { describe, expect, it } from 'vitest';
import {
  measuredPoints,
  modelChoices,
  qualityScoreboard,
  sizingDevices,
  sizingModels,
} from '../../../src/components/instruments/catalog-choices';
import {
  checkedBenchmarks,
  deviceUsableMemoryBytes,
  ggufFileBytes,
  ggufFileSizes,
  quantFormatNames,
  withFileBytesByQuant,
  hardware,
  kvCacheBytes,
  memoryBudget,
  memoryTargetOf,
  models,
  naiveKvCacheBytes,
  qualityElbow,
  qualityMetrics,
  qualityPoints,
  qualityValue,
  throughputCurve,
  throughputDeviceOf,
  weightBytes,
} from '../../../src/lib';

describe('catalog choices', () => {
  it('modelChoices() keeps every catalog model with the counts a picker shows, its file sizes, and nothing more', () => {
    const choices = modelChoices();
    expect(choices.map((m) => m.id)).toEqual(models.map((m) => m.id));
    for (const [i, m] of choices.entries()) {
      expect(weightBytes(m.totalParams, 4.5)).toBe(weightBytes(models[i]!.totalParams, 4.5));
      expect(Object.keys(m).sort()).toEqual(['activeParams', 'family', 'fileBytes', 'id', 'name', 'totalParams']);
      const sizes = withFileBytesByQuant(m).fileBytesByQuant;
      expect(Object.keys(sizes)).toEqual([...quantFormatNames]);
      for (const name of quantFormatNames) expect(sizes[name], `${m.id} ${name}`).toBe(ggufFileBytes(models[i]!, name));
    }
  });

  it('sizingModels() and sizingDevices() keep every catalog entry and budget exactly like the full entries', () => {
    const slimModels = sizingModels();
    const slimDevices = sizingDevices();
    expect(slimModels.map((m) => m.id)).toEqual(models.map((m) => m.id));
    expect(slimDevices.map((d) => d.id)).toEqual(hardware.map((d) => d.id));
    const workload = { quant: 'Q4_K_M', bitsPerWeight: 4.8944, contextTokens: 8192 };
    for (const [i, m] of slimModels.entries()) {
      const slim = withFileBytesByQuant(m);
      expect(memoryBudget(slim, workload, memoryTargetOf(slimDevices[0]!))).toEqual(
        memoryBudget({ ...models[i]!, fileBytesByQuant: ggufFileSizes(models[i]!) }, workload, memoryTargetOf(hardware[0]!)),
      );
      expect(memoryBudget(slim, workload, memoryTargetOf(slimDevices[0]!)).weightBytes).toBe(ggufFileBytes(models[i]!, 'Q4_K_M'));
    }
    // The slim entries leave out the sources and notes that would weigh on the browser.
    expect(Object.keys(slimDevices[0]!)).not.toContain('sources');
    expect(Object.keys(slimModels[0]!)).not.toContain('notes');
  });

  it('sizingModels() carries what the KV cache and throughput math read: the same results as the full catalog', () => {
    const slimModels = sizingModels();
    const slimDevices = sizingDevices();
    const workload = { bitsPerWeight: 4.8944, contextTokens: 4096 };
    for (const [i, m] of slimModels.entries()) {
      const full = models[i]!;
      expect(naiveKvCacheBytes(m.layers, m.hiddenSize, 4096)).toBe(naiveKvCacheBytes(full.layers, full.hiddenSize, 4096));
      expect(kvCacheBytes(m.attention, 4096)).toBe(kvCacheBytes(full.attention, 4096));
      for (const [j, d] of slimDevices.entries()) {
        if (j % 7 !== 0) continue;
        const device = hardware[j]!;
        expect(throughputCurve(m, throughputDeviceOf(d), deviceUsableMemoryBytes(d), workload, 256)).toEqual(
          throughputCurve(full, throughputDeviceOf(device), deviceUsableMemoryBytes(device), workload, 256),
        );
      }
    }
    // A dense model carries no MoE fields, so the instruments tell the two apart as before.
    expect(slimModels.filter((m) => m.experts !== undefined).map((m) => m.id)).toEqual(
      models.filter((m) => m.experts !== undefined).map((m) => m.id),
    );
    expect(slimModels.every((m) => m.experts !== undefined || !Object.hasOwn(m, 'experts'))).toBe(true);
  });

  it('measuredPoints() carries every checked row, with the catalog quant where the published one is a catalog type', () => {
    const points = measuredPoints();
    expect(points).toHaveLength(checkedBenchmarks.length);
    expect(points.filter((p) => p.quantName === 'Q4_K_M').length).toBeGreaterThan(0);
    expect(points.filter((p) => p.quant === 'MXFP4').every((p) => p.quantName === 'MXFP4')).toBe(true);
    for (const p of points) expect(p.tokensPerSecond).toBeLessThanOrEqual(p.ceilingTokensPerSecond);
  });

  it('qualityScoreboard() carries every measured point, its values and family, and each metric’s elbow as qualityElbow finds it', () => {
    const board = qualityScoreboard();
    const points = qualityPoints();
    expect(board.points.map((p) => p.quant)).toEqual(points.map((p) => p.quant));
    for (const [i, p] of board.points.entries()) {
      expect(p.family).toBe(points[i]!.format.family);
      for (const m of qualityMetrics) expect(qualityValue(p, m.id)).toBe(qualityValue(points[i]!, m.id));
      expect(Object.keys(p)).not.toContain('measurement');
    }
    for (const m of qualityMetrics) {
      const elbow = qualityElbow(m.id);
      expect(board.elbows[m.id]).toEqual({
        quant: elbow.point.quant,
        bitsPerWeight: elbow.bitsPerWeight,
        frontier: elbow.frontier.map((p) => p.quant),
      });
    }
    expect(board.measuredOn).toMatch(/Llama 3 8B/);
  });
});
