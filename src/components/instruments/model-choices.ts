// The server hands an island only the catalog fields its picker needs, as props, so the browser
// never downloads the full model catalog (configs, sources, notes: ~8 kB gzip and growing).
import { models, type Model } from '../../lib';

/** What a model picker needs of a catalog model. */
export type ModelChoice = Pick<Model, 'id' | 'name' | 'family' | 'totalParams' | 'activeParams'>;

/**
 * The catalog slimmed for an island's props, in catalog order.
 * @example modelChoices()[0] // { id: 'llama-3.2-1b', name: 'Llama 3.2 1B', family: 'Llama 3.2', totalParams: 1.23e9, activeParams: 1.23e9 }
 */
export function modelChoices(list: readonly Model[] = models): ModelChoice[] {
  return list.map(({ id, name, family, totalParams, activeParams }) => ({ id, name, family, totalParams, activeParams }));
}
