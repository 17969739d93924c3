// One notation for the whole book, enforced: every symbol a chapter writes in math ($…$, $$…$$)
// must be declared in src/lib/core/notation.ts, where each TeX spelling has one meaning — so a
// chapter that needs a new symbol adds it there, and cannot quietly give an old one a second
// meaning without the notation index showing it. The symbols a chapter uses and the ones its
// <Notation only={[…]} /> table lists go to the frontmatter (`notation`), for the notation index.
import { visit } from 'unist-util-visit';
import { canonicalTex, symbolsUsed, undeclaredSymbols } from './tex-symbols.mjs';

/** The strings of an `only={['a', 'b']}` attribute, read from its parsed expression. */
function onlyList(node, where) {
  const attr = node.attributes?.find((a) => a.name === 'only');
  if (!attr) return null;
  const expression = attr.value?.data?.estree?.body?.[0]?.expression;
  if (expression?.type !== 'ArrayExpression' || !expression.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string')) {
    throw new Error(`${where}: <Notation only={…}> must be an array of TeX strings.`);
  }
  return expression.elements.map((e) => e.value);
}

/**
 * Remark plugin. Option `symbols`: the TeX of every declared symbol.
 * @param {{ symbols: readonly string[] }} options
 */
export default function remarkNotation({ symbols }) {
  const declared = new Set(symbols.map(canonicalTex));
  return (tree, file) => {
    const where = file.path ?? 'a chapter';
    const used = [];
    const tables = [];
    const undeclared = [];
    visit(tree, (node) => {
      if (node.type === 'inlineMath' || node.type === 'math') {
        for (const key of undeclaredSymbols(node.value, declared)) if (!undeclared.includes(key)) undeclared.push(key);
        for (const key of symbolsUsed(node.value, declared)) if (!used.includes(key)) used.push(key);
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Notation') {
        const only = onlyList(node, where);
        if (only) tables.push(...only.map(canonicalTex));
      }
    });
    if (undeclared.length > 0) {
      throw new Error(
        `${where}: ${undeclared.map((k) => `$${k}$`).join(', ')} ${undeclared.length === 1 ? 'is' : 'are'} not in src/lib/core/notation.ts. Declare each symbol there once, with its meaning and unit (a symbol may mean one thing only).`,
      );
    }
    const frontmatter = (file.data.astro ??= {}).frontmatter ?? (file.data.astro.frontmatter = {});
    frontmatter.notation = { used, tables };
  };
}
