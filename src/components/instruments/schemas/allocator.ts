// The URL state of KV block allocator (pa).
import { booleanField, contiguousReservations, defaultScenario, enumField, lengthPresets, numberField } from '../../../lib';

/** Steps the allocator simulates; its step slider scrubs through them. */
export const ALLOCATOR_HORIZON = 2000;
/** Block sizes the allocator offers, in tokens. */
export const BLOCK_SIZES = ['4', '8', '16', '32', '64', '128', '256'] as const;

/** KV block allocator (`pa`). @example allocatorSchema().rate.max // 2 */
export function allocatorSchema() {
  return {
    step: numberField({ label: 'Step (one decode iteration)', min: 0, max: ALLOCATOR_HORIZON, default: 600, integer: true }),
    block: enumField({ label: 'Block size B', values: BLOCK_SIZES, default: '16' }),
    capacity: numberField({
      label: 'KV capacity',
      min: 4096,
      max: 32768,
      default: defaultScenario.capacityBlocks * defaultScenario.blockSizeTokens,
      integer: true,
      unit: 'token slots',
      kind: 'tokens',
      step: 16,
    }),
    rate: numberField({
      label: 'Arrivals (requests per step)',
      min: 0,
      max: 2,
      default: defaultScenario.arrivalsPerStep,
      step: 0.01,
    }),
    lengths: enumField({ label: 'Request lengths', values: lengthPresets.map((p) => p.id), default: 'sharegpt' }),
    reserve: enumField({ label: 'Contiguous reservation', values: contiguousReservations, default: 'max' }),
    prefix: booleanField({ label: 'Shared prefix', default: false }),
    seed: numberField({ label: 'Seed', min: 0, max: 2 ** 32 - 1, default: defaultScenario.seed, integer: true }),
  };
}
