// rehype-katex never fails on bad TeX: it emits class="katex-error". Fail the build instead.
import { visit } from 'unist-util-visit';

export default function rehypeKatexGuard() {
  return (tree, file) => {
    visit(tree, 'element', (node) => {
      const cls = node.properties?.className;
      if (Array.isArray(cls) && cls.includes('katex-error')) {
        const tex = node.properties?.title ?? '';
        throw new Error(`${file.path ?? 'a chapter'}: KaTeX could not render ${JSON.stringify(tex)}.`);
      }
    });
  };
}
