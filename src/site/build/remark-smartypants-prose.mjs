// Typographic quotes and dashes for prose, never for code. Astro's built-in SmartyPants (turned
// off in astro.config.mjs) rewrites the text inside JSX elements such as <code>, so
// `<code>--cache-type-k</code>` printed as "—cache-type-k". This runs the same plugin with the
// text of code-like elements hidden from it, the way it already skips Markdown `inline code`.
import remarkSmartypants from 'remark-smartypants';
import { SKIP, visit } from 'unist-util-visit';

/** Elements whose text is literal: code, keys, program output, placeholders, preformatted text. */
export const LITERAL_ELEMENTS = new Set(['code', 'kbd', 'samp', 'var', 'pre']);

const isLiteralElement = (node) =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && LITERAL_ELEMENTS.has(node.name);

export default function remarkSmartypantsProse(options) {
  const smarten = remarkSmartypants(options);
  return (tree, file) => {
    // remark-smartypants leaves `inlineCode` nodes as they are; present literal text as one.
    const hidden = [];
    visit(tree, isLiteralElement, (element) => {
      visit(element, 'text', (text) => {
        text.type = 'inlineCode';
        hidden.push(text);
      });
      return SKIP;
    });
    smarten(tree, file);
    for (const text of hidden) text.type = 'text';
  };
}
