// The URL state of Decode ceiling (dc).
import { enumField, numberField } from '../../../lib';
import { ids, longestContext, quantField, type Ids, type Contexts } from './fields';
import { sizingKvTypes } from '../options';

/** llama.cpp's convention for the GPU-layers setting: -ngl 999 means "every layer". */
export const ALL_LAYERS = 999;

/** Decode ceiling (`dc`). @example decodeCeilingSchema([{ id: 'a', maxContextTokens: 4096 }], [{ id: 'b', kind: 'cpu-ram' }]).ngl.default // 999 */
export function decodeCeilingSchema(models: Ids & Contexts, devices: readonly { id: string; kind: string }[]) {
  return {
    device: enumField({ label: 'Device', values: ids(devices), default: 'geforce-rtx-4090' }),
    model: enumField({ label: 'Model', values: ids(models), default: 'llama-3.1-8b' }),
    quant: quantField(),
    ctx: numberField({
      label: 'Context',
      min: 256,
      max: longestContext(models),
      default: 8192,
      integer: true,
      unit: 'tokens',
      kind: 'tokens',
      log: true,
    }),
    kv: enumField({ label: 'KV cache type', values: sizingKvTypes.map((t) => t.name), default: 'f16' }),
    ngl: numberField({ label: 'Layers on the GPU', min: 0, max: ALL_LAYERS, default: ALL_LAYERS, integer: true, unit: 'layers' }),
    ram: enumField({
      label: 'System RAM (offloaded layers)',
      values: ids(devices.filter((d) => d.kind === 'cpu-ram')),
      default: 'desktop-ddr5-5600-64gb',
    }),
  };
}
