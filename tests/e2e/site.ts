// Helpers shared by the browser tests: the list of built pages (generated from dist/, never
// hand-listed) and a page probe that records console errors and off-origin requests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** A built page: its URL path and its HTML. */
export interface BuiltPage {
  readonly path: string;
  readonly html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : full.endsWith('.html') ? [full] : [];
  });
}

/** Every HTML page in dist/, as the URL path a reader would open. */
export function builtPages(): BuiltPage[] {
  return walk(DIST)
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Instruments (namespaces) present in a built page's HTML. */
export function instrumentsIn(html: string): string[] {
  return [...html.matchAll(/data-instrument="([a-z0-9-]+)"/g)].map((m) => m[1]!);
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

/** Opens `url` and waits until the instrument `ns` on it has hydrated; returns its figure. */
export async function openInstrument(page: Page, url: string, ns: string) {
  await page.goto(url);
  const figure = page.locator(`figure[data-instrument="${ns}"]`);
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction((name) => !document.querySelector(`astro-island:has(figure[data-instrument="${name}"])`)?.hasAttribute('ssr'), ns, { timeout: 20_000 });
  return figure;
}
