/**
 * The mid-2023 llama.cpp README table of LLaMA 7B and 13B perplexity per quant type: the
 * classic "bigger and coarser vs smaller and finer" comparison, kept as history.
 */

/** The two models of the mid-2023 llama.cpp README table. */
export type LegacyLlamaModel = 'LLaMA 7B' | 'LLaMA 13B';

/** One cell pair of that table: a model at a quant type, its perplexity and (legacy types only) its file size. */
export interface LegacyPerplexityRow {
  /** The (original, 2023) LLaMA model. */
  readonly model: LegacyLlamaModel;
  /** Quant type as the README spells it. */
  readonly quant: string;
  /** Wikitext-2 perplexity at context 512. */
  readonly ppl: number;
  /** File size as published ("6.7G"); the README's G are GiB (7B Q8_0: 6.74e9 × 8.5 bits = 6.67 GiB). Null for k-quants, which the table gives no size for. */
  readonly fileSizeGiB: number | null;
}

/** Where the LLaMA 7B / 13B table comes from. @example legacyLlamaSource.dataset // "Wikitext-2, context 512" */
export const legacyLlamaSource = {
  title: 'llama.cpp README, "Quantization" section (mid-2023; k-quant rows from PR #1684)',
  url: 'https://github.com/ggml-org/llama.cpp/blob/bac66994cf356cf488078c056831396eb4ce31d5/README.md#quantization',
  retrievedVia:
    'the table as it stood in llama.cpp README.md in mid-2023 (its git history: https://github.com/ggml-org/llama.cpp/commits/master/README.md), read from copies quoted in other repositories',
  dataset: 'Wikitext-2, context 512',
} as const;

// Columns: quant, LLaMA 7B perplexity, LLaMA 13B perplexity, as published.
const LEGACY_PPL: readonly (readonly [string, number, number])[] = [
  ['Q2_K', 6.7764, 5.8545],
  ['Q3_K_S', 6.4571, 5.6033],
  ['Q3_K_M', 6.1503, 5.4498],
  ['Q3_K_L', 6.0869, 5.4063],
  ['Q4_0', 6.1565, 5.386],
  ['Q4_1', 6.0912, 5.3608],
  ['Q4_K_S', 6.0215, 5.3404],
  ['Q4_K_M', 5.9601, 5.3002],
  ['Q5_0', 5.9862, 5.2856],
  ['Q5_1', 5.9481, 5.2706],
  ['Q5_K_S', 5.9419, 5.2785],
  ['Q5_K_M', 5.9208, 5.2638],
  ['Q6_K', 5.911, 5.2568],
  ['Q8_0', 5.907, 5.2548],
  ['F16', 5.9066, 5.2543],
];

// File sizes (GiB) of the legacy types, as published.
const LEGACY_SIZE_GIB: Readonly<Record<LegacyLlamaModel, Readonly<Record<string, number>>>> = {
  'LLaMA 7B': { F16: 13.0, Q4_0: 3.5, Q4_1: 3.9, Q5_0: 4.3, Q5_1: 4.7, Q8_0: 6.7 },
  'LLaMA 13B': { F16: 25.0, Q4_0: 6.8, Q4_1: 7.6, Q5_0: 8.3, Q5_1: 9.1, Q8_0: 13 },
};

/** Every cell of the LLaMA 7B / 13B perplexity table, 7B first. @example legacyLlamaRows.length // 30 */
export const legacyLlamaRows: readonly LegacyPerplexityRow[] = (['LLaMA 7B', 'LLaMA 13B'] as const).flatMap((model, column) =>
  LEGACY_PPL.map(([quant, ppl7, ppl13]): LegacyPerplexityRow => ({
    model,
    quant,
    ppl: column === 0 ? ppl7 : ppl13,
    fileSizeGiB: LEGACY_SIZE_GIB[model][quant] ?? null,
  })),
);

/**
 * One cell of the LLaMA 7B / 13B table; throws a `RangeError` when it is not there.
 * @example legacyLlamaRow('LLaMA 13B', 'Q4_0').ppl // 5.386
 */
export function legacyLlamaRow(model: LegacyLlamaModel, quant: string): LegacyPerplexityRow {
  const row = legacyLlamaRows.find((r) => r.model === model && r.quant.toUpperCase() === String(quant).trim().toUpperCase());
  if (!row) throw new RangeError(`No ${model} row for "${quant}" in the 2023 table.`);
  return row;
}
