/**
 * The /models/ filter: size classes, the "fits in" memory sizes, the cards that carry both as
 * data attributes, and the stylesheet that filters them without JavaScript.
 */
import { gibToBytes, models, type Model } from '../../lib';
import { catalogBudget, DEFAULT_QUANT_FORMAT, footprintAt, modelHref } from './catalog';

/** A size class of the /models/ filter, by total parameters. */
export interface SizeClass {
  /** Used in element ids and data attributes. */
  readonly id: string;
  /** What the reader sees. */
  readonly label: string;
  /** Smallest total parameter count in the class (inclusive). */
  readonly minParams: number;
  /** Upper end (exclusive). */
  readonly maxParams: number;
}

/** Size classes by total parameters, smallest first; together they cover every count. */
export const sizeClasses: readonly SizeClass[] = [
  { id: 'under-10b', label: 'Under 10 B', minParams: 0, maxParams: 10e9 },
  { id: '10-40b', label: '10–40 B', minParams: 10e9, maxParams: 40e9 },
  { id: '40-150b', label: '40–150 B', minParams: 40e9, maxParams: 150e9 },
  { id: 'over-150b', label: '150 B and up', minParams: 150e9, maxParams: Infinity },
];

/** The size class of a parameter count. @example sizeClassOf(8e9).id // "under-10b" */
export function sizeClassOf(totalParams: number): SizeClass {
  const found = sizeClasses.find((c) => totalParams >= c.minParams && totalParams < c.maxParams);
  if (!found) throw new RangeError(`No size class for ${totalParams} parameters.`);
  return found;
}

/** Memory sizes of the "fits in" filter, in GiB: the marketed sizes of common cards and Macs. */
export const FIT_FILTER_GIB = [8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 512] as const;

/**
 * The filter sizes (GiB of usable memory, nothing to offload to) in which a model at Q4_K_M fits at the catalog workload.
 * @example fitFilterSizesGiB(requireModel('llama-3.1-8b'))[0] // 8
 */
export function fitFilterSizesGiB(model: Model): number[] {
  return FIT_FILTER_GIB.filter(
    (gib) => catalogBudget(model, DEFAULT_QUANT_FORMAT, { usableBytes: gibToBytes(gib), offloadBytes: 0 }).verdict === 'fits',
  );
}

/** One card of /models/. */
export interface ModelCard {
  readonly model: Model;
  readonly href: string;
  readonly sizeClass: SizeClass;
  /** Total memory at Q4_K_M and the catalog workload, in bytes. */
  readonly q4TotalBytes: number;
  /** `data-size`: the size class id and "all", space-separated (matched with `~=`). */
  readonly sizeTokens: string;
  /** `data-fits`: the filter sizes it fits in and "any", space-separated. */
  readonly fitTokens: string;
}

/** Cards of /models/, grouped by family in catalog order. @example modelCardsByFamily()[0].family // "Llama 3.2" */
export function modelCardsByFamily(list: readonly Model[] = models): { family: string; cards: ModelCard[] }[] {
  const groups = new Map<string, ModelCard[]>();
  for (const model of list) {
    const sizeClass = sizeClassOf(model.totalParams);
    const card: ModelCard = {
      model,
      href: modelHref(model.id),
      sizeClass,
      q4TotalBytes: footprintAt(model, DEFAULT_QUANT_FORMAT).totalBytes,
      sizeTokens: `all ${sizeClass.id}`,
      fitTokens: ['any', ...fitFilterSizesGiB(model).map(String)].join(' '),
    };
    groups.set(model.family, [...(groups.get(model.family) ?? []), card]);
  }
  return [...groups].map(([family, cards]) => ({ family, cards }));
}

/** Radio options of the /models/ filter: the value is what the cards' data attributes carry. */
export const filterOptions = {
  size: [{ value: 'all', label: 'Any size' }, ...sizeClasses.map((c) => ({ value: c.id, label: c.label }))],
  fits: [{ value: 'any', label: 'Any' }, ...FIT_FILTER_GIB.map((gib) => ({ value: String(gib), label: `${gib} GiB` }))],
} as const;

/** The id of a filter radio, shared by the page and the stylesheet. @example filterInputId('fits', '24') // "fits-24" */
export function filterInputId(group: keyof typeof filterOptions, value: string): string {
  return `${group}-${value}`;
}

/**
 * The stylesheet that makes the /models/ filter work without JavaScript: a checked radio hides
 * the cards whose data attribute lacks its value (`:has()`), then the families left empty, and
 * shows a message when nothing matches. Generated from `filterOptions`, so the two cannot drift.
 * @example modelFilterCss().includes('#size-all:checked') // true
 */
export function modelFilterCss(): string {
  const rules: string[] = [];
  const root = '.model-catalog';
  for (const { value } of filterOptions.size) {
    rules.push(`${root}:has(#${filterInputId('size', value)}:checked) .model-card:not([data-size~="${value}"]){display:none}`);
  }
  for (const { value } of filterOptions.fits) {
    rules.push(`${root}:has(#${filterInputId('fits', value)}:checked) .model-card:not([data-fits~="${value}"]){display:none}`);
  }
  for (const size of filterOptions.size) {
    for (const fits of filterOptions.fits) {
      const state = `${root}:has(#${filterInputId('size', size.value)}:checked):has(#${filterInputId('fits', fits.value)}:checked)`;
      const match = `.model-card[data-size~="${size.value}"][data-fits~="${fits.value}"]`;
      rules.push(`${state} .model-family:not(:has(${match})){display:none}`);
      rules.push(`${state}:not(:has(${match})) .no-match{display:block}`);
    }
  }
  return `/* Generated by modelFilterCss() in src/site/views/model-filter.ts. */\n${rules.join('\n')}\n`;
}
