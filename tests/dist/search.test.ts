// Search in the build: the index exists, every page but the glossary (indexed entry by entry), the
// search page and the 404 is indexed with its kind, the only search code a page loads up front is
// the ≤ 1 kB loader, and the CSP lets Pagefind compile its WebAssembly and nothing more.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { pageLoads } from '../../scripts/built-html.mjs';
import { DIST, attr, builtPages, select } from './site';

const pages = builtPages();
/** Parsing every page takes seconds on a busy machine; the first test to read them pays for it. */
const PARSE_ALL = 30_000;
const UNINDEXED = ['/glossary/', '/search/', '/404.html'];

test(
  'the search index is in the build, without Pagefind’s unused UIs',
  () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-entry.json');
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
    expect(existsSync(join(DIST, 'pagefind', 'fragment'))).toBe(true);
  },
  PARSE_ALL,
);

test(
  'every page but the glossary, the search page and the 404 is indexed, with its kind',
  () => {
    const problems: string[] = [];
    for (const page of pages) {
      const main = select(page.document, 'main')[0]!;
      const indexed = attr(main, 'data-pagefind-body') !== undefined;
      if (indexed === UNINDEXED.includes(page.path)) problems.push(`${page.path}: ${indexed ? 'indexed' : 'not indexed'}`);
      if (indexed && !/^kind:\S/.test(attr(main, 'data-pagefind-meta') ?? '')) problems.push(`${page.path}: no kind for search`);
    }
    expect(problems).toEqual([]);
  },
  PARSE_ALL,
);

test(
  'the only search code a page loads before search opens is a loader of at most 1 kB gzip',
  () => {
    const problems: string[] = [];
    for (const page of pages) {
      const loads = pageLoads(page.document);
      const loaders = loads.inlineScripts.filter((s: { code: string }) => s.code.includes('[data-search-open]'));
      if (loaders.length !== 1) problems.push(`${page.path}: ${loaders.length} search loaders`);
      else if (gzipSync(loaders[0]!.code).length > 1000)
        problems.push(`${page.path}: loader is ${gzipSync(loaders[0]!.code).length} B gzip`);
      const upFront = loads.scripts.filter((src: string) => /search-ui|pagefind/.test(src));
      if (upFront.length) problems.push(`${page.path} loads ${upFront.join(', ')} up front`);
    }
    expect(problems).toEqual([]);
  },
  PARSE_ALL,
);

test(
  'the CSP allows WebAssembly compilation for search and never eval',
  () => {
    for (const page of pages) {
      const csp = attr(
        select(page.document, 'meta').find((m) => attr(m, 'http-equiv') === 'content-security-policy')!,
        'content',
      )!;
      const script = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(script, page.path).toContain("'wasm-unsafe-eval'");
      expect(script, page.path).not.toMatch(/'unsafe-eval'/);
    }
  },
  PARSE_ALL,
);
