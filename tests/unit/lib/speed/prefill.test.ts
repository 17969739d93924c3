import { describe, expect, it } from 'vitest';
import {
  attentionFlops,
  benchmarkModelMappings,
  causalPairs,
  deviceByAlias,
  deviceFlopsPerSecond,
  hardware,
  matmulParamsPerToken,
  matmulPrecisionOf,
  missingComputeReason,
  models,
  parameterParts,
  parseBenchmarkTest,
  prefillCeiling,
  prefillCeilingTokensPerSecond,
  prefillFlopsOf,
  prefillRates,
  publishedDecodeRows,
  requireDevice,
  requireModel,
  type ComputeDevice,
  type Device,
  type Model,
} from '../../../../src/lib';
import published from '../../../fixtures/prefill-published.json';
import { expectClose } from '../../helpers';

const rtx4090 = requireDevice('geforce-rtx-4090');
const llama8b = requireModel('llama-3.1-8b');
const device = (over: Partial<ComputeDevice>): ComputeDevice => ({
  kind: 'discrete-gpu',
  fp16TflopsDense: 100,
  fp16AccTflopsDense: 200,
  int8TopsDense: 400,
  ...over,
});

/** A published prefill row, resolved to the catalog. */
interface PrefillRow {
  readonly label: string;
  readonly device: Device;
  readonly devices: number;
  readonly model: Model;
  readonly quant: string;
  readonly promptTokens: number;
  readonly tokensPerSecond: number;
}

const fixtureRows: PrefillRow[] = published.rows.map((r) => {
  const found = 'deviceId' in r && r.deviceId ? requireDevice(r.deviceId) : deviceByAlias(r.device);
  if (!found) throw new Error(`No catalog device for "${r.device}"`);
  const modelId = 'modelId' in r && r.modelId ? r.modelId : benchmarkModelMappings[r.model]!.modelId;
  return {
    label: `${r.source}: ${r.device}${r.devices > 1 ? ` × ${r.devices}` : ''} ${r.model} ${r.quant} ${r.test}`,
    device: found,
    devices: r.devices,
    model: requireModel(modelId),
    quant: r.quant,
    promptTokens: parseBenchmarkTest(r.test).tokens,
    tokensPerSecond: r.tokensPerSecond,
  };
});
// llama.cpp's DGX Spark page: the pp2048 rows kept with the decode rows (benchmarks-single-stream.json).
const sparkRows: PrefillRow[] = publishedDecodeRows
  .filter((r) => parseBenchmarkTest(r.test).kind === 'prefill')
  .map((r) => ({
    label: `${r.source}: ${r.model} ${r.test}`,
    device: deviceByAlias(r.device) ?? requireDevice('dgx-spark'),
    devices: 1,
    model: requireModel(benchmarkModelMappings[r.model]!.modelId),
    quant: r.quant.replace(/\s+MoE$/, ''),
    promptTokens: parseBenchmarkTest(r.test).tokens,
    tokensPerSecond: r.tokensPerSecond,
  }));
const allRows = [...fixtureRows, ...sparkRows];

describe('matmulPrecisionOf', () => {
  it('matmulPrecisionOf: F16 → fp16, BF16 → bf16, every quantized type (MXFP4 too) → int8', () => {
    expect(matmulPrecisionOf('F16')).toBe('fp16');
    expect(matmulPrecisionOf('bf16')).toBe('bf16');
    for (const q of ['Q8_0', 'Q4_K_M', 'Q4_0', 'IQ1_S', 'MXFP4']) expect(matmulPrecisionOf(q)).toBe('int8');
    expect(() => matmulPrecisionOf('Q9_X')).toThrow(/Q9_X/);
  });
});

describe('prefillRates', () => {
  it('prefillRates(RTX 4090): INT8 660.6 TOPS for quantized weights, FP16-accumulate 330.3 for F16 and for attention, FP32-accumulate 165.2 for BF16', () => {
    const q4 = prefillRates(rtx4090, 'Q4_K_M')!;
    expect(q4.precision).toBe('int8');
    expect(q4.matmulFlopsPerSecond).toBe(660.6e12);
    expect(q4.attentionFlopsPerSecond).toBe(330.3e12);
    expect(q4.label).toMatch(/INT8 tensor cores/);
    const f16 = prefillRates(rtx4090, 'F16')!;
    expect([f16.precision, f16.matmulFlopsPerSecond, f16.attentionFlopsPerSecond]).toEqual(['fp16', 330.3e12, 330.3e12]);
    expect(f16.label).toMatch(/FP16 accumulate/);
    const bf16 = prefillRates(rtx4090, 'BF16')!;
    expect([bf16.precision, bf16.matmulFlopsPerSecond, bf16.attentionFlopsPerSecond]).toEqual(['bf16', 165.2e12, 330.3e12]);
    expect(bf16.label).toBe('BF16 with FP32 accumulate');
  });

  it('prefillRates without an INT8 figure (Apple, Strix Halo) multiplies quantized weights at the FP16 rate and says so', () => {
    for (const id of ['apple-m4-max-128gb', 'ryzen-ai-max-plus-395-128gb']) {
      const d = requireDevice(id);
      const rates = prefillRates(d, 'Q4_K_M')!;
      expect(rates.matmulFlopsPerSecond).toBe(d.fp16AccTflopsDense! * 1e12);
      expect(rates.label).toMatch(/no INT8 matrix figure/);
    }
    const bf16 = prefillRates(device({ fp16TflopsDense: null }), 'BF16')!;
    expect(bf16.matmulFlopsPerSecond).toBe(200e12);
    expect(bf16.label).toMatch(/no FP32-accumulate figure/);
  });

  it('prefillRates is null, and missingComputeReason says why, exactly where no FP16 figure is known', () => {
    for (const d of hardware) {
      const rates = prefillRates(d, 'Q4_K_M');
      expect(rates === null, d.id).toBe(d.fp16AccTflopsDense === null);
      const reason = missingComputeReason(d, 'Q4_K_M');
      if (rates) expect(reason).toBeNull();
      else expect(reason, d.id).toContain(d.name);
    }
    expect(missingComputeReason(requireDevice('desktop-ddr5-5600-64gb'), 'F16')).toMatch(/memory configuration, not a processor/);
    expect(missingComputeReason(requireDevice('geforce-rtx-4060-ti-16gb'), 'F16')).toMatch(/No dense FP16 tensor figure is published/);
    expect(missingComputeReason(device({ fp16AccTflopsDense: null }), 'F16')).toMatch(/for this device/);
  });
});

describe('deviceFlopsPerSecond', () => {
  it('deviceFlopsPerSecond(device) is the F16 path (FP16 accumulate); with a quant, that quant’s matrix rate', () => {
    expect(deviceFlopsPerSecond(rtx4090)).toBe(330.3e12);
    expect(deviceFlopsPerSecond(rtx4090, 'Q4_K_M')).toBe(660.6e12);
    expect(deviceFlopsPerSecond(requireDevice('h100-sxm'))).toBe(989e12);
    expect(deviceFlopsPerSecond(requireDevice('desktop-ddr5-5600-64gb'))).toBeNull();
  });
});

describe('causalPairs', () => {
  it('causalPairs(T) is T(T + 1)/2; with a window W it stops growing faster than W per token', () => {
    expect(causalPairs(1)).toBe(1);
    expect(causalPairs(512)).toBe(131328);
    expect(causalPairs(0)).toBe(0);
    expect(causalPairs(4, 4)).toBe(10);
    expect(causalPairs(4, 8)).toBe(10);
    expect(causalPairs(10, 3)).toBe(6 + 7 * 3);
    expect(causalPairs(5, 1)).toBe(5);
    expect(() => causalPairs(1.5)).toThrow(/promptTokens must be a whole number/);
    expect(() => causalPairs(8, 0)).toThrow(/window must be at least 1/);
  });
});

describe('attentionFlops', () => {
  it('attentionFlops(Llama 3.1 8B, T) is 2 · 32 heads · 2 · 128 · 32 layers per pair: quadratic in T', () => {
    expect(attentionFlops(llama8b, 512)).toBe(2 * 32 * 256 * 32 * causalPairs(512));
    expect(attentionFlops(llama8b, 1)).toBe(2 * 32 * 256 * 32);
  });

  it('attentionFlops counts sliding-window layers only over their window (gpt-oss-20b: half its 24 layers see 128 tokens)', () => {
    const oss = requireModel('gpt-oss-20b');
    const g = oss.attention;
    if (g.kind !== 'gqa') throw new Error('gpt-oss is GQA');
    expect(g.slidingLayers).toBe(12);
    const perPair = 2 * oss.attentionHeads * 2 * g.headDim;
    expect(attentionFlops(oss, 4096)).toBe(perPair * (12 * causalPairs(4096) + 12 * causalPairs(4096, g.slidingWindow!)));
  });

  it('attentionFlops for MLA (DeepSeek-V3) expands keys to d_head + d_rope and values to v_head', () => {
    const ds = requireModel('deepseek-v3');
    expect(attentionFlops(ds, 100)).toBe(2 * 128 * (128 + 64 + 128) * 61 * causalPairs(100));
    // A value head narrower than the key head counts at its own width.
    expect(attentionFlops({ ...ds, valueHeadDim: 96 }, 100)).toBe(2 * 128 * (128 + 64 + 96) * 61 * causalPairs(100));
    expect(() => attentionFlops({ ...ds, attentionHeads: 0 }, 100)).toThrow(/attentionHeads must be at least 1/);
  });
});

describe('prefillFlopsOf', () => {
  it('prefillFlopsOf(Llama 3.1 8B, T): 2 FLOPs per matrix weight per token, the 525 M-parameter output head once', () => {
    const head = parameterParts(llama8b).outputHead;
    expect(head).toBe(525336576);
    const flops = prefillFlopsOf(llama8b, 512);
    expect(flops.matmulFlops).toBe(2 * ((matmulParamsPerToken(llama8b) - head) * 512 + head));
    expect(flops.attentionFlops).toBe(attentionFlops(llama8b, 512));
    expect(flops.totalFlops).toBe(flops.matmulFlops + flops.attentionFlops);
    // A tied model's head is its embedding table, multiplied once too.
    const tied = requireModel('llama-3.2-1b');
    expect(tied.tiedEmbeddings).toBe(true);
    const embedding = parameterParts(tied).embedding;
    expect(prefillFlopsOf(tied, 10).matmulFlops).toBe(2 * ((matmulParamsPerToken(tied) - embedding) * 10 + embedding));
  });

  it('prefillFlopsOf uses only the experts a token is routed to', () => {
    const qwen = requireModel('qwen3-30b-a3b');
    expect(prefillFlopsOf(qwen, 1).matmulFlops).toBeLessThan(2 * qwen.activeParams);
    expect(prefillFlopsOf(qwen, 1).matmulFlops).toBeGreaterThan(1.8 * qwen.activeParams);
    expect(() => prefillFlopsOf(qwen, 0)).toThrow(/promptTokens must be at least 1/);
  });
});

describe('prefillCeilingTokensPerSecond', () => {
  it('Llama 3.1 8B Q4_K_M, 512 tokens, RTX 4090, by hand: 6.98 B weights × 2 × 512 at 660.6 TOPS plus attention at 330.3 TFLOPS', () => {
    const body = 7504924672 - 525336576;
    const matmul = (2 * (body * 512 + 525336576)) / 660.6e12;
    const attention = (2 * 32 * 256 * 32 * 131328) / 330.3e12;
    const roof = prefillCeiling(rtx4090, llama8b, 'Q4_K_M', 512)!;
    expectClose(roof.matmulSeconds, matmul);
    expectClose(roof.attentionSeconds, attention);
    expectClose(roof.seconds, matmul + attention);
    expectClose(roof.tokensPerSecond, 512 / (matmul + attention));
    expectClose(prefillCeilingTokensPerSecond(rtx4090, llama8b, 'Q4_K_M', 512)!, 46422.4, 1e-5);
    expect(roof.rates.precision).toBe('int8');
  });

  it('llama.cpp PR #7676 (Llama 3 8B Q4_0 on an RTX 4090, pp512): 10,358.75 tok/s is 22% of the INT8 roof, and above the old FP32-accumulate "peak" arithmetic', () => {
    const row = fixtureRows.find((r) => r.tokensPerSecond === 10358.75)!;
    const roof = prefillCeilingTokensPerSecond(row.device, row.model, row.quant, row.promptTokens)!;
    expect(row.tokensPerSecond / roof).toBeCloseTo(0.223, 3);
    // 2 × 8.03 B × 10,359 ≈ 166 TFLOPS, more than the 165.2 of FP16 with FP32 accumulate: that figure was no roof.
    expect(2 * row.model.totalParams * row.tokensPerSecond).toBeGreaterThan(rtx4090.fp16TflopsDense! * 1e12);
  });

  it(`no published prefill measurement beats its roof (${published.rows.length} fixture rows and the DGX Spark page's pp2048 rows)`, () => {
    expect(fixtureRows).toHaveLength(410);
    expect(sparkRows).toHaveLength(5);
    let highest = 0;
    for (const row of allRows) {
      const roof = prefillCeilingTokensPerSecond(row.device, row.model, row.quant, row.promptTokens);
      expect(roof, row.label).not.toBeNull();
      // Several cards (layer, row or tensor split) can at most add their roofs.
      const share = row.tokensPerSecond / (row.devices * roof!);
      expect(share, row.label).toBeLessThan(1);
      if (row.devices === 1) highest = Math.max(highest, share);
    }
    // The closest any single device comes: M2 Ultra on Llama 3 70B F16 (147.58 tok/s).
    expect(highest).toBeGreaterThan(0.7);
    expect(highest).toBeLessThan(0.8);
  });

  it('every CPU row is left unchecked: a CPU-RAM entry has no compute figure, so the roof is null', () => {
    expect(published.noRoof.length).toBe(8);
    for (const d of hardware.filter((h) => h.kind === 'cpu-ram')) {
      expect(prefillCeilingTokensPerSecond(d, llama8b, 'Q4_0', 512), d.id).toBeNull();
      expect(prefillCeiling(d, llama8b, 'Q4_0', 512)).toBeNull();
    }
  });

  it('the roof falls as the prompt grows from a 512-token step on, for every catalog model (attention grows with T²)', () => {
    for (const m of models) {
      let previous = Infinity;
      for (const t of [512, 1024, 4096, 32768, 131072]) {
        const roof = prefillCeilingTokensPerSecond(rtx4090, m, 'Q4_K_M', t)!;
        expect(roof, `${m.id} at ${t}`).toBeLessThan(previous);
        previous = roof;
      }
    }
  });

  it('below a few dozen tokens the roof rises with the prompt instead: the output head runs once per prompt, not per token', () => {
    const tiny = requireModel('llama-3.2-1b');
    expect(prefillCeilingTokensPerSecond(rtx4090, tiny, 'Q4_K_M', 64)!).toBeGreaterThan(
      prefillCeilingTokensPerSecond(rtx4090, tiny, 'Q4_K_M', 1)!,
    );
  });

  it('the roof is higher for quantized weights than for F16 on a GPU with INT8 tensor cores, equal where there are none', () => {
    expect(prefillCeilingTokensPerSecond(rtx4090, llama8b, 'Q4_K_M', 512)!).toBeGreaterThan(
      1.9 * prefillCeilingTokensPerSecond(rtx4090, llama8b, 'F16', 512)!,
    );
    const m4 = requireDevice('apple-m4-max-128gb');
    expect(prefillCeilingTokensPerSecond(m4, llama8b, 'Q4_K_M', 512)).toBe(prefillCeilingTokensPerSecond(m4, llama8b, 'F16', 512));
  });

  it('measured prompt speed falls with prompt length on every single-card row that reaches pp8192, as the attention term predicts', () => {
    const xd = fixtureRows.filter((r) => r.devices === 1 && r.label.startsWith('xiongjiedai'));
    const key = (r: PrefillRow) => `${r.device.id} ${r.model.id} ${r.quant}`;
    for (const k of new Set(xd.map(key))) {
      const series = xd.filter((r) => key(r) === k).sort((a, b) => a.promptTokens - b.promptTokens);
      const last = series.at(-1)!;
      if (last.promptTokens !== 8192 || k.includes('a100-80gb-sxm4 llama-3.1-8b F16') || k.includes('l40s llama-3.1-8b F16')) continue;
      if (k.includes('a40 llama-3.1-70b')) continue; // rises with T: a 70B barely fits in 48 GB and the run is not compute-bound
      expect(last.tokensPerSecond, k).toBeLessThan(series[0]!.tokensPerSecond);
    }
  });
});
