/**
 * Measured quality cost of a quantized KV cache in llama.cpp: the KL divergence from FP16 logits
 * when the weights, the K cache and the V cache are each stored at 16 bits or quantized, from
 * the measurements posted with llama.cpp's quantized-KV-cache work (PR #7412). As published;
 * nothing here is estimated. The rows show two things chapter 3 and chapter 6 rely on: keys
 * are more sensitive to rounding than values, and a q8_0 cache moves predictions less than
 * q8_0 weights do.
 */

/** The storage type of weights, K or V in one measured run. */
export type KvRunType = 'f16' | 'q8_0' | 'q5_1';

/** One measured run. */
export interface KvCacheQualityRow {
  /** Weight type of the model file. */
  readonly weights: KvRunType;
  /** K cache type. */
  readonly k: KvRunType;
  /** V cache type. */
  readonly v: KvRunType;
  /** Mean bits per cached value over K and V, as published ("KV BPV"). */
  readonly kvBitsPerValue: number;
  /** Mean KL divergence from the FP16 logits, nats. */
  readonly kldNats: number;
}

/** Where the rows come from. @example kvCacheQualitySource.dataset // "Wikitext-2 test, llama-perplexity" */
export const kvCacheQualitySource = {
  title: 'CUDA: quantized KV cache demo, first results (J. Gäßler, 20 May 2024)',
  url: 'https://github.com/ggml-org/llama.cpp/pull/7412',
  dataset: 'Wikitext-2 test, llama-perplexity',
  model:
    'Not named in the comment; its FP16 perplexity (6.2322) matches the Llama 3 8B scoreboard of tools/perplexity/README.md (6.2332), measured by the same author.',
  notes: 'Columns read as weights / K / V. The f16/f16/f16 row is the run-to-run floor (the reference logits are stored at 16 bits).',
} as const;

/** The measured rows, in the order published. @example kvCacheQualityRows.length // 7 */
export const kvCacheQualityRows: readonly KvCacheQualityRow[] = [
  { weights: 'f16', k: 'f16', v: 'f16', kvBitsPerValue: 16, kldNats: 0.000189 },
  { weights: 'f16', k: 'f16', v: 'q8_0', kvBitsPerValue: 12.25, kldNats: 0.000743 },
  { weights: 'f16', k: 'q8_0', v: 'f16', kvBitsPerValue: 12.25, kldNats: 0.000944 },
  { weights: 'f16', k: 'q8_0', v: 'q8_0', kvBitsPerValue: 8.5, kldNats: 0.00098 },
  { weights: 'q8_0', k: 'f16', v: 'f16', kvBitsPerValue: 16, kldNats: 0.001363 },
  { weights: 'q8_0', k: 'q8_0', v: 'q8_0', kvBitsPerValue: 8.5, kldNats: 0.001552 },
  { weights: 'f16', k: 'f16', v: 'q5_1', kvBitsPerValue: 11, kldNats: 0.001759 },
];

/**
 * The measured run with these weight, K and V types; throws if it was not measured.
 * @example kvCacheQuality('f16', 'q8_0', 'f16').kldNats // 0.000944
 */
export function kvCacheQuality(weights: KvRunType, k: KvRunType, v: KvRunType): KvCacheQualityRow {
  const row = kvCacheQualityRows.find((r) => r.weights === weights && r.k === k && r.v === v);
  if (!row) throw new RangeError(`No measured run with weights ${weights}, K ${k}, V ${v}.`);
  return row;
}
