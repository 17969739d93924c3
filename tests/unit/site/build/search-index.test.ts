import { describe, expect, it } from 'vitest';
import { glossary } from '../../../../src/content/glossary';
import { glossaryRecord, texToText } from '../../../../src/site/build/search-index.mjs';

describe('search index', () => {
  it('texToText(text) turns inline TeX into searchable words', () => {
    expect(texToText('at $2\\,N_{\\text{act}}\\,T / F$ seconds, $\\rho$ kept')).toBe('at 2 N_act T / F seconds, ρ kept');
    expect(texToText('`--cache-type-k` and $2^{30}$')).toBe('--cache-type-k and 2^30');
  });

  it('glossaryRecord(term) indexes an entry under its own anchor, with its title, definition and other names', () => {
    const record = glossaryRecord(glossary.find((t) => t.id === 'kv-cache')!);
    expect(record).toMatchObject({
      url: '/glossary/#kv-cache',
      language: 'en',
      meta: { title: 'KV cache (key-value cache)', kind: 'Glossary' },
    });
    expect(record.content).toMatch(/^KV cache \(key-value cache\) The store of every past token/);
    expect(record.content).not.toMatch(/[$\\]/);
    for (const term of glossary) expect(glossaryRecord(term).content, term.id).not.toContain('$');
  });
});
