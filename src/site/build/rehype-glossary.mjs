// Glossary links where terms are used. In every section of a chapter (the text under one <h2>),
// the first use of each glossary term becomes a link to its entry on /glossary/, followed by its
// one-sentence definition in a hidden tooltip the CSS shows on hover and focus (and a tiny script
// on tap): with JavaScript off it is a plain link. Chapters need no markup, so new chapters get
// the links too. Never inside code, math, headings, tables, existing links or prose components
// that render their own text (equations, citations). A term in <strong> is being defined right
// there: it is marked (data-term) but not linked. A link a chapter writes by hand to a term that
// does not exist fails the build. What was linked goes to the frontmatter (`glossary`), for the
// glossary page's "used in" lists.
import GithubSlugger from 'github-slugger';

/** Elements whose text is never linked. */
const SKIP_TAGS = new Set([
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'math',
  'button',
  'label',
  'summary',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** Prose components whose children are not running text (or that link themselves). */
const SKIP_COMPONENTS = new Set(['Tex', 'Equation', 'EqRef', 'Cite', 'CatalogLink', 'Notation', 'ScrollTable']);
/** Classes of rendered math. */
const SKIP_CLASSES = ['katex', 'katex-display', 'math', 'math-inline', 'math-display', 'term'];
const DEFINING = new Set(['strong', 'b']);
const HEADING = /^h[1-6]$/;

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The pattern that finds every alias of every term, longest first, on word boundaries, with an
 * optional plural "s". An alias with a capital letter matches exactly; an all-lower-case one also
 * matches with its first letter capitalised.
 * @param {readonly { id: string; aliases: readonly string[] }[]} terms
 * @returns {{ pattern: RegExp; lookup: (text: string) => string | undefined }}
 */
export function termMatcher(terms) {
  const exact = new Map();
  const folded = new Map();
  const sources = [];
  for (const term of terms) {
    for (const alias of term.aliases) {
      const lower = alias === alias.toLowerCase();
      (lower ? folded : exact).set(alias, term.id);
      const first = alias[0];
      const head = lower && /\p{L}/u.test(first) ? `[${first}${first.toUpperCase()}]` : escapeRegExp(first);
      const body = escapeRegExp(alias.slice(1)).replace(/ /g, '\\s+');
      sources.push({ length: alias.length, source: `${head}${body}${/\p{L}$/u.test(alias) ? 's?' : ''}` });
    }
  }
  sources.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sources.map((s) => s.source).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  const find = (text) => {
    const spaced = text.replace(/\s+/g, ' ');
    const uncapped = spaced[0].toLowerCase() + spaced.slice(1);
    return exact.get(spaced) ?? folded.get(uncapped);
  };
  const lookup = (text) => find(text) ?? (text.endsWith('s') ? find(text.slice(0, -1)) : undefined);
  return { pattern, lookup };
}

const classesOf = (node) => {
  const cls = node.properties?.className;
  return Array.isArray(cls) ? cls : typeof cls === 'string' ? cls.split(/\s+/) : [];
};

/** The text of a heading as Astro's heading ids read it (text and expressions, not elements' tags). */
function headingText(node) {
  let text = '';
  const walk = (n) => {
    for (const child of n.children ?? []) {
      if ((child.type === 'text' || child.type === 'raw' || child.type === 'mdxTextExpression') && 'value' in child) text += child.value;
      else walk(child);
    }
  };
  walk(node);
  return text;
}

/**
 * Rehype plugin. Options: `terms` (the glossary entries: id, aliases, short, scope, unit) and
 * `base` (the glossary page's path, default `/glossary/`).
 * @param {{ terms: readonly { id: string; aliases: readonly string[]; short: string; scope?: 'section' | 'chapter'; unit?: boolean }[]; base?: string }} options
 */
export default function rehypeGlossary({ terms, base = '/glossary/' }) {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const { pattern, lookup } = termMatcher(terms);

  return (tree, file) => {
    const where = file.path ?? 'a chapter';
    const slugger = new GithubSlugger();
    const usedInChapter = new Set();
    let usedInSection = new Set();
    let section = '';
    let tips = 0;
    const uses = [];

    const used = (id) => usedInSection.has(id) || (byId.get(id).scope === 'chapter' && usedInChapter.has(id));
    const use = (id, linked) => {
      usedInSection.add(id);
      usedInChapter.add(id);
      uses.push({ id, section, linked });
    };

    function linkFor(id, text) {
      const tipId = `gloss-${id}-${++tips}`;
      return {
        type: 'element',
        tagName: 'span',
        properties: { className: ['term'] },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `${base}#${id}`, className: ['term-link'], ariaDescribedBy: tipId },
            children: [{ type: 'text', value: text }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { id: tipId, role: 'tooltip', className: ['term-tip'], hidden: true, dataPagefindIgnore: true },
            children: [{ type: 'text', value: byId.get(id).short }],
          },
        ],
      };
    }

    /** Splits one text node into text and links; returns the nodes that replace it. */
    function linkText(node, previous, defining) {
      // `defining` is the <strong> the text is in, if any.
      const out = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        const id = lookup(match[0]);
        if (!id || used(id)) continue;
        const before = node.value.slice(0, match.index);
        const afterNumber = /\d[\d,.]*\s*$/.test(before) || (before.trim() === '' && previous?.type === 'mdxTextExpression');
        if (byId.get(id).unit && afterNumber) continue;
        use(id, !defining);
        if (defining) {
          const marked = defining.properties.dataTerm;
          defining.properties.dataTerm = marked ? `${marked} ${id}` : id;
          continue;
        }
        if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
        out.push(linkFor(id, match[0]));
        last = match.index + match[0].length;
      }
      if (last === 0) return [node];
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out;
    }

    function checkHandwrittenLink(node) {
      const href = node.type === 'element' ? node.properties?.href : node.attributes?.find((a) => a.name === 'href')?.value;
      if (typeof href !== 'string' || !href.startsWith(`${base}#`)) return;
      const id = decodeURIComponent(href.slice(base.length + 1));
      if (!byId.has(id)) throw new Error(`${where}: a link to ${href}, but the glossary has no term "${id}" (src/content/glossary.ts).`);
    }

    function walk(parent, defining) {
      const children = parent.children ?? [];
      const next = [];
      for (let i = 0; i < children.length; i++) {
        const node = children[i];
        if (node.type === 'text') {
          next.push(...linkText(node, children[i - 1], defining));
          continue;
        }
        next.push(node);
        const isElement = node.type === 'element';
        const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
        if (!isElement && !isJsx) continue;
        const name = isElement ? node.tagName : (node.name ?? '');
        if (name === 'a') checkHandwrittenLink(node);
        if (HEADING.test(name) && isElement) {
          node.properties ??= {};
          if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(headingText(node));
          if (name === 'h2') {
            section = node.properties.id;
            usedInSection = new Set();
          }
        }
        if (SKIP_TAGS.has(name) || SKIP_COMPONENTS.has(name) || classesOf(node).some((c) => SKIP_CLASSES.includes(c))) continue;
        walk(node, isElement && DEFINING.has(name) ? node : defining);
      }
      parent.children = next;
    }

    walk(tree, undefined);
    const frontmatter = (file.data.astro ??= {}).frontmatter ?? (file.data.astro.frontmatter = {});
    frontmatter.glossary = uses;
  };
}
