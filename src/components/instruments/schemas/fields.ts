// Pieces every instrument's URL state is built from (schemas/*.ts). Each instrument imports only
// its own schema module, so an island never ships another instrument's defaults and data (the
// allocator's scenario, the throughput chart's measurements) through a shared chunk.
import { DEFAULT_QUANT, enumField, quantFormats } from '../../../lib';

/** Catalog entries as the islands get them (catalog-choices.ts): only what a schema reads. */
export type Ids = readonly { id: string }[];
export type Contexts = readonly { maxContextTokens: number }[];

/** The ids of a list. @example ids([{ id: 'a' }, { id: 'b' }]) // ["a", "b"] */
export const ids = (list: Ids) => list.map((entry) => entry.id);
/** The longest context of a list of models. @example longestContext([{ maxContextTokens: 4096 }, { maxContextTokens: 8192 }]) // 8192 */
export const longestContext = (list: Contexts) => Math.max(...list.map((m) => m.maxContextTokens));
/** A quant-type picker. @example quantField().default // "Q4_K_M" */
export const quantField = (label = 'Quant type', fallback: string = DEFAULT_QUANT) =>
  enumField({ label, values: quantFormats.map((q) => q.name), default: fallback });
/** A GB/GiB switch. @example sizeUnitField().default // "GB" */
export const sizeUnitField = () => enumField({ label: 'Unit', values: ['GB', 'GiB'] as const, default: 'GB' });

/** The value of the model and device pickers that switches to the size and memory sliders. */
export const CUSTOM = 'custom';
