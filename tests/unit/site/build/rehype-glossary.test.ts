import { describe, expect, it } from 'vitest';
import rehypeGlossary, { termMatcher } from '../../../../src/site/build/rehype-glossary.mjs';

type Node = { type: string; tagName?: string; name?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[], properties: Record<string, unknown> = {}): Node => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const jsx = (name: string, children: Node[]): Node => ({ type: 'mdxJsxFlowElement', name, children });
const expr = (): Node => ({ type: 'mdxTextExpression', value: 'x' });

const terms = [
  { id: 'kv-cache', aliases: ['KV cache'], short: 'Keys and values of past tokens.' },
  { id: 'cache', aliases: ['cache'], short: 'A store.' },
  { id: 'mla', aliases: ['multi-head latent attention', 'MLA'], short: 'Latent attention.' },
  { id: 'decode', aliases: ['decode', 'decoding'], short: 'One token at a time.', scope: 'chapter' as const },
  { id: 'gib', aliases: ['GiB'], short: 'Gibibyte.', unit: true },
];

function run(children: Node[]) {
  const tree: Node = { type: 'root', children };
  const file = { path: 'test.mdx', data: {} as { astro?: { frontmatter?: { glossary?: unknown[] } } } };
  rehypeGlossary({ terms })(tree, file);
  return { tree, uses: file.data.astro!.frontmatter!.glossary! };
}

/** The term ids linked in a tree, in order. */
function links(node: Node): string[] {
  if (node.type === 'element' && node.tagName === 'a' && (node.properties?.className as string[] | undefined)?.includes('term-link')) {
    return [String(node.properties!.href).split('#')[1]!];
  }
  return (node.children ?? []).flatMap(links);
}

describe('rehype-glossary', () => {
  it('termMatcher(terms) prefers the longest alias and matches plurals and a capital first letter', () => {
    const { pattern, lookup } = termMatcher(terms);
    const found = [...'KV caches, Decoding and the cache; mla is not MLA.'.matchAll(pattern)].map((m) => lookup(m[0]));
    expect(found).toEqual(['kv-cache', 'decode', 'cache', 'mla']);
  });

  it('rehypeGlossary links the first use of a term in each section, with its definition as a hidden tooltip', () => {
    const { tree, uses } = run([
      el('p', [text('The KV cache grows; the KV cache is read.')]),
      el('h2', [text('Next part')]),
      el('p', [text('A KV cache again, and MLA.')]),
    ]);
    expect(links(tree)).toEqual(['kv-cache', 'kv-cache', 'mla']);
    const term = tree.children![0]!.children![1]!;
    expect(term.properties!.className).toEqual(['term']);
    const [link, tip] = term.children!;
    expect(link!.properties).toMatchObject({ href: '/glossary/#kv-cache', ariaDescribedBy: tip!.properties!.id });
    expect(tip!.properties).toMatchObject({ role: 'tooltip', hidden: true, dataPagefindIgnore: true });
    expect(tip!.children![0]!.value).toBe('Keys and values of past tokens.');
    expect(tree.children![0]!.children!.map((n) => n.value ?? '(term)')).toEqual(['The ', '(term)', ' grows; the KV cache is read.']);
    expect(tree.children![1]!.properties!.id).toBe('next-part');
    expect(uses).toEqual([
      { id: 'kv-cache', section: '', linked: true },
      { id: 'kv-cache', section: 'next-part', linked: true },
      { id: 'mla', section: 'next-part', linked: true },
    ]);
  });

  it('rehypeGlossary never links inside code, math, headings, tables, links or prose components', () => {
    const { tree } = run([
      el('h2', [text('About the KV cache')]),
      el('p', [
        el('code', [text('KV cache')]),
        el('span', [text('MLA')], { className: ['katex'] }),
        el('a', [text('MLA')], { href: '/x/' }),
      ]),
      el('table', [el('tr', [el('td', [text('KV cache')])])]),
      jsx('Tex', [text('MLA')]),
      jsx('Takeaway', [el('p', [text('The KV cache, in a takeaway.')])]),
    ]);
    expect(links(tree)).toEqual(['kv-cache']);
  });

  it('rehypeGlossary marks a term defined in <strong> instead of linking it, and does not link it again in that section', () => {
    const { tree, uses } = run([el('p', [el('strong', [text('KV cache')]), text(': the KV cache holds keys.')])]);
    expect(links(tree)).toEqual([]);
    expect(tree.children![0]!.children![0]!.properties!.dataTerm).toBe('kv-cache');
    expect(uses).toEqual([{ id: 'kv-cache', section: '', linked: false }]);
  });

  it('rehypeGlossary links a chapter-scoped term once per chapter, and a unit only where it is not a measurement', () => {
    const { tree } = run([
      el('p', [text('Decode first.')]),
      el('h2', [text('Two')]),
      el('p', [text('Decoding again; 24 GiB; '), expr(), text(' GiB; one GiB is a unit.')]),
    ]);
    expect(links(tree)).toEqual(['decode', 'gib']);
    const last = tree.children![2]!.children!;
    expect(last.at(-2)!.children![0]!.children![0]!.value).toBe('GiB');
  });

  it('rehypeGlossary fails on a hand-written link to a term that does not exist', () => {
    expect(() => run([el('p', [el('a', [text('ridge')], { href: '/glossary/#ridge' })])])).toThrow(/test\.mdx.*no term "ridge"/);
    expect(() => run([el('p', [el('a', [text('MLA')], { href: '/glossary/#mla' })])])).not.toThrow();
  });
});
