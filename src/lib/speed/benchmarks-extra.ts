/**
 * Single-stream decode measurements for the device classes the first two sources lack: CPUs on
 * desktop and server memory, the Strix Halo and DGX Spark APUs, and one recent Apple chip. Copied
 * from their publications (data only); `benchmarks.ts` checks them with the rest.
 */
import type { BenchmarkModelMapping, BenchmarkSource, PublishedDecodeRow } from './benchmarks';

/** The publications of the rows below. */
export type ExtraSourceId = 'ik-llamacpp-threads' | 'kyuz0-strix-halo' | 'lhl-strix-halo' | 'normiebench';

const IK_ARCHIVE = 'ikawrakow/ik_llama.cpp github-data/ archive @ 8337e4cd3861406fc04e0854b1409cd1b027fbc9';
const KYUZ0 = 'kyuz0/amd-strix-halo-toolboxes benchmark/results/*.log @ d1a34bee0900be574fc31be9dcdc02a925581889';
const LHL = 'lhl/strix-halo-testing @ 5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61';

/** How each of these publications measured. @example extraBenchmarkSources['kyuz0-strix-halo'].cite // "kyuz0-strix-halo" */
export const extraBenchmarkSources: Readonly<Record<ExtraSourceId, BenchmarkSource & { id: ExtraSourceId }>> = {
  'ik-llamacpp-threads': {
    id: 'ik-llamacpp-threads',
    cite: 'ik-llamacpp-threads',
    url: `https://github.com/ikawrakow/ik_llama.cpp (pull requests #54, #132, #259, #534; read in the ${IK_ARCHIVE})`,
    method:
      'llama-bench tg128 or llama-sweep-bench TG at empty context on the CPU alone, as posted in ik_llama.cpp threads; rows say whether mainline llama.cpp or the ik_llama.cpp fork (faster CPU kernels) ran them.',
    defaultDepthTokens: 0,
  },
  'kyuz0-strix-halo': {
    id: 'kyuz0-strix-halo',
    cite: 'kyuz0-strix-halo',
    url: `https://github.com/kyuz0/amd-strix-halo-toolboxes (${KYUZ0})`,
    method:
      'llama-bench, all layers on the Radeon 8060S (-ngl 99 -fa 1 --mmap 0), Vulkan (RADV) or ROCm 7.2.3 builds of 2026; tg128, and tg32 after 32,768 tokens.',
    defaultDepthTokens: 0,
  },
  'lhl-strix-halo': {
    id: 'lhl-strix-halo',
    cite: 'lhl-strix-halo',
    url: `https://github.com/lhl/strix-halo-testing (${LHL}; README.md and llm-bench/)`,
    method:
      'llama-bench on a Framework Desktop (Strix Halo, 128 GB), and a DGX Spark sweep by ggerganov (llama.cpp discussion #16578, build 6767) quoted in the same README.',
    defaultDepthTokens: 0,
  },
  normiebench: {
    id: 'normiebench',
    cite: 'normiebench',
    url: 'https://github.com/brand-o/normiebench/issues/3',
    method: 'A community llama-bench submission (tg128, Metal); one machine, low authority.',
    defaultDepthTokens: 0,
  },
};

interface ExtraRowSpec {
  source: ExtraSourceId;
  device: string;
  deviceId: string;
  deviceNote?: string;
  model: string;
  quant: string;
  fileSizeGiB: number | null;
  paramsAsPrinted: number | null;
  test: string;
  tokensPerSecond: number;
  kvType?: string;
  engine?: string;
}

const row = (spec: ExtraRowSpec): PublishedDecodeRow => spec;

const DESKTOP_DDR5 =
  'The post does not state the memory speed; a Ryzen 7950X desktop has two DDR5 channels, mapped to DDR5-5600 (the author measured at most ~60 GiB/s, ik_llama.cpp discussion #201).';
const XEON_6980P = 'One socket of a dual Xeon 6980P (numactl to one NUMA node): 12 channels of DDR5-6400.';
const TR_7965WX = "Threadripper PRO 7965WX with 8 × 32 GB DDR5 at 4800 MT/s (the same author's rig, ik_llama.cpp discussion #258).";
const SH = 'AMD Ryzen AI Max+ 395 "Strix Halo" (Radeon 8060S)';
const SH_ID = 'ryzen-ai-max-plus-395-128gb';
const IK = 'ik_llama.cpp';

/** Every row of the extra sources the catalog can check (a model with no catalog geometry is left out of this list). @example extraDecodeRows.length // 19 */
export const extraDecodeRows: readonly PublishedDecodeRow[] = [
  // Desktop CPU, mainline llama.cpp (ik_llama.cpp PR #132 and #54 tables).
  row({
    source: 'ik-llamacpp-threads',
    device: 'AMD Ryzen 9 7950X, 8 threads',
    deviceId: 'desktop-ddr5-5600-64gb',
    deviceNote: DESKTOP_DDR5,
    model: 'LLaMA-3.1-8B',
    quant: 'Q5_K_S',
    fileSizeGiB: 5.21,
    paramsAsPrinted: 8.03e9,
    test: 'tg128',
    tokensPerSecond: 11.2,
  }),
  row({
    source: 'ik-llamacpp-threads',
    device: 'AMD Ryzen 9 7950X, 4 threads',
    deviceId: 'desktop-ddr5-5600-64gb',
    deviceNote: DESKTOP_DDR5,
    model: 'LLaMA-3.1-8B',
    quant: 'Q4_0',
    fileSizeGiB: null,
    paramsAsPrinted: 8.03e9,
    test: 'tg128',
    tokensPerSecond: 11.25,
  }),
  // Server and workstation CPUs (PR #259 and #534, ubergarm).
  row({
    source: 'ik-llamacpp-threads',
    device: 'Intel Xeon 6980P, one socket, 64 threads',
    deviceId: 'xeon-6900p-12ch-ddr5-6400-768gb',
    deviceNote: XEON_6980P,
    model: 'DeepSeek-R1 671B',
    quant: 'Q8_0',
    fileSizeGiB: 664.29,
    paramsAsPrinted: 671.03e9,
    test: 'tg128',
    tokensPerSecond: 7.52,
    engine: IK,
  }),
  row({
    source: 'ik-llamacpp-threads',
    device: 'Intel Xeon 6980P, one socket, 64 threads',
    deviceId: 'xeon-6900p-12ch-ddr5-6400-768gb',
    deviceNote: XEON_6980P,
    model: 'DeepSeek-R1 671B',
    quant: 'Q4_K_M',
    fileSizeGiB: 376.65,
    paramsAsPrinted: 671.03e9,
    test: 'tg128',
    tokensPerSecond: 10.02,
    engine: IK,
  }),
  row({
    source: 'ik-llamacpp-threads',
    device: 'Intel Xeon 6980P, one socket, 128 threads',
    deviceId: 'xeon-6900p-12ch-ddr5-6400-768gb',
    deviceNote: XEON_6980P,
    model: 'Kimi-Dev-72B',
    quant: 'Q4_0',
    fileSizeGiB: 38.095,
    paramsAsPrinted: 72.7e9,
    test: 'tg128',
    tokensPerSecond: 5.47,
    kvType: 'q8_0',
    engine: IK,
  }),
  row({
    source: 'ik-llamacpp-threads',
    device: 'AMD Threadripper PRO 7965WX, 24 threads',
    deviceId: 'threadripper-pro-7000-8ch-ddr5-4800-256gb',
    deviceNote: TR_7965WX,
    model: 'Kimi-Dev-72B',
    quant: 'Q4_0',
    fileSizeGiB: 38.095,
    paramsAsPrinted: 72.7e9,
    test: 'tg128',
    tokensPerSecond: 4.74,
    kvType: 'q8_0',
    engine: IK,
  }),
  // Strix Halo (kyuz0's logs, 2026 builds).
  row({
    source: 'kyuz0-strix-halo',
    device: `${SH}, Vulkan`,
    deviceId: SH_ID,
    model: 'Llama-2-7B',
    quant: 'Q4_0',
    fileSizeGiB: 3.56,
    paramsAsPrinted: 6.74e9,
    test: 'tg128',
    tokensPerSecond: 55.73,
  }),
  row({
    source: 'kyuz0-strix-halo',
    device: `${SH}, ROCm`,
    deviceId: SH_ID,
    model: 'Llama-2-7B',
    quant: 'Q4_0',
    fileSizeGiB: 3.56,
    paramsAsPrinted: 6.74e9,
    test: 'tg128',
    tokensPerSecond: 50.59,
  }),
  row({
    source: 'kyuz0-strix-halo',
    device: `${SH}, Vulkan`,
    deviceId: SH_ID,
    model: 'Llama-2-7B',
    quant: 'Q4_0',
    fileSizeGiB: 3.56,
    paramsAsPrinted: 6.74e9,
    test: 'tg32 @ d32768',
    tokensPerSecond: 8.47,
  }),
  row({
    source: 'kyuz0-strix-halo',
    device: `${SH}, Vulkan`,
    deviceId: SH_ID,
    model: 'gpt-oss-20b',
    quant: 'MXFP4',
    fileSizeGiB: 11.27,
    paramsAsPrinted: 20.91e9,
    test: 'tg128',
    tokensPerSecond: 79.78,
  }),
  row({
    source: 'kyuz0-strix-halo',
    device: `${SH}, ROCm`,
    deviceId: SH_ID,
    model: 'gpt-oss-20b',
    quant: 'MXFP4',
    fileSizeGiB: 11.27,
    paramsAsPrinted: 20.91e9,
    test: 'tg128',
    tokensPerSecond: 73.05,
  }),
  row({
    source: 'kyuz0-strix-halo',
    device: `${SH}, Vulkan`,
    deviceId: SH_ID,
    model: 'gpt-oss-120b',
    quant: 'MXFP4',
    fileSizeGiB: 59.02,
    paramsAsPrinted: 116.83e9,
    test: 'tg128',
    tokensPerSecond: 56.61,
  }),
  row({
    source: 'kyuz0-strix-halo',
    device: `${SH}, Vulkan`,
    deviceId: SH_ID,
    model: 'gpt-oss-120b',
    quant: 'MXFP4',
    fileSizeGiB: 59.02,
    paramsAsPrinted: 116.83e9,
    test: 'tg32 @ d32768',
    tokensPerSecond: 43.01,
  }),
  row({
    source: 'kyuz0-strix-halo',
    device: `${SH}, ROCm`,
    deviceId: SH_ID,
    model: 'gpt-oss-120b',
    quant: 'MXFP4',
    fileSizeGiB: 59.02,
    paramsAsPrinted: 116.83e9,
    test: 'tg128',
    tokensPerSecond: 51.81,
  }),
  // Strix Halo on a Framework Desktop, and a DGX Spark sweep (lhl's README).
  row({
    source: 'lhl-strix-halo',
    device: `${SH}, Framework Desktop, Vulkan`,
    deviceId: SH_ID,
    model: 'Llama-2-7B',
    quant: 'Q4_0',
    fileSizeGiB: 3.56,
    paramsAsPrinted: 6.74e9,
    test: 'tg128',
    tokensPerSecond: 52.03,
  }),
  row({
    source: 'lhl-strix-halo',
    device: `${SH}, Framework Desktop, Vulkan (AMDVLK)`,
    deviceId: SH_ID,
    model: 'gpt-oss-120b',
    quant: 'MXFP4',
    fileSizeGiB: null,
    paramsAsPrinted: 116.83e9,
    test: 'tg32',
    tokensPerSecond: 50.05,
  }),
  row({
    source: 'lhl-strix-halo',
    device: 'NVIDIA DGX Spark (GB10), build 6767',
    deviceId: 'dgx-spark',
    model: 'gpt-oss-120b',
    quant: 'MXFP4',
    fileSizeGiB: null,
    paramsAsPrinted: 116.83e9,
    test: 'tg32',
    tokensPerSecond: 52.87,
  }),
  row({
    source: 'lhl-strix-halo',
    device: 'NVIDIA DGX Spark (GB10), build 6767',
    deviceId: 'dgx-spark',
    model: 'gpt-oss-120b',
    quant: 'MXFP4',
    fileSizeGiB: null,
    paramsAsPrinted: 116.83e9,
    test: 'tg32 @ d32768',
    tokensPerSecond: 38.76,
  }),
  // Apple M4 (Mac mini, 16 GB).
  row({
    source: 'normiebench',
    device: 'Apple M4 (10-core, Mac mini, 16 GB)',
    deviceId: 'apple-m4-16gb',
    model: 'LLaMA-3.1-8B',
    quant: 'Q4_K_M',
    fileSizeGiB: null,
    paramsAsPrinted: 8.03e9,
    test: 'tg128',
    tokensPerSecond: 20.87,
  }),
];

/** The model names of these rows → catalog models. @example extraModelMappings['Kimi-Dev-72B']!.modelId // "qwen2.5-72b" */
export const extraModelMappings: Readonly<Record<string, BenchmarkModelMapping>> = {
  'LLaMA-3.1-8B': { modelId: 'llama-3.1-8b', paramsAsPrinted: 8.03e9, note: '' },
  'Llama-2-7B': { modelId: 'llama-2-7b', paramsAsPrinted: 6.74e9, note: '' },
  'DeepSeek-R1 671B': { modelId: 'deepseek-r1', paramsAsPrinted: 671.03e9, note: '' },
  'Kimi-Dev-72B': {
    modelId: 'qwen2.5-72b',
    paramsAsPrinted: 72.7e9,
    note: 'Kimi-Dev-72B is a fine-tune of Qwen2.5-72B with the same architecture (80 layers, 8 KV heads of 128, 152,064-token vocabulary).',
  },
};
