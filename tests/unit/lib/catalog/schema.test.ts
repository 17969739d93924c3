import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  checkDevice,
  checkModel,
  checkNumber,
  hardware,
  isSlug,
  models,
  requireDevice,
  requireModel,
  validateDevices,
  validateModels,
  type Device,
  type Model,
} from '../../../../src/lib';

const llama = requireModel('llama-3.1-8b');
const mixtral = requireModel('mixtral-8x7b');
const gemma = requireModel('gemma-3-27b');
const rtx4090 = requireDevice('geforce-rtx-4090');

/** A copy of a catalog model with some fields replaced (types loosened on purpose: these are malformed). */
function broken(base: Model, changes: Record<string, unknown>): Model {
  return { ...base, ...changes } as Model;
}

function brokenDevice(base: Device, changes: Record<string, unknown>): Device {
  return { ...base, ...changes } as Device;
}

describe('isSlug', () => {
  it('isSlug(id) accepts lowercase words joined by single dots or hyphens', () => {
    for (const id of ['llama-3.1-8b', 'qwen2.5-72b', 'phi-4', 'l4', 'apple-m4-max-128gb']) expect(isSlug(id), id).toBe(true);
  });

  it('isSlug(id) rejects capitals, spaces, slashes, doubled or edge separators and non-strings', () => {
    for (const id of ['Llama-3.1-8B', 'llama 3', 'meta-llama/Llama-3.1-8B', 'a--b', '-a', 'a.', '', 42, null])
      expect(isSlug(id), String(id)).toBe(false);
  });
});

describe('checkNumber', () => {
  it('checkNumber(...) returns the value when it passes', () => {
    expect(checkNumber('Model', 'x', 'layers', 32, { integer: true })).toBe(32);
  });

  it('checkNumber(...) names the entry and the field in every failure', () => {
    expect(() => checkNumber('Model', 'x', 'layers', Number.NaN)).toThrow('Model "x": layers must be a finite number (got NaN).');
    expect(() => checkNumber('Model', 'x', 'layers', '32')).toThrow('Model "x": layers must be a finite number (got 32).');
    expect(() => checkNumber('Model', 'x', 'layers', 3.5, { integer: true })).toThrow(
      'Model "x": layers must be a whole number (got 3.5).',
    );
    expect(() => checkNumber('Model', 'x', 'layers', 0)).toThrow('Model "x": layers must be greater than 0 (got 0).');
    expect(() => checkNumber('Device', 'y', 'usableMemoryFraction', 1.2, { max: 1 })).toThrow(
      'Device "y": usableMemoryFraction must be at most 1 (got 1.2).',
    );
    expect(() => checkNumber('Model', 'x', 'layers', 0)).toThrow(CatalogError);
  });
});

describe('checkModel', () => {
  it('checkModel(catalog model) passes for every entry (the catalog is validated at load)', () => {
    for (const m of models) expect(() => checkModel(m), m.id).not.toThrow();
    expect(validateModels(models)).toHaveLength(models.length);
  });

  it('checkModel(malformed) throws a message naming the model and the field', () => {
    const cases: [Model, RegExp][] = [
      [broken(llama, { layers: 3.5 }), /^Model "llama-3\.1-8b": layers must be a whole number/],
      [broken(llama, { layers: undefined }), /^Model "llama-3\.1-8b": layers must be a finite number/],
      [broken(llama, { hiddenSize: -4096 }), /^Model "llama-3\.1-8b": hiddenSize must be greater than 0/],
      [broken(llama, { totalParams: 8e15, activeParams: 8e15 }), /^Model "llama-3\.1-8b": totalParams must be at most/],
      [broken(llama, { activeParams: 9e9 }), /^Model "llama-3\.1-8b": activeParams \(9000000000\) cannot exceed totalParams/],
      [broken(llama, { activeParams: 4e9 }), /^Model "llama-3\.1-8b": activeParams must equal totalParams for a dense model/],
      [broken(llama, { kvHeads: 64 }), /^Model "llama-3\.1-8b": kvHeads \(64\) cannot exceed attentionHeads/],
      [broken(llama, { kvHeads: 3 }), /^Model "llama-3\.1-8b": kvHeads \(3\) must divide attentionHeads/],
      [broken(llama, { attentionKind: 'MQA' }), /^Model "llama-3\.1-8b": attentionKind is MQA but kvHeads is not 1/],
      [broken(llama, { attentionKind: 'MHA' }), /^Model "llama-3\.1-8b": attentionKind is MHA/],
      [broken(llama, { attentionKind: 'MLA' }), /^Model "llama-3\.1-8b": kvLoraRank must be a finite number/],
      [broken(llama, { attentionKind: 'SWA' }), /^Model "llama-3\.1-8b": attentionKind must be MHA, GQA, MQA or MLA/],
      [broken(llama, { releaseDate: 'July 2024' }), /^Model "llama-3\.1-8b": releaseDate must be an ISO date/],
      [broken(llama, { releaseDate: '2024-02-30' }), /^Model "llama-3\.1-8b": releaseDate must be an ISO date/],
      [broken(llama, { releaseDate: '2024-13-01' }), /^Model "llama-3\.1-8b": releaseDate must be an ISO date/],
      [broken(llama, { sourceUrl: 'http://example.com' }), /^Model "llama-3\.1-8b": sourceUrl must be an https URL/],
      [broken(llama, { name: '' }), /^Model "llama-3\.1-8b": name must be a non-empty string/],
      [broken(llama, { paramsBasis: 'guessed' }), /^Model "llama-3\.1-8b": paramsBasis must be/],
      [broken(llama, { maxContextTokens: 100 }), /^Model "llama-3\.1-8b": maxContextTokens must be at least 512/],
      [broken(llama, { tiedEmbeddings: 'no' }), /^Model "llama-3\.1-8b": tiedEmbeddings must be true or false/],
      [broken(llama, { mlpKind: 'swiglu' }), /^Model "llama-3\.1-8b": mlpKind must be/],
      [
        broken(llama, { attention: { kind: 'gqa', layers: 31, kvHeads: 8, headDim: 128 } }),
        /^Model "llama-3\.1-8b": attention must be built from the model fields/,
      ],
      [broken(llama, { denseLayers: 3 }), /^Model "llama-3\.1-8b": denseLayers is only for a mixture of experts/],
      [broken(llama, { expertsPerToken: 2 }), /^Model "llama-3\.1-8b": expertsPerToken is only for a mixture of experts/],
      [broken(gemma, { slidingLayers: 63 }), /^Model "gemma-3-27b": slidingLayers must be at most 62 \(got 63\)/],
      [broken(gemma, { slidingWindow: undefined }), /^Model "gemma-3-27b": slidingLayers and slidingWindow must be given together/],
      [broken(mixtral, { sharedExperts: undefined }), /^Model "mixtral-8x7b": sharedExperts is required for a mixture of experts/],
      [broken(mixtral, { expertsPerToken: 9 }), /^Model "mixtral-8x7b": expertsPerToken must be at most 8/],
      [broken(mixtral, { activeParams: mixtral.totalParams }), /^Model "mixtral-8x7b": activeParams must be below totalParams/],
    ];
    for (const [entry, message] of cases) expect(() => checkModel(entry), String(message)).toThrow(message);
  });

  it('checkModel(malformed GGUF layout) names the layout field', () => {
    const layout = (changes: Record<string, unknown>) => broken(llama, { gguf: { ...llama.gguf!, ...changes } });
    expect(() => checkModel(layout({ embeddingRows: 200000 }))).toThrow(/gguf\.embeddingRows must be at most 128256/);
    expect(() => checkModel(broken(llama, { gguf: undefined }))).toThrow('Model "llama-3.1-8b": gguf is required');
    expect(() => checkModel(layout({ arch: 'mamba' }))).toThrow(/gguf\.arch must be one of llama, qwen2/);
    expect(() => checkModel(layout({ tokenizer: 'bpe' }))).toThrow(/gguf\.tokenizer must be one of llama3/);
    expect(() => checkModel(layout({ ropeFreqs: 'yes' }))).toThrow('Model "llama-3.1-8b": gguf.ropeFreqs must be true or false.');
    expect(() => checkModel(layout({ source: '' }))).toThrow(/gguf\.source must be a non-empty string/);
    expect(() => checkModel(layout({ expertScoreBias: true }))).toThrow(/gguf has expert fields but the model has no experts/);
    expect(() => checkModel(broken(mixtral, { gguf: { ...mixtral.gguf!, expertsStoredAs: 'NVFP4' } }))).toThrow(/gguf\.expertsStoredAs/);
    expect(() =>
      checkModel(broken(requireModel('falcon-7b'), { gguf: { ...requireModel('falcon-7b').gguf!, fusedGateUp: true } })),
    ).toThrow(/gguf\.fusedGateUp needs a gated MLP/);
    expect(() => checkModel(broken(requireModel('deepseek-v3'), { valueHeadDim: undefined }))).toThrow(
      /valueHeadDim must be a finite number/,
    );
    expect(() => checkModel(broken(llama, { valueHeadDim: 128 }))).toThrow(/is only for MLA models/);
  });

  it('checkModel(bad id) names the entry by its position', () => {
    expect(() => checkModel(broken(llama, { id: 'Llama 3.1 8B' }), 7)).toThrow(
      /^Model "#7": id must be a lowercase slug like "llama-3\.1-8b" \(got "Llama 3\.1 8B"\)/,
    );
  });
});

describe('validateModels', () => {
  it('validateModels(list with a repeated id) names the duplicate', () => {
    expect(() => validateModels([llama, mixtral, broken(mixtral, {})])).toThrow(/^Model "mixtral-8x7b": id is used by more than one entry/);
  });

  it('validateModels(list) reports the first malformed entry, with its position when the id is broken', () => {
    expect(() => validateModels([llama, broken(mixtral, { id: undefined })])).toThrow(/^Model "#1": id/);
  });

  it('validateModels(list) returns a frozen copy', () => {
    const checked = validateModels([llama]);
    expect(Object.isFrozen(checked)).toBe(true);
  });
});

describe('checkDevice', () => {
  it('checkDevice(catalog device) passes for every entry (the catalog is validated at load)', () => {
    for (const d of hardware) expect(() => checkDevice(d), d.id).not.toThrow();
    expect(validateDevices(hardware)).toHaveLength(hardware.length);
  });

  it('checkDevice(malformed) throws a message naming the device and the field', () => {
    const cases: [Device, RegExp][] = [
      // The classic slips: GB/s typed as bytes/s, GB typed as bytes.
      [
        brokenDevice(rtx4090, { bandwidthBytesPerSecond: 1008 }),
        /^Device "geforce-rtx-4090": bandwidthBytesPerSecond must be at least 10000000000 \(got 1008\)/,
      ],
      [brokenDevice(rtx4090, { bandwidthBytesPerSecond: 1.008e15 }), /^Device "geforce-rtx-4090": bandwidthBytesPerSecond must be at most/],
      [brokenDevice(rtx4090, { memoryBytes: 24 }), /^Device "geforce-rtx-4090": memoryBytes must be at least/],
      [brokenDevice(rtx4090, { memoryBytes: 2 ** 50 }), /^Device "geforce-rtx-4090": memoryBytes must be at most/],
      [brokenDevice(rtx4090, { usableMemoryFraction: 0 }), /^Device "geforce-rtx-4090": usableMemoryFraction must be greater than 0/],
      [brokenDevice(rtx4090, { usableMemoryFraction: 1.2 }), /^Device "geforce-rtx-4090": usableMemoryFraction must be at most 1/],
      [brokenDevice(rtx4090, { fp16TflopsDense: 165.2e12 }), /^Device "geforce-rtx-4090": fp16TflopsDense must be at most/],
      [brokenDevice(rtx4090, { priceUsd: -1 }), /^Device "geforce-rtx-4090": priceUsd must be at least/],
      [brokenDevice(rtx4090, { kind: 'gpu' }), /^Device "geforce-rtx-4090": kind must be one of/],
      [brokenDevice(rtx4090, { sources: [] }), /^Device "geforce-rtx-4090": sources must list at least one source/],
      [brokenDevice(rtx4090, { aliases: [''] }), /^Device "geforce-rtx-4090": aliases\[0\] must be a non-empty string/],
      [brokenDevice(rtx4090, { usableMemoryReason: ' ' }), /^Device "geforce-rtx-4090": usableMemoryReason must be a non-empty string/],
      [brokenDevice(rtx4090, { id: 'RTX 4090' }), /^Device "#0": id must be a lowercase slug/],
    ];
    for (const [entry, message] of cases) expect(() => checkDevice(entry), String(message)).toThrow(message);
  });
});

describe('validateDevices', () => {
  it('validateDevices(list with a repeated id) names the duplicate', () => {
    expect(() => validateDevices([rtx4090, brokenDevice(rtx4090, { aliases: [] })])).toThrow(
      /^Device "geforce-rtx-4090": id is used by more than one entry/,
    );
  });

  it('validateDevices(list with an alias on two devices) names both', () => {
    const clash = brokenDevice(requireDevice('geforce-rtx-3090'), { aliases: ['4090 24GB'] });
    expect(() => validateDevices([rtx4090, clash])).toThrow(
      /^Device "geforce-rtx-3090": aliases repeats "4090 24GB", already used by "geforce-rtx-4090"/,
    );
  });
});

describe('CatalogError', () => {
  it('CatalogError(kind, id, field, problem) reads as one sentence', () => {
    const error = new CatalogError('Model', 'phi-4', 'layers', 'must be a whole number (got 1.5)');
    expect(error.message).toBe('Model "phi-4": layers must be a whole number (got 1.5).');
    expect(error.name).toBe('CatalogError');
    expect(error).toBeInstanceOf(Error);
  });
});
