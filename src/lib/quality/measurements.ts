/**
 * Measured quality loss of llama.cpp quant types: how far a quantized model's next-token
 * distribution drifts from the 16-bit model's, as published in llama.cpp's perplexity README.
 *
 * Three tables from one document, transcribed as published (nothing here is estimated):
 * the LLaMA 3 8B scoreboard (every quant type, several importance-matrix settings), the
 * Llama 2 7B vs Llama 3 8B comparison (the only table with top-token agreement), and one
 * FP16-vs-BF16 row. Figures belong to the model they were measured on; perplexity differences
 * are not comparable across models or tokenizers (the README says so).
 */

// ---------------------------------------------------------------- provenance

/** Importance-matrix setting of a measured file: `'none'`, or `'WT <n>'` = imatrix from n Wikitext tokens. */
export type ImatrixSetting = 'none' | 'WT 1k' | 'WT 10k' | 'WT 100k' | 'WT 1m' | 'WT 10m';

/** The models the tables measure. */
export type QualityModelId = 'llama-3-8b' | 'llama-2-7b';

/** A measured model, named as precisely as the source allows. */
export interface QualityModel {
  /** Stable id. */
  readonly id: QualityModelId;
  /** Display name. */
  readonly name: string;
  /** The checkpoint, or `null` where the source does not name it. */
  readonly checkpoint: string | null;
}

/** The two measured models. @example qualityModels['llama-3-8b'].checkpoint // "meta-llama/Meta-Llama-3-8B" */
export const qualityModels: Readonly<Record<QualityModelId, QualityModel>> = {
  'llama-3-8b': { id: 'llama-3-8b', name: 'Llama 3 8B (base)', checkpoint: 'meta-llama/Meta-Llama-3-8B' },
  'llama-2-7b': { id: 'llama-2-7b', name: 'Llama 2 7B', checkpoint: null },
};

/** The published tables. */
export type QualityTableId = 'llama3-8b-scoreboard' | 'llama2-vs-llama3' | 'llama3-bf16-vs-fp16';

/** Where and how one table was measured. */
export interface QualityTable {
  /** Stable id. */
  readonly id: QualityTableId;
  /** The table's heading in the source. */
  readonly title: string;
  /** Models measured. */
  readonly models: readonly QualityModelId[];
  /** What the quantized logits are compared against. */
  readonly reference: string;
  /** Text the metrics are computed over. */
  readonly dataset: string;
  /** Machine and backend as stated in the source. */
  readonly hardware: string;
  /** llama.cpp commit the numbers were produced with. */
  readonly llamaCppRevision: string;
  /** The published document. */
  readonly url: string;
  /** Where the figures were read from when not from the URL itself. */
  readonly retrievedVia: string;
  /** Caveats a reader needs. */
  readonly notes: string;
}

const PERPLEXITY_README = 'https://github.com/ggml-org/llama.cpp/blob/master/tools/perplexity/README.md';
const RETRIEVED_VIA = 'README text as vendored in a public copy of llama.cpp; same scoreboard posted in ggml-org/llama.cpp PR #6936';
const WIKITEXT = 'Wikitext-2 test set, llama-perplexity at its default settings (the README’s stated convention)';

/** Provenance of every table. @example qualityTables[0]!.llamaCppRevision // "f364eb6f" */
export const qualityTables: readonly QualityTable[] = [
  {
    id: 'llama3-8b-scoreboard',
    title: 'LLaMA 3 8b Scoreboard',
    models: ['llama-3-8b'],
    reference: 'FP16 logits of the same model (stored as 16-bit integers between runs)',
    dataset: WIKITEXT,
    hardware: '1× NVIDIA RTX 4090, AMD Epyc 7742, CUDA backend',
    llamaCppRevision: 'f364eb6f',
    url: PERPLEXITY_README,
    retrievedVia: RETRIEVED_VIA,
    notes:
      'The f16 row measures only the 16-bit storage of the reference logits: the floor under every other row. "WT" imatrices were built from n Wikitext tokens.',
  },
  {
    id: 'llama2-vs-llama3',
    title: 'LLaMA 2 vs. LLaMA 3 Quantization comparison',
    models: ['llama-2-7b', 'llama-3-8b'],
    reference: 'FP16 logits of the same model',
    dataset: WIKITEXT,
    hardware: '1× NVIDIA RTX 4090, AMD Epyc 7742, CUDA backend',
    llamaCppRevision: 'f364eb6f',
    url: PERPLEXITY_README,
    retrievedVia: RETRIEVED_VIA,
    notes: 'No imatrix. The Llama 3 8B columns are the same runs as the scoreboard’s no-imatrix rows; this table adds top-token agreement.',
  },
  {
    id: 'llama3-bf16-vs-fp16',
    title: 'LLaMA 3 BF16 vs. FP16 comparison',
    models: ['llama-3-8b'],
    reference: 'BF16 logits of the same model (the FP16 model is the one measured)',
    dataset: WIKITEXT,
    hardware: 'AMD Epyc 7742, CPU backend, no GPU',
    llamaCppRevision: '83330d8c',
    url: PERPLEXITY_README,
    retrievedVia: RETRIEVED_VIA,
    notes: 'Shows that converting BF16 weights to FP16 costs almost nothing, so FP16 is a fair reference.',
  },
];

/**
 * The provenance of one table; throws a `RangeError` for an unknown id.
 * @example qualityTable('llama3-bf16-vs-fp16').hardware // "AMD Epyc 7742, CPU backend, no GPU"
 */
export function qualityTable(id: QualityTableId): QualityTable {
  const table = qualityTables.find((t) => t.id === id);
  if (!table) throw new RangeError(`Unknown quality table "${String(id)}". Known: ${qualityTables.map((t) => t.id).join(', ')}.`);
  return table;
}

// ---------------------------------------------------------------- measurements

/** One published row: one model, one quant type, one imatrix setting. */
export interface QualityMeasurement {
  /** The table it comes from. */
  readonly table: QualityTableId;
  /** The model measured. */
  readonly model: QualityModelId;
  /** Quant type as the source spells it (`'q4_K_M'`, `'iq2_XXS'`, `'f16'`). */
  readonly quant: string;
  /** Importance matrix used when quantizing. */
  readonly imatrix: ImatrixSetting;
  /** File size in GiB, or `null` where the table does not give it. */
  readonly modelSizeGiB: number | null;
  /** Mean perplexity of the measured model. */
  readonly ppl: number;
  /** Perplexity minus the reference model's perplexity. */
  readonly deltaPpl: number;
  /** Mean per-token KL divergence from the reference, in nats. */
  readonly kldNats: number;
  /** Mean change in the probability of the correct token, percentage points. */
  readonly meanDeltaPPercent: number;
  /** Root mean square change in token probabilities, percentage points. */
  readonly rmsDeltaPPercent: number;
  /** Positions where both models rank the same token first, percent; `null` where not published. */
  readonly sameTopPPercent: number | null;
}

// Columns as in the source: quant, imatrix, size GiB, PPL, ΔPPL, KLD, mean Δp %, RMS Δp %.
type ScoreboardLine = readonly [string, ImatrixSetting, number, number, number, number, number, number];

// LLaMA 3 8B scoreboard, in the source's order (by KLD). q4_1's mean Δp equals q4_K_S's as published.
const SCOREBOARD: readonly ScoreboardLine[] = [
  ['f16', 'none', 14.97, 6.23316, 0.001524, 0.000551, 0.001, 0.787],
  ['q8_0', 'none', 7.96, 6.234284, 0.00265, 0.001355, -0.019, 1.198],
  ['q6_K', 'none', 6.14, 6.253382, 0.021748, 0.005452, -0.007, 2.295],
  ['q5_K_M', 'none', 5.33, 6.288607, 0.056974, 0.010762, -0.114, 3.16],
  ['q5_K_S', 'none', 5.21, 6.336598, 0.104964, 0.016595, -0.223, 3.918],
  ['q5_1', 'none', 5.65, 6.337857, 0.106223, 0.018045, -0.287, 4.123],
  ['q5_0', 'none', 5.21, 6.363224, 0.131591, 0.022239, -0.416, 4.634],
  ['q4_K_M', 'WT 10m', 4.58, 6.382937, 0.151303, 0.028152, -0.389, 5.251],
  ['q4_K_M', 'none', 4.58, 6.407115, 0.175482, 0.031273, -0.596, 5.519],
  ['q4_K_S', 'WT 10m', 4.37, 6.409697, 0.178064, 0.031951, -0.531, 5.645],
  ['iq4_NL', 'WT 10m', 4.35, 6.455593, 0.223959, 0.035742, -0.59, 5.998],
  ['iq4_XS', 'WT 10m', 4.14, 6.459705, 0.228071, 0.036334, -0.668, 6.044],
  ['q4_K_S', 'none', 4.37, 6.500529, 0.268895, 0.043136, -0.927, 6.562],
  ['q4_1', 'none', 4.78, 6.682737, 0.451103, 0.071683, -0.927, 8.512],
  ['q4_0', 'none', 4.34, 6.700147, 0.468514, 0.07194, -1.588, 8.434],
  ['q3_K_L', 'WT 10m', 4.03, 6.671223, 0.43959, 0.073077, -0.94, 8.662],
  ['q3_K_M', 'WT 10m', 3.74, 6.734255, 0.502622, 0.084358, -1.198, 9.292],
  ['q3_K_L', 'none', 4.03, 6.787876, 0.556242, 0.087176, -1.532, 9.432],
  ['q3_K_M', 'none', 3.74, 6.888498, 0.656864, 0.101913, -1.99, 10.203],
  ['iq3_M', 'WT 10m', 3.53, 6.898327, 0.666694, 0.102534, -3.178, 10.513],
  ['iq3_S', 'WT 10m', 3.42, 6.965501, 0.733867, 0.111278, -3.066, 10.845],
  ['iq3_XS', 'WT 10m', 3.28, 7.163043, 0.931409, 0.138693, -3.667, 12.148],
  ['iq3_XXS', 'WT 10m', 3.05, 7.458436, 1.226803, 0.183625, -3.918, 13.836],
  ['q3_K_S', 'WT 10m', 3.41, 7.602878, 1.371244, 0.199821, -5.046, 14.98],
  ['q3_K_S', 'none', 3.41, 7.863786, 1.632152, 0.228217, -5.604, 15.541],
  ['iq2_M', 'WT 10m', 2.74, 8.600799, 2.369166, 0.325989, -6.463, 18.519],
  ['q2_K', 'WT 10k', 2.96, 8.65229, 2.420657, 0.331393, -6.606, 18.79],
  ['q2_K', 'WT 100k', 2.96, 8.641993, 2.410359, 0.331672, -6.628, 18.856],
  ['q2_K', 'WT 10m', 2.96, 8.647825, 2.416191, 0.332223, -6.5, 18.881],
  ['q2_K', 'WT 1m', 2.96, 8.674365, 2.442732, 0.335308, -6.634, 19.009],
  ['q2_K', 'WT 1k', 2.96, 8.682605, 2.450972, 0.337093, -6.596, 18.977],
  ['q2_K_S', 'WT 10m', 2.96, 9.323778, 3.092145, 0.40336, -7.131, 20.05],
  ['q2_K_S', 'WT 1m', 2.96, 9.329321, 3.097688, 0.40359, -7.289, 20.123],
  ['q2_K_S', 'WT 100k', 2.96, 9.362973, 3.131339, 0.408367, -7.198, 20.132],
  ['q2_K_S', 'WT 10k', 2.96, 9.376479, 3.144846, 0.408662, -7.141, 20.12],
  ['q2_K_S', 'WT 1k', 2.96, 9.4152, 3.183567, 0.415865, -7.153, 20.311],
  ['iq2_S', 'WT 10m', 2.56, 9.650781, 3.419148, 0.439197, -8.319, 21.491],
  ['q2_K', 'none', 2.96, 9.751568, 3.519934, 0.445132, -9.123, 21.421],
  ['iq2_XS', 'WT 10m', 2.43, 10.761424, 4.529791, 0.54629, -10.576, 23.872],
  ['iq2_XXS', 'WT 10m', 2.24, 14.091782, 7.860148, 0.812022, -14.363, 28.576],
  ['iq1_M', 'WT 10m', 2.01, 25.493722, 19.262089, 1.393084, -24.672, 38.287],
  ['iq1_S', 'WT 1m', 1.88, 58.09776, 51.866126, 2.211278, -32.471, 46.418],
  ['iq1_S', 'WT 1k', 1.88, 58.267851, 52.036218, 2.214858, -31.88, 46.33],
  ['iq1_S', 'WT 100k', 1.88, 58.581498, 52.349864, 2.220834, -32.261, 46.002],
  ['iq1_S', 'WT 10m', 1.88, 60.694593, 54.462959, 2.254554, -31.973, 46.271],
  ['iq1_S', 'WT 10k', 1.88, 63.221324, 56.989691, 2.293527, -32.261, 46.562],
];

// Columns: model, quant, mean PPL, ΔPPL, KLD, mean Δp %, RMS Δp %, same top p %.
type ComparisonLine = readonly [QualityModelId, string, number, number, number, number, number, number];

// Llama 2 7B vs Llama 3 8B, column by column as in the source (no imatrix, no file sizes given).
const LLAMA2_VS_LLAMA3: readonly ComparisonLine[] = [
  ['llama-2-7b', 'q2_K', 5.794552, 0.625552, 0.108903, -2.71, 9.762, 85.584],
  ['llama-3-8b', 'q2_K', 9.751568, 3.519934, 0.445132, -9.123, 21.421, 71.138],
  ['llama-2-7b', 'q4_K_M', 5.877078, 0.082526, 0.012686, -0.416, 3.252, 94.665],
  ['llama-3-8b', 'q4_K_M', 6.407115, 0.175482, 0.031273, -0.596, 5.519, 91.901],
  ['llama-2-7b', 'q6_K', 5.808494, 0.013941, 0.002098, -0.035, 1.339, 97.52],
  ['llama-3-8b', 'q6_K', 6.253382, 0.021748, 0.005452, -0.007, 2.295, 96.031],
  ['llama-2-7b', 'q8_0', 5.798542, 0.00399, 0.000369, -0.005, 0.618, 98.846],
  ['llama-3-8b', 'q8_0', 6.234284, 0.00265, 0.001355, -0.019, 1.198, 97.674],
];

/** Every published row of the three tables, scoreboard first. @example qualityMeasurements.length // 55 */
export const qualityMeasurements: readonly QualityMeasurement[] = [
  ...SCOREBOARD.map(([quant, imatrix, modelSizeGiB, ppl, deltaPpl, kldNats, meanDeltaPPercent, rmsDeltaPPercent]): QualityMeasurement => ({
    table: 'llama3-8b-scoreboard',
    model: 'llama-3-8b',
    quant,
    imatrix,
    modelSizeGiB,
    ppl,
    deltaPpl,
    kldNats,
    meanDeltaPPercent,
    rmsDeltaPPercent,
    sameTopPPercent: null,
  })),
  ...LLAMA2_VS_LLAMA3.map(
    ([model, quant, ppl, deltaPpl, kldNats, meanDeltaPPercent, rmsDeltaPPercent, sameTopPPercent]): QualityMeasurement => ({
      table: 'llama2-vs-llama3',
      model,
      quant,
      imatrix: 'none',
      modelSizeGiB: null,
      ppl,
      deltaPpl,
      kldNats,
      meanDeltaPPercent,
      rmsDeltaPPercent,
      sameTopPPercent,
    }),
  ),
  // FP16 model measured against BF16 logits; "Mean PPL(Q)-PPL(base)" is the ΔPPL.
  {
    table: 'llama3-bf16-vs-fp16',
    model: 'llama-3-8b',
    quant: 'f16',
    imatrix: 'none',
    modelSizeGiB: null,
    ppl: 6.227711,
    deltaPpl: 0.002517,
    kldNats: 0.00002515,
    meanDeltaPPercent: -0.0000745,
    rmsDeltaPPercent: 0.15,
    sameTopPPercent: 99.739,
  },
];

/**
 * The rows of one table, optionally of one model only, in the source's order.
 * @example qualityRows('llama2-vs-llama3', 'llama-2-7b').length // 4
 */
export function qualityRows(table: QualityTableId, model?: QualityModelId): readonly QualityMeasurement[] {
  qualityTable(table);
  return qualityMeasurements.filter((m) => m.table === table && (model === undefined || m.model === model));
}

/** One Llama 2 7B row and the Llama 3 8B row measured at the same quant type. */
export interface ModelQualityPair {
  /** Quant type as the source spells it. */
  readonly quant: string;
  /** The Llama 2 7B row. */
  readonly llama2: QualityMeasurement;
  /** The Llama 3 8B row. */
  readonly llama3: QualityMeasurement;
}

/**
 * The Llama 2 7B vs Llama 3 8B table as pairs, one per shared quant type.
 * @example llama2VsLlama3Pairs().map((p) => p.quant) // ["q2_K", "q4_K_M", "q6_K", "q8_0"]
 */
export function llama2VsLlama3Pairs(): readonly ModelQualityPair[] {
  const rows = qualityRows('llama2-vs-llama3');
  const pairs: ModelQualityPair[] = [];
  for (const llama2 of rows.filter((r) => r.model === 'llama-2-7b')) {
    const llama3 = rows.find((r) => r.model === 'llama-3-8b' && r.quant === llama2.quant);
    if (llama3) pairs.push({ quant: llama2.quant, llama2, llama3 });
  }
  return pairs;
}
