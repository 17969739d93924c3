import { describe, expect, it } from 'vitest';
import { kvCacheQuality, kvCacheQualityRows } from '../../../../src/lib';

// Published in ggml-org/llama.cpp PR #7412 (JohannesGaessler, 2024-05-20), "Some first results".
describe('kvCacheQuality', () => {
  it('kvCacheQuality(weights, k, v) returns the published KLD of each run', () => {
    expect(kvCacheQuality('f16', 'f16', 'q8_0').kldNats).toBe(0.000743);
    expect(kvCacheQuality('f16', 'q8_0', 'f16').kldNats).toBe(0.000944);
    expect(kvCacheQuality('q8_0', 'f16', 'f16').kldNats).toBe(0.001363);
    expect(() => kvCacheQuality('q5_1', 'q5_1', 'q5_1')).toThrow(RangeError);
  });

  it('keys are more sensitive than values: q8_0 on K alone moves predictions more than q8_0 on V alone (chapter 3)', () => {
    expect(kvCacheQuality('f16', 'q8_0', 'f16').kldNats).toBeGreaterThan(kvCacheQuality('f16', 'f16', 'q8_0').kldNats);
  });

  it('a q8_0 cache costs less quality than q8_0 weights (chapter 6: quantize the cache before the weights)', () => {
    expect(kvCacheQuality('f16', 'q8_0', 'q8_0').kldNats).toBeLessThan(kvCacheQuality('q8_0', 'f16', 'f16').kldNats);
  });

  it('kvCacheQualityRows: bits per value are the mean of K and V (q8_0 = 8.5, q5_1 = 6, f16 = 16)', () => {
    const bits = { f16: 16, q8_0: 8.5, q5_1: 6 } as const;
    for (const r of kvCacheQualityRows) expect(r.kvBitsPerValue).toBe((bits[r.k] + bits[r.v]) / 2);
  });
});
