import { describe, expect, it } from 'vitest';
import { groupDigitsForTex, renderTex } from '../../../../src/site/views/tex';

describe('tex', () => {
  it('groupDigitsForTex(expr) braces thousands separators and leaves other commas alone', () => {
    expect(groupDigitsForTex('131,072')).toBe('131{,}072');
    expect(groupDigitsForTex('1,048,576 \\times 2')).toBe('1{,}048{,}576 \\times 2');
    expect(groupDigitsForTex('f(a, b)')).toBe('f(a, b)');
    expect(groupDigitsForTex('(1,2)')).toBe('(1,2)');
    expect(groupDigitsForTex('3,1415')).toBe('3,1415');
  });

  it('renderTex(expr) prints "131,072" as one number: no punctuation space after the comma', () => {
    const html = renderTex('2 \\times 8 \\times 128 \\times 2 = 131,072');
    // KaTeX spaces a bare comma (class mpunct followed by an mspace); a braced comma is ordinary.
    expect(html).not.toMatch(/<span class="mpunct">,<\/span><span class="mspace"/);
    expect(html).toContain(
      '<span class="mord">131</span><span class="mord"><span class="mpunct">,</span></span><span class="mord">072</span>',
    );
  });

  it('renderTex(expr) throws on bad TeX instead of printing an error box', () => {
    expect(() => renderTex('\\frac{1}')).toThrow();
  });
});
