// Helpers shared by the browser tests: the built pages and what is on them (read from dist/,
// never hand-listed), a page probe that records console errors and off-origin requests, and a
// fast axe run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** A built page: its URL path and its HTML. */
export interface BuiltPage {
  readonly path: string;
  readonly html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every file in dist/, as the URL path a browser would request (`/chapters/x/` for its index.html). */
export function builtFiles(): string[] {
  return walk(DIST).map((file) => {
    const rel = relative(DIST, file).split(sep).join('/');
    return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
  });
}

let pagesCache: BuiltPage[] | undefined;

/** Every HTML page in dist/, as the URL path a reader would open. */
export function builtPages(): BuiltPage[] {
  pagesCache ??= builtFiles()
    .filter((path) => path.endsWith('/') || path.endsWith('.html'))
    .map((path) => ({ path, html: readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return pagesCache;
}

/** Instruments (namespaces) present in a built page's HTML. */
export function instrumentsIn(html: string): string[] {
  return [...html.matchAll(/data-instrument="([a-z0-9-]+)"/g)].map((m) => m[1]!);
}

/**
 * The instruments to drive, as (page, namespace) pairs: every instrument on every chapter, and on
 * other pages built from one template (/models/<id>/, /hardware/<id>/) the first page that has
 * it — the other pages run the same component with other data, and every island on every page
 * still hydrates under watch in layout.spec.ts.
 */
export function instrumentCases(): { path: string; ns: string }[] {
  const seen = new Set<string>();
  return builtPages().flatMap(({ path, html }) =>
    instrumentsIn(html).flatMap((ns) => {
      // /models/<id>/ → /models/*/; chapters and section index pages stand for themselves.
      const deep = path.split('/').filter(Boolean).length >= 2;
      const template = path.startsWith('/chapters/') || !deep ? path : path.replace(/[^/]+\/$/, '*/');
      const key = `${template} ${ns}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ path, ns }];
    }),
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML attribute value may hold. */
export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The attributes of every start tag in `html` that has attribute `name`. */
export function tagsWith(html: string, name: string): Record<string, string>[] {
  const tags: Record<string, string>[] = [];
  for (const tag of html.matchAll(new RegExp(`<[a-z][\\w-]*\\s[^>]*\\b${name}(?:=|[\\s>])[^>]*>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const m of tag[0].matchAll(/([^\s=<>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      if (m.index === 0) continue; // the tag name
      attrs[m[1]!.toLowerCase()] = decodeHtml(m[2] ?? m[3] ?? m[4] ?? '');
    }
    tags.push(attrs);
  }
  return tags;
}

/** What one exercise expects, as its markup carries it (data-expect, computed at build time). */
export type QuizCase =
  | {
      readonly id: string;
      readonly kind: 'numeric';
      readonly expect: { value: number; kind: 'bytes' | 'number'; unit?: string; tolerance?: number; label?: string };
    }
  | { readonly id: string; readonly kind: 'choice'; readonly expect: { correct: number }; readonly options: number };

/** Every exercise in a built page's HTML. */
export function quizzesIn(html: string): QuizCase[] {
  return tagsWith(html, 'data-quiz').map((attrs) => {
    const id = attrs['data-quiz']!;
    const expectation = JSON.parse(attrs['data-expect']!);
    if (attrs['data-kind'] === 'numeric') return { id, kind: 'numeric', expect: expectation };
    const options = [...html.matchAll(new RegExp(`name="quiz-${id}"`, 'g'))].length;
    return { id, kind: 'choice', expect: expectation, options };
  });
}

/** Every id in a built page's HTML. */
export function idsIn(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeHtml(m[1]!));
}

/** Records console errors, page errors and requests to any origin other than the site's. */
export function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`off-origin request: ${request.url()}`);
  });
  return problems;
}

/** Waits until every island on the page has hydrated (Astro removes the `ssr` attribute). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 20_000 });
}

/** Waits until the island holding instrument `ns` has hydrated (Astro removes its `ssr` attribute). */
export async function instrumentHydrated(page: Page, ns: string): Promise<Locator> {
  await expect(page.locator(`astro-island:has(figure[data-instrument="${ns}"])`)).not.toHaveAttribute('ssr', /.*/, { timeout: 20_000 });
  return page.locator(`figure[data-instrument="${ns}"]`);
}

/** Opens `url`, scrolls instrument `ns` into view (which hydrates it) and waits until it has hydrated. */
export async function openInstrument(page: Page, url: string, ns: string): Promise<Locator> {
  await page.goto(url);
  await page.locator(`figure[data-instrument="${ns}"]`).scrollIntoViewIfNeeded();
  return instrumentHydrated(page, ns);
}

/** Scrolls through the whole page so every `client:linked` island becomes visible and hydrates. */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) {
    // <astro-island> is display: contents; scroll its first child into view.
    await islands.nth(i).locator('> *').first().scrollIntoViewIfNeeded();
  }
  await waitForHydration(page);
}

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js', {
    paths: [createRequire(import.meta.url).resolve('@axe-core/playwright')],
  }),
  'utf8',
);

/**
 * WCAG 2.1 AA violations on the page as it is now, one line each. Runs axe-core directly in the
 * page, injected once: @axe-core/playwright re-injects axe and opens a helper page on every call,
 * which costs ~1.5 s a call and would dominate a suite that checks every page twice. Our pages
 * have no frames (checked here), which is all that helper page is for.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  expect(page.frames(), 'axe runs in the top frame only; a page with frames needs @axe-core/playwright').toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, WCAG_AA);
}
