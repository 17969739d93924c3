import { describe, expect, it } from 'vitest';
import quantSizes from '../../../fixtures/llama31-8b-quant-sizes.json';
import {
  bytesToGiB,
  gibToBytes,
  hardware,
  memoryBudget,
  models,
  requireDevice,
  requireModel,
  requireQuantFormat,
  weightBytes,
  type Device,
  type QuantFormat,
} from '../../../../src/lib';
import published from '../../../fixtures/gguf-published-sizes.json';
import {
  CATALOG_QUANTS,
  CATALOG_WORKLOAD,
  DEFAULT_QUANT_FORMAT,
  attentionSummary,
  catalogTarget,
  decodeCeilingAt,
  deviceRunsModels,
  devicesByKind,
  footprintAt,
  fp16ComputeFact,
  kvRows,
  modelOnDevices,
  modelsFittingAtQ4,
  pairing,
  quantRows,
  quantSummary,
  withFileSizes,
} from '../../../../src/site/views/catalog';
import { expectClose } from '../../helpers';

const llama8b = requireModel('llama-3.1-8b');
const llama70b = requireModel('llama-3.1-70b');
const withMemoryGiB = (gib: number, kinds: Device['kind'][] = ['discrete-gpu']) =>
  hardware.filter((d) => kinds.includes(d.kind) && bytesToGiB(d.memoryBytes) === gib);

describe('catalog workload', () => {
  it('CATALOG_WORKLOAD is the default the pages state: 8K context, one sequence, 16-bit KV, flash attention, 10% headroom', () => {
    expect(CATALOG_WORKLOAD).toEqual({ contextTokens: 8192, batch: 1, kvBits: 16, flashAttention: true, headroomFraction: 0.1 });
    expect(DEFAULT_QUANT_FORMAT.name).toBe('Q4_K_M');
  });

  it('catalogTarget(device) offloads a graphics card to 48 GiB of system RAM and a Mac to nothing', () => {
    expect(catalogTarget(requireDevice('geforce-rtx-4090')).offloadBytes).toBe(gibToBytes(48));
    expect(catalogTarget(requireDevice('apple-m4-max-128gb')).offloadBytes).toBe(0);
  });
});

describe('pairing', () => {
  it('pairing(Llama 3.1 8B, a 12 GB card) lists Q4_K_M as fitting at the default workload', () => {
    const cards = withMemoryGiB(12);
    expect(cards.length).toBeGreaterThanOrEqual(2);
    for (const card of cards) expect(pairing(llama8b, card).q4Verdict, card.id).toBe('fits');
  });

  it('pairing(Llama 3.1 70B, a 24 GB card) does not list Q4_K_M as fitting: it needs CPU offload', () => {
    const cards = withMemoryGiB(24, ['discrete-gpu', 'datacenter']);
    expect(cards.length).toBeGreaterThanOrEqual(3);
    for (const card of cards) {
      const p = pairing(llama70b, card);
      expect(p.q4Verdict, card.id).toBe('offload');
      expect(p.bestQuant?.name, card.id).not.toBe('Q4_K_M');
    }
  });

  it('pairing(m, d).bestQuant fits, and every larger common quant does not', () => {
    for (const m of models) {
      for (const d of hardware) {
        const p = pairing(m, d);
        const sizes = withFileSizes(m).fileBytesByQuant;
        const verdictAt = (q: QuantFormat) =>
          memoryBudget(withFileSizes(m), { ...CATALOG_WORKLOAD, quant: q.name, bitsPerWeight: q.bitsPerWeight }, catalogTarget(d)).verdict;
        const larger = CATALOG_QUANTS.filter((q) => sizes[q.name]! > (p.bestQuant ? sizes[p.bestQuant.name]! : 0));
        for (const q of larger) expect(verdictAt(q), `${m.id} on ${d.id} at ${q.name}`).not.toBe('fits');
        if (p.bestQuant) expect(verdictAt(p.bestQuant)).toBe('fits');
      }
    }
  });

  it('pairing(m, d).decodeCeilingTokensPerSecond is below bandwidth ÷ active weight bytes, and only where a quant fits', () => {
    for (const m of models) {
      for (const d of hardware) {
        const p = pairing(m, d);
        if (!p.bestQuant) {
          expect(p.decodeCeilingTokensPerSecond).toBeUndefined();
          continue;
        }
        const weightsOnly = d.bandwidthBytesPerSecond / ((m.activeParams * p.bestQuant.bitsPerWeight) / 8);
        expect(p.decodeCeilingTokensPerSecond!).toBeLessThan(weightsOnly);
        expect(p.decodeCeilingTokensPerSecond!).toBeGreaterThan(0);
      }
    }
  });

  it('pairing(Llama 3.1 8B, RTX 3060 12 GB) is best at Q8_0, with a ceiling of 360 GB/s ÷ (8.03B × 8.5 bits/8 + 1 GiB of KV at 8K)', () => {
    const p = pairing(llama8b, requireDevice('geforce-rtx-3060-12gb'));
    expect(p.bestQuant?.name).toBe('Q8_0');
    expectClose(p.decodeCeilingTokensPerSecond!, 360e9 / ((8_030_261_248 * 8.5008) / 8 + 2 ** 30));
    expect(pairing(llama8b, requireDevice('geforce-rtx-4090')).bestQuant?.name).toBe('BF16');
  });

  it('pairing(m, d).offloadOnly only where nothing fits and Q4_K_M spills to system RAM, never on unified memory', () => {
    for (const m of models) {
      for (const d of hardware) {
        const p = pairing(m, d);
        if (p.offloadOnly) {
          expect(p.bestQuant).toBeUndefined();
          expect(p.q4Verdict).toBe('offload');
          expect(d.kind === 'discrete-gpu' || d.kind === 'datacenter').toBe(true);
        }
      }
    }
    expect(pairing(requireModel('llama-3.1-405b'), requireDevice('geforce-rtx-3090')).offloadOnly).toBe(false);
    expect(pairing(llama70b, requireDevice('geforce-rtx-3070')).offloadOnly).toBe(true);
  });

  it('deviceRunsModels(d) and modelsFittingAtQ4(d) agree', () => {
    for (const d of hardware) {
      expect(modelsFittingAtQ4(d), d.id).toBe(deviceRunsModels(d).filter((p) => p.q4Verdict === 'fits').length);
    }
  });

  it('modelOnDevices(m) lists every device once, grouped by kind', () => {
    const ids = modelOnDevices(llama8b).flatMap((g) => g.rows.map((r) => r.device.id));
    expect([...ids].sort()).toEqual(hardware.map((d) => d.id).sort());
    expect(devicesByKind().map((g) => g.kind)).toEqual(['discrete-gpu', 'unified-memory', 'datacenter', 'cpu-ram']);
  });

  it('quantSummary(m) picks, per quant and kind, a fitting device with the least memory, and counts agree with pairing', () => {
    for (const m of [llama8b, llama70b, requireModel('qwen3-30b-a3b'), requireModel('deepseek-v3')]) {
      for (const row of quantSummary(m)) {
        for (const k of row.kinds) {
          const group = hardware.filter((d) => d.kind === k.kind);
          const verdicts = group.map(
            (d) =>
              memoryBudget(
                withFileSizes(m),
                { ...CATALOG_WORKLOAD, quant: row.quant.name, bitsPerWeight: row.quant.bitsPerWeight },
                catalogTarget(d),
              ).verdict,
          );
          expect(k.devices).toBe(group.length);
          expect(k.fitting).toBe(verdicts.filter((v) => v === 'fits').length);
          expect(k.offloading).toBe(verdicts.filter((v) => v === 'offload').length);
          expect(k.smallest === undefined).toBe(k.fitting === 0);
          if (!k.smallest) continue;
          const smaller = group.filter((d, i) => d.memoryBytes < k.smallest!.device.memoryBytes && verdicts[i] === 'fits');
          expect(smaller, `${m.id} ${row.quant.name} ${k.kind}`).toEqual([]);
          expect(k.smallest.decodeCeilingTokensPerSecond).toBe(decodeCeilingAt(m, k.smallest.device, row.quant));
        }
      }
    }
  });

  it('quantSummary(Llama 3.1 8B) at Q4_K_M starts on an 8 GB graphics card; Llama 3.1 70B (a 42.5 GB file) starts on a 48 GB card at 8K and needs offload on every card under 48 GB', () => {
    const q4 = (m: typeof llama8b) =>
      quantSummary(m)
        .find((r) => r.quant.name === 'Q4_K_M')!
        .kinds.find((k) => k.kind === 'discrete-gpu')!;
    expect(bytesToGiB(q4(llama8b).smallest!.device.memoryBytes)).toBe(8);
    expect(bytesToGiB(q4(llama70b).smallest!.device.memoryBytes)).toBe(48);
    expect(pairing(llama70b, requireDevice('rtx-a6000')).q4Verdict).toBe('fits');
    const under48 = hardware.filter((d) => d.kind === 'discrete-gpu' && bytesToGiB(d.memoryBytes) < 48);
    expect(q4(llama70b).offloading).toBe(under48.length);
  });

  it('decodeCeilingAt(m, d, q) is bandwidth over active weights plus the 8K cache', () => {
    const d = requireDevice('geforce-rtx-3060-12gb');
    expectClose(decodeCeilingAt(llama8b, d, requireQuantFormat('Q8_0')), 360e9 / ((8_030_261_248 * 8.5008) / 8 + 2 ** 30));
  });
});

describe('quantRows', () => {
  it("quantRows(m) Q4_K_M weights are the published 70B file (42.5 GB); llama.cpp's memory table (43.1 GB) scales the 8B's bits per weight instead", () => {
    const llama33 = quantRows(requireModel('llama-3.3-70b')).find((r) => r.quant.name === 'Q4_K_M')!;
    const file = published.rows.find((r) => r.model === 'meta-llama/Llama-3.3-70B-Instruct' && r.quant === 'Q4_K_M')!;
    expect(Math.abs(llama33.weightBytes - file.publishedGB! * 1e9)).toBeLessThanOrEqual(file.precisionGB! * 1e9);
    for (const row of quantSizes.memory_table) {
      const m = models.find((x) => x.name === row.model)!;
      expectClose(weightBytes(m.totalParams, requireQuantFormat('Q4_K_M').bitsPerWeight), row.q4_k_m_gb * 1e9, 0.01);
      const q4 = quantRows(m).find((r) => r.quant.name === 'Q4_K_M')!;
      // The larger models spend relatively less on the embedding, head and header than the 8B the figure comes from.
      if (m.totalParams > 10e9) expect(q4.bitsPerWeight, m.id).toBeLessThan(requireQuantFormat('Q4_K_M').bitsPerWeight);
    }
  });

  it('quantRows(m).bitsPerWeight is the model’s own: a small model with a large vocabulary spends more than the 8B', () => {
    const row = quantRows(requireModel('llama-3.2-1b')).find((r) => r.quant.name === 'Q4_K_M')!;
    expect(row.bitsPerWeight).toBeGreaterThan(5);
    expect(row.weightBytes).toBe(withFileSizes(requireModel('llama-3.2-1b')).fileBytesByQuant.Q4_K_M);
  });

  it('quantRows(m) fits on fewer devices as the file grows, and totals exceed weights by KV + overhead', () => {
    for (const m of models) {
      const rows = quantRows(m);
      const sorted = [...rows].sort((a, b) => a.weightBytes - b.weightBytes);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.devicesFitting, m.id).toBeLessThanOrEqual(sorted[i - 1]!.devicesFitting);
      const f = footprintAt(m, DEFAULT_QUANT_FORMAT);
      for (const r of rows) expectClose(r.totalBytes - r.weightBytes, f.kvBytes + f.overhead.totalBytes);
    }
  });
});

describe('kvRows', () => {
  it('kvRows(Llama 3.1 8B) shows 4K, 32K and 128K: 0.5 GiB at 4K, 16 GiB at the maximum', () => {
    const rows = kvRows(llama8b);
    expect(rows.map((r) => r.contextTokens)).toEqual([4096, 32768, 131072]);
    expect(rows[0]!.kvBytes).toBe(gibToBytes(0.5));
    expect(rows[2]!.kvBytes).toBe(gibToBytes(16));
    expect(rows.map((r) => r.isMax)).toEqual([false, false, true]);
  });

  it('kvRows(m) leaves out contexts past the maximum and grows with context', () => {
    expect(kvRows(requireModel('falcon-7b')).map((r) => r.contextTokens)).toEqual([2048]);
    expect(kvRows(requireModel('mistral-7b-v0.3')).map((r) => r.contextTokens)).toEqual([4096, 32768]);
    for (const m of models) {
      const rows = kvRows(m);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.q4TotalBytes).toBeGreaterThan(rows[i - 1]!.q4TotalBytes);
    }
  });

  it('kvRows(DeepSeek-V3) uses the MLA latent: 70,272 bytes per token', () => {
    expect(kvRows(requireModel('deepseek-v3'))[0]!.kvBytes).toBe(70272 * 4096);
  });

  it('kvRows(Gemma 3 27B) at 32K is far below the full-attention formula, because 52 of 62 layers hold only 1,024 tokens', () => {
    const gemma = requireModel('gemma-3-27b');
    const full = 2 * gemma.layers * gemma.kvHeads * gemma.headDim * 2 * 32768;
    expect(kvRows(gemma)[1]!.kvBytes).toBeLessThan(full / 4);
  });
});

describe('formatting and sources', () => {
  it('attentionSummary(m) names the kind and the numbers that set the cache', () => {
    expect(attentionSummary(llama8b)).toBe('GQA: 32 query heads share 8 KV heads');
    expect(attentionSummary(requireModel('deepseek-v3'))).toMatch(/^MLA: caches a 512-wide latent plus a 64-wide RoPE key/);
    expect(attentionSummary(requireModel('gemma-3-27b'))).toContain('52 of 62 layers see only the last 1,024 tokens');
    expect(attentionSummary(requireModel('falcon-7b'))).toMatch(/^MQA/);
  });

  it('footprintAt(m, q) does not depend on the device: the same terms as memoryBudget on any target', () => {
    const q = requireQuantFormat('Q6_K');
    const b = memoryBudget(
      withFileSizes(llama8b),
      { ...CATALOG_WORKLOAD, quant: q.name, bitsPerWeight: q.bitsPerWeight },
      catalogTarget(requireDevice('l4')),
    );
    const f = footprintAt(llama8b, q);
    expect(f.totalBytes).toBe(b.totalBytes);
    expect(f.kvBytes).toBe(b.kvBytes);
  });
});

describe('isBelowQualityElbow', () => {
  it('isBelowQualityElbow flags the 1- and 2-bit types and not Q4_K_M or Q8_0', async () => {
    const { isBelowQualityElbow, QUALITY_ELBOW_BPW } = await import('../../../../src/site/views/catalog');
    const { requireQuantFormat } = await import('../../../../src/lib');
    expect(QUALITY_ELBOW_BPW).toBeGreaterThan(2.5);
    expect(QUALITY_ELBOW_BPW).toBeLessThan(4.5);
    for (const name of ['IQ1_S', 'IQ2_XXS']) expect(isBelowQualityElbow(requireQuantFormat(name)), name).toBe(true);
    for (const name of ['Q4_K_M', 'Q8_0', 'BF16']) expect(isBelowQualityElbow(requireQuantFormat(name)), name).toBe(false);
  });
});

describe('fp16ComputeFact', () => {
  it('fp16ComputeFact(device) never says the same words twice on any device page ("not published — not published")', () => {
    for (const d of hardware) {
      const { value, basis } = fp16ComputeFact(d);
      expect(basis, d.id).not.toBe(value);
      if (basis) expect(basis.startsWith(value), d.id).toBe(false);
    }
    expect(fp16ComputeFact({ fp16TflopsDense: null, fp16TflopsBasis: 'not published' })).toEqual({ value: 'not published', basis: null });
  });

  it('fp16ComputeFact(device) keeps a basis that explains a missing figure, once', () => {
    const spark = fp16ComputeFact({ fp16TflopsDense: null, fp16TflopsBasis: 'not published: NVIDIA gives 1 PFLOP FP4' });
    expect(spark).toEqual({ value: 'not published: NVIDIA gives 1 PFLOP FP4', basis: null });
    expect(fp16ComputeFact({ fp16TflopsDense: 165.2, fp16TflopsBasis: 'FP32 accumulate' })).toEqual({
      value: '165 TFLOPS dense',
      basis: 'FP32 accumulate',
    });
  });
});
