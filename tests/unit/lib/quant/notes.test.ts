import { describe, expect, it } from 'vitest';
import { expertQuantFormats, quantFormats, quantNote, quantNotes } from '../../../../src/lib';
import readme from '../../../fixtures/llama31-8b-quant-sizes.json';

describe('quantNote', () => {
  it('quantNote(name) describes every quant type and cites where its bits per weight come from, and nothing else', () => {
    const all = [...quantFormats, ...expertQuantFormats];
    expect(Object.keys(quantNotes).sort()).toEqual(all.map((q) => q.name).sort());
    for (const q of all) {
      const note = quantNote(q.name);
      expect(note.description, q.name).toMatch(/\S/);
      expect(note.source.url, q.name).toMatch(/^https:\/\/github\.com\/ggml-org\/llama\.cpp\//);
      expect(note.source.basis, q.name).toMatch(/\S/);
    }
  });

  it('quantNote(name) ignores case and refuses a type the catalog does not list', () => {
    expect(quantNote('q4_k_m')).toBe(quantNotes.Q4_K_M);
    expect(() => quantNote('Q9_Z')).toThrow(RangeError);
  });

  it('a type cites the quantize README exactly when the README lists it, else the rules it is computed with', () => {
    const listed = new Set(readme.rows.map((r) => r.quant));
    for (const q of quantFormats) {
      const { url } = quantNote(q.name).source;
      if (listed.has(q.name)) expect(url, q.name).toMatch(/tools\/quantize\/README\.md$/);
      else expect(url, q.name).toMatch(/src\/llama-quant\.cpp$/);
    }
  });
});
