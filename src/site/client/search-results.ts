// What a search result shows and where it leads, from Pagefind's result data: the section of the
// page the words were found in (so the link lands on its anchor), the page's kind, and an excerpt
// reduced to text and <mark>. Pure: no DOM, so it is unit-tested.

/** The part of Pagefind's result data the book reads. */
export interface PagefindData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results?: readonly {
    readonly title: string;
    readonly url: string;
    readonly excerpt: string;
    readonly weighted_locations?: readonly { readonly weight: number; readonly balanced_score: number }[];
  }[];
}

/** One result as the search list shows it. */
export interface SearchItem {
  readonly href: string;
  readonly title: string;
  /** The section heading the words were found under, when it is not the page itself. */
  readonly section: string | null;
  readonly kind: string;
  /** Safe HTML: text and <mark> only. */
  readonly excerpt: string;
}

/**
 * Keeps the text and <mark> of an excerpt and drops any other tag (Pagefind escapes the page text
 * itself, so only its own markup is left to filter).
 * @example safeExcerpt('a <mark>kv</mark> <b>c</b>') // "a <mark>kv</mark> c"
 */
export function safeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

const score = (sub: NonNullable<PagefindData['sub_results']>[number]) =>
  (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * The result item for one Pagefind result: the section where the words weigh most (its link lands
 * on the heading's anchor), or the page when they are not under a heading.
 * @example searchItem({ url: '/a/', excerpt: 'x', meta: { title: 'A', kind: 'Page' }, sub_results: [{ title: 'S', url: '/a/#s', excerpt: '<mark>y</mark>', weighted_locations: [{ weight: 1, balanced_score: 2 }] }] }) // { "href": "/a/#s", "title": "A", "section": "S", "kind": "Page", "excerpt": "<mark>y</mark>" }
 */
export function searchItem(data: PagefindData): SearchItem {
  const subs = data.sub_results ?? [];
  const best = subs.reduce<(typeof subs)[number] | undefined>((top, sub) => (!top || score(sub) > score(top) ? sub : top), undefined);
  const title = data.meta.title ?? data.url;
  const atTop = !best || best.url === data.url || !best.url.includes('#');
  return {
    href: best?.url ?? data.url,
    title,
    section: atTop || best.title === title ? null : best.title,
    kind: data.meta.kind ?? 'Page',
    excerpt: safeExcerpt(best?.excerpt || data.excerpt),
  };
}
