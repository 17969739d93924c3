// The only search code a page loads before the reader asks for it: it opens the search dialog on
// the header's search box or on `/`, fetching the search code (and through it the index) then.
// It marks the moment (`search:open`) so the time to the first results can be measured.
import searchUiUrl from 'virtual:lazy/src/site/client/search-ui.ts';

type SearchUi = typeof import('./search-ui');
let ui: Promise<SearchUi> | undefined;
// By URL, so Vite adds no preload helper (src/site/build/lazy-chunk.mjs).
const load = () => (ui ??= import(/* @vite-ignore */ searchUiUrl) as Promise<SearchUi>);

function open(event: Event | null, query = ''): void {
  event?.preventDefault();
  performance.mark('search:open');
  void load().then((m) => m.openSearch(query));
}

const button = document.querySelector<HTMLAnchorElement>('[data-search-open]');
button?.addEventListener('click', (event) => open(event));
// Warm up on intent: a pointer over the box or focus on it starts fetching the code.
button?.addEventListener('pointerenter', load, { once: true });
button?.addEventListener('focus', load, { once: true });

addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  open(event);
});

// /search/?q=… opens with the query (also what the search page's form submits).
if (location.pathname === '/search/') open(null, new URLSearchParams(location.search).get('q') ?? '');
