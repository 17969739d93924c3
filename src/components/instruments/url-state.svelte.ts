// Shared URL state for instruments: the state lives in the query string under the instrument's
// namespace, is read once on mount (with friendly notices for bad values) and written back with
// history.replaceState as the reader plays, so "Copy link" and a reload both restore it.
import { defaultState, readUrlState, writeUrlState, type Schema, type StateOf } from '../../lib/core/url-state';

/** How long the state must rest before the address bar is rewritten, ms. */
const SYNC_DELAY_MS = 150;

export class UrlState<S extends Schema> {
  /** The instrument's current state; bind controls to its fields. */
  value: StateOf<S> = $state() as StateOf<S>;
  /** Sentences about link parameters that were rejected. */
  notices: string[] = $state([]);
  readonly #schema: S;
  readonly #ns: string;
  #loaded = false;

  constructor(schema: S, ns: string) {
    this.#schema = schema;
    this.#ns = ns;
    this.value = defaultState(schema);
  }

  /**
   * Reads the URL (call once, in the browser, on mount). Scrolls to the instrument when the link
   * names it. `reconcile` lets an instrument whose fields depend on each other honour what the
   * link set (`given`) and explain what it could not use.
   */
  load(reconcile?: (state: StateOf<S>, given: ReadonlySet<string>) => { state: StateOf<S>; notices: string[] }): void {
    const url = new URL(window.location.href);
    const read = readUrlState(this.#schema, this.#ns, url.searchParams);
    const settled = reconcile ? reconcile(read.state, read.given) : { state: read.state, notices: [] };
    this.value = settled.state;
    this.notices = [...read.notices, ...settled.notices];
    this.#loaded = true;
    if (read.present && url.hash !== `#${this.#ns}`) {
      document.getElementById(this.#ns)?.scrollIntoView({ block: 'start' });
    }
  }

  /** The shareable link for the current state. */
  get link(): string {
    if (typeof window === 'undefined') return `#${this.#ns}`;
    const url = new URL(window.location.href);
    url.search = writeUrlState(this.#schema, this.#ns, this.value, url.searchParams).toString();
    url.hash = this.#ns;
    return url.toString();
  }

  /**
   * Writes the current state into the address bar without adding history entries, once the
   * state has rested for a moment: history.replaceState on every slider input cost a few ms of
   * each frame (and browsers throttle it). Reads `value` now, so an effect that calls it tracks it.
   */
  sync(): void {
    if (!this.#loaded) return;
    const state = $state.snapshot(this.value) as StateOf<S>;
    clearTimeout(this.#pending);
    this.#pending = setTimeout(() => this.#write(state), SYNC_DELAY_MS);
  }

  #pending: ReturnType<typeof setTimeout> | undefined;

  #write(state: StateOf<S>): void {
    const url = new URL(window.location.href);
    const search = writeUrlState(this.#schema, this.#ns, state, url.searchParams).toString();
    if (search === url.search.replace(/^\?/, '')) return;
    url.search = search;
    window.history.replaceState(window.history.state, '', url);
  }

  /** Back to the defaults. */
  reset(): void {
    this.value = defaultState(this.#schema);
    this.notices = [];
  }

  dismissNotices(): void {
    this.notices = [];
  }
}
