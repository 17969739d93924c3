/**
 * A sampler chain: the repetition penalty on the logits, then top-k, top-p and min-p, with the
 * temperature applied either last (llama.cpp's default chain: the filters see the model's own
 * distribution and τ only reshapes what survives) or first (Hugging Face transformers: the filters
 * see the distribution τ has already sharpened or flattened). The two agree at τ = 1 and at τ = 0,
 * which is greedy decoding either way.
 */
import { minPMask, repetitionPenalty, topKMask, topPMask } from './filters';
import { argmax, softmax } from './softmax';

/** A sampler's settings; each filter has a value that turns it off. */
export interface SamplerSettings {
  /** τ ≥ 0; 0 is greedy (always the top token). */
  readonly temperature: number;
  /** Keep the k most probable tokens; 0 keeps all. */
  readonly topK: number;
  /** Keep the most probable tokens until their share reaches this; 1 keeps all. */
  readonly topP: number;
  /** Keep the tokens at least this share as probable as the top one; 0 keeps all. */
  readonly minP: number;
  /** θ on recent tokens' logits; 1 changes nothing. */
  readonly repeatPenalty: number;
}

/**
 * llama.cpp's defaults (common/common.h, `common_params_sampling`): τ 0.8, top-k 40, top-p 0.95,
 * min-p 0.05, repetition penalty off.
 * @example LLAMA_CPP_SAMPLER_DEFAULTS.minP // 0.05
 */
export const LLAMA_CPP_SAMPLER_DEFAULTS: SamplerSettings = { temperature: 0.8, topK: 40, topP: 0.95, minP: 0.05, repeatPenalty: 1 };

/** Where the temperature sits in the chain. */
export type SamplerOrder = 'temperature-last' | 'temperature-first';

/** A next-token distribution after the sampler chain. */
export interface ShapedDistribution {
  /** The model's own distribution (softmax at τ = 1 of the penalised logits). */
  readonly modelProbabilities: readonly number[];
  /** The distribution a token is drawn from: 0 for every token the filters removed. */
  readonly probabilities: readonly number[];
  /** Which tokens survive the filters. */
  readonly kept: readonly boolean[];
  /** How many survive. */
  readonly keptCount: number;
  /** The model's probability mass on the survivors, 0–1. */
  readonly massKept: number;
}

/**
 * The distribution the sampler draws from, for `logits` and `settings`; `penalized` are the
 * indexes of recent tokens the repetition penalty applies to.
 * @example shapeDistribution([2, 1, 0], { temperature: 1, topK: 2, topP: 1, minP: 0, repeatPenalty: 1 }).keptCount // 2
 */
export function shapeDistribution(
  logits: readonly number[],
  settings: SamplerSettings,
  options: { readonly order?: SamplerOrder; readonly penalized?: readonly number[] } = {},
): ShapedDistribution {
  const order = options.order ?? 'temperature-last';
  const penalized = repetitionPenalty(logits, options.penalized ?? [], settings.repeatPenalty);
  const model = softmax(penalized);
  // The distribution the filters judge: the model's own, or the one τ has reshaped.
  const judged = order === 'temperature-first' && settings.temperature > 0 ? softmax(penalized, settings.temperature) : model;
  let kept = topKMask(judged, settings.topK);
  kept = topPMask(judged, settings.topP, kept);
  kept = minPMask(judged, settings.minP, kept);
  if (settings.temperature === 0) {
    // Greedy: the top token, which no filter ever removes.
    const top = argmax(penalized);
    kept = kept.map((_, i) => i === top);
  } else if (settings.temperature < 0 || !Number.isFinite(settings.temperature)) {
    throw new RangeError(`temperature must be a finite number of at least 0 (got ${String(settings.temperature)}).`);
  }
  const scaled = settings.temperature === 0 ? model : softmax(penalized, settings.temperature);
  const survivorsMass = scaled.reduce((sum, p, i) => sum + (kept[i] ? p : 0), 0);
  const probabilities = scaled.map((p, i) => (kept[i] ? p / survivorsMass : 0));
  return {
    modelProbabilities: model,
    probabilities,
    kept,
    keptCount: kept.filter(Boolean).length,
    massKept: model.reduce((sum, p, i) => sum + (kept[i] ? p : 0), 0),
  };
}
