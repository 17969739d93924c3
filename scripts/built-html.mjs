// Reading built pages with real parsers, shared by `npm run bench` and the checks over dist/:
// parse5 for HTML (attributes come decoded; comments and script text never pass for markup) and
// es-module-lexer for the imports of an ES module (static ones load with it, dynamic ones later).
import { init, parse as parseModule } from 'es-module-lexer';
import { parse } from 'parse5';

await init;

/** Parses a whole HTML document. */
export const parseHtml = (html) => parse(html);

const isElement = (node) => 'tagName' in node;

/** Every element under `root` in document order, including those inside <template>. */
export function* elements(root) {
  const children = isElement(root) && root.tagName === 'template' ? root.content.childNodes : (root.childNodes ?? []);
  for (const child of children) {
    if (isElement(child)) yield child;
    yield* elements(child);
  }
}

/** The value of attribute `name` as the browser reads it, or undefined. */
export function attr(el, name) {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text of a node, as textContent gives it. */
export function textOf(node) {
  if (node.nodeName === '#text') return node.value;
  return (node.childNodes ?? []).map(textOf).join('');
}

/** Script types a browser executes; JSON and other data blocks are not JavaScript. */
function isExecutable(type) {
  return type === undefined || type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);
}

const ISLAND_URLS = ['component-url', 'renderer-url', 'before-hydration-url'];

/**
 * What a page asks the browser to load, from its parsed document: script URLs fetched on load
 * (<script src>, modulepreload, islands with client:load), inline scripts, each deferred island
 * (its directive, props and the URLs it fetches when it hydrates), stylesheets and inline styles.
 */
export function pageLoads(document) {
  const loads = { scripts: [], inlineScripts: [], islands: [], stylesheets: [], inlineStyles: [] };
  for (const el of elements(document)) {
    if (el.tagName === 'script' && isExecutable(attr(el, 'type'))) {
      const src = attr(el, 'src');
      if (src !== undefined) loads.scripts.push(src);
      else if (textOf(el).trim()) loads.inlineScripts.push({ code: textOf(el), module: attr(el, 'type') === 'module' });
    } else if (el.tagName === 'link' && attr(el, 'href')) {
      const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet')) loads.stylesheets.push(attr(el, 'href'));
      if (rel.includes('modulepreload')) loads.scripts.push(attr(el, 'href'));
    } else if (el.tagName === 'style') {
      loads.inlineStyles.push(textOf(el));
    } else if (el.tagName === 'astro-island') {
      const urls = ISLAND_URLS.map((name) => attr(el, name)).filter(Boolean);
      const client = attr(el, 'client') ?? '';
      // client:load hydrates at once: its code is part of the first load.
      if (client === 'load') loads.scripts.push(...urls);
      else loads.islands.push({ client, props: attr(el, 'props') ?? '{}', componentUrl: attr(el, 'component-url'), urls });
    }
  }
  return loads;
}

/** Specifiers an ES module imports: `static` ones load with it, `dynamic` ones (`import("…")`) only when that line runs. */
export function importsOf(code) {
  const [imports] = parseModule(code);
  const out = { static: [], dynamic: [] };
  for (const imp of imports) {
    if (imp.n === undefined) continue; // import.meta, or import() of a computed specifier
    if (imp.d === -1) out.static.push(imp.n);
    else if (imp.d >= 0) out.dynamic.push(imp.n);
  }
  return out;
}
