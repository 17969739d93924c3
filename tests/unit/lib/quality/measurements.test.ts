import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/llamacpp-quant-quality.json';
import legacyFixture from '../../../fixtures/llama1-7b-13b-perplexity.json';
import {
  elbowIndex,
  legacyLlamaRow,
  legacyLlamaRows,
  llama2VsLlama3Pairs,
  qualityElbow,
  qualityFrontier,
  qualityMeasurements,
  qualityMetrics,
  qualityModels,
  qualityPoints,
  qualityRows,
  qualityTable,
  qualityTables,
  qualityValue,
  quantFormat,
  unmatchedQualityQuants,
} from '../../../../src/lib';

/** The value in a published "value ± uncertainty" cell. */
const central = (cell: string): number => Number(cell.split('±')[0]!.trim());
/** The fixture spells "no imatrix" as the source does ("None"); the library as 'none'. */
const imatrixOf = (cell: string): string => (cell === 'None' ? 'none' : cell);

describe('qualityMeasurements', () => {
  it('qualityMeasurements holds every row of the three tables: 46 + 8 + 1', () => {
    expect(qualityRows('llama3-8b-scoreboard')).toHaveLength(46);
    expect(qualityRows('llama2-vs-llama3')).toHaveLength(8);
    expect(qualityRows('llama3-bf16-vs-fp16')).toHaveLength(1);
    expect(qualityMeasurements).toHaveLength(55);
  });

  it('qualityTables states source, model, dataset, hardware and revision for every table', () => {
    for (const table of qualityTables) {
      expect(table.url).toMatch(/^https:\/\/github\.com\/ggml-org\/llama\.cpp\/.+perplexity\/README\.md$/);
      expect(table.dataset).toMatch(/Wikitext-2/);
      expect(table.hardware.length).toBeGreaterThan(5);
      expect(table.llamaCppRevision).toMatch(/^[0-9a-f]{8}$/);
      for (const model of table.models) expect(qualityModels[model].name.length).toBeGreaterThan(0);
    }
    expect(qualityTable('llama3-8b-scoreboard').hardware).toMatch(/RTX 4090/);
    expect(qualityTable('llama3-bf16-vs-fp16').llamaCppRevision).toBe('83330d8c');
    expect(() => qualityTable('nope' as never)).toThrow(/Unknown quality table "nope"/);
  });

  it('qualityRows(scoreboard) matches the published scoreboard row for row, in order', () => {
    const rows = qualityRows('llama3-8b-scoreboard');
    expect(rows).toHaveLength(fixture.scoreboard.rows.length);
    fixture.scoreboard.rows.forEach((published, i) => {
      const row = rows[i]!;
      const label = `${published.quant} ${published.imatrix}`;
      expect(row.model, label).toBe('llama-3-8b');
      expect(row.quant, label).toBe(published.quant);
      expect(row.imatrix, label).toBe(imatrixOf(published.imatrix));
      expect(row.modelSizeGiB, label).toBe(published.model_size_gib);
      expect(row.ppl, label).toBe(published.ppl);
      expect(row.deltaPpl, label).toBe(published.delta_ppl);
      expect(row.kldNats, label).toBe(published.kld);
      expect(row.meanDeltaPPercent, label).toBe(published.mean_delta_p_pct);
      expect(row.rmsDeltaPPercent, label).toBe(published.rms_delta_p_pct);
      expect(row.sameTopPPercent, label).toBeNull();
      // The numeric columns agree with the cells as printed.
      expect(row.kldNats, label).toBe(central(published.kld_as_published));
      expect(row.deltaPpl, label).toBe(central(published.delta_ppl_as_published));
    });
  });

  it('qualityRows(llama2-vs-llama3) matches the published comparison, with top-token agreement', () => {
    const rows = qualityRows('llama2-vs-llama3');
    fixture.llama2_vs_llama3.rows.forEach((published, i) => {
      const row = rows[i]!;
      expect(row.model).toBe(published.model === 'Llama-2-7B' ? 'llama-2-7b' : 'llama-3-8b');
      expect(row.quant).toBe(published.quant);
      expect(row.imatrix).toBe('none');
      expect(row.ppl).toBe(published.mean_ppl);
      expect(row.deltaPpl).toBe(published.delta_ppl);
      expect(row.kldNats).toBe(published.mean_kld);
      expect(row.rmsDeltaPPercent).toBe(published.rms_delta_p_pct);
      expect(row.sameTopPPercent).toBe(published.same_top_p_pct);
    });
  });

  it('qualityRows(llama3-bf16-vs-fp16) matches the published FP16-vs-BF16 figures', () => {
    const [row] = qualityRows('llama3-bf16-vs-fp16');
    const published = fixture.bf16_vs_fp16;
    expect(row!.kldNats).toBe(central(published.mean_kld));
    expect(row!.ppl).toBe(central(published.ppl_q));
    expect(row!.deltaPpl).toBe(central(published.delta_ppl));
    expect(row!.sameTopPPercent).toBe(central(published.same_top_p_pct));
    expect(row!.rmsDeltaPPercent).toBe(central(published.rms_delta_p_pct));
    expect(row!.meanDeltaPPercent).toBe(central(published.mean_delta_p_pct));
    // ΔPPL is PPL(Q) − PPL(base) to the printed precision.
    expect(Math.abs(central(published.ppl_q) - central(published.ppl_base) - row!.deltaPpl)).toBeLessThan(1e-6);
  });

  it('the Llama 3 8B comparison columns are the scoreboard’s no-imatrix runs', () => {
    for (const row of qualityRows('llama2-vs-llama3', 'llama-3-8b')) {
      const twin = qualityRows('llama3-8b-scoreboard').find((r) => r.quant === row.quant && r.imatrix === 'none');
      expect(twin?.kldNats, row.quant).toBe(row.kldNats);
      expect(twin?.deltaPpl, row.quant).toBe(row.deltaPpl);
    }
  });
});

describe('qualityPoints', () => {
  it('every scoreboard quant name resolves to a quant format, or is listed as unmatched with a reason', () => {
    const unmatched = new Map(unmatchedQualityQuants.map((u) => [u.name, u.reason]));
    const names = new Set(qualityRows('llama3-8b-scoreboard').map((r) => r.quant));
    expect(names.size).toBe(28);
    for (const name of names) {
      if (quantFormat(name)) expect(unmatched.has(name), name).toBe(false);
      else expect(unmatched.get(name), name).toMatch(/\w+/);
    }
  });

  it('qualityPoints() gives one point per quant type, bpw from quantFormat, sorted by bpw', () => {
    const points = qualityPoints();
    expect(points).toHaveLength(28 - unmatchedQualityQuants.length);
    expect(new Set(points.map((p) => p.quant)).size).toBe(points.length);
    for (const p of points) expect(p.bitsPerWeight).toBe(quantFormat(p.quant)!.bitsPerWeight);
    for (let i = 1; i < points.length; i++) expect(points[i]!.bitsPerWeight).toBeGreaterThanOrEqual(points[i - 1]!.bitsPerWeight);
  });

  it('qualityPoints() prefers the no-imatrix row, else the WT 10m row, and marks which', () => {
    const rows = qualityRows('llama3-8b-scoreboard');
    for (const p of qualityPoints()) {
      const hasPlain = rows.some((r) => quantFormat(r.quant) === p.format && r.imatrix === 'none');
      expect(p.imatrix, p.quant).toBe(hasPlain ? 'none' : 'WT 10m');
      expect(p.imatrixUsed, p.quant).toBe(!hasPlain);
      expect(p.measurement.imatrix).toBe(p.imatrix);
      expect(p.kldNats).toBe(p.measurement.kldNats);
    }
    const byName = new Map(qualityPoints().map((p) => [p.quant, p]));
    expect(byName.get('Q4_K_M')).toMatchObject({ imatrix: 'none', imatrixUsed: false, kldNats: 0.031273 });
    expect(byName.get('IQ2_XXS')).toMatchObject({ imatrix: 'WT 10m', imatrixUsed: true, kldNats: 0.812022 });
    expect(byName.get('IQ1_S')).toMatchObject({ imatrix: 'WT 10m', kldNats: 2.254554 });
    expect(byName.get('F16')?.floor).toBe(true);
    expect([...byName.values()].filter((p) => p.floor)).toHaveLength(1);
  });

  it('qualityPoints() carries top-token agreement only where it was published for the same run', () => {
    const withTop = qualityPoints().filter((p) => p.sameTopPPercent !== null);
    expect(Object.fromEntries(withTop.map((p) => [p.quant, p.sameTopPPercent]))).toEqual({ Q2_K: 71.138, Q4_K_M: 91.901, Q6_K: 96.031, Q8_0: 97.674 });
  });

  it('KLD and ΔPPL fall as bpw rises for the no-imatrix k-quants Q2_K … Q8_0 (monotonic, as in the source)', () => {
    const ladder = qualityPoints().filter((p) => !p.imatrixUsed && (p.format.family === 'k-quant' || p.quant === 'Q8_0'));
    expect(ladder.map((p) => p.quant)).toEqual(['Q2_K', 'Q3_K_S', 'Q3_K_M', 'Q3_K_L', 'Q4_K_S', 'Q4_K_M', 'Q5_K_S', 'Q5_K_M', 'Q6_K', 'Q8_0']);
    for (let i = 1; i < ladder.length; i++) {
      expect(ladder[i]!.kldNats, ladder[i]!.quant).toBeLessThan(ladder[i - 1]!.kldNats);
      expect(ladder[i]!.deltaPpl, ladder[i]!.quant).toBeLessThan(ladder[i - 1]!.deltaPpl);
    }
  });

  it('a larger imatrix-free file is not always better: Q4_1 (5.1 bpw) loses to Q4_K_S (4.7 bpw)', () => {
    const byName = new Map(qualityPoints().map((p) => [p.quant, p]));
    expect(byName.get('Q4_1')!.bitsPerWeight).toBeGreaterThan(byName.get('Q4_K_S')!.bitsPerWeight);
    expect(byName.get('Q4_1')!.kldNats).toBeGreaterThan(byName.get('Q4_K_S')!.kldNats);
  });
});

describe('llama2VsLlama3Pairs', () => {
  it('llama2VsLlama3Pairs() pairs the four shared quant types', () => {
    expect(llama2VsLlama3Pairs().map((p) => p.quant)).toEqual(['q2_K', 'q4_K_M', 'q6_K', 'q8_0']);
  });

  it('Llama 3 8B is more sensitive than Llama 2 7B at every shared quant: higher KLD and RMS Δp, lower top-token agreement', () => {
    for (const { quant, llama2, llama3 } of llama2VsLlama3Pairs()) {
      expect(llama3.kldNats, quant).toBeGreaterThan(llama2.kldNats);
      expect(llama3.rmsDeltaPPercent, quant).toBeGreaterThan(llama2.rmsDeltaPPercent);
      expect(llama3.sameTopPPercent!, quant).toBeLessThan(llama2.sameTopPPercent!);
    }
  });

  it('ΔPPL is the exception at q8_0 (0.00265 vs 0.00399): perplexity is not comparable across models', () => {
    const q8 = llama2VsLlama3Pairs().find((p) => p.quant === 'q8_0')!;
    expect(q8.llama3.deltaPpl).toBeLessThan(q8.llama2.deltaPpl);
    for (const { quant, llama2, llama3 } of llama2VsLlama3Pairs().filter((p) => p.quant !== 'q8_0')) {
      expect(llama3.deltaPpl, quant).toBeGreaterThan(llama2.deltaPpl);
    }
  });
});

describe('elbowIndex', () => {
  it('elbowIndex(xs, ys) finds the sharp corner of a falling curve', () => {
    expect(elbowIndex([2, 3, 4, 5, 6, 7, 8], [10, 5, 1, 0.8, 0.6, 0.4, 0.2])).toBe(2);
  });

  it('elbowIndex(xs, ys) does not depend on the units of either axis', () => {
    const xs = [2, 3, 4, 5, 6, 7, 8];
    const ys = [10, 5, 1, 0.8, 0.6, 0.4, 0.2];
    expect(elbowIndex(xs.map((x) => x * 8 + 3), ys.map((y) => y * 1000))).toBe(2);
  });

  it('elbowIndex(xs, ys) rejects too few points and curves with no bend', () => {
    expect(() => elbowIndex([1, 2], [2, 1])).toThrow(/at least 3 points/);
    expect(() => elbowIndex([1, 2, 3], [3, 2, 1])).toThrow(/No elbow/);
    expect(() => elbowIndex([1, 2, 3], [3, 2.9, 1])).toThrow(/No elbow/);
  });
});

describe('qualityElbow', () => {
  it('qualityFrontier(metric) keeps only points that beat every smaller point, without the f16 floor', () => {
    for (const metric of ['kld', 'delta-ppl'] as const) {
      const frontier = qualityFrontier(metric);
      expect(frontier.some((p) => p.floor)).toBe(false);
      for (let i = 1; i < frontier.length; i++) {
        expect(frontier[i]!.bitsPerWeight).toBeGreaterThan(frontier[i - 1]!.bitsPerWeight);
        expect(qualityValue(frontier[i]!, metric)!).toBeLessThan(qualityValue(frontier[i - 1]!, metric)!);
      }
      // Dominated types are left out: Q2_K is bigger than IQ2_M and worse.
      expect(frontier.map((p) => p.quant)).not.toContain('Q2_K');
    }
  });

  it('qualityElbow("kld") is IQ3_XXS at 3.25 bpw: KLD grows ×7.4 per bit removed below it, ×2.5 above', () => {
    const elbow = qualityElbow('kld');
    expect(elbow.point.quant).toBe('IQ3_XXS');
    expect(elbow.bitsPerWeight).toBe(quantFormat('IQ3_XXS')!.bitsPerWeight);
    expect(elbow.lossGrowthPerBitBelow).toBeCloseTo(7.43, 2);
    expect(elbow.lossGrowthPerBitAbove).toBeCloseTo(2.55, 2);
  });

  it('qualityElbow(metric) lies inside the frontier and loss rises faster below it than above, for every metric', () => {
    for (const metric of qualityMetrics) {
      const elbow = qualityElbow(metric.id);
      const i = elbow.frontier.indexOf(elbow.point);
      expect(i, metric.id).toBeGreaterThan(0);
      expect(i, metric.id).toBeLessThan(elbow.frontier.length - 1);
      expect(elbow.lossGrowthPerBitBelow, metric.id).toBeGreaterThan(elbow.lossGrowthPerBitAbove);
      expect(elbow.lossGrowthPerBitAbove, metric.id).toBeGreaterThan(1);
    }
  });

  it('qualityElbow(metric, points) uses the points it is given', () => {
    const kQuantsOnly = qualityPoints().filter((p) => p.format.family === 'k-quant' || p.quant === 'Q8_0');
    const elbow = qualityElbow('kld', kQuantsOnly);
    expect(elbow.frontier.every((p) => kQuantsOnly.includes(p))).toBe(true);
    expect(elbow.bitsPerWeight).toBeGreaterThan(3);
    expect(elbow.bitsPerWeight).toBeLessThan(5);
  });
});

describe('legacyLlamaRows', () => {
  it('legacyLlamaRows matches the published LLaMA 7B / 13B table cell for cell', () => {
    expect(legacyLlamaRows).toHaveLength(legacyFixture.rows.length);
    for (const published of legacyFixture.rows) {
      const model = published.model === 'LLaMA-7B' ? 'LLaMA 7B' : 'LLaMA 13B';
      expect(legacyLlamaRow(model, published.quant).ppl, `${model} ${published.quant}`).toBe(published.ppl);
    }
    for (const [key, sizes] of Object.entries(legacyFixture.legacy_file_sizes)) {
      const model = key === 'LLaMA_7B' ? 'LLaMA 7B' : 'LLaMA 13B';
      for (const [quant, text] of Object.entries(sizes)) expect(legacyLlamaRow(model, quant).fileSizeGiB).toBe(Number(text.replace('G', '')));
    }
    expect(() => legacyLlamaRow('LLaMA 7B', 'IQ1_S')).toThrow(/No LLaMA 7B row/);
  });

  it('at the same memory, 13B at 4 bits beats 7B at 8 bits (and even 7B at 16 bits)', () => {
    const big4 = legacyLlamaRow('LLaMA 13B', 'Q4_0');
    const small8 = legacyLlamaRow('LLaMA 7B', 'Q8_0');
    expect(Math.abs(big4.fileSizeGiB! - small8.fileSizeGiB!)).toBeLessThanOrEqual(0.1);
    expect(big4.ppl).toBeLessThan(small8.ppl);
    expect(big4.ppl).toBeLessThan(legacyLlamaRow('LLaMA 7B', 'F16').ppl);
  });

  it('perplexity falls along the k-quant ladder Q2_K … Q6_K … F16 for both models, as published', () => {
    const ladder = ['Q2_K', 'Q3_K_S', 'Q3_K_M', 'Q3_K_L', 'Q4_K_S', 'Q4_K_M', 'Q5_K_S', 'Q5_K_M', 'Q6_K', 'Q8_0', 'F16'];
    for (const model of ['LLaMA 7B', 'LLaMA 13B'] as const) {
      for (let i = 1; i < ladder.length; i++) {
        expect(legacyLlamaRow(model, ladder[i]!).ppl, `${model} ${ladder[i]}`).toBeLessThan(legacyLlamaRow(model, ladder[i - 1]!).ppl);
      }
    }
  });
});
