import { describe, expect, it } from 'vitest';
import { canonicalTex, symbolsUsed, undeclaredSymbols } from '../../../../src/site/build/tex-symbols.mjs';
import { glossary } from '../../../../src/content/glossary';
import { notation } from '../../../../src/lib';

const declared = new Set(notation.map((n) => canonicalTex(n.tex)));

describe('tex-symbols', () => {
  it('canonicalTex(tex) spells one symbol one way', () => {
    expect(canonicalTex('\\hat x_i')).toBe(canonicalTex('\\hat{x}_{i}'));
    expect(canonicalTex('d_h^R')).toBe('d_{h}^{R}');
    expect(canonicalTex('N_{\\text{act}}')).toBe('N_{\\text{act}}');
    expect(() => canonicalTex('a + b')).toThrow(/not one symbol/);
  });

  it('undeclaredSymbols(tex, declared) finds a symbol the notation lacks, and passes units, numbers, operators and indices', () => {
    expect(undeclaredSymbols('W = N \\cdot \\frac{\\text{bpw}}{8} \\quad \\text{bytes}', declared)).toEqual([]);
    expect(undeclaredSymbols('\\mathbf{o}_t = \\sum_{i \\le t} \\alpha_{t,i} \\, \\mathbf{v}_i', declared)).toEqual([]);
    expect(undeclaredSymbols('E \\left(1 - \\frac{k}{E}\\right)^{b} + o_1, \\dots, o_b', declared)).toEqual([]);
    expect(
      undeclaredSymbols('D_{\\text{KL}} = \\operatorname*{mean}_{t} \\sum_{v} p_t(v) \\ln \\frac{p_t(v)}{\\hat p_t(v)}', declared),
    ).toEqual([]);
    // A new letter, a new subscript and a new \text name of a declared symbol are all caught.
    expect(undeclaredSymbols('\\tau + T_{\\text{temp}} + z + \\text{BW}_{\\text{nvme}}', declared)).toEqual([
      'T_{\\text{temp}}',
      'z',
      '\\text{BW}_{\\text{nvme}}',
    ]);
  });

  it('symbolsUsed(tex, declared) lists the declared symbols in order, indices folded into their symbol', () => {
    expect(symbolsUsed('K(T) = 2 L h_{\\text{kv}} x_i T', declared)).toEqual(['K', 'T', 'L', 'h_{\\text{kv}}', 'x']);
  });

  it('the notation gives each symbol one meaning, and reserves τ and k_top so temperature and top-k cannot take T and k', () => {
    const keys = notation.map((n) => canonicalTex(n.tex));
    expect(new Set(keys).size).toBe(keys.length);
    const meanings = notation.map((n) => n.meaning.toLowerCase());
    expect(new Set(meanings).size).toBe(meanings.length);
    const byTex = new Map(notation.map((n) => [n.tex, n]));
    expect(byTex.get('T')!.meaning).toBe('tokens in context');
    expect(byTex.get('k')!.meaning).toBe('experts each token is routed to');
    expect(byTex.get('\\tau')).toMatchObject({ meaning: 'sampling temperature', reserved: expect.stringContaining('T already') });
    expect(byTex.get('k_{\\text{top}}')).toMatchObject({ reserved: expect.stringContaining('k already') });
  });

  it('the glossary writes only declared symbols in its math', () => {
    const problems = glossary.flatMap((term) =>
      [term.definition, term.example?.() ?? ''].flatMap((text) =>
        [...text.matchAll(/\$([^$]+)\$/g)].flatMap((m) => undeclaredSymbols(m[1]!, declared).map((s) => `${term.id}: ${s}`)),
      ),
    );
    expect(problems).toEqual([]);
  });
});
