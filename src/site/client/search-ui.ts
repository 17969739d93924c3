// The search dialog, loaded only when the reader opens search (search-loader.ts). It runs Pagefind
// over the index built into /pagefind/ (same origin, so it works offline once cached), lists the
// results as links that land on the matching section, and is driven by keyboard: type, ↓/↑ to move
// through the results, Enter to follow one, Esc to close. `search:first-results` measures the time
// from `search:open` to the first results on screen.
import { searchItem, type PagefindData, type SearchItem } from './search-results';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

/** Where the build writes the index (src/site/build/search-index.mjs). */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Results listed, and how many of them to show before fetching the rest. */
const SHOWN = 8;
const FIRST = 3;

let engine: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  engine ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 22 });
    void pf.init();
    return pf;
  });
  return engine;
}

// The module loads when the reader points at or focuses the search box, or opens search: start
// fetching the engine, its WebAssembly and the index metadata now.
void pagefind();

let dialog: HTMLDialogElement | undefined;
let input: HTMLInputElement;
let list: HTMLOListElement;
let status: HTMLElement;
let latest = 0;
let measured = false;

/** A new element with a class and children. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}

function build(): HTMLDialogElement {
  const d = element('dialog', 'search-dialog');
  d.setAttribute('aria-label', 'Search the book');
  const form = element('form', 'search-form');
  form.setAttribute('role', 'search');
  input = element('input', 'search-input');
  Object.assign(input, { type: 'search', id: 'search-input', autocomplete: 'off', spellcheck: false });
  input.placeholder = 'Search chapters, glossary, models, hardware';
  input.setAttribute('aria-describedby', 'search-status');
  const label = element('label', 'visually-hidden', 'Search the book');
  label.htmlFor = 'search-input';
  const close = element('button', 'search-close button', 'Close');
  close.type = 'button';
  close.setAttribute('aria-keyshortcuts', 'Escape');
  form.append(label, input, close);
  status = element('p', 'search-status');
  status.id = 'search-status';
  status.setAttribute('role', 'status');
  list = element('ol', 'search-results');
  list.setAttribute('aria-label', 'Results');
  const help = element('p', 'search-help', '↓ ↑ to move through the results, Enter to open one, Esc to close.');
  d.append(form, status, list, help);

  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('a')?.click();
  });
  close.addEventListener('click', () => d.close());
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  d.addEventListener('click', (event) => {
    if (event.target === d) d.close();
  });
  d.addEventListener('keydown', onKey);
  // Following a result closes the dialog first, so a link to this same page still scrolls to it.
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) d.close();
  });
  document.body.append(d);
  return d;
}

function onKey(event: KeyboardEvent): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const move = (index: number) => {
    event.preventDefault();
    if (index < 0) input.focus();
    else links[Math.min(index, links.length - 1)]?.focus();
  };
  if (event.key === 'Escape') {
    // Closes at once, also from a search box with text in it (whose own Escape would clear it).
    event.preventDefault();
    dialog?.close();
  } else if (event.key === 'ArrowDown') move(at + 1);
  else if (event.key === 'ArrowUp' && at >= 0) move(at - 1);
  else if (event.key === 'Home' && at >= 0) move(0);
  else if (event.key === 'End' && at >= 0) move(links.length - 1);
  else if (at >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) input.focus(); // typing goes back to the box
}

function render(items: SearchItem[], query: string, total: number): void {
  list.replaceChildren(
    ...items.map((item) => {
      const title = element('span', 'search-title', item.title);
      if (item.section) title.append(element('span', 'search-section', ` › ${item.section}`));
      const excerpt = element('span', 'search-excerpt');
      excerpt.innerHTML = item.excerpt; // text and <mark> only (safeExcerpt)
      const link = element('a', '', element('span', 'search-kind', item.kind), title, excerpt);
      link.href = item.href;
      return element('li', '', link);
    }),
  );
  status.textContent =
    total === 0
      ? `No results for “${query}”.`
      : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > items.length ? `, the first ${items.length} shown` : ''}.`;
}

async function run(query: string): Promise<void> {
  const ticket = ++latest;
  const q = query.trim();
  if (!q) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  const pf = await pagefind();
  const found = await pf.search(q);
  if (!found || ticket !== latest) return;
  // Each result's text is its own file to fetch and inflate: show the first few as soon as they
  // are in, then the rest.
  const items: SearchItem[] = [];
  for (const batch of [found.results.slice(0, FIRST), found.results.slice(FIRST, SHOWN)]) {
    if (batch.length === 0 && items.length > 0) break;
    items.push(...(await Promise.all(batch.map((r) => r.data()))).map(searchItem));
    if (ticket !== latest) return;
    render(items, q, found.results.length);
    if (!measured && items.length > 0) {
      measured = true;
      if (performance.getEntriesByName('search:open').length > 0) performance.measure('search:first-results', 'search:open');
    }
  }
}

/** Opens the search dialog (built on first use), with `query` typed in. @example openSearch('kv cache') // undefined */
export function openSearch(query = ''): void {
  dialog ??= build();
  void pagefind();
  if (!dialog.open) dialog.showModal();
  if (query) input.value = query;
  input.focus();
  input.select();
  if (input.value) void run(input.value);
}
