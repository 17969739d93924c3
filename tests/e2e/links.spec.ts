// Every internal link and anchor on every built page resolves: an href="/…" names a built page or
// file, and its #fragment (or a same-page href="#…") names an id on that page. Ids are unique per
// page. Read from dist/, so no browser is needed.
import { expect, test } from '@playwright/test';
import { builtFiles, builtPages, idsIn, tagsWith } from './site';

const pages = builtPages();
const files = new Set(builtFiles());
const idsByPage = new Map(pages.map(({ path, html }) => [path, new Set(idsIn(html))]));
const BASE = 'http://site.invalid';

/** Why an internal href does not resolve from `from`, or null when it does. */
function brokenReason(href: string, from: string): string | null {
  if (href === '#') return 'an empty fragment';
  const url = new URL(href, BASE + from);
  if (url.origin !== BASE) return null; // another site: not ours to check
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

test('pages are found in the build', () => {
  expect(pages.length).toBeGreaterThan(2);
});

for (const { path, html } of pages) {
  test(`${path}: every internal link and anchor resolves`, () => {
    const hrefs = tagsWith(html, 'href')
      .map((attrs) => attrs.href)
      .filter((href): href is string => href !== undefined && (href.startsWith('/') || href.startsWith('#')));
    const broken = [...new Set(hrefs)].flatMap((href) => {
      const reason = brokenReason(href, path);
      return reason ? [`${href}: ${reason}`] : [];
    });
    expect(broken).toEqual([]);
  });

  test(`${path}: ids are unique`, () => {
    const seen = new Set<string>();
    const duplicates = idsIn(html).filter((id) => seen.size === seen.add(id).size);
    expect(duplicates).toEqual([]);
  });
}
