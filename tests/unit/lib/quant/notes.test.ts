import { describe, expect, it } from 'vitest';
import {
  BYTES_PER_GIB,
  CALIBRATION_PARAMS,
  expertQuantFormats,
  quantFormats,
  quantNote,
  quantNotes,
  scoreboardFileGiB,
} from '../../../../src/lib';

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

  it('a type derived from the perplexity scoreboard cites that file size, and its bits per weight come from it', () => {
    for (const [name, gib] of Object.entries(scoreboardFileGiB)) {
      expect(quantNote(name).source.basis).toContain(`${gib} GiB`);
      expect(quantNote(name).source.url).toMatch(/perplexity\/README\.md$/);
      const bpw = quantFormats.find((q) => q.name === name)!.bitsPerWeight;
      expect(Math.abs((bpw * CALIBRATION_PARAMS) / 8 / BYTES_PER_GIB - gib)).toBeLessThan(0.00005);
    }
  });
});
