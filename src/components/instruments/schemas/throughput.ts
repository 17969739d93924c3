// The URL state of Throughput vs batch (tp).
import { dgxSparkBatchedSeries, enumField, numberField } from '../../../lib';
import { ids, quantField, type Ids } from './fields';

/** The throughput chart's "no measurement" choice. */
export const NO_BENCH = 'none';

/** Throughput vs batch (`tp`). @example throughputSchema([{ id: 'a' }], [{ id: 'b' }]).batch.max // 4096 */
export function throughputSchema(models: Ids, devices: Ids) {
  return {
    batch: numberField({ label: 'Batch (sequences decoded together)', min: 1, max: 4096, default: 16, integer: true, log: true }),
    bench: enumField({
      label: 'Compare with a measurement',
      values: [NO_BENCH, ...dgxSparkBatchedSeries.map((s) => s.id)],
      default: 'gpt-oss-20b-512',
    }),
    model: enumField({ label: 'Model', values: ids(models), default: 'gpt-oss-20b' }),
    quant: quantField('Quant type', 'Q4_K_M'),
    device: enumField({ label: 'Device', values: ids(devices), default: 'dgx-spark' }),
    ctx: numberField({
      label: 'Context per sequence',
      min: 16,
      max: 131072,
      default: 4096,
      integer: true,
      unit: 'tokens',
      kind: 'tokens',
      log: true,
    }),
    overhead: numberField({ label: 'Fixed cost per step', min: 0, max: 20, default: 0, unit: 'ms', step: 0.1 }),
  };
}
