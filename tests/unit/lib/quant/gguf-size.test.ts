import { describe, expect, it } from 'vitest';
import { modelOfSize } from '../../../../src/lib/memory/budget';
import { models, requireModel, type Model } from '../../../../src/lib/catalog/models';
import {
  ggufReadBytesPerToken,
  ggufFileBytes,
  ggufFileSizes,
  ggufSizeBreakdown,
  ggufTensorTable,
} from '../../../../src/lib/quant/gguf-size';
import { requireGgufGeometry } from '../../../../src/lib/quant/tensor-list';
import published from '../../../fixtures/gguf-published-sizes.json';
import readme from '../../../fixtures/llama31-8b-quant-sizes.json';

type Row = (typeof published.rows)[number] & { shardsGB?: number[]; variant?: string; publishedBytes?: number; publishedGB?: number };
type FixtureModel = { catalogId?: string; like?: string; geometry?: Partial<Model> };

/** The model a fixture row was made from: a catalog model, or one outside the catalog shaped like one. */
function modelOf(key: string): Model {
  const entry = (published.models as Record<string, FixtureModel>)[key]!;
  if (entry.catalogId) return requireModel(entry.catalogId);
  return { ...requireModel(entry.like!), ...entry.geometry, id: key.toLowerCase().replace(/[^a-z0-9.]+/g, '-') };
}

interface Checked {
  readonly row: Row;
  readonly model: Model;
  readonly computedBytes: number;
  readonly publishedBytes: number;
  /** computed ÷ published − 1. */
  readonly error: number;
  /** The error left once the published figure's rounding is allowed for. */
  readonly beyondRounding: number;
}

const checked: Checked[] = (published.rows as Row[]).map((row) => {
  const model = modelOf(row.model);
  const computedBytes = ggufFileBytes(model, row.quant, {
    ...(row.imatrix === null ? {} : { imatrix: row.imatrix }),
    keepMxfp4Experts: row.variant !== 'experts requantized',
    shards: row.shardsGB?.length ?? 1,
  });
  const publishedBytes = row.publishedBytes ?? row.publishedGB! * 1e9;
  const rounding = row.publishedBytes ? 0 : row.precisionGB! * 1e9;
  const off = computedBytes - publishedBytes;
  return {
    row,
    model,
    computedBytes,
    publishedBytes,
    error: off / publishedBytes,
    beyondRounding: (Math.sign(off) * Math.max(0, Math.abs(off) - rounding)) / publishedBytes,
  };
});
const standard = checked.filter((c) => c.row.standardMix && c.row.madeIn2025OrLater === true);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe('ggufFileBytes on published files', () => {
  it('ggufFileBytes: the published table — model, quant, published, computed, error', () => {
    const pct = (x: number) => `${(x * 100).toFixed(3)}%`.padStart(8);
    const lines = checked.map((c) =>
      [
        c.row.model.replace(/^.*\//, '').padEnd(24),
        c.row.quant.padEnd(10),
        (c.row.publishedBytes ? `${c.row.publishedBytes} B` : `${c.row.publishedGB} GB`).padStart(15),
        `${(c.computedBytes / 1e9).toFixed(4)} GB`.padStart(14),
        pct(c.error),
        [c.row.standardMix ? '' : 'uploader mix: experts kept MXFP4', c.row.madeIn2025OrLater === true ? '' : 'made before 2025 or undated']
          .filter(Boolean)
          .join('; '),
      ].join('  '),
    );
    console.info(['model                     quant        published        computed     error', ...lines].join('\n'));
    expect(lines).toHaveLength(published.rows.length);
  });

  it('ggufFileBytes: standard 2025+ mixes — median |error| ≤ 1%, ≥ 95% within ±5%, none beyond 8%', () => {
    const errors = standard.map((c) => Math.abs(c.error));
    expect(errors.length).toBeGreaterThanOrEqual(40);
    expect(median(errors)).toBeLessThanOrEqual(0.01);
    expect(errors.filter((e) => e <= 0.05).length / errors.length).toBeGreaterThanOrEqual(0.95);
    expect(Math.max(...errors)).toBeLessThanOrEqual(0.08);
    console.info(
      `standard mixes: n=${errors.length}, median |error| ${(median(errors) * 100).toFixed(3)}%, max ${(Math.max(...errors) * 100).toFixed(3)}%`,
    );
  });

  it('ggufFileBytes: every file (older ones and uploader mixes too) lands within 0.1% of its published size once the displayed rounding is allowed for', () => {
    expect(checked.length).toBeGreaterThan(standard.length);
    for (const c of checked) expect(Math.abs(c.beyondRounding), `${c.row.model} ${c.row.quant}`).toBeLessThan(0.001);
  });

  it('ggufFileBytes: small models with large vocabularies (the chapter 1 examples) match their published files', () => {
    for (const [model, quant] of [
      ['meta-llama/Llama-3.2-1B', 'Q4_K_M'],
      ['google/gemma-3-4b-it', 'Q4_K_M'],
    ]) {
      const rows = checked.filter((c) => c.row.model === model && c.row.quant === quant);
      expect(rows.length, model).toBeGreaterThanOrEqual(2);
      for (const c of rows) expect(Math.abs(c.beyondRounding), c.row.file).toBeLessThan(0.0005);
    }
  });

  it('ggufFileBytes: files published to the byte come out within 2 kB (the spread of the metadata)', () => {
    const exact = checked.filter((c) => c.row.publishedBytes !== undefined);
    expect(exact.length).toBeGreaterThanOrEqual(10);
    for (const c of exact) expect(Math.abs(c.computedBytes - c.publishedBytes), `${c.row.model} ${c.row.quant}`).toBeLessThan(2048);
  });

  it('the published table covers ≥ 6 architectures, MoE, MLA and sliding-window models, k- and i-quants', () => {
    const archs = new Set(standard.map((c) => c.model.gguf!.arch));
    expect(archs.size).toBeGreaterThanOrEqual(6);
    expect(standard.some((c) => c.model.experts !== undefined)).toBe(true);
    expect(standard.some((c) => c.model.attentionKind === 'MLA')).toBe(true);
    expect(standard.some((c) => c.model.slidingWindow !== undefined)).toBe(true);
    expect(standard.some((c) => /^Q\d_K/.test(c.row.quant))).toBe(true);
    expect(standard.filter((c) => /^IQ/.test(c.row.quant)).length).toBeGreaterThanOrEqual(5);
    for (const row of published.rows) expect(row.url, row.file).toMatch(/^https:\/\//);
  });

  it("ggufSizeBreakdown: Llama 3.1 8B's tensor data matches llama.cpp's quantize README bits per weight for all 23 mixes", () => {
    let compared = 0;
    for (const row of readme.rows) {
      const imatrix = (row as { imatrix?: boolean }).imatrix ?? true;
      const bpw = ggufSizeBreakdown(requireModel('llama-3.1-8b'), row.quant, { imatrix }).bitsPerWeight;
      // The README prints 4 decimals (F16 reads 16.0005 where the tensors give 16.0000).
      expect(Math.abs(bpw / row.bits_per_weight - 1), row.quant).toBeLessThan(0.00004);
      compared++;
    }
    expect(compared).toBe(23);
  });
});

describe('ggufFileBytes', () => {
  it('ggufFileBytes grows with the mix: F16 > Q8_0 > Q6_K > Q4_K_M > Q2_K > IQ1_S for every catalog model', () => {
    for (const m of models) {
      const sizes = ['F16', 'Q8_0', 'Q6_K', 'Q4_K_M', 'Q2_K', 'IQ1_S'].map((q) => ggufFileBytes(m, q));
      for (let i = 1; i < sizes.length; i++) {
        if (m.gguf!.expertsStoredAs) expect(sizes[i]!, `${m.id} ${i}`).toBeLessThanOrEqual(sizes[i - 1]!);
        else expect(sizes[i]!, `${m.id} ${i}`).toBeLessThan(sizes[i - 1]!);
      }
    }
  });

  it('ggufFileBytes: gpt-oss keeps its MXFP4 experts by default; requantized, the same mix is a third larger', () => {
    const oss = requireModel('gpt-oss-20b');
    expect(ggufFileBytes(oss, 'Q4_K_M')).toBeLessThan(ggufFileBytes(oss, 'F16'));
    expect(ggufFileBytes(oss, 'Q4_K_M', { keepMxfp4Experts: false }) / ggufFileBytes(oss, 'Q4_K_M')).toBeGreaterThan(1.3);
    expect(ggufFileBytes(oss, 'MXFP4')).toBe(ggufFileBytes(oss, 'mxfp4_moe'));
  });

  it('ggufFileBytes: shards add under 140 bytes each; one header', () => {
    const r1 = requireModel('deepseek-r1');
    const extra = ggufFileBytes(r1, 'Q4_K_M', { shards: 9 }) - ggufFileBytes(r1, 'Q4_K_M');
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThan(9 * 140);
  });

  it('ggufFileBytes: an unknown quant or a model without geometry is a clear error', () => {
    const llama = requireModel('llama-3.1-8b');
    expect(() => ggufFileBytes(llama, 'Q9_Z')).toThrow(/Unknown quant type "Q9_Z"\. Known types: .*Q4_K_M/);
    expect(() => ggufFileBytes(llama, '')).toThrow(/Unknown quant type/);
    const standIn = modelOfSize(8e9, models);
    expect(() => ggufFileBytes(standIn as unknown as Model, 'Q4_K_M')).toThrow(
      /This model has no geometry to size a GGUF file from: hiddenSize is undefined/,
    );
    const noLayout = { ...llama, gguf: undefined } as unknown as Model;
    expect(() => ggufFileBytes(noLayout, 'Q4_K_M')).toThrow(/Model "llama-3.1-8b" has no GGUF layout/);
    expect(() => ggufFileBytes({ ...llama, layers: 0 }, 'Q4_K_M')).toThrow(/layers is 0/);
    expect(() => ggufFileBytes({ ...requireModel('deepseek-v3'), kvLoraRank: undefined } as Model, 'Q4_K_M')).toThrow(/uses MLA but lacks/);
    expect(() => ggufFileBytes(null as unknown as Model, 'Q4_K_M')).toThrow(/needs a catalog model/);
    expect(requireGgufGeometry(llama)).toBe(llama);
  });

  it('ggufFileSizes: one size per name, the same as ggufFileBytes', () => {
    const m = requireModel('gemma-3-4b');
    expect(ggufFileSizes(m, ['Q8_0', 'Q4_K_M'])).toEqual({ Q8_0: ggufFileBytes(m, 'Q8_0'), Q4_K_M: ggufFileBytes(m, 'Q4_K_M') });
  });
});

describe('ggufSizeBreakdown', () => {
  it('ggufSizeBreakdown: groups, header and padding add up to the file; Q4_K_M promises 4.5 bits and spends 4.89', () => {
    for (const m of models) {
      const b = ggufSizeBreakdown(m, 'Q4_K_M');
      expect(
        b.groups.reduce((s, g) => s + g.bytes, 0),
        m.id,
      ).toBe(b.tensorBytes);
      expect(
        b.groups.reduce((s, g) => s + g.weights, 0),
        m.id,
      ).toBe(b.weights);
      expect(b.headerBytes + b.tensorBytes + b.paddingBytes, m.id).toBe(b.fileBytes);
      expect(b.fileBytes, m.id).toBe(ggufFileBytes(m, 'Q4_K_M'));
      for (const g of b.groups)
        expect(
          g.types.reduce((s, t) => s + t.bytes, 0),
          `${m.id} ${g.group}`,
        ).toBe(g.bytes);
    }
    const llama = ggufSizeBreakdown(requireModel('llama-3.1-8b'), 'Q4_K_M');
    expect(llama.nominalType).toBe('Q4_K');
    expect(llama.nominalBitsPerWeight).toBe(4.5);
    expect(llama.bitsPerWeight).toBeCloseTo(4.8944, 4);
    expect(llama.groups.find((g) => g.group === 'output')!.types).toEqual([{ type: 'Q6_K', weights: 525336576, bytes: 16 * 210 * 128256 }]);
    expect(llama.groups.map((g) => g.group)).toEqual(['embedding', 'attention', 'ffn', 'output', 'small']);
  });

  it('ggufSizeBreakdown: a small model with a large vocabulary spends more bits per weight (Llama 3.2 1B at Q4_K_M: > 5)', () => {
    expect(ggufSizeBreakdown(requireModel('llama-3.2-1b'), 'Q4_K_M').bitsPerWeight).toBeGreaterThan(5);
    expect(ggufSizeBreakdown(requireModel('llama-3.1-70b'), 'Q4_K_M').bitsPerWeight).toBeLessThan(4.9);
  });
});

describe('ggufReadBytesPerToken', () => {
  it('ggufReadBytesPerToken: a dense untied model reads every tensor but the embedding table', () => {
    const m = requireModel('llama-3.1-8b');
    const table = ggufTensorTable(m, 'Q4_K_M');
    const all = table.reduce((s, t) => s + t.bytes, 0);
    const embedding = table.find((t) => t.name === 'token_embd.weight')!.bytes;
    const read = ggufReadBytesPerToken(m, 'Q4_K_M');
    expect(read.weightBytes).toBe(all - embedding);
    expect(read.outputHeadBytes).toBe(table.find((t) => t.name === 'output.weight')!.bytes);
    expect(read.routedExpertBytes).toBe(0);
  });

  it('ggufReadBytesPerToken: tied embeddings are read once, as the output head', () => {
    const m = requireModel('gemma-3-4b');
    const read = ggufReadBytesPerToken(m, 'Q8_0');
    expect(read.weightBytes).toBe(ggufTensorTable(m, 'Q8_0').reduce((s, t) => s + t.bytes, 0));
    expect(read.outputHeadBytes).toBe(ggufTensorTable(m, 'Q8_0').find((t) => t.name === 'token_embd.weight')!.bytes);
  });

  it('ggufReadBytesPerToken: a mixture of experts reads its routed experts at expertsPerToken ÷ experts', () => {
    const m = requireModel('deepseek-v3');
    const table = ggufTensorTable(m, 'Q4_K_M');
    const experts = table.filter((t) => t.name.includes('_exps.')).reduce((s, t) => s + t.bytes, 0);
    const read = ggufReadBytesPerToken(m, 'Q4_K_M');
    expect(read.routedExpertBytes).toBeCloseTo((experts * 8) / 256, 0);
    expect(read.denseWeightBytes + read.routedExpertBytes + read.outputHeadBytes).toBe(read.weightBytes);
    // 37B active of 671B: the read is a small share of the file.
    expect(read.weightBytes / ggufFileBytes(m, 'Q4_K_M')).toBeLessThan(0.07);
  });

  it('ggufReadBytesPerToken: gpt-oss experts are read in MXFP4 whatever the mix', () => {
    const m = requireModel('gpt-oss-120b');
    expect(ggufReadBytesPerToken(m, 'Q4_K_M').routedExpertBytes).toBe(ggufReadBytesPerToken(m, 'Q8_0').routedExpertBytes);
  });
});
