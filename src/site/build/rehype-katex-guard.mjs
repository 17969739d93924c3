// rehype-katex never fails on bad TeX: it emits class="katex-error". Fail the build instead.
// It also fails on a thousands separator left bare in TeX ("131,072"), which KaTeX prints with a
// punctuation space ("131, 072"); write {,} instead (<Tex> does that for computed numbers).
import { visit } from 'unist-util-visit';

const BARE_DIGIT_GROUP = /\d,\d{3}(?!\d)/;

/** The text of a hast node and its descendants. */
function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export default function rehypeKatexGuard() {
  return (tree, file) => {
    const where = file.path ?? 'a chapter';
    visit(tree, 'element', (node) => {
      const cls = node.properties?.className;
      if (Array.isArray(cls) && cls.includes('katex-error')) {
        const tex = node.properties?.title ?? '';
        throw new Error(`${where}: KaTeX could not render ${JSON.stringify(tex)}.`);
      }
      if (node.tagName === 'annotation' && node.properties?.encoding === 'application/x-tex') {
        const tex = textOf(node);
        if (BARE_DIGIT_GROUP.test(tex)) {
          throw new Error(`${where}: ${JSON.stringify(tex)} has a bare thousands separator, which KaTeX prints as "131, 072"; write {,}.`);
        }
      }
    });
  };
}
