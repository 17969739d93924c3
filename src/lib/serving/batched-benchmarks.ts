/**
 * Measured batched decode throughput: llama.cpp's llama-batched-bench on an NVIDIA DGX Spark, as
 * published in the llama.cpp repository. Each series decodes 1…32 parallel sequences, each with
 * its own prompt, generating 32 tokens; the figure is tokens generated per second summed over all
 * sequences. Copied from the source into typed data; `tests/fixtures` holds the rows verbatim.
 */
import { requireFinite, requirePositive } from '../core/guard';
import { gibToBytes } from '../core/units';

/** One measured point. */
export interface BatchedMeasurement {
  /** Sequences decoded in parallel (llama-batched-bench `-npl`). */
  readonly parallelSequences: number;
  /** Generated tokens per second, all sequences together (the S_TG column). */
  readonly aggregateDecodeTokensPerSecond: number;
}

/** A model run at several batch sizes on one device. */
export interface BatchedSeries {
  /** Stable id, used in links. */
  readonly id: string;
  /** The model as the benchmark names it. */
  readonly benchmarkModel: string;
  /** The catalog model with the same architecture. */
  readonly modelId: string;
  /** How the benchmarked checkpoint relates to the catalog model. */
  readonly modelNote: string;
  /** Quantization as llama.cpp names it. */
  readonly quant: string;
  /** GGUF file size in bytes (llama.cpp prints GiB). */
  readonly fileBytes: number;
  /** Catalog device id. */
  readonly deviceId: string;
  /** Prompt tokens per sequence (`-npp`). */
  readonly promptTokens: number;
  /** Tokens generated per sequence (`-ntg`). */
  readonly generatedTokens: number;
  /** Engine and tool. */
  readonly engine: string;
  /** The points, by batch size. */
  readonly points: readonly BatchedMeasurement[];
  /** Where the numbers were published. */
  readonly source: string;
}

const SOURCE =
  'https://github.com/ggml-org/llama.cpp/blob/master/benches/dgx-spark.md (commit 4c7e9893c4ca8eec35d032726d14b74fae76cff8; llama.cpp build 2f68ce7cf (6918))';
const ENGINE = 'llama.cpp llama-batched-bench';

function series(
  id: string,
  benchmarkModel: string,
  modelId: string,
  modelNote: string,
  quant: string,
  fileGiB: number,
  promptTokens: number,
  tokensPerSecond: readonly number[],
): BatchedSeries {
  return {
    id,
    benchmarkModel,
    modelId,
    modelNote,
    quant,
    fileBytes: gibToBytes(fileGiB),
    deviceId: 'dgx-spark',
    promptTokens,
    generatedTokens: 32,
    engine: ENGINE,
    points: tokensPerSecond.map((tps, i) => ({ parallelSequences: 2 ** i, aggregateDecodeTokensPerSecond: tps })),
    source: SOURCE,
  };
}

/**
 * Every batched series measured on the DGX Spark, at 1, 2, 4, 8, 16 and 32 parallel sequences.
 * @example dgxSparkBatchedSeries[0]!.points[5] // { "parallelSequences": 32, "aggregateDecodeTokensPerSecond": 614.82 }
 */
export const dgxSparkBatchedSeries: readonly BatchedSeries[] = [
  series(
    'gpt-oss-20b-512',
    'gpt-oss-20b',
    'gpt-oss-20b',
    'The catalog model itself.',
    'MXFP4',
    11.27,
    512,
    [81.11, 95.0, 151.9, 254.09, 400.94, 614.82],
  ),
  series(
    'gpt-oss-20b-4096',
    'gpt-oss-20b',
    'gpt-oss-20b',
    'The catalog model itself.',
    'MXFP4',
    11.27,
    4096,
    [77.97, 87.18, 139.9, 216.7, 310.48, 422.45],
  ),
  series(
    'gpt-oss-120b-512',
    'gpt-oss-120b',
    'gpt-oss-120b',
    'The catalog model itself.',
    'MXFP4',
    59.02,
    512,
    [57.28, 60.35, 95.08, 146.65, 220.02, 312.56],
  ),
  series(
    'qwen3-coder-30b-a3b-512',
    'Qwen3-Coder-30B-A3B',
    'qwen3-30b-a3b',
    'Qwen3-Coder-30B-A3B shares Qwen3-30B-A3B’s architecture (48 layers, 128 experts, 8 per token).',
    'Q8_0',
    30.25,
    512,
    [57.63, 64.11, 102.01, 154.91, 232.98, 345.01],
  ),
  series(
    'qwen2.5-coder-7b-512',
    'Qwen2.5-Coder-7B',
    'qwen2.5-7b',
    'Qwen2.5-Coder-7B shares Qwen2.5-7B’s architecture.',
    'Q8_0',
    7.54,
    512,
    [29.24, 54.46, 104.33, 195.67, 335.01, 593.27],
  ),
  series(
    'gemma-3-4b-it-qat-512',
    'gemma-3-4b-it-qat',
    'gemma-3-4b',
    'The instruction-tuned, quantization-aware-trained Gemma 3 4B; same architecture.',
    'Q4_0',
    2.35,
    512,
    [78.38, 126.21, 231.11, 369.93, 550.47, 801.81],
  ),
];

/**
 * Bits per weight implied by a file: its bytes × 8 ÷ the parameters it holds, spread evenly. Files
 * that keep some tensors at higher precision (gpt-oss keeps attention in 16 bits next to MXFP4
 * experts) read more than this per active weight.
 * @example fileBitsPerWeight(11.27 * 2 ** 30, 20.91e9) // ≈ 4.63
 */
export function fileBitsPerWeight(fileBytes: number, params: number): number {
  requireFinite('fileBytes', fileBytes, 1);
  requirePositive('params', params);
  return (fileBytes * 8) / params;
}

/**
 * Mean context during a batched-bench run: the prompt plus half the generated tokens.
 * @example meanDecodeContextTokens(dgxSparkBatchedSeries[0]!) // 528
 */
export function meanDecodeContextTokens(run: Pick<BatchedSeries, 'promptTokens' | 'generatedTokens'>): number {
  return run.promptTokens + run.generatedTokens / 2;
}

/** The series with `id`, or undefined. @example batchedSeries('gpt-oss-120b-512')?.quant // "MXFP4" */
export function batchedSeries(id: string): BatchedSeries | undefined {
  return dgxSparkBatchedSeries.find((s) => s.id === id);
}

/** The settings of the throughput instrument that a measurement fixes or leaves. */
export interface MeasurementLinkState {
  /** Measurement id, or the instrument's "none". */
  readonly bench: string;
  readonly model: string;
  readonly device: string;
  /** Context per sequence, tokens. */
  readonly ctx: number;
  readonly quant: string;
}

const FIXED_BY_MEASUREMENT = { model: 'model', device: 'device', ctx: 'context', quant: 'quant type' } as const;

/**
 * Reconciles a link's settings with a measurement, which fixes the model, device, file and
 * context: a link that names a model, device, context or quant but no measurement means "no
 * measurement" (its settings are honoured); a link that names a measurement and a conflicting
 * model, device or context keeps the measurement and says which settings it did not use.
 * @example measurementLinkState({ bench: 'gpt-oss-20b-512', model: 'llama-3.1-8b', device: 'dgx-spark', ctx: 528, quant: 'Q4_K_M' }, new Set(['model']), 'none').state.bench // "none"
 */
export function measurementLinkState<T extends MeasurementLinkState>(
  state: T,
  given: ReadonlySet<string>,
  none: string,
): { state: T; notices: string[] } {
  const run = state.bench === none ? undefined : batchedSeries(state.bench);
  if (!run) return { state, notices: [] };
  // A measurement runs its own file, so any quant type in the link conflicts with it.
  const scenario = { model: run.modelId, device: run.deviceId, ctx: meanDecodeContextTokens(run), quant: undefined };
  const conflicts = (Object.keys(FIXED_BY_MEASUREMENT) as (keyof typeof FIXED_BY_MEASUREMENT)[]).filter(
    (key) => given.has(key) && state[key] !== scenario[key],
  );
  if (conflicts.length === 0) return { state, notices: [] };
  // The measurement is only the default: the link's scenario settings replace it.
  if (!given.has('bench')) return { state: { ...state, bench: none }, notices: [] };
  const names = conflicts.map((key) => FIXED_BY_MEASUREMENT[key]).join(' and ');
  return {
    state: { ...state, model: scenario.model, device: scenario.device, ctx: scenario.ctx },
    notices: [
      `The link picks a measurement, which fixes the model, device and context, so its ${names} setting${conflicts.length > 1 ? 's were' : ' was'} not used.`,
    ],
  };
}
