// The URL state of Will it fit? (fit).
import { enumField, numberField } from '../../../lib';
import { CUSTOM, ids, longestContext, quantField, sizeUnitField, type Ids, type Contexts } from './fields';
import { sizingKvTypes } from '../options';

/** Will it fit? (`fit`): short keys and omitted defaults keep links readable (?fit.model=llama-3.1-70b&fit.ctx=32768). @example willItFitSchema([{ id: 'a', maxContextTokens: 8192 }], [{ id: 'b' }]).users.max // 64 */
export function willItFitSchema(models: Ids & Contexts, devices: Ids) {
  return {
    model: enumField({ label: 'Model', values: [CUSTOM, ...ids(models)], default: 'llama-3.1-8b' }),
    params: numberField({ label: 'Parameters', min: 0.1, max: 2000, default: 8, unit: 'billion', log: true }),
    quant: quantField(),
    ctx: numberField({
      label: 'Context per user',
      min: 256,
      max: longestContext(models),
      default: 8192,
      integer: true,
      unit: 'tokens',
      kind: 'tokens',
      log: true,
    }),
    users: numberField({ label: 'Concurrent users', min: 1, max: 64, default: 1, integer: true }),
    kv: enumField({ label: 'KV cache type', values: sizingKvTypes.map((t) => t.name), default: 'f16' }),
    device: enumField({ label: 'Device', values: [CUSTOM, ...ids(devices)], default: 'geforce-rtx-4090' }),
    mem: numberField({ label: 'Usable memory', min: 1, max: 4096, default: 24, unit: 'GiB', log: true }),
    ram: numberField({ label: 'System RAM (for offload)', min: 0, max: 4096, default: 64, unit: 'GiB', step: 8 }),
    unit: sizeUnitField(),
  };
}
