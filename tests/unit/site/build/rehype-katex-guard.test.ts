import katex from 'katex';
import { describe, expect, it } from 'vitest';
import rehypeKatexGuard from '../../../../src/site/build/rehype-katex-guard.mjs';

/** A minimal hast tree holding what rehype-katex emits for `tex`: the MathML annotation. */
const mathTree = (tex: string) => ({
  type: 'root',
  children: [
    {
      type: 'element',
      tagName: 'annotation',
      properties: { encoding: 'application/x-tex' },
      children: [{ type: 'text', value: tex }],
    },
  ],
});
const guard = (tree: object) => (rehypeKatexGuard() as (tree: object, file: { path: string }) => void)(tree, { path: 'ch.mdx' });

describe('rehypeKatexGuard', () => {
  it('rehypeKatexGuard() fails the build on a bare thousands separator in TeX ("131, 072" in print)', () => {
    expect(() => guard(mathTree('2 \\times 131,072'))).toThrow(/ch\.mdx.*\{,\}/);
    expect(katex.renderToString('131,072')).toContain('mspace'); // why: KaTeX spaces a bare comma
  });

  it('rehypeKatexGuard() passes braced separators and commas between symbols', () => {
    expect(() => guard(mathTree('131{,}072'))).not.toThrow();
    expect(() => guard(mathTree('f(a, b), \\quad (1,2)'))).not.toThrow();
  });

  it('rehypeKatexGuard() fails the build on a KaTeX error box', () => {
    const tree = {
      type: 'root',
      children: [{ type: 'element', tagName: 'span', properties: { className: ['katex-error'], title: 'x' }, children: [] }],
    };
    expect(() => guard(tree)).toThrow(/could not render/);
  });
});
