import { describe, expect, it } from 'vitest';
import { notation } from '../../../../src/lib';
import { notationIndex, plainSymbol, symbolAnchor } from '../../../../src/site/views/notation';

describe('notation views', () => {
  it('plainSymbol(tex) names a symbol in words', () => {
    expect(plainSymbol('N_{\\text{act}}')).toBe('N act');
    expect(plainSymbol('\\mathbf{q}')).toBe('bold q');
    expect(plainSymbol('T^{*}')).toBe('T star');
    expect(plainSymbol('\\rho')).toBe('ρ');
  });

  it('symbolAnchor(tex) gives every symbol of the notation its own anchor', () => {
    const anchors = notation.map((n) => symbolAnchor(n.tex));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(symbolAnchor('n')).not.toBe(symbolAnchor('N'));
    for (const a of anchors) expect(a).toMatch(/^sym-[\p{L}\p{N}-]+$/u);
  });

  it('notationIndex(symbols, chapters) takes the first table that lists a symbol as its definition, else its first use', () => {
    const symbols = [
      { tex: 'N', meaning: 'a', unit: 'count', code: 'n' },
      { tex: 'x', meaning: 'b', unit: 'value', code: '' },
      { tex: '\\tau', meaning: 'c', unit: 'ratio', code: 't', reserved: 'later' },
    ];
    const chapters = [
      { order: 2, title: 'Two', href: '/c/two/', used: ['N', 'x'], tables: ['N'] },
      { order: 1, title: 'One', href: '/c/one/', used: ['N'], tables: [] },
      { order: 3, title: 'Three', href: '/c/three/', used: ['N', 'x'], tables: ['N'] },
    ];
    const [n, x, tau] = notationIndex(symbols, chapters);
    expect(n!.definedIn).toEqual({ order: 2, title: 'Two', href: '/c/two/#notation' });
    expect(n!.usedIn).toEqual([
      { order: 1, href: '/c/one/' },
      { order: 3, href: '/c/three/' },
    ]);
    expect(x!.definedIn).toEqual({ order: 2, title: 'Two', href: '/c/two/' });
    expect(tau!.definedIn).toBeNull();
  });
});
