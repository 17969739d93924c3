import { describe, expect, it } from 'vitest';
import legacyFixture from '../../../fixtures/llama1-7b-13b-perplexity.json';
import { legacyLlamaRow, legacyLlamaRows } from '../../../../src/lib';

describe('legacyLlamaRows', () => {
  it('legacyLlamaRows matches the published LLaMA 7B / 13B table cell for cell', () => {
    expect(legacyLlamaRows).toHaveLength(legacyFixture.rows.length);
    for (const published of legacyFixture.rows) {
      const model = published.model === 'LLaMA-7B' ? 'LLaMA 7B' : 'LLaMA 13B';
      expect(legacyLlamaRow(model, published.quant).ppl, `${model} ${published.quant}`).toBe(published.ppl);
    }
    for (const [key, sizes] of Object.entries(legacyFixture.legacy_file_sizes)) {
      const model = key === 'LLaMA_7B' ? 'LLaMA 7B' : 'LLaMA 13B';
      for (const [quant, text] of Object.entries(sizes))
        expect(legacyLlamaRow(model, quant).fileSizeGiB).toBe(Number(text.replace('G', '')));
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
