import { describe, expect, it } from 'vitest';
import { fileBitsPerWeight, parameterCount, publishedGgufFile, publishedGgufFiles, quantFormat, requireModel } from '../../../../src/lib';

describe('publishedGgufFiles', () => {
  it('publishedGgufFile(id, quant) finds a file by model and type, in any case', () => {
    expect(publishedGgufFile('llama-3.2-1b', 'q4_k_m')?.bytes).toBe(0.808e9);
    expect(publishedGgufFile('llama-3.2-1b', 'Q8_0')).toBeUndefined();
  });

  it('every published file names a catalog model and a known quant, with a source', () => {
    for (const f of publishedGgufFiles) {
      expect(() => requireModel(f.modelId), f.file).not.toThrow();
      expect(quantFormat(f.quant), f.file).toBeDefined();
      expect(f.url).toMatch(/^https:\/\/huggingface\.co\//);
      expect(f.bytes).toBeGreaterThan(0);
    }
  });

  it('small models with large vocabularies run above the calibration 4.89 bits per weight at Q4_K_M (chapter 1)', () => {
    const q4km = quantFormat('Q4_K_M')!.bitsPerWeight;
    for (const f of publishedGgufFiles) {
      const bpw = fileBitsPerWeight(f.bytes, parameterCount(requireModel(f.modelId)));
      expect(bpw, f.file).toBeGreaterThan(q4km + 0.15);
      expect(bpw, f.file).toBeLessThan(5.5);
    }
  });
});
