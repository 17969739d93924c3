import { describe, expect, it } from 'vitest';
import { glossary, glossaryTerm } from '../../../src/content/glossary';
import { notation } from '../../../src/lib';

// The terms issue 15 names; the glossary may hold more, never fewer.
const REQUIRED = [
  'parameter',
  'bpw',
  'gguf',
  'k-quant',
  'i-quant',
  'imatrix',
  'kld',
  'perplexity',
  'kv-cache',
  'gqa',
  'mqa',
  'mla',
  'sliding-window',
  'prefill',
  'decode',
  'ttft',
  'tpot',
  'ubatch',
  'roofline',
  'ridge-point',
  'arithmetic-intensity',
  'offload',
  'layer-split',
  'tensor-parallel',
  'pagedattention',
  'block-table',
  'copy-on-write',
  'continuous-batching',
  'preemption',
  'speculative-decoding',
  'moe',
  'active-parameters',
  'unified-memory',
  'hbm',
  'gddr',
  'lpddr',
];

describe('glossary', () => {
  it('glossary holds at least 60 terms, among them every term the issue names', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    for (const id of REQUIRED) expect(glossaryTerm(id).id).toBe(id);
  });

  it('glossary ids are unique anchors and every related id names another entry', () => {
    const ids = glossary.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of glossary) {
      expect(t.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const r of t.related) {
        expect(r, `${t.id} relates to itself`).not.toBe(t.id);
        expect(ids, `${t.id} → ${r}`).toContain(r);
      }
    }
  });

  it('glossary aliases belong to one term each, so a word in a chapter links to one entry', () => {
    const owner = new Map<string, string>();
    for (const t of glossary) {
      for (const alias of t.aliases) {
        const key = alias.toLowerCase();
        expect(owner.get(key) ?? t.id, `"${alias}" is an alias of ${owner.get(key)} and ${t.id}`).toBe(t.id);
        owner.set(key, t.id);
      }
    }
  });

  it('glossary short definitions are one plain sentence that fits a hover card', () => {
    for (const t of glossary) {
      expect(t.short.length, t.id).toBeLessThanOrEqual(200);
      expect(t.short, t.id).not.toMatch(/[$`]/);
      expect(t.short, t.id).toMatch(/[.)]$/);
      expect(t.definition.length, t.id).toBeGreaterThan(t.short.length);
    }
  });

  it('glossary examples compute to finite numbers', () => {
    for (const t of glossary) {
      if (!t.example) continue;
      const text = t.example();
      expect(text, t.id).not.toMatch(/NaN|undefined|Infinity|null/);
      expect(text, t.id).toMatch(/\d/);
    }
    expect(glossary.filter((t) => t.example).length).toBeGreaterThanOrEqual(40);
  });

  it('glossary taught references name a chapter and a section, and symbols are in the notation', () => {
    const symbols = new Set(notation.map((n) => n.tex));
    for (const t of glossary) {
      for (const ref of t.taught) expect(ref, t.id).toMatch(/^[a-z0-9-]+#[a-z0-9_-]+$/);
      if (t.symbol) expect(symbols, t.id).toContain(t.symbol);
    }
  });

  it('glossaryTerm(id) throws for an unknown id', () => {
    expect(() => glossaryTerm('no-such-term')).toThrow(/no-such-term/);
  });
});
