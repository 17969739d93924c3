// The URL state of Quant explorer (qx).
import { enumField, qualityMetrics, type QualityMetricId } from '../../../lib';
import { ids, quantField, type Ids } from './fields';

/** Quant explorer (`qx`). @example quantExplorerSchema([{ id: 'a' }]).metric.default // "kld" */
export function quantExplorerSchema(models: Ids) {
  return {
    quant: quantField(),
    model: enumField({ label: 'Model', values: ids(models), default: 'llama-3.1-8b' }),
    metric: enumField<QualityMetricId>({ label: 'Quality metric', values: qualityMetrics.map((m) => m.id), default: 'kld' }),
  };
}
