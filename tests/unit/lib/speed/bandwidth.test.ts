import { describe, expect, it } from 'vitest';
import {
  arithmeticIntensityFlopsPerByte,
  computeBoundTokensPerStep,
  decodeBytesPerToken,
  decodeCeilingTokensPerSecond,
  deliveredFlopsPerSecond,
  deviceFlopsPerSecond,
  offloadCurve,
  predictedDecodeSpeed,
  offloadDecode,
  prefillFlops,
  prefillSeconds,
  quantFormat,
  requireDevice,
  requireModel,
  ridgeFlopsPerByte,
} from '../../../../src/lib';
import { expectClose } from '../../helpers';

const q4 = quantFormat('Q4_K_M')!.bitsPerWeight;

describe('decodeCeilingTokensPerSecond', () => {
  it('decodeCeilingTokensPerSecond(700e9, 3.5e9) is 200 tok/s (chapter worked example)', () => {
    expect(decodeCeilingTokensPerSecond(700e9, 3.5e9)).toBe(200);
  });

  it('decodeCeilingTokensPerSecond(bw, bytes) is linear in bandwidth and inverse in bytes', () => {
    expectClose(decodeCeilingTokensPerSecond(2e12, 4e9), 2 * decodeCeilingTokensPerSecond(1e12, 4e9));
    expectClose(decodeCeilingTokensPerSecond(1e12, 8e9), decodeCeilingTokensPerSecond(1e12, 4e9) / 2);
  });

  it('decodeCeilingTokensPerSecond rejects zero, negative and NaN input instead of returning Infinity', () => {
    expect(() => decodeCeilingTokensPerSecond(1e12, 0)).toThrow(/bytesReadPerToken must be greater than 0/);
    expect(() => decodeCeilingTokensPerSecond(-1, 1e9)).toThrow(/bandwidthBytesPerSecond/);
    expect(() => decodeCeilingTokensPerSecond(Number.NaN, 1e9)).toThrow(/finite/);
  });
});

describe('decodeBytesPerToken', () => {
  const llama8b = requireModel('llama-3.1-8b');

  it('decodeBytesPerToken(model, bpw, 0) is just the active weights', () => {
    const bytes = decodeBytesPerToken(llama8b, q4, 0);
    expect(bytes.kvBytes).toBe(0);
    expectClose(bytes.totalBytes, (llama8b.activeParams * q4) / 8);
  });

  it('decodeBytesPerToken adds the KV cache: 128 KiB per token of context for Llama 3.1 8B at 16 bits', () => {
    const at = (t: number) => decodeBytesPerToken(llama8b, q4, t).totalBytes;
    expectClose(at(8192) - at(0), 8192 * 131072);
    expectClose(at(16384) - at(8192), at(8192) - at(0));
  });

  it('the decode ceiling falls as the context grows', () => {
    const bw = requireDevice('geforce-rtx-4090').bandwidthBytesPerSecond;
    const ceilings = [0, 1024, 8192, 32768, 131072].map((t) =>
      decodeCeilingTokensPerSecond(bw, decodeBytesPerToken(llama8b, q4, t).totalBytes),
    );
    for (let i = 1; i < ceilings.length; i++) expect(ceilings[i]).toBeLessThan(ceilings[i - 1]!);
  });

  it('a mixture of experts reads only its active parameters', () => {
    const mixtral = requireModel('mixtral-8x7b');
    const bytes = decodeBytesPerToken(mixtral, q4, 0);
    expectClose(bytes.weightBytes, (mixtral.activeParams * q4) / 8);
    expect(bytes.weightBytes).toBeLessThan((mixtral.totalParams * q4) / 8 / 3);
  });

  it('8-bit KV halves the cache read (q8_0 stores 8.5 bits)', () => {
    const f16 = decodeBytesPerToken(llama8b, q4, 32768).kvBytes;
    expectClose(decodeBytesPerToken(llama8b, q4, 32768, { kvBits: 8 }).kvBytes, f16 / 2);
  });
});

describe('prefill', () => {
  it('prefillFlops(N, T) is 2 · N · T', () => {
    expect(prefillFlops(8e9, 1000)).toBe(1.6e13);
  });

  it('prefillSeconds(N, T, F) is linear in prompt length and inverse in FLOPS', () => {
    expectClose(prefillSeconds(8e9, 2000, 1e14), 2 * prefillSeconds(8e9, 1000, 1e14));
    expectClose(prefillSeconds(8e9, 1000, 2e14), prefillSeconds(8e9, 1000, 1e14) / 2);
    expect(() => prefillSeconds(8e9, 1000, 0)).toThrow(/flopsPerSecond/);
  });
});

describe('arithmetic intensity', () => {
  it('one decode token at 4 bits does 4 FLOPs per byte of weights', () => {
    expect(arithmeticIntensityFlopsPerByte(8e9, 4e9, 1)).toBe(4);
  });

  it('single-stream decode is far below the ridge point of every GPU with a published FLOPS figure', () => {
    const device = requireDevice('geforce-rtx-4090');
    const ridge = ridgeFlopsPerByte(deviceFlopsPerSecond(device)!, device.bandwidthBytesPerSecond);
    expect(arithmeticIntensityFlopsPerByte(8e9, (8e9 * q4) / 8, 1)).toBeLessThan(ridge / 10);
  });

  it('computeBoundTokensPerStep(F, BW, bpw) is where intensity reaches the ridge', () => {
    const tokens = computeBoundTokensPerStep(165e12, 1.008e12, 4);
    expectClose(arithmeticIntensityFlopsPerByte(8e9, 4e9, tokens), ridgeFlopsPerByte(165e12, 1.008e12));
  });
});

describe('offloadDecode', () => {
  const split = { layers: 80, bytesReadPerToken: 40e9, gpuBandwidthBytesPerSecond: 1e12, cpuBandwidthBytesPerSecond: 80e9 };

  it('offloadDecode with every layer on the GPU is the GPU ceiling, with none the CPU ceiling', () => {
    expectClose(offloadDecode({ ...split, gpuLayers: 80 }).tokensPerSecond, decodeCeilingTokensPerSecond(1e12, 40e9));
    expectClose(offloadDecode({ ...split, gpuLayers: 0 }).tokensPerSecond, decodeCeilingTokensPerSecond(80e9, 40e9));
  });

  it('offloadDecode at half the layers: 0.02 s on the GPU + 0.25 s from RAM ≈ 3.7 tok/s', () => {
    const half = offloadDecode({ ...split, gpuLayers: 40 });
    expectClose(half.secondsPerToken, 0.27);
    expect(half.cpuTimeShare).toBeGreaterThan(0.9);
  });

  it('offloadDecode speed is monotonic in GPU layers, with the cliff at the top', () => {
    const speeds = Array.from({ length: 81 }, (_, n) => offloadDecode({ ...split, gpuLayers: n }).tokensPerSecond);
    for (let i = 1; i < speeds.length; i++) expect(speeds[i]).toBeGreaterThan(speeds[i - 1]!);
    // Moving the last layer off the GPU costs more than the first 40 layers gained.
    expect(speeds[80]! - speeds[79]!).toBeGreaterThan(speeds[40]! - speeds[0]!);
  });

  it('offloadDecode rejects more GPU layers than the model has', () => {
    expect(() => offloadDecode({ ...split, gpuLayers: 81 })).toThrow(/cannot exceed layers/);
    expect(() => offloadDecode({ ...split, gpuLayers: 1.5 })).toThrow(/whole number/);
  });
});

describe('offloadCurve', () => {
  const split = { layers: 32, bytesReadPerToken: 5e9, gpuBandwidthBytesPerSecond: 1.008e12, cpuBandwidthBytesPerSecond: 89.6e9 };

  it('offloadCurve(split) has one point per split, 0…L, each equal to offloadDecode at that split', () => {
    const curve = offloadCurve(split);
    expect(curve.map((p) => p.gpuLayers)).toEqual(Array.from({ length: 33 }, (_, n) => n));
    expectClose(curve[20]!.tokensPerSecond, offloadDecode({ ...split, gpuLayers: 20 }).tokensPerSecond);
  });

  it('offloadCurve: with a quarter of the layers in DDR5, the ceiling is under a third of the all-GPU one', () => {
    const curve = offloadCurve(split);
    expect(curve[24]!.tokensPerSecond).toBeLessThan(curve[32]!.tokensPerSecond / 3);
    expect(curve[24]!.cpuTimeShare).toBeGreaterThan(0.7);
  });
});

describe('deliveredFlopsPerSecond', () => {
  it('deliveredFlopsPerSecond(N, tok/s) is 2 · N · tok/s, the inverse of prefillSeconds', () => {
    expect(deliveredFlopsPerSecond(8e9, 1000)).toBe(1.6e13);
    expectClose(1000 / prefillSeconds(8e9, 1000, deliveredFlopsPerSecond(8e9, 1000)), 1000);
  });
});

describe('predictedDecodeSpeed', () => {
  it('predictedDecodeSpeed(ceiling, band) scales the ceiling by the quartiles and median of the band', () => {
    const band = { count: 5, min: 0.3, low: 0.6, median: 0.7, high: 0.8, max: 0.9 };
    const p = predictedDecodeSpeed(200, band);
    expect(p.ceilingTokensPerSecond).toBe(200);
    expectClose(p.lowTokensPerSecond, 120);
    expectClose(p.typicalTokensPerSecond, 140);
    expectClose(p.highTokensPerSecond, 160);
  });
});
