/**
 * A Hugging Face config.json, pasted by a reader, turned into the catalog's own `Model`: the
 * geometry (layers, widths, heads), the attention kind, the sliding-window layout, the experts
 * of a mixture, MLA ranks, tied embeddings and the parameter counts that follow from them. Keys the
 * config leaves out get the defaults transformers would apply for its `model_type`
 * (hf-config-defaults.ts), and the model's notes say which. Anything malformed or hostile throws a
 * `ConfigError` naming the key, never a crash, NaN or a half-built model.
 */
import { CATALOG_RANGES, CatalogError, checkModelGeometry } from './schema';
import { attentionGeometryOf, type AttentionKind, type Model } from './models';
import { modelTypeDefaults, textModelTypes, type ModelTypeDefaults } from './hf-config-defaults';
import { parameterCounts, type ArchitectureGeometry } from '../memory/params';

/** Longest config.json text read, in characters: real ones are 1–3 kB; a limit keeps a pasted file from freezing the page. @example MAX_CONFIG_CHARS // 262144 */
export const MAX_CONFIG_CHARS = 256 * 1024;

/** What stands in for the fields a config.json cannot give (family, source, licence). @example PASTED_CONFIG // "Pasted config.json" */
export const PASTED_CONFIG = 'Pasted config.json';

/** A config.json that cannot be read: `field` is the key at fault (`text_config.num_hidden_layers`). @example new ConfigError('hidden_size', 'is missing').message // "hidden_size is missing." */
export class ConfigError extends Error {
  /** The config key (or "config.json" for the text as a whole). */
  readonly field: string;
  /** @example new ConfigError('vocab_size', 'must be a whole number').field // "vocab_size" */
  constructor(field: string, problem: string) {
    super(`${field} ${problem}.`);
    this.name = 'ConfigError';
    this.field = field;
  }
}

/** Whether a model came from a pasted config.json rather than the catalog. @example isPastedModel(requireModel('phi-4')) // false */
export function isPastedModel(model: Pick<Model, 'sourceUrl'>): boolean {
  return model.sourceUrl === PASTED_CONFIG;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a reader may see it in a message: short, one line. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : String(value);
  return text.length > 24 ? `${text.slice(0, 21)}…` : text;
}

/** Display name: the argument, else `_name_or_path`, else the architecture; printable characters only. */
function displayName(name: string | undefined, config: Json): string {
  const candidates = [name, config._name_or_path, Array.isArray(config.architectures) ? config.architectures[0] : undefined];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const clean = candidate
      .replace(/[^\p{L}\p{N} ._\-/+()]/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
    if (clean) return clean;
  }
  return 'Custom model';
}

/** Reads keys of one config against its type's defaults, recording which defaults were used. */
class ConfigReader {
  readonly defaultsUsed: string[] = [];
  constructor(
    private readonly config: Json,
    private readonly defaults: ModelTypeDefaults | undefined,
    private readonly prefix: string,
  ) {}

  /** The config's own value (null included), or the type's default, or undefined. */
  raw(key: string): unknown {
    if (Object.hasOwn(this.config, key) && this.config[key] !== undefined) return this.config[key];
    if (this.defaults && Object.hasOwn(this.defaults.values, key)) {
      const value = this.defaults.values[key];
      if (value !== null) this.defaultsUsed.push(`${key} ${String(value)}`);
      return value;
    }
    return undefined;
  }

  name(key: string): string {
    return `${this.prefix}${key}`;
  }

  /** A whole number in [min, max]; null and absence give `fallback` (or an error when there is none). */
  int(key: string, min: number, max: number, fallback?: number): number {
    const value = this.raw(key);
    if (value === undefined || value === null) {
      if (fallback !== undefined) return fallback;
      throw new ConfigError(this.name(key), 'is missing');
    }
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new ConfigError(this.name(key), `must be a number (got ${shown(value)})`);
    if (!Number.isInteger(value)) throw new ConfigError(this.name(key), `must be a whole number (got ${shown(value)})`);
    if (value < min || value > max) {
      throw new ConfigError(
        this.name(key),
        `must be from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} (got ${shown(value)})`,
      );
    }
    return value;
  }

  /** The first of `keys` present (aliases: `num_experts` / `num_local_experts`), as `int` reads it. */
  firstInt(keys: readonly string[], min: number, max: number): number | undefined {
    const key = keys.find((k) => this.raw(k) !== undefined && this.raw(k) !== null);
    return key === undefined ? undefined : this.int(key, min, max);
  }

  bool(key: string, fallback: boolean): boolean {
    const value = this.raw(key);
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') throw new ConfigError(this.name(key), `must be true or false (got ${shown(value)})`);
    return value;
  }
}

/** Upper limits: anything above is a typo or a hostile value, not a model. */
const LIMITS = {
  width: 1 << 17,
  layers: 1024,
  heads: 4096,
  ffn: 1 << 20,
  vocab: 1 << 23,
  experts: 4096,
} as const;

/** Local layers and their window, from `layer_types` or the type's rule; undefined when there are none. */
function slidingLayout(read: ConfigReader, rules: ModelTypeDefaults | undefined, layers: number, maxContext: number) {
  const types = read.raw('layer_types');
  const windowOf = () => read.int('sliding_window', 1, CATALOG_RANGES.contextTokens[1]);
  let local = 0;
  if (types !== undefined && types !== null) {
    if (!Array.isArray(types) || types.length !== layers || !types.every((t) => typeof t === 'string')) {
      throw new ConfigError(read.name('layer_types'), `must list one attention type per layer (${layers})`);
    }
    local = types.filter((t) => t === 'sliding_attention').length;
  } else {
    const rule = rules?.sliding ?? { kind: 'none' };
    const window = read.raw('sliding_window');
    if (rule.kind === 'none' || window === null || window === undefined) return undefined;
    if (rule.kind === 'all') local = layers;
    else if (rule.kind === 'every') {
      const period = rule.periodKey ? read.int(rule.periodKey, 2, layers + 1, rule.period) : rule.period;
      local = layers - Math.floor(layers / period);
    } else {
      if (!read.bool('use_sliding_window', false)) return undefined;
      local = Math.max(0, layers - read.int('max_window_layers', 0, layers, layers));
    }
  }
  if (local === 0) return undefined;
  const slidingWindow = windowOf();
  // A window as long as the context never slides: the layers are global in effect.
  return slidingWindow >= maxContext ? undefined : { slidingWindow, slidingLayers: local };
}

/** Experts, routing and which layers stay dense; undefined for a dense model. */
function mixtureOf(read: ConfigReader, layers: number) {
  const experts = read.firstInt(['num_experts', 'num_local_experts', 'n_routed_experts'], 1, LIMITS.experts);
  if (experts === undefined || experts < 2) return undefined;
  const perToken = read.firstInt(['num_experts_per_tok', 'experts_per_token', 'moe_topk'], 1, experts);
  if (perToken === undefined) throw new ConfigError(read.name('num_experts_per_tok'), 'is missing for a mixture of experts');
  const width = read.firstInt(['moe_intermediate_size', 'intermediate_size'], 1, LIMITS.ffn)!;
  const sharedWidth = read.int('shared_expert_intermediate_size', 0, LIMITS.ffn, 0);
  const sharedExperts = read.int('n_shared_experts', 0, LIMITS.experts, sharedWidth > 0 ? 1 : 0);
  // Which layers are MoE: DeepSeek's first k dense then every `moe_layer_freq`-th; Qwen's
  // `decoder_sparse_step` and `mlp_only_layers`.
  const firstDense = read.int('first_k_dense_replace', 0, layers, 0);
  const freq = read.int('moe_layer_freq', 1, layers, 1);
  const step = read.int('decoder_sparse_step', 1, layers, 1);
  const mlpOnly = read.raw('mlp_only_layers');
  if (mlpOnly !== undefined && mlpOnly !== null && (!Array.isArray(mlpOnly) || !mlpOnly.every((i) => Number.isInteger(i)))) {
    throw new ConfigError(read.name('mlp_only_layers'), 'must be a list of layer numbers');
  }
  const dense = new Set<number>(Array.isArray(mlpOnly) ? (mlpOnly as number[]) : []);
  let denseLayers = 0;
  for (let i = 0; i < layers; i++) {
    const moe = i >= firstDense && i % freq === 0 && (i + 1) % step === 0 && !dense.has(i);
    if (!moe) denseLayers++;
  }
  if (denseLayers === layers) return undefined;
  return {
    experts,
    expertsPerToken: perToken,
    sharedExperts,
    expertIntermediateSize: width,
    ...(sharedWidth > 0 ? { sharedExpertIntermediateSize: sharedWidth } : {}),
    ...(denseLayers > 0 ? { denseLayers } : {}),
  };
}

/** Falcon-7B runs attention and MLP off one LayerNorm; the new decoder architecture has two. */
function falconNorms(read: ConfigReader): number {
  return read.bool('parallel_attn', true) && !read.bool('new_decoder_architecture', false) ? 1 : 2;
}

/** The geometry fields a catalog `Model` carries (a Model is an ArchitectureGeometry, refinements included). */
function modelFields(geometry: ArchitectureGeometry) {
  return { ...geometry } as Omit<Model, 'id' | 'name' | 'attention' | 'attentionKind'>;
}

/**
 * Parses a Hugging Face config.json into a catalog `Model` (id `custom`), with the parameter
 * counts computed from its geometry. Nested `text_config` (Gemma 3 and other multimodal
 * checkpoints) is read in place of the wrapper; keys left out get transformers' defaults for the
 * model type. Throws a `ConfigError` naming the key on bad input.
 * @example parseHfConfig('{"model_type":"llama","hidden_size":4096,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"intermediate_size":14336,"vocab_size":128256,"max_position_embeddings":131072}').totalParams // 8030261248
 */
export function parseHfConfig(text: string, name?: string): Model {
  if (typeof text !== 'string') throw new ConfigError('config.json', 'must be text');
  if (text.length > MAX_CONFIG_CHARS) {
    throw new ConfigError(
      'config.json',
      `is ${Math.round(text.length / 1024)} kB long; a config.json is a few kB (at most ${MAX_CONFIG_CHARS / 1024} kB here)`,
    );
  }
  if (text.trim() === '') throw new ConfigError('config.json', 'is empty: paste the text of a model’s config.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError('config.json', 'is not valid JSON (check for a missing comma, quote or brace)');
  }
  if (!isObject(parsed)) throw new ConfigError('config.json', 'must be a JSON object, { … }');

  const nested = isObject(parsed.text_config) ? parsed.text_config : undefined;
  const config: Json = nested ? { ...parsed, ...nested } : parsed;
  const outerType = typeof parsed.model_type === 'string' ? parsed.model_type : undefined;
  const innerType = nested && typeof nested.model_type === 'string' ? nested.model_type : undefined;
  const modelType = innerType ?? (outerType && (textModelTypes[outerType] ?? outerType));
  const rules = modelType !== undefined && Object.hasOwn(modelTypeDefaults, modelType) ? modelTypeDefaults[modelType] : undefined;
  const read = new ConfigReader(config, rules, nested ? 'text_config.' : '');

  const hidden = read.firstInt(['hidden_size', 'n_embd', 'd_model'], 1, LIMITS.width);
  if (hidden === undefined) throw new ConfigError(read.name('hidden_size'), 'is missing');
  const layers = read.firstInt(['num_hidden_layers', 'n_layer', 'num_layers'], 1, LIMITS.layers);
  if (layers === undefined) throw new ConfigError(read.name('num_hidden_layers'), 'is missing');
  const heads = read.firstInt(['num_attention_heads', 'n_head'], 1, LIMITS.heads);
  if (heads === undefined) throw new ConfigError(read.name('num_attention_heads'), 'is missing');
  const vocab = read.int('vocab_size', 1, LIMITS.vocab);
  const [minContext, maxContextLimit] = CATALOG_RANGES.contextTokens;
  const maxContext = read.firstInt(['max_position_embeddings', 'n_positions', 'max_sequence_length'], minContext, maxContextLimit);
  if (maxContext === undefined) throw new ConfigError(read.name('max_position_embeddings'), 'is missing');

  const falcon = rules?.falcon ?? false;
  const derivedHeadDim = hidden / heads;
  let kvHeads: number;
  if (falcon && !read.bool('new_decoder_architecture', false)) {
    kvHeads = read.bool('multi_query', true) ? 1 : heads;
  } else {
    kvHeads = read.firstInt(['num_key_value_heads', 'num_kv_heads', 'n_head_kv'], 1, heads) ?? heads;
  }
  if (heads % kvHeads !== 0) {
    throw new ConfigError(read.name('num_key_value_heads'), `(${kvHeads}) must divide num_attention_heads (${heads})`);
  }

  const mla = (rules?.mla ?? false) || (read.raw('kv_lora_rank') !== undefined && read.raw('kv_lora_rank') !== null);
  let headDim: number;
  let mlaFields: Pick<ArchitectureGeometry, 'kvLoraRank' | 'ropeHeadDim' | 'qLoraRank' | 'valueHeadDim'> = {};
  if (mla) {
    headDim = read.int('qk_nope_head_dim', 1, LIMITS.heads);
    const qLoraRank = read.raw('q_lora_rank') === null ? undefined : read.int('q_lora_rank', 1, LIMITS.width);
    mlaFields = {
      kvLoraRank: read.int('kv_lora_rank', 1, LIMITS.width),
      ropeHeadDim: read.int('qk_rope_head_dim', 1, LIMITS.heads),
      ...(qLoraRank === undefined ? {} : { qLoraRank }),
      valueHeadDim: read.int('v_head_dim', 1, LIMITS.heads, headDim),
    };
  } else {
    const explicit = read.raw('head_dim');
    if (explicit === undefined || explicit === null) {
      if (!Number.isInteger(derivedHeadDim)) {
        throw new ConfigError(
          read.name('head_dim'),
          `is missing and hidden_size ÷ num_attention_heads (${hidden} ÷ ${heads}) is not a whole number`,
        );
      }
      headDim = derivedHeadDim;
    } else headDim = read.int('head_dim', 1, LIMITS.heads);
  }

  const moe = mixtureOf(read, layers);
  const ffnKeys = falcon ? ['ffn_hidden_size', 'intermediate_size'] : ['intermediate_size', 'n_inner', 'ffn_hidden_size'];
  const intermediate = read.firstInt(ffnKeys, 1, LIMITS.ffn) ?? (falcon || moe ? 4 * hidden : undefined);
  if (intermediate === undefined) throw new ConfigError(read.name('intermediate_size'), 'is missing');

  const attentionBias = falcon ? read.bool('bias', false) : read.bool('attention_bias', false);
  const tied = read.bool('tie_word_embeddings', rules === undefined ? true : false);
  const sliding = slidingLayout(read, rules, layers, maxContext);
  const extras = rules?.sinksAndExpertBias ?? false;
  const attentionKind: AttentionKind = mla ? 'MLA' : kvHeads === heads ? 'MHA' : kvHeads === 1 ? 'MQA' : 'GQA';

  const geometry: ArchitectureGeometry = {
    vocabSize: vocab,
    hiddenSize: hidden,
    layers,
    attentionHeads: heads,
    kvHeads,
    headDim,
    intermediateSize: intermediate,
    tiedEmbeddings: tied,
    qkvBias: (rules?.qkvBiasAlways ?? false) || attentionBias,
    qkNorm: rules?.qkNorm ?? false,
    mlpKind: falcon ? 'plain' : 'gated',
    normsPerLayer: falcon ? falconNorms(read) : (rules?.normsPerLayer ?? 2),
    normBias: falcon,
    outputBias: !falcon && attentionBias && !(rules?.qkvBiasAlways ?? false),
    attentionSinks: extras,
    expertBias: extras && moe !== undefined,
    ...mlaFields,
    ...moe,
  };
  const counts = parameterCounts(geometry);
  const [minParams, maxParams] = CATALOG_RANGES.params;
  if (counts.totalParams < minParams || counts.totalParams > maxParams) {
    const billions = Number((counts.totalParams / 1e9).toPrecision(3));
    throw new ConfigError('config.json', `describes ${billions} billion parameters; the book handles 0.1 to 10,000 billion`);
  }

  const displayed = displayName(name, parsed);
  const repo = typeof parsed._name_or_path === 'string' && /^[\w.-]+\/[\w.-]+$/.test(parsed._name_or_path) ? parsed._name_or_path : '';
  const notes = [
    rules
      ? `Read as transformers reads a "${modelType}" config.`
      : `model_type ${modelType === undefined ? 'is missing' : `"${shown(modelType)}" is not one the book knows`}: head_dim = hidden_size ÷ heads, no biases, no QK-norm and a gated MLP were assumed.`,
    read.defaultsUsed.length > 0
      ? `Left out of the config, so transformers' defaults apply: ${[...new Set(read.defaultsUsed)].join(', ')}.`
      : '',
    nested ? 'Geometry from text_config (a multimodal checkpoint; the vision encoder is not counted).' : '',
  ].filter(Boolean);

  const model: Model = {
    ...modelFields(geometry),
    id: 'custom',
    name: displayed,
    family: PASTED_CONFIG,
    huggingFaceRepo: repo,
    totalParams: counts.totalParams,
    activeParams: counts.activeParams,
    paramsBasis: 'derived from geometry',
    publishedTotalParams: null,
    paramsNominal: false,
    paramsNote: 'Counted from the pasted config.json geometry: embeddings, attention, MLP or experts, norms.',
    attentionKind,
    ...(sliding ?? {}),
    maxContextTokens: maxContext,
    license: null,
    releaseDate: null,
    sourceUrl: PASTED_CONFIG,
    verifiedVia: [],
    notes: notes.join(' '),
    attention: attentionGeometryOf({ attentionKind, layers, kvHeads, headDim, ...mlaFields, ...(sliding ?? {}) }),
  };
  try {
    checkModelGeometry(model, 'custom');
  } catch (error) {
    if (error instanceof CatalogError)
      throw new ConfigError('config.json', `does not describe a model the book can size (${error.message})`);
    throw error;
  }
  return model;
}
