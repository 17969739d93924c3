import { describe, expect, it } from 'vitest';
import { expectClose } from '../../helpers';
import {
  decodeFit,
  decodeReadBytes,
  kvCacheBytes,
  predictDecodeTokensPerSecond,
  prefillCeiling,
  requireDevice,
  requireModel,
  tokenLoop,
} from '../../../../src/lib';

const rtx4090 = requireDevice('geforce-rtx-4090');
const llama8b = requireModel('llama-3.1-8b');
const gemma27b = requireModel('gemma-3-27b');

describe('tokenLoop', () => {
  it('tokenLoop: prefill yields the first token, then one decode step per further token, each reading one more token of cache', () => {
    const loop = tokenLoop(decodeFit, rtx4090, llama8b, 'Q4_K_M', { promptTokens: 1000, outputTokens: 5 });
    expect(loop.steps.map((s) => s.token)).toEqual([2, 3, 4, 5]);
    expect(loop.steps.map((s) => s.contextTokens)).toEqual([1001, 1002, 1003, 1004]);
    expectClose(loop.prefill.seconds!, prefillCeiling(rtx4090, llama8b, 'Q4_K_M', 1000)!.seconds);
    expect(loop.firstTokenSeconds).toBe(loop.prefill.seconds);
    expectClose(loop.totalSeconds!, loop.prefill.seconds! + loop.decodeSeconds);
    expect(loop.prefill.kvBytesAfter).toBe(kvCacheBytes(llama8b.attention, 1000));
    expect(loop.kvBytesAtEnd).toBe(kvCacheBytes(llama8b.attention, 1004));
  });

  it('tokenLoop: a one-token reply is the prefill alone', () => {
    const loop = tokenLoop(decodeFit, rtx4090, llama8b, 'Q4_K_M', { promptTokens: 50, outputTokens: 1 });
    expect(loop.steps).toEqual([]);
    expect(loop.totalSeconds).toBe(loop.firstTokenSeconds);
  });

  it('tokenLoop: every step is the book’s predicted decode speed at its context, and its bytes are decodeReadBytes (sliding windows too)', () => {
    for (const [model, kvCacheType] of [
      [llama8b, 'f16'],
      [gemma27b, 'q8_0'],
    ] as const) {
      const loop = tokenLoop(decodeFit, rtx4090, model, 'Q4_K_M', { promptTokens: 700, outputTokens: 3000, kvCacheType });
      for (const step of [loop.steps[0]!, loop.steps[1234]!, loop.steps.at(-1)!]) {
        const predicted = predictDecodeTokensPerSecond(rtx4090, model, 'Q4_K_M', step.contextTokens, { kvCacheType });
        expectClose(step.seconds, 1 / predicted.typicalTokensPerSecond, 1e-9);
        expectClose(step.ceilingSeconds, 1 / predicted.ceilingTokensPerSecond, 1e-9);
        const kvBits = kvCacheType === 'q8_0' ? 8.5 : 16;
        expectClose(step.bytesRead, decodeReadBytes(model, 'Q4_K_M', step.contextTokens, { kvBits }).totalBytes);
      }
    }
  });

  it('tokenLoop: steps get slower as the cache grows, and no step beats its ceiling', () => {
    const loop = tokenLoop(decodeFit, rtx4090, llama8b, 'Q8_0', { promptTokens: 100, outputTokens: 2000 });
    for (let i = 1; i < loop.steps.length; i++) expect(loop.steps[i]!.seconds).toBeGreaterThan(loop.steps[i - 1]!.seconds);
    for (const step of loop.steps) expect(step.seconds).toBeGreaterThanOrEqual(step.ceilingSeconds);
  });

  it('tokenLoop: a device without a compute figure gives no prefill time, and says why', () => {
    const cpu = requireDevice('desktop-ddr5-5600-64gb');
    const loop = tokenLoop(decodeFit, cpu, llama8b, 'Q4_K_M', { promptTokens: 100, outputTokens: 10 });
    expect(loop.prefill.seconds).toBeNull();
    expect(loop.totalSeconds).toBeNull();
    expect(loop.prefill.missingReason).toMatch(/memory configuration/);
    expect(loop.decodeSeconds).toBeGreaterThan(0);
  });

  it('tokenLoop rejects an empty prompt, no output and an unknown cache type', () => {
    expect(() => tokenLoop(decodeFit, rtx4090, llama8b, 'Q4_K_M', { promptTokens: 0, outputTokens: 5 })).toThrow(/promptTokens/);
    expect(() => tokenLoop(decodeFit, rtx4090, llama8b, 'Q4_K_M', { promptTokens: 5, outputTokens: 0 })).toThrow(/outputTokens/);
    expect(() => tokenLoop(decodeFit, rtx4090, llama8b, 'Q4_K_M', { promptTokens: 5, outputTokens: 5, kvCacheType: 'q2' })).toThrow(
      /Unknown KV cache type/,
    );
  });
});
