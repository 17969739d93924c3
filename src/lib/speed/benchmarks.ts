/**
 * Measured vs predicted. Published single-stream decode speeds (llama.cpp) copied from their
 * sources, matched to catalog devices and models, and set against the bandwidth ceiling. The
 * ratio measured ÷ ceiling is the efficiency real engines reach; its spread turns a ceiling into
 * a predicted range. Every row we cannot check is listed with the reason.
 */
import { decodeCeilingTokensPerSecond, type EfficiencyBand } from './bandwidth';
import { extraDecodeRows, extraModelMappings, extraBenchmarkSources, type ExtraSourceId } from './benchmarks-extra';
import { decodeReadBytes } from './read-bytes';
import { deviceByAlias, requireDevice, type Device } from '../catalog/hardware';
import { requireModel, type Model } from '../catalog/models';
import { kvCacheType } from '../memory/kv';
import { CALIBRATION_PARAMS, quantFormat, type QuantFormat } from '../quant/formats';
import { gibToBytes } from '../core/units';

/** The publications the rows come from. */
export type BenchmarkSourceId =
  'xiongjiedai-llama3' | 'llamacpp-dgx-spark' | 'llamacpp-dgx-spark-batched' | 'llamacpp-quantize-readme' | ExtraSourceId;

/** How a publication measured, and where to read it. */
export interface BenchmarkSource {
  readonly id: BenchmarkSourceId;
  /** Bibliography id (src/content/bibliography.ts). */
  readonly cite: string;
  readonly url: string;
  /** What was run, in a sentence. */
  readonly method: string;
  /** Tokens already in context before the timed tokens, when the source does not print it per row. */
  readonly defaultDepthTokens: number;
}

/** The publications, with how each one measured. @example benchmarkSources['xiongjiedai-llama3'].defaultDepthTokens // 0 */
export const benchmarkSources: Readonly<Record<BenchmarkSourceId, BenchmarkSource>> = {
  ...extraBenchmarkSources,
  'xiongjiedai-llama3': {
    id: 'xiongjiedai-llama3',
    cite: 'gpu-benchmarks-llm',
    url: 'https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference (README.md, commit aa72e0ec86c356c41f8281c9733e9a13c3675800)',
    method:
      'llama.cpp ./main with -n 1024 (spring 2024 build): average generation speed over 1,024 generated tokens after a short prompt. Written here as tg1024; the prompt length is not stated, so depth 0 is a lower bound on the context and the ceiling stays an upper bound. Multi-GPU rows are layer-split across cards; out-of-memory cells are omitted.',
    defaultDepthTokens: 0,
  },
  'llamacpp-dgx-spark': {
    id: 'llamacpp-dgx-spark',
    cite: 'llamacpp-dgx-spark',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/benches/dgx-spark.md (commit 4c7e9893c4ca8eec35d032726d14b74fae76cff8; llama.cpp build 2f68ce7cf (6918))',
    method:
      'llama-bench, CUDA, flash attention on, all layers on the GPU, n_ubatch 2048: tg32 = 32 generated tokens; "@ dN" = after N tokens already in context.',
    defaultDepthTokens: 0,
  },
  'llamacpp-dgx-spark-batched': {
    id: 'llamacpp-dgx-spark-batched',
    cite: 'llamacpp-dgx-spark',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/benches/dgx-spark.md (commit 4c7e9893c4ca8eec35d032726d14b74fae76cff8; llama.cpp build 2f68ce7cf (6918))',
    method:
      'llama-batched-bench with one sequence (B = 1): S_TG over 32 tokens generated after a prompt of PP tokens, written here as tg32 @ dPP.',
    defaultDepthTokens: 0,
  },
  'llamacpp-quantize-readme': {
    id: 'llamacpp-quantize-readme',
    cite: 'llamacpp-quantize',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (read at commit 311c2c9f0ebd6e08f5b20e8827c654cebb7a41d6)',
    method: 'llama-bench tg128 per quant type of Llama 3.1 8B; the README does not name the device or backend.',
    defaultDepthTokens: 0,
  },
};

/** One published measurement, as published. */
export interface PublishedDecodeRow {
  readonly source: BenchmarkSourceId;
  /** Device name as the source prints it. */
  readonly device: string;
  /** Model name as the source prints it. */
  readonly model: string;
  /** Quant type as the source prints it. */
  readonly quant: string;
  /** File size the source prints, in GiB, or null. */
  readonly fileSizeGiB: number | null;
  /** Parameter count the source prints (llama-bench "params"), or null. */
  readonly paramsAsPrinted: number | null;
  /** llama-bench notation: `tg32`, `tg32 @ d4096`, `pp2048`. */
  readonly test: string;
  /** Tokens per second as published (the mean of the runs). */
  readonly tokensPerSecond: number;
  /** The catalog device, where the source's name is not a device alias (e.g. a CPU with its RAM configuration). */
  readonly deviceId?: string;
  /** Why the row is that catalog device, when `deviceId` is given. */
  readonly deviceNote?: string;
  /** KV cache type when not llama.cpp's f16 default (`-ctk q8_0`). */
  readonly kvType?: string;
  /** The engine when not mainline llama.cpp (ik_llama.cpp has its own CPU kernels). */
  readonly engine?: string;
}

// --- the rows ----------------------------------------------------------------------------------

const xd = (device: string, model: string, quant: string, tokensPerSecond: number): PublishedDecodeRow => ({
  source: 'xiongjiedai-llama3',
  device,
  model,
  quant,
  fileSizeGiB: null,
  paramsAsPrinted: null,
  test: 'tg1024',
  tokensPerSecond,
});

const SPARK = 'NVIDIA DGX Spark (GB10, 128 GB unified LPDDR5x)';
const spark = (
  model: string,
  quant: string,
  fileSizeGiB: number,
  paramsAsPrinted: number,
  test: string,
  tokensPerSecond: number,
): PublishedDecodeRow => ({
  source: 'llamacpp-dgx-spark',
  device: SPARK,
  model,
  quant,
  fileSizeGiB,
  paramsAsPrinted,
  test,
  tokensPerSecond,
});
const sparkB1 = (model: string, quant: string, fileSizeGiB: number, promptTokens: number, tokensPerSecond: number): PublishedDecodeRow => ({
  source: 'llamacpp-dgx-spark-batched',
  device: 'NVIDIA DGX Spark (GB10)',
  model,
  quant,
  fileSizeGiB,
  paramsAsPrinted: null,
  test: `tg32 @ d${promptTokens}`,
  tokensPerSecond,
});
const readme = (quant: string, fileSizeGiB: number, tokensPerSecond: number): PublishedDecodeRow => ({
  source: 'llamacpp-quantize-readme',
  device: 'not stated in README',
  model: 'Llama-3.1-8B',
  quant,
  fileSizeGiB,
  paramsAsPrinted: null,
  test: 'tg128',
  tokensPerSecond,
});

const GPT_OSS_20B = 'gpt-oss-20b (ggml-org/gpt-oss-20b-GGUF)';
const GPT_OSS_120B = 'gpt-oss-120b (ggml-org/gpt-oss-120b-GGUF)';
const QWEN3_CODER = 'Qwen3-Coder-30B-A3B-Instruct';
const QWEN25_CODER = 'Qwen2.5-Coder-7B';
const GEMMA3_QAT = 'gemma-3-4b-it-qat';

/**
 * Every single-stream row of the reference benchmark table (copied into this file from the
 * reference set's benchmarks.json, `single_stream`), in its order, plus the one-sequence (B = 1)
 * rows of its `throughput_vs_batch` table, which are single-stream decode too.
 * @example publishedDecodeRows[0]!.tokensPerSecond // 70.94 (RTX 3070, Llama 3 8B Q4_K_M)
 */
export const publishedDecodeRows: readonly PublishedDecodeRow[] = [
  xd('3070 8GB', 'Llama-3-8B', 'Q4_K_M', 70.94),
  xd('3080 10GB', 'Llama-3-8B', 'Q4_K_M', 106.4),
  xd('3080 Ti 12GB', 'Llama-3-8B', 'Q4_K_M', 106.71),
  xd('4070 Ti 12GB', 'Llama-3-8B', 'Q4_K_M', 82.21),
  xd('4080 16GB', 'Llama-3-8B', 'Q4_K_M', 106.22),
  xd('4080 16GB', 'Llama-3-8B', 'F16', 40.29),
  xd('RTX 4000 Ada 20GB', 'Llama-3-8B', 'Q4_K_M', 58.59),
  xd('RTX 4000 Ada 20GB', 'Llama-3-8B', 'F16', 20.85),
  xd('3090 24GB', 'Llama-3-8B', 'Q4_K_M', 111.74),
  xd('3090 24GB', 'Llama-3-8B', 'F16', 46.51),
  xd('4090 24GB', 'Llama-3-8B', 'Q4_K_M', 127.74),
  xd('4090 24GB', 'Llama-3-8B', 'F16', 54.34),
  xd('RTX 5000 Ada 32GB', 'Llama-3-8B', 'Q4_K_M', 89.87),
  xd('RTX 5000 Ada 32GB', 'Llama-3-8B', 'F16', 32.67),
  xd('3090 24GB * 2', 'Llama-3-8B', 'Q4_K_M', 108.07),
  xd('3090 24GB * 2', 'Llama-3-8B', 'F16', 47.15),
  xd('3090 24GB * 2', 'Llama-3-70B', 'Q4_K_M', 16.29),
  xd('4090 24GB * 2', 'Llama-3-8B', 'Q4_K_M', 122.56),
  xd('4090 24GB * 2', 'Llama-3-8B', 'F16', 53.27),
  xd('4090 24GB * 2', 'Llama-3-70B', 'Q4_K_M', 19.06),
  xd('RTX A6000 48GB', 'Llama-3-8B', 'Q4_K_M', 102.22),
  xd('RTX A6000 48GB', 'Llama-3-8B', 'F16', 40.25),
  xd('RTX A6000 48GB', 'Llama-3-70B', 'Q4_K_M', 14.58),
  xd('RTX 6000 Ada 48GB', 'Llama-3-8B', 'Q4_K_M', 130.99),
  xd('RTX 6000 Ada 48GB', 'Llama-3-8B', 'F16', 51.97),
  xd('RTX 6000 Ada 48GB', 'Llama-3-70B', 'Q4_K_M', 18.36),
  xd('A40 48GB', 'Llama-3-8B', 'Q4_K_M', 88.95),
  xd('A40 48GB', 'Llama-3-8B', 'F16', 33.95),
  xd('A40 48GB', 'Llama-3-70B', 'Q4_K_M', 12.08),
  xd('L40S 48GB', 'Llama-3-8B', 'Q4_K_M', 113.6),
  xd('L40S 48GB', 'Llama-3-8B', 'F16', 43.42),
  xd('L40S 48GB', 'Llama-3-70B', 'Q4_K_M', 15.31),
  xd('RTX 4000 Ada 20GB * 4', 'Llama-3-8B', 'Q4_K_M', 56.14),
  xd('RTX 4000 Ada 20GB * 4', 'Llama-3-8B', 'F16', 20.58),
  xd('RTX 4000 Ada 20GB * 4', 'Llama-3-70B', 'Q4_K_M', 7.33),
  xd('A100 PCIe 80GB', 'Llama-3-8B', 'Q4_K_M', 138.31),
  xd('A100 PCIe 80GB', 'Llama-3-8B', 'F16', 54.56),
  xd('A100 PCIe 80GB', 'Llama-3-70B', 'Q4_K_M', 22.11),
  xd('A100 SXM 80GB', 'Llama-3-8B', 'Q4_K_M', 133.38),
  xd('A100 SXM 80GB', 'Llama-3-8B', 'F16', 53.18),
  xd('A100 SXM 80GB', 'Llama-3-70B', 'Q4_K_M', 24.33),
  xd('H100 PCIe 80GB', 'Llama-3-8B', 'Q4_K_M', 144.49),
  xd('H100 PCIe 80GB', 'Llama-3-8B', 'F16', 67.79),
  xd('H100 PCIe 80GB', 'Llama-3-70B', 'Q4_K_M', 25.01),
  xd('3090 24GB * 4', 'Llama-3-8B', 'Q4_K_M', 104.94),
  xd('3090 24GB * 4', 'Llama-3-8B', 'F16', 46.4),
  xd('3090 24GB * 4', 'Llama-3-70B', 'Q4_K_M', 16.89),
  xd('4090 24GB * 4', 'Llama-3-8B', 'Q4_K_M', 117.61),
  xd('4090 24GB * 4', 'Llama-3-8B', 'F16', 52.69),
  xd('4090 24GB * 4', 'Llama-3-70B', 'Q4_K_M', 18.83),
  xd('RTX 5000 Ada 32GB * 4', 'Llama-3-8B', 'Q4_K_M', 82.73),
  xd('RTX 5000 Ada 32GB * 4', 'Llama-3-8B', 'F16', 31.94),
  xd('RTX 5000 Ada 32GB * 4', 'Llama-3-70B', 'Q4_K_M', 11.45),
  xd('3090 24GB * 6', 'Llama-3-8B', 'Q4_K_M', 101.07),
  xd('3090 24GB * 6', 'Llama-3-8B', 'F16', 45.55),
  xd('3090 24GB * 6', 'Llama-3-70B', 'Q4_K_M', 16.93),
  xd('3090 24GB * 6', 'Llama-3-70B', 'F16', 5.82),
  xd('4090 24GB * 8', 'Llama-3-8B', 'Q4_K_M', 116.13),
  xd('4090 24GB * 8', 'Llama-3-8B', 'F16', 52.12),
  xd('4090 24GB * 8', 'Llama-3-70B', 'Q4_K_M', 18.76),
  xd('4090 24GB * 8', 'Llama-3-70B', 'F16', 6.45),
  xd('RTX A6000 48GB * 4', 'Llama-3-8B', 'Q4_K_M', 93.73),
  xd('RTX A6000 48GB * 4', 'Llama-3-8B', 'F16', 38.87),
  xd('RTX A6000 48GB * 4', 'Llama-3-70B', 'Q4_K_M', 14.32),
  xd('RTX A6000 48GB * 4', 'Llama-3-70B', 'F16', 4.74),
  xd('RTX 6000 Ada 48GB * 4', 'Llama-3-8B', 'Q4_K_M', 118.99),
  xd('RTX 6000 Ada 48GB * 4', 'Llama-3-8B', 'F16', 50.25),
  xd('RTX 6000 Ada 48GB * 4', 'Llama-3-70B', 'Q4_K_M', 17.96),
  xd('RTX 6000 Ada 48GB * 4', 'Llama-3-70B', 'F16', 6.06),
  xd('A40 48GB * 4', 'Llama-3-8B', 'Q4_K_M', 83.79),
  xd('A40 48GB * 4', 'Llama-3-8B', 'F16', 33.28),
  xd('A40 48GB * 4', 'Llama-3-70B', 'Q4_K_M', 11.91),
  xd('A40 48GB * 4', 'Llama-3-70B', 'F16', 3.98),
  xd('L40S 48GB * 4', 'Llama-3-8B', 'Q4_K_M', 105.72),
  xd('L40S 48GB * 4', 'Llama-3-8B', 'F16', 42.48),
  xd('L40S 48GB * 4', 'Llama-3-70B', 'Q4_K_M', 14.99),
  xd('L40S 48GB * 4', 'Llama-3-70B', 'F16', 5.03),
  xd('A100 PCIe 80GB * 4', 'Llama-3-8B', 'Q4_K_M', 117.3),
  xd('A100 PCIe 80GB * 4', 'Llama-3-8B', 'F16', 51.54),
  xd('A100 PCIe 80GB * 4', 'Llama-3-70B', 'Q4_K_M', 22.68),
  xd('A100 PCIe 80GB * 4', 'Llama-3-70B', 'F16', 7.38),
  xd('A100 SXM 80GB * 4', 'Llama-3-8B', 'Q4_K_M', 97.7),
  xd('A100 SXM 80GB * 4', 'Llama-3-8B', 'F16', 45.45),
  xd('A100 SXM 80GB * 4', 'Llama-3-70B', 'Q4_K_M', 19.6),
  xd('A100 SXM 80GB * 4', 'Llama-3-70B', 'F16', 6.92),
  xd('H100 PCIe 80GB * 4', 'Llama-3-8B', 'Q4_K_M', 118.14),
  xd('H100 PCIe 80GB * 4', 'Llama-3-8B', 'F16', 62.9),
  xd('H100 PCIe 80GB * 4', 'Llama-3-70B', 'Q4_K_M', 26.2),
  xd('H100 PCIe 80GB * 4', 'Llama-3-70B', 'F16', 9.63),
  xd('M1 7-Core GPU 8GB', 'Llama-3-8B', 'Q4_K_M', 9.72),
  xd('M1 Max 32-Core GPU 64GB', 'Llama-3-8B', 'Q4_K_M', 34.49),
  xd('M1 Max 32-Core GPU 64GB', 'Llama-3-8B', 'F16', 18.43),
  xd('M1 Max 32-Core GPU 64GB', 'Llama-3-70B', 'Q4_K_M', 4.09),
  xd('M2 Ultra 76-Core GPU 192GB', 'Llama-3-8B', 'Q4_K_M', 76.28),
  xd('M2 Ultra 76-Core GPU 192GB', 'Llama-3-8B', 'F16', 36.25),
  xd('M2 Ultra 76-Core GPU 192GB', 'Llama-3-70B', 'Q4_K_M', 12.13),
  xd('M2 Ultra 76-Core GPU 192GB', 'Llama-3-70B', 'F16', 4.71),
  xd('M3 Max 40-Core GPU 64GB', 'Llama-3-8B', 'Q4_K_M', 50.74),
  xd('M3 Max 40-Core GPU 64GB', 'Llama-3-8B', 'F16', 22.39),
  xd('M3 Max 40-Core GPU 64GB', 'Llama-3-70B', 'Q4_K_M', 7.53),
  readme('IQ1_S', 1.87, 79.73),
  readme('IQ2_XXS', 2.23, 79.86),
  readme('IQ3_XXS', 3.04, 73.95),
  readme('IQ4_XS', 4.17, 77.51),
  readme('Q2_K', 2.95, 79.85),
  readme('Q3_K_S', 3.41, 71.68),
  readme('Q4_K_M', 4.58, 71.93),
  readme('Q5_K_M', 5.33, 67.23),
  readme('Q6_K', 6.14, 58.67),
  readme('Q8_0', 7.95, 50.93),
  readme('F16', 14.96, 29.17),
  spark(GPT_OSS_20B, 'MXFP4 MoE', 11.27, 20.91e9, 'pp2048', 3782.76),
  spark(GPT_OSS_20B, 'MXFP4 MoE', 11.27, 20.91e9, 'tg32', 84.1),
  spark(GPT_OSS_20B, 'MXFP4 MoE', 11.27, 20.91e9, 'tg32 @ d4096', 77.36),
  spark(GPT_OSS_20B, 'MXFP4 MoE', 11.27, 20.91e9, 'tg32 @ d8192', 74.0),
  spark(GPT_OSS_20B, 'MXFP4 MoE', 11.27, 20.91e9, 'tg32 @ d16384', 68.85),
  spark(GPT_OSS_20B, 'MXFP4 MoE', 11.27, 20.91e9, 'tg32 @ d32768', 59.85),
  spark(GPT_OSS_120B, 'MXFP4 MoE', 59.02, 116.83e9, 'pp2048', 1937.54),
  // 59.02 tok/s equals the file size in GiB by coincidence: the source table prints both.
  spark(GPT_OSS_120B, 'MXFP4 MoE', 59.02, 116.83e9, 'tg32', 59.02),
  spark(GPT_OSS_120B, 'MXFP4 MoE', 59.02, 116.83e9, 'tg32 @ d4096', 53.95),
  spark(GPT_OSS_120B, 'MXFP4 MoE', 59.02, 116.83e9, 'tg32 @ d8192', 51.85),
  spark(GPT_OSS_120B, 'MXFP4 MoE', 59.02, 116.83e9, 'tg32 @ d16384', 48.03),
  spark(GPT_OSS_120B, 'MXFP4 MoE', 59.02, 116.83e9, 'tg32 @ d32768', 41.35),
  spark(QWEN3_CODER, 'Q8_0', 30.25, 30.53e9, 'pp2048', 3175.62),
  spark(QWEN3_CODER, 'Q8_0', 30.25, 30.53e9, 'tg32', 60.92),
  spark(QWEN3_CODER, 'Q8_0', 30.25, 30.53e9, 'tg32 @ d4096', 53.52),
  spark(QWEN3_CODER, 'Q8_0', 30.25, 30.53e9, 'tg32 @ d8192', 48.58),
  spark(QWEN3_CODER, 'Q8_0', 30.25, 30.53e9, 'tg32 @ d16384', 40.81),
  spark(QWEN3_CODER, 'Q8_0', 30.25, 30.53e9, 'tg32 @ d32768', 30.8),
  spark(QWEN25_CODER, 'Q8_0', 7.54, 7.62e9, 'pp2048', 2276.28),
  spark(QWEN25_CODER, 'Q8_0', 7.54, 7.62e9, 'tg32', 29.3),
  spark(QWEN25_CODER, 'Q8_0', 7.54, 7.62e9, 'tg32 @ d4096', 28.27),
  spark(QWEN25_CODER, 'Q8_0', 7.54, 7.62e9, 'tg32 @ d8192', 27.42),
  spark(QWEN25_CODER, 'Q8_0', 7.54, 7.62e9, 'tg32 @ d16384', 25.93),
  spark(QWEN25_CODER, 'Q8_0', 7.54, 7.62e9, 'tg32 @ d32768', 22.7),
  spark(GEMMA3_QAT, 'Q4_0', 2.35, 3.88e9, 'pp2048', 5713.05),
  spark(GEMMA3_QAT, 'Q4_0', 2.35, 3.88e9, 'tg32', 78.97),
  spark(GEMMA3_QAT, 'Q4_0', 2.35, 3.88e9, 'tg32 @ d4096', 68.94),
  spark(GEMMA3_QAT, 'Q4_0', 2.35, 3.88e9, 'tg32 @ d8192', 67.81),
  spark(GEMMA3_QAT, 'Q4_0', 2.35, 3.88e9, 'tg32 @ d16384', 64.35),
  spark(GEMMA3_QAT, 'Q4_0', 2.35, 3.88e9, 'tg32 @ d32768', 58.38),
  sparkB1('gpt-oss-20b', 'MXFP4', 11.27, 512, 81.11),
  sparkB1('gpt-oss-20b', 'MXFP4', 11.27, 4096, 77.97),
  sparkB1('gpt-oss-120b', 'MXFP4', 59.02, 512, 57.28),
  sparkB1(QWEN25_CODER, 'Q8_0', 7.54, 512, 29.24),
  sparkB1('Qwen3-Coder-30B-A3B', 'Q8_0', 30.25, 512, 57.63),
  sparkB1(GEMMA3_QAT, 'Q4_0', 2.35, 512, 78.38),
  ...extraDecodeRows,
];

// --- mapping to the catalog --------------------------------------------------------------------

/** How a published model name maps to a catalog model. */
export interface BenchmarkModelMapping {
  readonly modelId: string;
  /** Parameters llama.cpp counts in the file, where the row does not print them. */
  readonly paramsAsPrinted: number | null;
  /** Why the mapping holds when the names differ; empty when it is the same model. */
  readonly note: string;
}

const SAME = '';

/** Published model names → catalog models. @example benchmarkModelMappings['Llama-3-8B']!.modelId // "llama-3.1-8b" */
export const benchmarkModelMappings: Readonly<Record<string, BenchmarkModelMapping>> = {
  'Llama-3-8B': {
    modelId: 'llama-3.1-8b',
    paramsAsPrinted: CALIBRATION_PARAMS,
    note: 'Llama 3 8B has the same geometry as Llama 3.1 8B (32 layers, 8 KV heads of 128, 14,336-wide MLP, 128,256-token vocabulary); 3.1 differs in training and long-context rope scaling. llama.cpp counts 8.03 B parameters in both.',
  },
  'Llama-3-70B': {
    modelId: 'llama-3.1-70b',
    paramsAsPrinted: 70.55e9,
    note: 'Llama 3 70B has the same geometry as Llama 3.1 70B (80 layers, 8 KV heads of 128, 28,672-wide MLP); llama-bench prints 70.55 B parameters for its GGUF files.',
  },
  'Llama-3.1-8B': { modelId: 'llama-3.1-8b', paramsAsPrinted: CALIBRATION_PARAMS, note: SAME },
  [GPT_OSS_20B]: { modelId: 'gpt-oss-20b', paramsAsPrinted: 20.91e9, note: SAME },
  'gpt-oss-20b': { modelId: 'gpt-oss-20b', paramsAsPrinted: 20.91e9, note: SAME },
  [GPT_OSS_120B]: { modelId: 'gpt-oss-120b', paramsAsPrinted: 116.83e9, note: SAME },
  'gpt-oss-120b': { modelId: 'gpt-oss-120b', paramsAsPrinted: 116.83e9, note: SAME },
  [QWEN3_CODER]: {
    modelId: 'qwen3-30b-a3b',
    paramsAsPrinted: 30.53e9,
    note: 'Qwen3-Coder-30B-A3B is a code-tuned Qwen3-30B-A3B: the same qwen3moe architecture (48 layers, 128 experts, 8 routed per token), and llama-bench prints the same 30.53 B parameters.',
  },
  'Qwen3-Coder-30B-A3B': {
    modelId: 'qwen3-30b-a3b',
    paramsAsPrinted: 30.53e9,
    note: 'Qwen3-Coder-30B-A3B is a code-tuned Qwen3-30B-A3B: the same qwen3moe architecture (48 layers, 128 experts, 8 routed per token), and llama-bench prints the same 30.53 B parameters.',
  },
  [QWEN25_CODER]: {
    modelId: 'qwen2.5-7b',
    paramsAsPrinted: 7.62e9,
    note: 'Qwen2.5-Coder-7B is a code-tuned Qwen2.5 7B with the same geometry (28 layers, 4 KV heads of 128, 152,064-token vocabulary); llama-bench prints 7.62 B parameters.',
  },
  [GEMMA3_QAT]: {
    modelId: 'gemma-3-4b',
    paramsAsPrinted: 3.88e9,
    note: "gemma-3-4b-it-qat is Gemma 3 4B after Google's quantization-aware training; the GGUF holds the 3.88 B-parameter text decoder only.",
  },
  ...extraModelMappings,
};

// --- checking ---------------------------------------------------------------------------------

/** Why a row is not checked against a ceiling. */
export type ExclusionReason = 'prefill' | 'multi-gpu' | 'no-device' | 'device-not-in-catalog' | 'model-not-in-catalog';

/** A sentence per reason. @example exclusionReasonLabels['no-device'] // "The source does not say which device ran it." */
export const exclusionReasonLabels: Readonly<Record<ExclusionReason, string>> = {
  prefill: 'Prefill (pp) measures prompt processing, which is compute-bound, not decode.',
  'multi-gpu': 'Several cards split the layers and run them one after another: no single bandwidth applies.',
  'no-device': 'The source does not say which device ran it.',
  'device-not-in-catalog': 'The device is not in the hardware catalog.',
  'model-not-in-catalog': 'The model is not in the model catalog.',
};

/** A row left out of the check, and why. */
export interface ExcludedBenchmark {
  readonly row: PublishedDecodeRow;
  readonly reason: ExclusionReason;
}

/** A row checked against its ceiling. */
export interface CheckedBenchmark {
  readonly row: PublishedDecodeRow;
  readonly device: Device;
  readonly model: Model;
  /** Why the published model is this catalog entry (empty when the names are the same model). */
  readonly modelNote: string;
  /** Effective bits per weight of the file: from its size where printed, else the quant type's. */
  readonly bitsPerWeight: number;
  /** Where `bitsPerWeight` comes from. */
  readonly bitsBasis: 'file size' | 'quant type';
  /** Mean tokens in context over the timed tokens: depth + generated ÷ 2. */
  readonly meanContextTokens: number;
  /** Weights (active) + KV cache read per token. */
  readonly bytesReadPerToken: number;
  /** Bandwidth ÷ bytes per token. */
  readonly ceilingTokensPerSecond: number;
  /** Measured ÷ ceiling. */
  readonly efficiency: number;
  /**
   * Measured seconds per token minus the time the bytes alone take: kernel launches,
   * synchronisation, sampling and memory traffic the ceiling does not count.
   */
  readonly gapSecondsPerToken: number;
}

const TEST = /^(pp|tg)(\d+)(?: @ d(\d+))?$/;

/** A llama-bench test label split into its parts. @example parseBenchmarkTest('tg32 @ d4096') // { "kind": "decode", "tokens": 32, "depthTokens": 4096 } */
export function parseBenchmarkTest(test: string): { kind: 'decode' | 'prefill'; tokens: number; depthTokens: number } {
  const match = TEST.exec(test);
  if (!match) throw new RangeError(`Unknown benchmark test "${test}" (expected tgN, ppN or "tgN @ dD").`);
  return { kind: match[1] === 'pp' ? 'prefill' : 'decode', tokens: Number(match[2]), depthTokens: Number(match[3] ?? 0) };
}

const MULTI_DEVICE = /\*\s*\d+\s*$/;

/** The quant type a published label names ("MXFP4 MoE" is MXFP4), or undefined. */
function quantOfLabel(label: string): QuantFormat | undefined {
  return quantFormat(label.replace(/\s+MoE$/i, ''));
}

/**
 * Checks one published row against its bandwidth ceiling, or says why it cannot be checked.
 * Bytes per token come from `decodeReadBytes` (the embedding table is looked up, not read), at the
 * file's effective bits per weight where the source prints a size, and with the KV type the run used.
 * @example checkBenchmark(publishedDecodeRows[10]!).efficiency // ≈ 0.59 (RTX 4090, Llama 3 8B Q4_K_M)
 */
export function checkBenchmark(row: PublishedDecodeRow): CheckedBenchmark | ExcludedBenchmark {
  const test = parseBenchmarkTest(row.test);
  if (test.kind === 'prefill') return { row, reason: 'prefill' };
  if (MULTI_DEVICE.test(row.device)) return { row, reason: 'multi-gpu' };
  if (row.deviceId === undefined && /not stated/i.test(row.device)) return { row, reason: 'no-device' };
  const device = row.deviceId === undefined ? deviceByAlias(row.device) : requireDevice(row.deviceId);
  if (!device) return { row, reason: 'device-not-in-catalog' };
  const mapping = benchmarkModelMappings[row.model];
  if (!mapping) return { row, reason: 'model-not-in-catalog' };
  const model = requireModel(mapping.modelId);
  const params = row.paramsAsPrinted ?? mapping.paramsAsPrinted ?? model.totalParams;
  const quant = quantOfLabel(row.quant);
  const fromFile = row.fileSizeGiB !== null;
  if (!fromFile && !quant) throw new RangeError(`Row ${row.device} / ${row.model}: no file size and unknown quant type "${row.quant}".`);
  const bitsPerWeight = fromFile ? (gibToBytes(row.fileSizeGiB!) * 8) / params : quant!.bitsPerWeight;
  const meanContextTokens = test.depthTokens + test.tokens / 2;
  const format = quant ?? { name: row.quant, bitsPerWeight, blockBitsPerWeight: bitsPerWeight, family: 'float' as const };
  const kvBits = row.kvType === undefined ? 16 : kvCacheType(row.kvType)!.bits;
  const bytes = decodeReadBytes(model, format, meanContextTokens, { bitsPerWeight, kvBits });
  const ceilingTokensPerSecond = decodeCeilingTokensPerSecond(device.bandwidthBytesPerSecond, bytes.totalBytes);
  return {
    row,
    device,
    model,
    modelNote: mapping.note,
    bitsPerWeight,
    bitsBasis: fromFile ? 'file size' : 'quant type',
    meanContextTokens,
    bytesReadPerToken: bytes.totalBytes,
    ceilingTokensPerSecond,
    efficiency: row.tokensPerSecond / ceilingTokensPerSecond,
    gapSecondsPerToken: 1 / row.tokensPerSecond - 1 / ceilingTokensPerSecond,
  };
}

function isChecked(result: CheckedBenchmark | ExcludedBenchmark): result is CheckedBenchmark {
  return 'efficiency' in result;
}

const results = publishedDecodeRows.map(checkBenchmark);

/** Every row checked against its ceiling. @example checkedBenchmarks.every((b) => b.efficiency <= 1) // true */
export const checkedBenchmarks: readonly CheckedBenchmark[] = results.filter(isChecked);

/** Every row left out, with its reason. @example excludedBenchmarks.some((b) => b.reason === 'multi-gpu') // true */
export const excludedBenchmarks: readonly ExcludedBenchmark[] = results.filter((r): r is ExcludedBenchmark => !isChecked(r));

/** Quantile of sorted values with linear interpolation (the R-7 / d3.quantile rule). */
function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (h - lo);
}

/**
 * Min, quartiles, median and max of the efficiencies of `checked` rows.
 * @example efficiencyBand(checkedBenchmarks).median // ≈ 0.73
 */
export function efficiencyBand(checked: readonly Pick<CheckedBenchmark, 'efficiency'>[]): EfficiencyBand {
  if (checked.length === 0) throw new RangeError('efficiencyBand needs at least one checked row.');
  const sorted = checked.map((c) => c.efficiency).sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0]!,
    low: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    high: quantileSorted(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
  };
}

/** The efficiency band of every checked row: what turns a ceiling into a predicted range. @example decodeEfficiencyBand.median // ≈ 0.73 */
export const decodeEfficiencyBand: EfficiencyBand = efficiencyBand(checkedBenchmarks);

/** Checked rows measured on one catalog device. @example benchmarksOnDevice('geforce-rtx-4090').length // 2 */
export function benchmarksOnDevice(deviceId: string): CheckedBenchmark[] {
  return checkedBenchmarks.filter((b) => b.device.id === deviceId);
}

/** A layer-split row: the catalog device, how many of it, and the bytes one token reads. */
export interface MultiGpuRow {
  readonly row: PublishedDecodeRow;
  readonly device: Device;
  readonly deviceCount: number;
  readonly model: Model;
  /** Bytes one token reads across all the GPUs. */
  readonly bytesReadPerToken: number;
  readonly meanContextTokens: number;
}

/**
 * Reads a several-GPU row ("4090 24GB * 4") as its device, count and bytes per token.
 * @example multiGpuRowOf(publishedDecodeRows[14]!).deviceCount // 2
 */
export function multiGpuRowOf(row: PublishedDecodeRow): MultiGpuRow {
  const match = /^(.*?)\s*\*\s*(\d+)\s*$/.exec(row.device);
  const device = match ? deviceByAlias(match[1]!) : undefined;
  const mapping = benchmarkModelMappings[row.model];
  if (!match || !device || !mapping)
    throw new RangeError(`Row "${row.device}" / ${row.model} is not a several-GPU row of a catalog device and model.`);
  const model = requireModel(mapping.modelId);
  const test = parseBenchmarkTest(row.test);
  const meanContextTokens = test.depthTokens + test.tokens / 2;
  const bytes = decodeReadBytes(model, quantOfLabel(row.quant)!, meanContextTokens);
  return { row, device, deviceCount: Number(match[2]), model, bytesReadPerToken: bytes.totalBytes, meanContextTokens };
}
