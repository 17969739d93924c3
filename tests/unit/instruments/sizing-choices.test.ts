import { describe, expect, it } from 'vitest';
import { measuredPoints, sizingDevices, sizingModels } from '../../../src/components/instruments/sizing-choices';
import { checkedBenchmarks, hardware, memoryBudget, memoryTargetOf, models } from '../../../src/lib';

describe('sizing choices', () => {
  it('sizingModels() and sizingDevices() keep every catalog entry and budget exactly like the full entries', () => {
    const slimModels = sizingModels();
    const slimDevices = sizingDevices();
    expect(slimModels.map((m) => m.id)).toEqual(models.map((m) => m.id));
    expect(slimDevices.map((d) => d.id)).toEqual(hardware.map((d) => d.id));
    const workload = { bitsPerWeight: 4.8944, contextTokens: 8192 };
    for (const [i, m] of slimModels.entries()) {
      expect(memoryBudget(m, workload, memoryTargetOf(slimDevices[0]!))).toEqual(memoryBudget(models[i]!, workload, memoryTargetOf(hardware[0]!)));
    }
    // The slim entries leave out the sources and notes that would weigh on the browser.
    expect(Object.keys(slimDevices[0]!)).not.toContain('sources');
    expect(Object.keys(slimModels[0]!)).not.toContain('notes');
  });

  it('measuredPoints() carries every checked row, with the catalog quant where the published one is a catalog type', () => {
    const points = measuredPoints();
    expect(points).toHaveLength(checkedBenchmarks.length);
    expect(points.filter((p) => p.quantName === 'Q4_K_M').length).toBeGreaterThan(0);
    expect(points.filter((p) => p.quant.startsWith('MXFP4')).every((p) => p.quantName === null)).toBe(true);
    for (const p of points) expect(p.tokensPerSecond).toBeLessThanOrEqual(p.ceilingTokensPerSecond);
  });
});
