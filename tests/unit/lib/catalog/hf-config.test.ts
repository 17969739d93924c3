import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  MAX_CONFIG_CHARS,
  PASTED_CONFIG,
  isPastedModel,
  kvCacheBytes,
  parseHfConfig,
  requireModel,
  type Model,
} from '../../../../src/lib';
import sources from '../../../fixtures/hf-configs/SOURCES.json';
import { expectClose } from '../../helpers';

const FIXTURES = new URL('../../../fixtures/hf-configs/', import.meta.url);
const configText = (file: string) => readFileSync(new URL(file, FIXTURES), 'utf8');

/** Each real config.json fixture and the catalog entry it is the config of. */
const CASES: readonly { file: keyof typeof sources; catalogId: string }[] = [
  { file: 'meta-llama/Llama-3.1-8B.config.json', catalogId: 'llama-3.1-8b' },
  { file: 'meta-llama/Llama-3.2-1B.config.json', catalogId: 'llama-3.2-1b' },
  { file: 'meta-llama/Llama-3.2-1B-Instruct.config.json', catalogId: 'llama-3.2-1b' },
  { file: 'Qwen/Qwen2.5-7B.config.json', catalogId: 'qwen2.5-7b' },
  { file: 'Qwen/Qwen2.5-32B.config.json', catalogId: 'qwen2.5-32b' },
  { file: 'Qwen/Qwen3-30B-A3B.config.json', catalogId: 'qwen3-30b-a3b' },
  { file: 'google/gemma-2-9b.config.json', catalogId: 'gemma-2-9b' },
  { file: 'google/gemma-3-4b-it.config.json', catalogId: 'gemma-3-4b' },
  { file: 'deepseek-ai/DeepSeek-V3.config.json', catalogId: 'deepseek-v3' },
  { file: 'deepseek-ai/DeepSeek-R1.config.json', catalogId: 'deepseek-r1' },
  { file: 'openai/gpt-oss-20b.config.json', catalogId: 'gpt-oss-20b' },
  { file: 'openai/gpt-oss-120b.config.json', catalogId: 'gpt-oss-120b' },
  { file: 'mistralai/Mistral-7B-v0.3.config.json', catalogId: 'mistral-7b-v0.3' },
  { file: 'microsoft/phi-4.config.json', catalogId: 'phi-4' },
];

/** The fields of a Model that come from the config's geometry (not identity, sources or the publisher's claims). */
const GEOMETRY_FIELDS = [
  'layers',
  'hiddenSize',
  'attentionHeads',
  'kvHeads',
  'headDim',
  'attentionKind',
  'kvLoraRank',
  'ropeHeadDim',
  'qLoraRank',
  'slidingWindow',
  'slidingLayers',
  'intermediateSize',
  'vocabSize',
  'tiedEmbeddings',
  'qkvBias',
  'qkNorm',
  'mlpKind',
  'normsPerLayer',
  'normBias',
  'experts',
  'expertsPerToken',
  'sharedExperts',
  'expertIntermediateSize',
  'denseLayers',
  'attention',
] as const satisfies readonly (keyof Model)[];

describe('parseHfConfig', () => {
  it('parseHfConfig(fixture) covers every config.json in tests/fixtures/hf-configs, each with its source', () => {
    expect(CASES.map((c) => c.file).sort()).toEqual(Object.keys(sources).sort());
    for (const [file, source] of Object.entries(sources)) {
      expect(source.huggingFaceUrl, file).toMatch(/^https:\/\/huggingface\.co\/.+\/config\.json$/);
      expect(source.retrievedVia, file).toMatch(/@[0-9a-f]{40}:/);
      expect(configText(file).length, file).toBe(source.bytes);
    }
  });

  it.each(CASES)('parseHfConfig($file) gives the catalog geometry of $catalogId', ({ file, catalogId }) => {
    const parsed = parseHfConfig(configText(file));
    const entry = requireModel(catalogId);
    for (const field of GEOMETRY_FIELDS) expect(parsed[field], `${file}: ${field}`).toEqual(entry[field]);
  });

  it.each(CASES)('parseHfConfig($file) counts the parameters the catalog states for $catalogId', ({ file, catalogId }) => {
    const parsed = parseHfConfig(configText(file));
    const entry = requireModel(catalogId);
    if (entry.paramsBasis === 'derived from geometry') {
      // Same geometry, same formula: the count is exact.
      expect(parsed.totalParams).toBe(entry.totalParams);
    } else {
      // A published total is rounded to three figures (Qwen2.5 32B: 32.5B published, 32.76 B counted).
      expectClose(parsed.totalParams, entry.totalParams, 0.01);
    }
    // Published active counts are rounder still, and gpt-oss's leave the input embedding out.
    const activeTolerance = catalogId.startsWith('gpt-oss') ? 0.17 : 0.02;
    expectClose(parsed.activeParams, entry.activeParams, activeTolerance);
  });

  it('parseHfConfig(gpt-oss-20b) counts 20,914,757,184 parameters, as keras-hub lists (attention sinks, router and expert biases included)', () => {
    expect(parseHfConfig(configText('openai/gpt-oss-20b.config.json')).totalParams).toBe(20_914_757_184);
  });

  it('parseHfConfig(gemma-3-4b-it) reads text_config and fills heads, head_dim, vocabulary and tying from Gemma3TextConfig', () => {
    const gemma = parseHfConfig(configText('google/gemma-3-4b-it.config.json'));
    expect([gemma.attentionHeads, gemma.kvHeads, gemma.headDim, gemma.vocabSize, gemma.tiedEmbeddings]).toEqual([8, 4, 256, 262208, true]);
    expect(gemma.slidingLayers).toBe(29);
    expect(gemma.notes).toContain('text_config');
    expect(gemma.notes).toContain('vocab_size 262208');
    expect(gemma.maxContextTokens).toBe(131072);
  });

  it('parseHfConfig(config) takes the context from max_position_embeddings, which the catalog overrides only with a stated reason', () => {
    expect(parseHfConfig(configText('deepseek-ai/DeepSeek-V3.config.json')).maxContextTokens).toBe(163840);
    expect(requireModel('deepseek-v3').notes).toContain('163,840');
    expect(parseHfConfig(configText('Qwen/Qwen3-30B-A3B.config.json')).maxContextTokens).toBe(40960);
    expect(parseHfConfig(configText('meta-llama/Llama-3.1-8B.config.json')).maxContextTokens).toBe(131072);
  });

  it('parseHfConfig(config) marks what a config cannot give as from a pasted config', () => {
    const parsed = parseHfConfig(configText('Qwen/Qwen2.5-7B.config.json'), 'My Qwen');
    expect(parsed).toMatchObject({
      id: 'custom',
      name: 'My Qwen',
      family: PASTED_CONFIG,
      license: null,
      releaseDate: null,
      verifiedVia: [],
    });
    expect(parsed.paramsBasis).toBe('derived from geometry');
    expect(isPastedModel(parsed)).toBe(true);
    expect(isPastedModel(requireModel('qwen2.5-7b'))).toBe(false);
    // Without a name the architecture stands in.
    expect(parseHfConfig(configText('Qwen/Qwen2.5-7B.config.json')).name).toBe('Qwen2ForCausalLM');
  });

  it('parseHfConfig(config) gives a model the KV math accepts as it is (MLA, sliding windows)', () => {
    const v3 = parseHfConfig(configText('deepseek-ai/DeepSeek-V3.config.json'));
    expect(kvCacheBytes(v3.attention, 8192)).toBe(kvCacheBytes(requireModel('deepseek-v3').attention, 8192));
  });

  it('parseHfConfig(config) applies the per-type defaults: Mistral slides every layer when sliding_window is absent, not when it is null', () => {
    const base = JSON.parse(configText('mistralai/Mistral-7B-v0.3.config.json')) as Record<string, unknown>;
    expect(parseHfConfig(JSON.stringify(base)).slidingWindow).toBeUndefined();
    const { sliding_window: _, ...v01 } = base;
    const parsed = parseHfConfig(JSON.stringify(v01));
    expect([parsed.slidingWindow, parsed.slidingLayers]).toEqual([4096, 32]);
  });

  it('parseHfConfig(config) turns on Qwen sliding layers only with use_sliding_window, from max_window_layers on', () => {
    const qwen = JSON.parse(configText('Qwen/Qwen2.5-7B.config.json')) as Record<string, unknown>;
    const on = parseHfConfig(JSON.stringify({ ...qwen, use_sliding_window: true, sliding_window: 4096, max_window_layers: 21 }));
    expect([on.slidingWindow, on.slidingLayers]).toEqual([4096, 7]);
  });

  it('parseHfConfig(falcon config) reads multi-query attention, the plain 4× MLP and one LayerNorm per layer', () => {
    // The shape of tiiuae/falcon-7b's config.json (model_type "falcon"), keys as published.
    const falcon = parseHfConfig(
      JSON.stringify({
        model_type: 'falcon',
        hidden_size: 4544,
        num_attention_heads: 71,
        num_hidden_layers: 32,
        multi_query: true,
        parallel_attn: true,
        new_decoder_architecture: false,
        bias: false,
        vocab_size: 65024,
      }),
    );
    const entry = requireModel('falcon-7b');
    for (const field of GEOMETRY_FIELDS) expect(falcon[field], field).toEqual(entry[field]);
    expect(falcon.totalParams).toBe(entry.totalParams);
  });

  it('parseHfConfig(config of an unknown type) assumes the generic layout and says so', () => {
    const parsed = parseHfConfig(
      JSON.stringify({
        model_type: 'newarch',
        hidden_size: 4096,
        num_hidden_layers: 32,
        num_attention_heads: 32,
        num_key_value_heads: 8,
        intermediate_size: 14336,
        vocab_size: 128256,
        max_position_embeddings: 8192,
        tie_word_embeddings: false,
      }),
    );
    expect(parsed.totalParams).toBe(requireModel('llama-3.1-8b').totalParams);
    expect(parsed.notes).toContain('not one the book knows');
  });
});

describe('parseHfConfig on bad input', () => {
  const llama = JSON.parse(configText('meta-llama/Llama-3.1-8B.config.json')) as Record<string, unknown>;
  const withField = (key: string, value: unknown) => JSON.stringify({ ...llama, [key]: value });
  const without = (key: string) => JSON.stringify(Object.fromEntries(Object.entries(llama).filter(([k]) => k !== key)));

  /** The error parseHfConfig throws for `text`. */
  function errorOf(text: string): ConfigError {
    try {
      parseHfConfig(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return error as ConfigError;
    }
    throw new Error('parseHfConfig did not throw');
  }

  it.each([
    ['not JSON', 'hidden_size: 4096', 'config.json', /not valid JSON/],
    ['empty', '   ', 'config.json', /empty/],
    ['a list', '[1, 2]', 'config.json', /JSON object/],
    ['a string', '"config"', 'config.json', /JSON object/],
    ['null', 'null', 'config.json', /JSON object/],
    ['no hidden_size', without('hidden_size'), 'hidden_size', /missing/],
    ['no layers', without('num_hidden_layers'), 'num_hidden_layers', /missing/],
    ['hidden_size as text', withField('hidden_size', '4096'), 'hidden_size', /must be a number/],
    ['fractional layers', withField('num_hidden_layers', 32.5), 'num_hidden_layers', /whole number/],
    ['absurd layers', withField('num_hidden_layers', 1e9), 'num_hidden_layers', /from 1 to 1,024/],
    ['negative vocabulary', withField('vocab_size', -5), 'vocab_size', /from 1 to/],
    ['KV heads not dividing the heads', withField('num_key_value_heads', 5), 'num_key_value_heads', /must divide/],
    ['too many KV heads', withField('num_key_value_heads', 64), 'num_key_value_heads', /from 1 to 32/],
    ['a tiny context', withField('max_position_embeddings', 16), 'max_position_embeddings', /from 512/],
    ['a tied flag as text', withField('tie_word_embeddings', 'yes'), 'tie_word_embeddings', /true or false/],
    [
      'a model too small to be one',
      JSON.stringify({ ...llama, hidden_size: 64, num_attention_heads: 1, num_key_value_heads: 1, intermediate_size: 64, vocab_size: 100 }),
      'config.json',
      /billion parameters/,
    ],
  ])('parseHfConfig(%s) throws a ConfigError naming %s', (_, text, field, message) => {
    const error = errorOf(text);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(field)).toBe(true);
  });

  it('parseHfConfig(1 MB of text) refuses it by length before parsing', () => {
    const huge = `{"pad": "${'x'.repeat(1_000_000)}"}`;
    const error = errorOf(huge);
    expect(error.field).toBe('config.json');
    expect(error.message).toContain(`at most ${MAX_CONFIG_CHARS / 1024} kB`);
  });

  it('parseHfConfig(script tags) keeps them out of the name and out of messages', () => {
    const hostile = JSON.stringify({ ...llama, _name_or_path: '<script>alert(1)</script>' });
    expect(parseHfConfig(hostile).name).not.toMatch(/[<>]/);
    const error = errorOf(withField('hidden_size', '<script>alert(1)</script>'.repeat(10)));
    expect(error.message.length).toBeLessThan(120);
  });

  it('parseHfConfig(text_config of the wrong shape) names the nested key', () => {
    const gemma = JSON.parse(configText('google/gemma-3-4b-it.config.json')) as { text_config: Record<string, unknown> };
    const broken = JSON.stringify({ ...gemma, text_config: { ...gemma.text_config, num_hidden_layers: 'many' } });
    expect(errorOf(broken).field).toBe('text_config.num_hidden_layers');
  });

  it('parseHfConfig(a layer_types list of the wrong length) says what it must be', () => {
    const oss = JSON.parse(configText('openai/gpt-oss-20b.config.json')) as Record<string, unknown>;
    expect(errorOf(JSON.stringify({ ...oss, layer_types: ['sliding_attention'] })).field).toBe('layer_types');
  });

  it('parseHfConfig(a mixture without experts per token) names the key', () => {
    const qwen = JSON.parse(configText('Qwen/Qwen3-30B-A3B.config.json')) as Record<string, unknown>;
    const { num_experts_per_tok: _, ...rest } = qwen;
    // qwen3_moe has a default (8); an unknown type does not.
    expect(parseHfConfig(JSON.stringify(rest)).expertsPerToken).toBe(8);
    expect(errorOf(JSON.stringify({ ...rest, model_type: 'custom_moe' })).field).toBe('num_experts_per_tok');
  });
});
