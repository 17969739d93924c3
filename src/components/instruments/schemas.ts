// Each instrument's URL state, defined once: a control takes its field (`field={schema.ctx}`) for
// range, label, unit and parsing, and a link is read with the same field, so what a reader types
// and what a link carries are parsed by the same code. Browser-safe: the catalog ids come in as
// the slim props of catalog-choices.ts.
import {
  DEFAULT_QUANT,
  booleanField,
  contiguousReservations,
  defaultScenario,
  dgxSparkBatchedSeries,
  enumField,
  kvCacheTypes,
  lengthPresets,
  numberField,
  qualityMetrics,
  quantFormats,
  type QualityMetricId,
} from '../../lib';
import { sizingKvTypes } from './options';

type Ids = readonly { id: string }[];
type Contexts = readonly { maxContextTokens: number }[];

const ids = (list: Ids) => list.map((entry) => entry.id);
const longestContext = (list: Contexts) => Math.max(...list.map((m) => m.maxContextTokens));
const quantField = (label = 'Quant type', fallback: string = DEFAULT_QUANT) =>
  enumField({ label, values: quantFormats.map((q) => q.name), default: fallback });
const sizeUnitField = () => enumField({ label: 'Unit', values: ['GB', 'GiB'] as const, default: 'GB' });

/** The value of the model and device pickers that switches to the size and memory sliders. */
export const CUSTOM = 'custom';

/** Weight footprint (`wf`). @example weightFootprintSchema([{ id: 'a' }]).params.max // 1000 */
export function weightFootprintSchema(models: Ids) {
  return {
    model: enumField({ label: 'Model', values: [CUSTOM, ...ids(models)], default: 'llama-3.1-8b' }),
    params: numberField({ label: 'Parameters', min: 0.1, max: 1000, default: 8, unit: 'billion', log: true }),
    quant: quantField(),
    unit: sizeUnitField(),
  };
}

/** Quant explorer (`qx`). @example quantExplorerSchema([{ id: 'a' }]).metric.default // "kld" */
export function quantExplorerSchema(models: Ids) {
  return {
    quant: quantField(),
    model: enumField({ label: 'Model', values: ids(models), default: 'llama-3.1-8b' }),
    metric: enumField<QualityMetricId>({ label: 'Quality metric', values: qualityMetrics.map((m) => m.id), default: 'kld' }),
  };
}

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
