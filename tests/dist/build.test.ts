// Everything about the production build that needs no browser, read from dist/ with real parsers
// (parse5, es-module-lexer) after `npm run build`. Each test walks every page or file and reports
// every failure at once, the way Observable Plot's docs test reports every broken anchor.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hardware, models } from '../../src/lib';
import { importsOf, pageLoads, textOf } from '../../scripts/built-html.mjs';
import { attr, builtFiles, builtPages, elements, fileOf, hasClass, hasIslands, idsIn, select } from './site';

const pages = builtPages();
const files = new Set(builtFiles());
const byPath = new Map(pages.map((page) => [page.path, page]));
const idsByPage = new Map(pages.map((page) => [page.path, new Set(idsIn(page))]));
const BASE = 'http://site.invalid';

/** The URL path `ref` names when it is on this site, or null for another site (or a data: URL). */
function localPath(ref: string, from: string): URL | null {
  const url = new URL(ref, BASE + from);
  return url.origin === BASE ? url : null;
}

/** Why `ref` (an href or src on page `from`) does not resolve, or null when it does. */
function brokenReason(ref: string, from: string): string | null {
  if (ref === '#') return 'an empty fragment';
  const url = localPath(ref, from);
  if (!url) return null; // another site: a link the reader follows, not ours to check
  const path = decodeURIComponent(url.pathname);
  if (!files.has(path)) {
    return files.has(`${path}/`) ? `no page at ${path} (the page is ${path}/)` : `no page or file at ${path}`;
  }
  if (!url.hash) return null;
  const ids = idsByPage.get(path);
  if (!ids) return `${path} is not a page, so it has no #${url.hash.slice(1)}`;
  const id = decodeURIComponent(url.hash.slice(1));
  return ids.has(id) ? null : `no id "${id}" on ${path}`;
}

/** Attributes whose value is a URL the page links to or loads. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'data', 'poster', 'component-url', 'renderer-url', 'before-hydration-url'];
/** Attributes whose value is a list of ids on the same page. */
const IDREF_ATTRIBUTES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'headers', 'list'];

const cssFiles = [...files].filter((path) => path.endsWith('.css'));
const jsFiles = [...files].filter((path) => path.endsWith('.js') || path.endsWith('.mjs'));
const read = (path: string) => readFileSync(fileOf(path), 'utf8');
/** `url(…)` references in a stylesheet (CSS, not HTML: a pattern is enough). */
const cssUrls = (css: string) => [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)].map((m) => m[2]!);

test('the build has pages and files to check', () => {
  expect(pages.length).toBeGreaterThan(2);
  expect(jsFiles.length).toBeGreaterThan(0);
  expect(cssFiles.length).toBeGreaterThan(0);
});

test('every internal link, anchor, asset and id reference resolves, and no page repeats an id', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const ids = idsByPage.get(page.path)!;
    for (const el of elements(page.document)) {
      for (const name of URL_ATTRIBUTES) {
        const ref = attr(el, name);
        if (ref === undefined || (name === 'data' && el.tagName !== 'object')) continue;
        const reason = brokenReason(ref, page.path);
        if (reason) problems.push(`${page.path}: <${el.tagName} ${name}="${ref}">: ${reason}`);
      }
      for (const name of IDREF_ATTRIBUTES) {
        for (const id of (attr(el, name) ?? '').split(/\s+/).filter(Boolean)) {
          if (!ids.has(id)) problems.push(`${page.path}: <${el.tagName} ${name}="${attr(el, name)}">: no id "${id}" on the page`);
        }
      }
    }
    const seen = new Set<string>();
    for (const id of idsIn(page)) if (seen.size === seen.add(id).size) problems.push(`${page.path}: id "${id}" is used more than once`);
  }
  for (const path of cssFiles) {
    for (const ref of cssUrls(read(path))) {
      const reason = brokenReason(ref, path);
      if (reason) problems.push(`${path}: url(${ref}): ${reason}`);
    }
  }
  expect(problems).toEqual([]);
});

describe('every page', () => {
  test('has one h1, a title, a description, and no KaTeX error', () => {
    const problems = pages.flatMap(({ path, document }) => {
      const out: string[] = [];
      const h1 = select(document, 'h1').length;
      if (h1 !== 1) out.push(`${path}: ${h1} h1 elements`);
      if (!select(document, 'title').some((t) => textOf(t).trim())) out.push(`${path}: no title`);
      const description = select(document, 'meta').find((m) => attr(m, 'name') === 'description');
      if (!(description && attr(description, 'content')?.trim())) out.push(`${path}: no meta description`);
      for (const el of select(document, '*', 'class')) {
        if (hasClass(el, 'katex-error')) out.push(`${path}: KaTeX error "${attr(el, 'title') ?? textOf(el)}"`);
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  test('carries the Content Security Policy in a <meta> that allows exactly its own inline scripts and styles, by hash', () => {
    const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const problems = pages.flatMap(({ path, document }) => {
      const head = select(document, 'head')[0]!;
      const inHead = [...elements(head)];
      const meta = inHead.findIndex((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      if (meta < 0) return [`${path}: no CSP <meta>`];
      const out: string[] = [];
      // A policy applies only to what comes after it: no script file may load before it does.
      if (inHead.slice(0, meta).some((el) => el.tagName === 'script' && attr(el, 'src') !== undefined))
        out.push(`${path}: a script file loads before the CSP <meta>`);
      const policy = directives(attr(inHead[meta]!, 'content')!);
      if (!policy.get('default-src')?.includes("'self'")) out.push(`${path}: the CSP has no default-src 'self'`);
      for (const [directive, tag] of [
        ['script-src', 'script'],
        ['style-src', 'style'],
      ] as const) {
        const sources = policy.get(directive) ?? [];
        if (sources.includes("'unsafe-inline'")) out.push(`${path}: ${directive} allows 'unsafe-inline'`);
        const inline = new Set(
          select(document, tag)
            .filter((el) => attr(el, 'src') === undefined)
            .map((el) => hashOf(textOf(el))),
        );
        for (const hash of inline) if (!sources.includes(hash)) out.push(`${path}: an inline <${tag}> is not allowed by ${directive}`);
        for (const hash of sources.filter((s) => s.startsWith("'sha"))) {
          if (!inline.has(hash)) out.push(`${path}: ${directive} allows ${hash}, which no inline <${tag}> on the page has`);
        }
      }
      return out;
    });
    expect(problems).toEqual([]);
  });
});

/** A CSP string as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

test('the build has a page for every chapter folder, catalog model and device, and the indexes link to each', () => {
  const chapterSlugs = readdirSync(new URL('../../src/content/chapters/', import.meta.url))
    .filter((d) => /^\d+-/.test(d))
    .map((d) => d.replace(/^\d+-/, ''));
  const expected = [
    '/',
    '/404.html',
    '/models/',
    '/hardware/',
    ...chapterSlugs.map((slug) => `/chapters/${slug}/`),
    ...models.map((m) => `/models/${m.id}/`),
    ...hardware.map((d) => `/hardware/${d.id}/`),
  ];
  expect(expected.filter((path) => !byPath.has(path))).toEqual([]);
  const linksOn = (path: string) => new Set(select(byPath.get(path)!.document, 'a', 'href').map((a) => attr(a, 'href')));
  const missing = [
    ...chapterSlugs.filter((slug) => !linksOn('/').has(`/chapters/${slug}/`)).map((slug) => `/ does not link to /chapters/${slug}/`),
    ...models.filter((m) => !linksOn('/models/').has(`/models/${m.id}/`)).map((m) => `/models/ does not link to ${m.id}`),
    ...hardware.filter((d) => !linksOn('/hardware/').has(`/hardware/${d.id}/`)).map((d) => `/hardware/ does not link to ${d.id}`),
    ...['/', '/models/', '/hardware/'].flatMap((path) =>
      ['/models/', '/hardware/'].filter((href) => !linksOn(path).has(href)).map((href) => `${path} does not link to ${href}`),
    ),
  ];
  expect(missing).toEqual([]);
});

// ------------------------------------------------------------------ what the browser loads

/** Every JS file `refs` (URLs on page `from`) load, following static imports; dynamic imports are listed apart. */
function moduleGraph(refs: readonly string[], from: string) {
  const loaded = new Set<string>();
  const dynamic = new Set<string>();
  const visit = (ref: string, base: string) => {
    const url = localPath(ref, base);
    if (!url || loaded.has(url.pathname) || !files.has(url.pathname)) return;
    loaded.add(url.pathname);
    const imports = importsOf(read(url.pathname));
    for (const specifier of imports.static) visit(specifier, url.pathname);
    for (const specifier of imports.dynamic) {
      const target = localPath(specifier, url.pathname);
      if (target) dynamic.add(target.pathname);
    }
  };
  for (const ref of refs) visit(ref, from);
  return { loaded, dynamic };
}

/** Elements that make the browser fetch a URL, and the attributes that hold it. */
const RESOURCE_TAGS: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
};
/** `<link rel>` values that make the browser fetch the href (canonical, alternate and the like only name a URL). */
const FETCHING_RELS = ['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'manifest'];

/**
 * Absolute URLs a script may carry without fetching them: XML namespaces (`createElementNS`) and the
 * pages Svelte's error messages point to. Anything else must be a source the prose cites, which the
 * island renders as a link (checked against the links on the built pages). Pagefind resolves a
 * result's relative URL against a placeholder origin, `https://example.com${url}`, and strips it again.
 */
const INERT_URL =
  /^https?:\/\/(www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$|svelte\.dev\/e\/|example\.com\$\{)/;

test('nothing in the build loads from another site', () => {
  const problems: string[] = [];
  const isExternal = (ref: string, from: string) => !ref.startsWith('data:') && localPath(ref, from) === null;
  const citedLinks = new Set<string>();
  for (const page of pages) {
    for (const el of elements(page.document)) {
      if (el.tagName === 'a' && attr(el, 'href')) citedLinks.add(attr(el, 'href')!);
      const names =
        el.tagName === 'link'
          ? (attr(el, 'rel') ?? '').split(/\s+/).some((r) => FETCHING_RELS.includes(r))
            ? ['href']
            : []
          : RESOURCE_TAGS[el.tagName];
      for (const name of names ?? []) {
        const refs = (attr(el, name) ?? '').split(name === 'srcset' ? ',' : /$^/).map((r) => r.trim().split(/\s+/)[0]!);
        for (const ref of refs.filter(Boolean))
          if (isExternal(ref, page.path)) problems.push(`${page.path}: <${el.tagName} ${name}="${ref}">`);
      }
      const style = el.tagName === 'style' ? textOf(el) : (attr(el, 'style') ?? '');
      for (const ref of cssUrls(style)) if (isExternal(ref, page.path)) problems.push(`${page.path}: CSS url(${ref})`);
      if (el.tagName === 'script' && attr(el, 'src') === undefined) {
        for (const ref of textOf(el).match(/(https?:)?\/\/[\w.-]+\.[a-z]{2,}[^\s"'`)]*/g) ?? [])
          problems.push(`${page.path}: inline script names ${ref}`);
      }
    }
  }
  for (const path of cssFiles) {
    const css = read(path);
    for (const ref of cssUrls(css)) if (isExternal(ref, path)) problems.push(`${path}: url(${ref})`);
    for (const m of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g))
      if (isExternal(m[1]!, path)) problems.push(`${path}: @import ${m[1]}`);
  }
  for (const path of jsFiles) {
    for (const ref of read(path).match(/https?:\/\/[^\s"'`)\\]+/g) ?? []) {
      if (!INERT_URL.test(ref) && !citedLinks.has(ref)) problems.push(`${path}: ${ref}`);
    }
  }
  expect(problems).toEqual([]);
});

test('a page with no island ships no island script', () => {
  const islandPages = pages.filter(hasIslands);
  const staticPages = pages.filter((page) => !hasIslands(page));
  expect(islandPages.length, 'some page has an island').toBeGreaterThan(0);
  expect(
    staticPages.map((p) => p.path),
    'the 404 page is static',
  ).toContain('/404.html');
  // The island runtime: every island's component and the framework renderer with all they import.
  const runtime = new Set<string>();
  for (const page of islandPages) {
    for (const island of pageLoads(page.document).islands) for (const file of moduleGraph(island.urls, page.path).loaded) runtime.add(file);
  }
  const problems = staticPages.flatMap((page) => {
    const loads = pageLoads(page.document);
    const refs = [...loads.scripts, ...loads.inlineScripts.filter((s) => s.module).flatMap((s) => importsOf(s.code).static)];
    const shipped = [...moduleGraph(refs, page.path).loaded]
      .filter((file) => runtime.has(file))
      .map((file) => `${page.path} loads ${file}`);
    const inline = loads.inlineScripts.filter((s) => s.code.includes('astro-island')).map(() => `${page.path} defines <astro-island>`);
    return [...shipped, ...inline];
  });
  expect(problems).toEqual([]);
});

test('no island ships the catalogs, only the fields it is handed as props (the treeshake rule holds in every src/lib folder)', () => {
  // Provenance only the full catalog modules hold, never an island's slim props: a model's
  // Hugging Face repository, a device's reason for its usable share.
  const markers = [...models.map((m) => m.huggingFaceRepo), ...hardware.map((d) => d.usableMemoryReason)];
  const islands = pages.flatMap((page) => pageLoads(page.document).islands.map((island) => ({ page: page.path, island })));
  expect(islands.length).toBeGreaterThan(0);
  expect(
    islands.some(({ island }) => island.props === '{}'),
    'an island without props',
  ).toBe(true);
  const problems = new Set<string>();
  for (const { page, island } of islands) {
    for (const file of moduleGraph(island.urls, page).loaded) {
      const code = read(file);
      const found = markers.filter((marker) => code.includes(JSON.stringify(marker).slice(1, -1)));
      if (found.length) problems.add(`${island.componentUrl} loads ${file}, which holds catalog data ("${found[0]}"…)`);
    }
  }
  expect([...problems]).toEqual([]);
});

test('every text file a host may serve pre-compressed has .br and .gz twins that decompress to it', () => {
  const problems: string[] = [];
  const compressible = [...files].filter((path) => /\.(html|js|mjs|css|svg|json|xml|txt|webmanifest)$/.test(path) || path.endsWith('/'));
  for (const path of compressible) {
    const file = fileOf(path);
    const content = readFileSync(file);
    if (content.length < 1024) continue;
    for (const [suffix, decompress] of [
      ['.br', brotliDecompressSync],
      ['.gz', gunzipSync],
    ] as const) {
      if (!existsSync(file + suffix)) problems.push(`${path}: no ${suffix}`);
      else if (!decompress(readFileSync(file + suffix)).equals(content)) problems.push(`${path}${suffix} is not the file it stands for`);
    }
  }
  expect(compressible.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
