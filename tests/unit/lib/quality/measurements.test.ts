import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/llamacpp-quant-quality.json';
import { llama2VsLlama3Pairs, qualityMeasurements, qualityModels, qualityRows, qualityTable, qualityTables } from '../../../../src/lib';

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
