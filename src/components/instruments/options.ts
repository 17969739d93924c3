// The pickers several instruments share, labelled the same way everywhere. Browser-safe: it takes
// the slim catalog props (catalog-choices.ts) and imports no catalog itself.
import { formatNumber, kvCacheTypes, quantFormats, type KvCacheType } from '../../lib';

/** One entry of a SelectField. */
export interface SelectOption {
  value: string;
  label: string;
  /** The <optgroup> it is listed under. */
  group?: string;
}

/**
 * Every quant type with its effective bits per weight, in catalog order.
 * @example quantTypeOptions.find((o) => o.value === 'Q8_0')!.label // "Q8_0 — 8.5 bits/weight"
 */
export const quantTypeOptions: readonly SelectOption[] = quantFormats.map((q) => ({
  value: q.name,
  label: `${q.name} — ${formatNumber(q.bitsPerWeight, 3)} bits/weight`,
}));

/** The KV cache types the sizing instruments offer: llama.cpp's default and its two quantized ones. @example sizingKvTypes.map((t) => t.name) // ["f16", "q8_0", "q4_0"] */
export const sizingKvTypes: readonly KvCacheType[] = kvCacheTypes.filter((t) => ['f16', 'q8_0', 'q4_0'].includes(t.name));

/**
 * KV cache types with what each costs.
 * @example kvTypeOptionsOf(sizingKvTypes)[1]!.label // "q8_0 — 8-bit blocks: about half the memory"
 */
export function kvTypeOptionsOf(types: readonly KvCacheType[]): SelectOption[] {
  return types.map((t) => ({ value: t.name, label: `${t.name} — ${t.description}` }));
}

/**
 * Models grouped by family, labelled by `label` (the name by default).
 * @example modelOptionsOf([{ id: 'a', name: 'A 8B', family: 'A' }])[0] // { value: 'a', label: 'A 8B', group: 'A' }
 */
export function modelOptionsOf<M extends { id: string; name: string; family: string }>(
  models: readonly M[],
  label: (m: M) => string = (m) => m.name,
): SelectOption[] {
  return models.map((m) => ({ value: m.id, label: label(m), group: m.family }));
}

/**
 * A device's name as a picker shows it: system RAM listed under "CPU (system RAM)" drops the
 * machine class ("Server, "), CPU nicknames and "one socket", so no option is cut in a select.
 * @example pickerDeviceName({ name: 'Server, 12-channel DDR5-6400 (Xeon 6 6900P "Granite Rapids", one socket, 768 GB)', vendor: 'generic' }) // "12-channel DDR5-6400 (Xeon 6 6900P, 768 GB)"
 */
export function pickerDeviceName(d: { name: string; vendor: string }): string {
  if (d.vendor !== 'generic') return d.name;
  return d.name
    .replace(/^(Desktop|Workstation|Server), /, '')
    .replace(/ "[^"]*"/g, '')
    .replace(/, one socket/, '');
}

/**
 * Devices grouped by vendor (system RAM under "CPU (system RAM)"), labelled by `label` (`pickerDeviceName` by default).
 * @example deviceOptionsOf([{ id: 'd', name: 'DDR5', vendor: 'generic' }])[0]!.group // "CPU (system RAM)"
 */
export function deviceOptionsOf<D extends { id: string; name: string; vendor: string }>(
  devices: readonly D[],
  label: (d: D) => string = pickerDeviceName,
): SelectOption[] {
  return devices.map((d) => ({ value: d.id, label: label(d), group: d.vendor === 'generic' ? 'CPU (system RAM)' : d.vendor }));
}
