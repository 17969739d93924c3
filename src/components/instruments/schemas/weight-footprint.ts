// The URL state of Weight footprint (wf).
import { enumField, numberField } from '../../../lib';
import { CUSTOM, ids, quantField, sizeUnitField, type Ids } from './fields';

/** Weight footprint (`wf`). @example weightFootprintSchema([{ id: 'a' }]).params.max // 1000 */
export function weightFootprintSchema(models: Ids) {
  return {
    model: enumField({ label: 'Model', values: [CUSTOM, ...ids(models)], default: 'llama-3.1-8b' }),
    params: numberField({ label: 'Parameters', min: 0.1, max: 1000, default: 8, unit: 'billion', log: true }),
    quant: quantField(),
    unit: sizeUnitField(),
  };
}
