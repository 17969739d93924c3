// The URL state of KV cache growth (kv).
import { booleanField, enumField, kvCacheTypes, numberField } from '../../../lib';
import { ids, longestContext, quantField, type Ids, type Contexts } from './fields';

/** KV cache growth (`kv`); the context reaches the longest any model takes. @example kvGrowthSchema([{ id: 'a', maxContextTokens: 4096 }]).ctx.max // 4096 */
export function kvGrowthSchema(models: Ids & Contexts) {
  return {
    ctx: numberField({
      label: 'Context length',
      min: 64,
      max: longestContext(models),
      default: 32768,
      integer: true,
      unit: 'tokens',
      kind: 'tokens',
      log: true,
    }),
    model: enumField({ label: 'Model', values: ids(models), default: 'llama-3.1-8b' }),
    batch: numberField({ label: 'Concurrent sequences', min: 1, max: 256, default: 1, integer: true, log: true }),
    cache: enumField({ label: 'KV precision', values: kvCacheTypes.map((t) => t.name), default: 'f16' }),
    quant: quantField('Weights stored as'),
    naive: booleanField({ label: 'Naive formula', default: false }),
  };
}
