import { describe, expect, it } from 'vitest';
import { qualityMeasurements, qualityMetric, qualityMetrics, qualityRows, qualityValue, type QualityMetricId } from '../../../../src/lib';

describe('qualityMetric', () => {
  it('qualityMetric(id) describes each metric: label, unit, direction, log-scale suitability', () => {
    expect(qualityMetrics.map((m) => m.id)).toEqual(['kld', 'delta-ppl', 'top-token']);
    expect(qualityMetric('kld')).toMatchObject({ unit: 'nats', higherIsBetter: false, logScale: true });
    expect(qualityMetric('delta-ppl')).toMatchObject({ higherIsBetter: false, logScale: true });
    expect(qualityMetric('top-token')).toMatchObject({ unit: '%', higherIsBetter: true, logScale: false });
    expect(() => qualityMetric('bleu' as QualityMetricId)).toThrow(/Unknown quality metric "bleu"/);
  });

  it('logScale is true exactly where the published values span more than two orders of magnitude', () => {
    for (const metric of qualityMetrics) {
      const values = qualityMeasurements.map((m) => qualityValue(m, metric.id)).filter((v): v is number => v !== null && v > 0);
      const decades = Math.log10(Math.max(...values) / Math.min(...values));
      expect(decades > 2, metric.id).toBe(metric.logScale);
    }
  });

  it('qualityValue(row, metric) reads the matching column, null where unpublished', () => {
    const q8 = qualityRows('llama3-8b-scoreboard')[1]!;
    expect(qualityValue(q8, 'kld')).toBe(0.001355);
    expect(qualityValue(q8, 'delta-ppl')).toBe(0.00265);
    expect(qualityValue(q8, 'top-token')).toBeNull();
    expect(qualityValue(qualityRows('llama2-vs-llama3')[7]!, 'top-token')).toBe(97.674);
  });
});
