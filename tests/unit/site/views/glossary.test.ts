import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf, richText, taughtLinks } from '../../../../src/site/views/glossary';

const chapters = [
  { slug: 'kv-cache', order: 3, title: 'KV cache', href: '/chapters/kv-cache/', sections: [{ slug: 'how-big', text: 'How big' }] },
];

describe('glossary views', () => {
  it('initialOf(term) files a term under its upper-case first letter, symbols under #', () => {
    expect(initialOf('k-quant')).toBe('K');
    expect(initialOf('MLA')).toBe('M');
    expect(initialOf('η')).toBe('#');
  });

  it('groupByInitial(terms) sorts case-insensitively and groups by letter', () => {
    const groups = groupByInitial([{ term: 'vLLM' }, { term: 'bpw' }, { term: 'BF16' }, { term: 'VRAM' }]);
    expect(groups.map((g) => g.letter)).toEqual(['B', 'V']);
    expect(groups[0]!.terms.map((t) => t.term)).toEqual(['BF16', 'bpw']);
    expect(groups[1]!.terms.map((t) => t.term)).toEqual(['vLLM', 'VRAM']);
  });

  it('richText(text) renders $…$ with KaTeX, `…` as code and escapes the rest', () => {
    expect(richText('a < b & `c`')).toBe('a &lt; b &amp; <code>c</code>');
    const html = richText('bytes $W = N$ here');
    expect(html).toMatch(/^bytes <span class="katex">/);
    expect(html).toContain('<math');
    expect(html).toMatch(/here$/);
    expect(() => richText('$\\frac{$')).toThrow();
  });

  it('taughtLinks(term, chapters) resolves sections and fails on a missing chapter or section', () => {
    expect(taughtLinks({ id: 'kv-cache', taught: ['kv-cache#how-big'] }, chapters)).toEqual([
      { href: '/chapters/kv-cache/#how-big', chapter: 'KV cache', order: 3, section: 'How big' },
    ]);
    expect(() => taughtLinks({ id: 'x', taught: ['nope#how-big'] }, chapters)).toThrow(/no chapter "nope"/);
    expect(() => taughtLinks({ id: 'x', taught: ['kv-cache#gone'] }, chapters)).toThrow(/no section "gone".*how-big/);
  });
});
