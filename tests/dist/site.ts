// The production build as data, for the checks over dist/ and for generating the browser tests:
// every file by the URL a browser requests, every page parsed once by parse5 (a real HTML parser,
// so attributes come decoded and comments or scripts never pass for markup), and what is on a page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { attr, elements, parseHtml } from '../../scripts/built-html.mjs';

export { attr, elements, textOf } from '../../scripts/built-html.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document | DefaultTreeAdapterTypes.DocumentFragment;

/** A built page: its URL path, its HTML and, parsed on first use, its document. */
export interface BuiltPage {
  readonly path: string;
  readonly html: string;
  readonly document: DefaultTreeAdapterTypes.Document;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The URL path a browser requests for a file in dist/: `chapters/x/index.html` → `/chapters/x/`. */
export function urlPathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/** The file in dist/ that URL path `path` serves. */
export function fileOf(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

/** Every file in dist/, as the URL path a browser would request. */
export function builtFiles(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: run npm run build first`);
  return walk(DIST).map(urlPathOf).sort();
}

let pagesCache: BuiltPage[] | undefined;

/** Every HTML page in dist/, as the URL path a reader would open, in path order. */
export function builtPages(): BuiltPage[] {
  pagesCache ??= builtFiles()
    .filter((path) => path.endsWith('/') || path.endsWith('.html'))
    .map((path) => {
      const html = readFileSync(fileOf(path), 'utf8');
      let document: DefaultTreeAdapterTypes.Document | undefined;
      return {
        path,
        html,
        get document() {
          return (document ??= parseHtml(html));
        },
      };
    });
  return pagesCache;
}

/** Elements under `root` with tag `tag` (or any tag: '*') that have attribute `name` (if given). */
export function select(root: Node, tag: string, name?: string): Element[] {
  return [...elements(root)].filter((el) => (tag === '*' || el.tagName === tag) && (name === undefined || attr(el, name) !== undefined));
}

/** Whether element `el` has class `name`. */
export function hasClass(el: Element, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

/** Every id on a page, in document order (duplicates kept). */
export function idsIn(page: BuiltPage): string[] {
  return select(page.document, '*', 'id').map((el) => attr(el, 'id')!);
}

/** Instruments (namespaces) present on a page, in document order. */
export function instrumentsIn(page: BuiltPage): string[] {
  return select(page.document, 'figure', 'data-instrument').map((el) => attr(el, 'data-instrument')!);
}

/** Whether a page has an island (an interactive component the browser hydrates). */
export function hasIslands(page: BuiltPage): boolean {
  return select(page.document, 'astro-island').length > 0;
}

/**
 * The page's template: chapters stand for themselves (each is different prose, instruments and
 * exercises); a page one level under a section (`/models/<id>/`) stands for its siblings, which are
 * the same template over other catalog data; index pages and the 404 are their own.
 */
export function templateOf(path: string): string {
  const deep = path.split('/').filter(Boolean).length >= 2;
  return path.startsWith('/chapters/') || !deep ? path : path.replace(/[^/]+\/$/, '*/');
}

/** One page per template (the first in path order), and every chapter: what the browser checks page by page. */
export function templatePages(): BuiltPage[] {
  const seen = new Set<string>();
  return builtPages().filter((page) => {
    const template = templateOf(page.path);
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}

/**
 * The instruments to drive, as (page, namespace) pairs: every instrument on every chapter, and on
 * other pages built from one template the first page that has it — the other pages run the same
 * component with other data.
 */
export function instrumentCases(): { path: string; ns: string }[] {
  const seen = new Set<string>();
  return builtPages().flatMap((page) =>
    instrumentsIn(page).flatMap((ns) => {
      const key = `${templateOf(page.path)} ${ns}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ path: page.path, ns }];
    }),
  );
}

/** What one exercise expects, as its markup carries it (data-expect, computed at build time). */
export type QuizCase =
  | {
      readonly id: string;
      readonly kind: 'numeric';
      readonly expect: { value: number; kind: 'bytes' | 'number'; unit?: string; tolerance?: number; label?: string };
    }
  | { readonly id: string; readonly kind: 'choice'; readonly expect: { correct: number }; readonly options: number };

/** Every exercise on a page. */
export function quizzesIn(page: BuiltPage): QuizCase[] {
  return select(page.document, '*', 'data-quiz').map((el) => {
    const id = attr(el, 'data-quiz')!;
    const expectation = JSON.parse(attr(el, 'data-expect')!);
    if (attr(el, 'data-kind') === 'numeric') return { id, kind: 'numeric', expect: expectation };
    const options = select(page.document, 'input').filter((input) => attr(input, 'name') === `quiz-${id}`).length;
    return { id, kind: 'choice', expect: expectation, options };
  });
}

/** Ids of the numbered equations on a page, in page order. */
export function equationsIn(page: BuiltPage): string[] {
  return select(page.document, 'figure', 'id')
    .filter((el) => hasClass(el, 'equation') && attr(el, 'id')!.startsWith('eq-'))
    .map((el) => attr(el, 'id')!);
}
