/**
 * The hardware catalog: memory size, memory bandwidth, dense 16-bit tensor throughput and launch
 * price of the devices the book talks about, with the share of memory a runtime can really use.
 * Marketed GPU and unified-memory sizes are binary (a "24 GB" card holds 24 GiB = 25.77e9 bytes);
 * bandwidths are decimal, as published (1008 GB/s = 1.008e12 B/s). Checked at load (`schema.ts`).
 */
import { CPU_RAM_USABLE_FRACTION } from './device';
import { validateDevices } from './schema';
import { CPU_RAM_COMPUTE, deviceComputeFigures, type DeviceCompute } from './compute';
import { gbToBytes, gibToBytes } from '../core/units';

/** What kind of memory a device computes from. */
export type DeviceKind =
  /** A graphics card with its own VRAM. */
  | 'discrete-gpu'
  /** CPU and GPU share one memory pool (Apple silicon, Strix Halo, DGX Spark). */
  | 'unified-memory'
  /** System RAM read by the CPU. */
  | 'cpu-ram'
  /** A data-centre accelerator. */
  | 'datacenter';

/** One device in one memory configuration, with its compute at the precisions runtimes use (`compute.ts`). */
export interface Device extends DeviceCompute {
  /** URL-safe slug: `'geforce-rtx-4090'`, `'apple-m4-max-128gb'`. */
  readonly id: string;
  /** Display name, with the memory size wherever a chip comes in several: `'Apple M4 Max (128 GB)'`. */
  readonly name: string;
  /** Maker. */
  readonly vendor: string;
  /** Discrete GPU, unified memory, CPU RAM or data-centre accelerator. */
  readonly kind: DeviceKind;
  /** Memory in bytes (marketed GB of GPU, unified and DIMM memory are GiB). */
  readonly memoryBytes: number;
  /** Memory technology as published, or null. */
  readonly memoryType: string | null;
  /** Peak memory bandwidth in bytes per second (decimal, as published). */
  readonly bandwidthBytesPerSecond: number;
  /** Dense FP16/BF16 tensor TFLOPS with FP32 accumulate (no sparsity), or null where no figure is published. */
  readonly fp16TflopsDense: number | null;
  /** Which figure `fp16TflopsDense` is (accumulate precision, source quality). */
  readonly fp16TflopsBasis: string;
  /** Launch price in US dollars where published, else null. */
  readonly priceUsd: number | null;
  /** Share of `memoryBytes` a runtime can use for weights, KV cache and buffers. */
  readonly usableMemoryFraction: number;
  /** Why that share. */
  readonly usableMemoryReason: string;
  /** Where the share comes from. */
  readonly usableMemorySource: string;
  /** Where the specs come from. */
  readonly sources: readonly string[];
  /** Caveats. */
  readonly notes: string;
  /** Device names used for this device in the benchmark tables (single-device rows). */
  readonly aliases: readonly string[];
}

// --- shared provenance -------------------------------------------------------------------------

const GPUMAP =
  'lamonoai/gpumap nvidia/GPU.md @ a2dfba25de6b207b939fdd2233aeab297035f1af (third-party compilation of NVIDIA datasheets; dense values of the "FP16 Tensor Core" rows)';
const GPUMAP_READ =
  'lamonoai/gpumap nvidia/GPU.md @ 8d5e174f6f25a520db1ada126d4c1fa5c5eb6df9 (third-party compilation of NVIDIA datasheets; memory, bandwidth and dense "FP16 Tensor Core" rows)';
const STAS =
  'stas00/ml-engineering compute/accelerator/README.md @ 744d01e18b79512572f64a6bbd8b5f4a725203a7 (TFLOPS table explicitly without sparsity; memory table)';
const HOTHARDWARE_AMPERE_PRICES =
  'https://hothardware.com/news/nvidia-geforce-rtx-3060-launch-feb-25-what-expect (NVIDIA MSRPs: 3090 $1,499, 3080 $699, 3070 $499, 3060 Ti $399, 3060 $329)';
const ADA_WHITEPAPER = 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf';
const AMPERE_WHITEPAPER =
  'https://images.nvidia.com/aem-dam/en-zz/Solutions/geforce/ampere/pdf/NVIDIA-ampere-GA102-GPU-Architecture-Whitepaper-V1.pdf';

const GEFORCE_TFLOPS =
  'FP16 tensor with FP32 accumulate, dense: what inference frameworks use; GeForce cards run it at half the FP16-accumulate rate';
const PRO_TFLOPS = 'FP16 tensor, dense (FP16 and FP32 accumulate run at the same rate on workstation and data-centre parts)';
const NO_TFLOPS = 'not published';

const VRAM_ALL = {
  usableMemoryFraction: 1,
  usableMemoryReason:
    "All of VRAM is addressable. The runtime's own context, compute buffers and any display framebuffer are real costs, but the book counts them as overhead in the memory budget, not here.",
  usableMemorySource: 'Book convention: runtime overhead is modelled separately from device memory.',
} as const;

/** macOS lets the GPU wire about 2/3 of unified memory on machines up to 36 GB and about 3/4 above (iogpu.wired_limit_mb = 0, the default). */
function appleWiredShare(memoryGB: number): Pick<Device, 'usableMemoryFraction' | 'usableMemoryReason' | 'usableMemorySource'> {
  const small = memoryGB <= 36;
  return {
    usableMemoryFraction: small ? 2 / 3 : 3 / 4,
    usableMemoryReason: `By default macOS lets the GPU wire about ${small ? 'two thirds' : 'three quarters'} of unified memory on a ${memoryGB} GB Mac (Metal's recommendedMaxWorkingSetSize; raise it with sudo sysctl iogpu.wired_limit_mb=…). Measured: 16 GB → 10.67 GiB and 32 GB → 21.3 GiB (2/3), 64 GB → about 48 GiB and 128 GB → 96 GiB (3/4); 36 and 48 GB machines were not measured in these sources. A 128 GB M5 Max on macOS 26 reported 107.5 GiB, so newer macOS versions may allow more.`,
    usableMemorySource:
      'https://github.com/abetlen/llama-cpp-python/issues/687 (16 GB: recommendedMaxWorkingSetSize = 10922.67 MB); https://github.com/ggml-org/llama.cpp/pull/2011 (M1 Max 32 GB: 21845.34 MB); https://github.com/ggml-org/llama.cpp/issues/1870 (M2 Max 64 GB: about 47–49 GB); https://stencel.io/posts/apple-silicon-limitations-with-usage-on-local-llm%20.html (128 GB: about 96 GB); https://github.com/antirez/ds4/pull/893 (macOS 26, 128 GiB: 107.52 GiB)',
  };
}

const CPU_RAM_SHARE = {
  usableMemoryFraction: CPU_RAM_USABLE_FRACTION,
  usableMemoryReason:
    'The operating system, the desktop and other programs keep part of system RAM; the book assumes a quarter is not available to the model.',
  usableMemorySource: 'Book assumption (no single published figure); adjust for a headless server.',
} as const;

// --- devices -----------------------------------------------------------------------------------

interface AppleChip {
  readonly chip: string;
  readonly slug: string;
  readonly bandwidthGBs: number;
  readonly memoryType: string | null;
  readonly sources: readonly string[];
  readonly notes: string;
}

const ARS_TABLES =
  'Ars Technica M-series comparison tables (mirrors: goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other ; inforeader mirror of "Apple announces M3 Ultra")';
const APPLE_NO_TFLOPS = 'Apple does not publish GPU FP16 TFLOPS.';

/** A catalog entry before its compute figures are attached. */
type DeviceSpec = Omit<Device, keyof DeviceCompute>;

function apple(
  chip: AppleChip,
  memoryGB: number,
  extra: { aliases?: readonly string[]; bandwidthGBs?: number; notes?: string } = {},
): DeviceSpec {
  return {
    id: `apple-${chip.slug}-${memoryGB}gb`,
    name: `Apple ${chip.chip} (${memoryGB} GB)`,
    vendor: 'Apple',
    kind: 'unified-memory',
    memoryBytes: gibToBytes(memoryGB),
    memoryType: chip.memoryType,
    bandwidthBytesPerSecond: gbToBytes(extra.bandwidthGBs ?? chip.bandwidthGBs),
    fp16TflopsDense: null,
    fp16TflopsBasis: NO_TFLOPS,
    priceUsd: null,
    ...appleWiredShare(memoryGB),
    sources: chip.sources,
    notes: [extra.notes, chip.notes, APPLE_NO_TFLOPS].filter(Boolean).join(' '),
    aliases: extra.aliases ?? [],
  };
}

const M1: AppleChip = {
  chip: 'M1',
  slug: 'm1',
  bandwidthGBs: 68.25,
  memoryType: 'LPDDR4X',
  sources: ['https://www.tomshardware.com/uk/news/apple-m1-pro-max-everything-we-know (68.25 GBps, max 16GB)'],
  notes: '',
};
const M1_PRO: AppleChip = {
  chip: 'M1 Pro',
  slug: 'm1-pro',
  bandwidthGBs: 200,
  memoryType: 'LPDDR5',
  sources: ["Tom's Hardware (200 GBps, max 32GB): https://www.tomshardware.com/uk/news/apple-m1-pro-max-everything-we-know"],
  notes: 'Apple quotes 200 GB/s; the bus arithmetic gives 204.8 GB/s.',
};
const M1_MAX: AppleChip = {
  chip: 'M1 Max',
  slug: 'm1-max',
  bandwidthGBs: 400,
  memoryType: 'LPDDR5',
  sources: ["Tom's Hardware (400 GBps, max 64GB): https://www.tomshardware.com/uk/news/apple-m1-pro-max-everything-we-know"],
  notes: 'Apple quotes 400 GB/s; the bus arithmetic gives 409.6 GB/s.',
};
const M1_ULTRA: AppleChip = {
  chip: 'M1 Ultra',
  slug: 'm1-ultra',
  bandwidthGBs: 800,
  memoryType: 'LPDDR5',
  sources: [ARS_TABLES],
  notes: 'Apple quotes 800 GB/s; the bus arithmetic gives 819.2 GB/s.',
};
const M2: AppleChip = {
  chip: 'M2',
  slug: 'm2',
  bandwidthGBs: 100,
  memoryType: 'LPDDR5',
  sources: [ARS_TABLES],
  notes: 'Apple quotes 100 GB/s (102.4 GB/s by bus arithmetic).',
};
const M2_PRO: AppleChip = {
  chip: 'M2 Pro',
  slug: 'm2-pro',
  bandwidthGBs: 200,
  memoryType: 'LPDDR5',
  sources: [ARS_TABLES, 'Apple M2 Pro launch coverage (200GB/s, up to 32GB)'],
  notes: '',
};
const M2_MAX: AppleChip = {
  chip: 'M2 Max',
  slug: 'm2-max',
  bandwidthGBs: 400,
  memoryType: 'LPDDR5',
  sources: [
    'Apple launch coverage for the M2 family (goodcom mirror)',
    'https://www.macrumors.com/2023/01/17/apple-announces-m2-pro-macbook-pro/ (M2 Max, up to 96GB of unified memory)',
    'https://applescoop.org/story/apples-new-m2-macbook-pros-are-here (up to 96GB; up to 400GB/s for the M2 Max)',
  ],
  notes: '',
};
const M2_ULTRA: AppleChip = {
  chip: 'M2 Ultra',
  slug: 'm2-ultra',
  bandwidthGBs: 800,
  memoryType: 'LPDDR5',
  sources: [`${ARS_TABLES} (up to 192GB)`],
  notes: 'Apple quotes 800 GB/s (819.2 GB/s by bus arithmetic).',
};
const M3: AppleChip = { chip: 'M3', slug: 'm3', bandwidthGBs: 100, memoryType: 'LPDDR5', sources: [ARS_TABLES], notes: '' };
const M3_PRO: AppleChip = { chip: 'M3 Pro', slug: 'm3-pro', bandwidthGBs: 150, memoryType: 'LPDDR5', sources: [ARS_TABLES], notes: '' };
const M3_MAX: AppleChip = {
  chip: 'M3 Max',
  slug: 'm3-max',
  bandwidthGBs: 400,
  memoryType: 'LPDDR5',
  sources: [
    'https://macmegasite.com/2024/10/30/m4-max-chip-has-16-core-cpu-40-core-gpu-and-35-increase-in-memory-bandwidth (M3 Max 400 GB/s)',
  ],
  notes: 'Full 40-core-GPU chip. The binned 30-core M3 Max (36 and 96 GB) is commonly listed at 300 GB/s; not verified, so not included.',
};
const M3_ULTRA: AppleChip = {
  chip: 'M3 Ultra',
  slug: 'm3-ultra',
  bandwidthGBs: 819,
  memoryType: 'LPDDR5',
  sources: [
    'https://techpowerup.com/news-tags/Mac%20Studio (up to 512GB, 819 GB/s)',
    `${ARS_TABLES} (96/256 GB lower bin; up to 512 GB upper bin)`,
  ],
  notes: '',
};
const M4: AppleChip = {
  chip: 'M4',
  slug: 'm4',
  bandwidthGBs: 120,
  memoryType: 'LPDDR5X',
  sources: ["Apple newsroom via https://mactrast.com/?p=168123 ('up to 32GB ... 120GB/s')"],
  notes: '',
};
const M4_PRO: AppleChip = {
  chip: 'M4 Pro',
  slug: 'm4-pro',
  bandwidthGBs: 273,
  memoryType: 'LPDDR5X',
  sources: ['https://techmoran.com/2024/10/31/apple-unveils-its-most-powerful-chips-the-m4-pro-and-m4-max/', ARS_TABLES],
  notes: '',
};
const M4_MAX: AppleChip = {
  chip: 'M4 Max',
  slug: 'm4-max',
  bandwidthGBs: 546,
  memoryType: 'LPDDR5X',
  sources: [
    'https://www.macrumors.com/2024/10/30/apple-announces-m4-max-chip/ (up to 128GB, up to 546GB/s)',
    `${ARS_TABLES} (binned M4 Max 410 GB/s)`,
  ],
  notes: '',
};

const catalog: readonly DeviceSpec[] = [
  // NVIDIA GeForce
  {
    id: 'geforce-rtx-3060-12gb',
    name: 'NVIDIA GeForce RTX 3060 (12 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(12),
    memoryType: 'GDDR6',
    bandwidthBytesPerSecond: gbToBytes(360),
    fp16TflopsDense: 24,
    fp16TflopsBasis: `${GEFORCE_TFLOPS}. Uncertain: third-party table; SM count × boost clock suggests about 25.5`,
    priceUsd: 329,
    ...VRAM_ALL,
    sources: [GPUMAP, HOTHARDWARE_AMPERE_PRICES],
    notes: 'FP16-accumulate dense figure 47.7 TFLOPS.',
    aliases: [],
  },
  {
    id: 'geforce-rtx-3070',
    name: 'NVIDIA GeForce RTX 3070 (8 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(8),
    memoryType: 'GDDR6, 256-bit',
    bandwidthBytesPerSecond: gbToBytes(448),
    fp16TflopsDense: 40.6,
    fp16TflopsBasis: GEFORCE_TFLOPS,
    priceUsd: 499,
    ...VRAM_ALL,
    sources: [GPUMAP_READ, HOTHARDWARE_AMPERE_PRICES],
    notes: 'FP16-accumulate dense figure 81.3 TFLOPS.',
    aliases: ['3070 8GB'],
  },
  {
    id: 'geforce-rtx-3080-10gb',
    name: 'NVIDIA GeForce RTX 3080 (10 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(10),
    memoryType: 'GDDR6X',
    bandwidthBytesPerSecond: gbToBytes(760),
    fp16TflopsDense: 59.5,
    fp16TflopsBasis: GEFORCE_TFLOPS,
    priceUsd: 699,
    ...VRAM_ALL,
    sources: [
      GPUMAP,
      'https://www.rockpapershotgun.com/2020/09/01/nvidia-ampere-rtx-3000-series-price-specs-release-date/',
      HOTHARDWARE_AMPERE_PRICES,
    ],
    notes: 'FP16-accumulate dense figure 119 TFLOPS; the launch event quoted 238 "tensor TFLOPs" (sparse, FP16 accumulate).',
    aliases: ['3080 10GB'],
  },
  {
    id: 'geforce-rtx-3080-ti',
    name: 'NVIDIA GeForce RTX 3080 Ti (12 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(12),
    memoryType: 'GDDR6X, 384-bit',
    bandwidthBytesPerSecond: gbToBytes(912),
    fp16TflopsDense: null,
    fp16TflopsBasis: 'not found in a source we could read (the GA102 whitepaper predates the card)',
    priceUsd: null,
    ...VRAM_ALL,
    sources: [
      'stillwater-sc/KPU-Simulator docs/external-knowledge/rtx_30_series_specs_table.md (third-party table: 12 GB GDDR6X, 384-bit, 912 GB/s)',
      'https://www.techpowerup.com/gpu-specs/geforce-rtx-3080-ti.c3735 (912.4 GB/s, as cited by a benchmark README)',
    ],
    notes: 'Launch price not verified.',
    aliases: ['3080 Ti 12GB'],
  },
  {
    id: 'geforce-rtx-3090',
    name: 'NVIDIA GeForce RTX 3090 (24 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(24),
    memoryType: 'GDDR6X',
    bandwidthBytesPerSecond: gbToBytes(936),
    fp16TflopsDense: 71,
    fp16TflopsBasis: `${GEFORCE_TFLOPS} (GA102 whitepaper "Peak FP16 Tensor TFLOPS with FP32 Accumulate")`,
    priceUsd: 1499,
    ...VRAM_ALL,
    sources: [
      AMPERE_WHITEPAPER,
      'https://www.rockpapershotgun.com/2020/09/01/nvidia-ampere-rtx-3000-series-price-specs-release-date/',
      HOTHARDWARE_AMPERE_PRICES,
    ],
    notes: 'FP16-accumulate dense figure 142 TFLOPS.',
    aliases: ['3090 24GB'],
  },
  {
    id: 'geforce-rtx-4060-ti-16gb',
    name: 'NVIDIA GeForce RTX 4060 Ti (16 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(16),
    memoryType: 'GDDR6, 128-bit, 18 Gbps',
    bandwidthBytesPerSecond: gbToBytes(288),
    fp16TflopsDense: null,
    fp16TflopsBasis: 'not verified (NVIDIA quotes only a sparse FP8 "353 AI TOPS" figure)',
    priceUsd: 499,
    ...VRAM_ALL,
    sources: [
      'https://www.xda-developers.com/nvidia-rtx-4060-rtx-4060-ti-launch-300/ (RTX 4060 Ti 16GB: 128-bit, 288GB/s)',
      'https://pangoly.com/en/blog/the-mid-range-makes-a-comeback-with-nvidias-rtx-4060-and-amds-rx-7600/192 (18 Gbps 128-bit GDDR6, 288 GB/s)',
      'https://th3tc.com/nvidia-unveils-299-geforce-rtx-4060-399-rtx-4060-ti-with-dlss-3/ ("a $499 version of the RTX 4060 Ti with 16GB")',
    ],
    notes: 'Same GPU and bandwidth as the 8 GB card; only the memory size differs.',
    aliases: [],
  },
  {
    id: 'geforce-rtx-4070',
    name: 'NVIDIA GeForce RTX 4070 (12 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(12),
    memoryType: 'GDDR6X',
    bandwidthBytesPerSecond: gbToBytes(504),
    fp16TflopsDense: 58,
    fp16TflopsBasis: GEFORCE_TFLOPS,
    priceUsd: 600,
    ...VRAM_ALL,
    sources: [
      GPUMAP,
      'Ars Technica RTX 4070 review, syndicated at https://encirclenews.com/rtx-4070-review-an-ideal-gpu-for-anyone-who-skipped-the-graphics-card-shortage ("It costs $600")',
    ],
    notes: 'NVIDIA MSRP is usually quoted as $599; the source says $600. FP16-accumulate dense figure 117 TFLOPS.',
    aliases: [],
  },
  {
    id: 'geforce-rtx-4070-ti',
    name: 'NVIDIA GeForce RTX 4070 Ti (12 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(12),
    memoryType: 'GDDR6X, 192-bit',
    bandwidthBytesPerSecond: gbToBytes(504),
    fp16TflopsDense: 80,
    fp16TflopsBasis: GEFORCE_TFLOPS,
    priceUsd: 799,
    ...VRAM_ALL,
    sources: [
      GPUMAP_READ,
      'https://www.generation-nt.com/actualites/nvidia-geforce-rtx-4070-carte-graphique-ada-lovelace-boite-2032360 ("une RTX 4070 Ti à 799 dollars", CES 2023)',
    ],
    notes: 'Launched January 2023 as the renamed "RTX 4080 12GB". FP16-accumulate dense figure 160 TFLOPS.',
    aliases: ['4070 Ti 12GB'],
  },
  {
    id: 'geforce-rtx-4080',
    name: 'NVIDIA GeForce RTX 4080 (16 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(16),
    memoryType: 'GDDR6X',
    bandwidthBytesPerSecond: gbToBytes(717),
    fp16TflopsDense: 97,
    fp16TflopsBasis: GEFORCE_TFLOPS,
    priceUsd: 1199,
    ...VRAM_ALL,
    sources: [
      GPUMAP,
      'https://incpak.com/?p=136649',
      'https://mybroadband.co.za/news/hardware/467523-amd-unveils-powerful-new-radeon-rx-7900-graphics-cards.html',
    ],
    notes: 'The Ada whitepaper lists 716.8 GB/s. FP16-accumulate dense figure 195 TFLOPS.',
    aliases: ['4080 16GB'],
  },
  {
    id: 'geforce-rtx-4090',
    name: 'NVIDIA GeForce RTX 4090 (24 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(24),
    memoryType: 'GDDR6X, 384-bit, 21 Gbps',
    bandwidthBytesPerSecond: gbToBytes(1008),
    fp16TflopsDense: 165.2,
    fp16TflopsBasis: `${GEFORCE_TFLOPS} (Ada whitepaper v2.1 Appendix A)`,
    priceUsd: 1599,
    ...VRAM_ALL,
    sources: [ADA_WHITEPAPER, "https://incpak.com/?p=136649 ('available starting October 12 at $1,599')"],
    notes: 'FP16-accumulate dense figure 330.3 TFLOPS (660.6 with sparsity).',
    aliases: ['4090 24GB'],
  },
  {
    id: 'geforce-rtx-5080',
    name: 'NVIDIA GeForce RTX 5080 (16 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(16),
    memoryType: 'GDDR7, 256-bit',
    bandwidthBytesPerSecond: gbToBytes(960),
    fp16TflopsDense: 113,
    fp16TflopsBasis: GEFORCE_TFLOPS,
    priceUsd: 999,
    ...VRAM_ALL,
    sources: [
      GPUMAP,
      'https://techtwisted.com/news/nvidias-rtx-50-series-brings-ai-revolution-with-dollar1999-flagship-gpu',
      'http://kad8.com/news/nvidia-rtx-5090-specifications-and-price-preview',
    ],
    notes: 'FP16-accumulate dense figure 225 TFLOPS.',
    aliases: [],
  },
  {
    id: 'geforce-rtx-5090',
    name: 'NVIDIA GeForce RTX 5090 (32 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(32),
    memoryType: 'GDDR7, 512-bit',
    bandwidthBytesPerSecond: gbToBytes(1792),
    fp16TflopsDense: 210,
    fp16TflopsBasis: GEFORCE_TFLOPS,
    priceUsd: 1999,
    ...VRAM_ALL,
    sources: [
      GPUMAP,
      'https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf',
      'techtwisted / kad8 (CES 2025; launch 30 January 2025)',
    ],
    notes: 'FP16-accumulate dense figure 419 TFLOPS.',
    aliases: [],
  },
  // NVIDIA workstation
  {
    id: 'rtx-a6000',
    name: 'NVIDIA RTX A6000 (48 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(48),
    memoryType: 'GDDR6',
    bandwidthBytesPerSecond: gbToBytes(768),
    fp16TflopsDense: 155,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [GPUMAP],
    notes: 'Launch price not found.',
    aliases: ['RTX A6000 48GB'],
  },
  {
    id: 'rtx-4000-ada',
    name: 'NVIDIA RTX 4000 Ada Generation (20 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(20),
    memoryType: 'GDDR6, 160-bit',
    bandwidthBytesPerSecond: gbToBytes(360),
    fp16TflopsDense: 107,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [GPUMAP_READ],
    notes: 'Launch price not found.',
    aliases: ['RTX 4000 Ada 20GB'],
  },
  {
    id: 'rtx-5000-ada',
    name: 'NVIDIA RTX 5000 Ada Generation (32 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(32),
    memoryType: 'GDDR6, 256-bit',
    bandwidthBytesPerSecond: gbToBytes(576),
    fp16TflopsDense: 261,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [GPUMAP_READ],
    notes: 'Launch price not found.',
    aliases: ['RTX 5000 Ada 32GB'],
  },
  {
    id: 'rtx-6000-ada',
    name: 'NVIDIA RTX 6000 Ada Generation (48 GB)',
    vendor: 'NVIDIA',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(48),
    memoryType: 'GDDR6',
    bandwidthBytesPerSecond: gbToBytes(960),
    fp16TflopsDense: 364,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [GPUMAP],
    notes: 'Launch price not found.',
    aliases: ['RTX 6000 Ada 48GB'],
  },
  // AMD Radeon
  {
    id: 'radeon-rx-7900-xtx',
    name: 'AMD Radeon RX 7900 XTX (24 GB)',
    vendor: 'AMD',
    kind: 'discrete-gpu',
    memoryBytes: gibToBytes(24),
    memoryType: 'GDDR6, 384-bit',
    bandwidthBytesPerSecond: gbToBytes(960),
    fp16TflopsDense: 122.8,
    fp16TflopsBasis: "AMD's peak FP16 figure as quoted by third-party tables; unverified against AMD's own page",
    priceUsd: 999,
    ...VRAM_ALL,
    sources: [
      'https://www.tweaktown.com/news/89307/amd-radeon-rx-7900-xtx-announced-navi-31-gpu-24gb-gddr6-costs-999/index.html ($999, 13 December 2022; 24GB 384-bit)',
      'Arithmetic: 384-bit bus × 20 Gbps GDDR6 ÷ 8 = 960 GB/s',
    ],
    notes: 'Bandwidth and FP16 throughput come from third-party tables only.',
    aliases: [],
  },
  // Data centre
  {
    id: 'l4',
    name: 'NVIDIA L4 (24 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(24),
    memoryType: 'GDDR6',
    bandwidthBytesPerSecond: gbToBytes(300),
    fp16TflopsDense: 121,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [GPUMAP, 'winston-zhang-orz/gpu-specs specs.md (FP16 Tensor 121, 242 sparse)'],
    notes: 'Launch price not published.',
    aliases: [],
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S (48 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(48),
    memoryType: 'GDDR6',
    bandwidthBytesPerSecond: gbToBytes(864),
    fp16TflopsDense: 362,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [`${STAS} (0.86 TB/s)`, `${GPUMAP} (864 GB/s)`],
    notes: 'Launch price not published.',
    aliases: ['L40S 48GB'],
  },
  {
    id: 'a40',
    name: 'NVIDIA A40 (48 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(48),
    memoryType: 'GDDR6, 384-bit',
    bandwidthBytesPerSecond: gbToBytes(696),
    fp16TflopsDense: 150,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [GPUMAP_READ],
    notes: "Launch price not published. NVIDIA's datasheet rounds the dense FP16 tensor figure to 149.7.",
    aliases: ['A40 48GB'],
  },
  {
    id: 'a100-40gb-sxm4',
    name: 'NVIDIA A100 SXM4 (40 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(40),
    memoryType: 'HBM2',
    bandwidthBytesPerSecond: gbToBytes(1555),
    fp16TflopsDense: 312,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: ['astroC86/gpu-datasheet README (1.55 TB/s, citing the NVIDIA A100 datasheet)', STAS],
    notes: 'Launch price not published.',
    aliases: [],
  },
  {
    id: 'a100-80gb-sxm4',
    name: 'NVIDIA A100 SXM4 (80 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(80),
    memoryType: 'HBM2e',
    bandwidthBytesPerSecond: gbToBytes(2039),
    fp16TflopsDense: 312,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [
      'NVIDIA A100 datasheet, https://www.nvidia.com/en-us/data-center/a100/ ("GPU Memory Bandwidth: 1,935GB/s (80GB PCIe), 2,039GB/s (80GB SXM)"; read in copies of the datasheet table in the search index, ids 11012765383 and 37911851586)',
      `${STAS} (rounds to 2.00 TB/s)`,
    ],
    notes: 'Tables that round to 2.0 TB/s understate it by 2%.',
    aliases: ['A100 SXM 80GB'],
  },
  {
    id: 'a100-80gb-pcie',
    name: 'NVIDIA A100 PCIe (80 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(80),
    memoryType: 'HBM2e',
    bandwidthBytesPerSecond: gbToBytes(1935),
    fp16TflopsDense: 312,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [GPUMAP_READ, `${STAS} (PCIe 80GB variant 1.94 TB/s)`],
    notes: 'Launch price not published.',
    aliases: ['A100 PCIe 80GB'],
  },
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM (80 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(80),
    memoryType: 'HBM3',
    bandwidthBytesPerSecond: gbToBytes(3350),
    fp16TflopsDense: 989,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [STAS],
    notes: '1,979 is the with-sparsity figure; dense is 989 (often 989.4).',
    aliases: [],
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe (80 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(80),
    memoryType: 'HBM2e',
    bandwidthBytesPerSecond: gbToBytes(2000),
    fp16TflopsDense: 756,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [STAS],
    notes: 'HBM2e per the NVIDIA datasheet (the cited table lists HBM3).',
    aliases: ['H100 PCIe 80GB'],
  },
  {
    id: 'h200-sxm',
    name: 'NVIDIA H200 SXM (141 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(141),
    memoryType: 'HBM3e',
    bandwidthBytesPerSecond: gbToBytes(4800),
    fp16TflopsDense: 989,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [STAS, 'https://www.nvidia.com/en-us/data-center/h200/ ("141GB GPU memory", "4.8TB/s GPU memory bandwidth")'],
    notes: 'The marketed 141 GB is read as GiB, like every GPU memory size in the catalog.',
    aliases: [],
  },
  {
    id: 'b200-sxm',
    name: 'NVIDIA B200 SXM (180 GB)',
    vendor: 'NVIDIA',
    kind: 'datacenter',
    memoryBytes: gibToBytes(180),
    memoryType: 'HBM3e',
    bandwidthBytesPerSecond: gbToBytes(8000),
    fp16TflopsDense: 2250,
    fp16TflopsBasis: PRO_TFLOPS,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [`${STAS} (180 GB usable; some listings say 192 GB)`],
    notes: "GB200's B200 runs at 2,500 dense TFLOPS per the same table.",
    aliases: [],
  },
  {
    id: 'instinct-mi300x',
    name: 'AMD Instinct MI300X (192 GB)',
    vendor: 'AMD',
    kind: 'datacenter',
    memoryBytes: gibToBytes(192),
    memoryType: 'HBM3',
    bandwidthBytesPerSecond: gbToBytes(5300),
    fp16TflopsDense: 1300,
    fp16TflopsBasis: `${PRO_TFLOPS}; AMD's spec is 1,307.4`,
    priceUsd: null,
    ...VRAM_ALL,
    sources: [STAS],
    notes: 'Launch price not published.',
    aliases: [],
  },
  // Apple silicon: one entry per memory configuration that matters.
  apple(M1, 8, {
    aliases: ['M1 7-Core GPU 8GB'],
    notes: 'The benchmarked Mac has the 7-core-GPU M1; memory bandwidth is the same as the 8-core version.',
  }),
  apple(M1, 16),
  apple(M1_PRO, 16),
  apple(M1_PRO, 32),
  apple(M1_MAX, 32),
  apple(M1_MAX, 64, { aliases: ['M1 Max 32-Core GPU 64GB'] }),
  apple(M1_ULTRA, 64),
  apple(M1_ULTRA, 128),
  apple(M2, 8),
  apple(M2, 16),
  apple(M2, 24),
  apple(M2_PRO, 16),
  apple(M2_PRO, 32),
  apple(M2_MAX, 32),
  apple(M2_MAX, 64),
  apple(M2_MAX, 96),
  apple(M2_ULTRA, 64),
  apple(M2_ULTRA, 128),
  apple(M2_ULTRA, 192, { aliases: ['M2 Ultra 76-Core GPU 192GB'] }),
  apple(M3, 8),
  apple(M3, 16),
  apple(M3, 24),
  apple(M3_PRO, 18),
  apple(M3_PRO, 36),
  apple(M3_MAX, 48),
  apple(M3_MAX, 64, { aliases: ['M3 Max 40-Core GPU 64GB'] }),
  apple(M3_MAX, 128),
  apple(M3_ULTRA, 96),
  apple(M3_ULTRA, 256),
  apple(M3_ULTRA, 512),
  apple(M4, 16),
  apple(M4, 24),
  apple(M4, 32),
  apple(M4_PRO, 24),
  apple(M4_PRO, 48),
  apple(M4_PRO, 64),
  apple(M4_MAX, 36, { bandwidthGBs: 410, notes: 'Binned M4 Max (14-core CPU, 32-core GPU) with 36 GB: 410 GB/s.' }),
  apple(M4_MAX, 48),
  apple(M4_MAX, 64),
  apple(M4_MAX, 128),
  // Other unified-memory machines
  {
    id: 'ryzen-ai-max-plus-395-128gb',
    name: 'AMD Ryzen AI Max+ 395 "Strix Halo" (128 GB)',
    vendor: 'AMD',
    kind: 'unified-memory',
    memoryBytes: gibToBytes(128),
    memoryType: 'LPDDR5X-8000, 256-bit',
    bandwidthBytesPerSecond: gbToBytes(256),
    fp16TflopsDense: null,
    fp16TflopsBasis: 'not verified',
    priceUsd: null,
    usableMemoryFraction: CPU_RAM_USABLE_FRACTION,
    usableMemoryReason:
      'On Windows the iGPU gets a Variable Graphics Memory carve-out of up to 96 GB of the 128 GB; Linux can map more through GTT (kernel parameters), at the cost of headroom for the OS.',
    usableMemorySource:
      'https://www.amd.com/en/blogs/2025/faqs-amd-variable-graphics-memory-vram-ai-model-sizes-quantization-mcp-more.html ("AMD Ryzen AI Max+ 395 (128GB) processor with 96GB of Variable Graphics Memory"); https://computerbase.de/2024-09/amd-strix-halo-ryzen-ai-max-plus-395-genehmigt-sich-96-gb-videospeicher ; https://rocm.docs.amd.com/en/latest/how-to/system-optimization/strixhalo.html (GTT on Linux)',
    sources: [
      'https://techpowerup.com/330548/amd-debuts-ryzen-ai-max-series-strix-halo-soc-up-to-16-zen-5-cores-massive-igpu',
      'https://modelfit.io/blog/amd-strix-halo-local-ai-128gb/ (256 GB/s, 128GB; about $1,999 for a 128GB system, third-party)',
    ],
    notes:
      '256 GB/s = 8000 MT/s × 256 bit ÷ 8. Sold in systems, not as a chip, so no launch price is given. Also offered with 32 and 64 GB.',
    aliases: [],
  },
  {
    id: 'dgx-spark',
    name: 'NVIDIA DGX Spark (GB10, 128 GB)',
    vendor: 'NVIDIA',
    kind: 'unified-memory',
    memoryBytes: gibToBytes(128),
    memoryType: 'LPDDR5x',
    bandwidthBytesPerSecond: gbToBytes(273),
    fp16TflopsDense: null,
    fp16TflopsBasis: 'not published: NVIDIA gives 1 PFLOP FP4 with sparsity and about 31 TFLOPS FP32',
    priceUsd: 3999,
    usableMemoryFraction: 0.85,
    usableMemoryReason:
      'CPU and GPU share the 128 GB pool with the OS and the Linux page cache; Linux reports about 119.7 GiB in total, and vLLM users run at --gpu-memory-utilization 0.85–0.87 ("never above 0.90").',
    usableMemorySource:
      'https://conselara.dev/notes/dgx-spark-gb10-hardware-reference/ (0.85–0.87 safe range); https://github.com/leptonai/gpud/pull/1170 (total_bytes 128501256192, "120 GiB")',
    sources: [
      'https://ai-infrastructure.net/dgx-spark/ (citing the NVIDIA product page: 128 GB LPDDR5x, 273 GB/s, about $3,999 Founders Edition)',
      'Dell Pro Max GB10 as tested $3,998.99 (https://github.com/geerlingguy/sbc-reviews/issues/92)',
    ],
    notes: 'Announced at CES 2025 as Project DIGITS at about $3,000; launched at $3,999.',
    aliases: ['NVIDIA DGX Spark (GB10, 128 GB unified LPDDR5x)', 'NVIDIA DGX Spark (GB10)'],
  },
  // CPU RAM: stated sizes so every figure says which.
  {
    id: 'desktop-ddr4-3200-32gb',
    name: 'Desktop, dual-channel DDR4-3200 (32 GB)',
    vendor: 'generic',
    kind: 'cpu-ram',
    memoryBytes: gibToBytes(32),
    memoryType: 'DDR4-3200, 2 × 64-bit',
    bandwidthBytesPerSecond: gbToBytes(51.2),
    fp16TflopsDense: null,
    fp16TflopsBasis: 'CPU: not comparable',
    priceUsd: null,
    ...CPU_RAM_SHARE,
    sources: ['JEDEC DDR4 transfer rate × 64-bit channel width: 2 channels × 8 bytes × 3200 MT/s = 51.2 GB/s (theoretical peak)'],
    notes: 'Theoretical peak; measured read bandwidth is lower. The 32 GB size is an illustrative configuration.',
    aliases: [],
  },
  {
    id: 'desktop-ddr5-5600-64gb',
    name: 'Desktop, dual-channel DDR5-5600 (64 GB)',
    vendor: 'generic',
    kind: 'cpu-ram',
    memoryBytes: gibToBytes(64),
    memoryType: 'DDR5-5600, 2 × 64-bit',
    bandwidthBytesPerSecond: gbToBytes(89.6),
    fp16TflopsDense: null,
    fp16TflopsBasis: 'CPU: not comparable',
    priceUsd: null,
    ...CPU_RAM_SHARE,
    sources: ['Arithmetic: 2 channels × 8 bytes × 5600 MT/s = 89.6 GB/s'],
    notes: 'Theoretical peak. The 64 GB size is an illustrative configuration.',
    aliases: [],
  },
  {
    id: 'desktop-ddr5-6000-64gb',
    name: 'Desktop, dual-channel DDR5-6000 (64 GB)',
    vendor: 'generic',
    kind: 'cpu-ram',
    memoryBytes: gibToBytes(64),
    memoryType: 'DDR5-6000, 2 × 64-bit',
    bandwidthBytesPerSecond: gbToBytes(96),
    fp16TflopsDense: null,
    fp16TflopsBasis: 'CPU: not comparable',
    priceUsd: null,
    ...CPU_RAM_SHARE,
    sources: ['Arithmetic: 2 channels × 8 bytes × 6000 MT/s = 96 GB/s'],
    notes:
      'Theoretical peak. slaren measured a 7B model generating 128 tokens at 18.27 tokens/s with 8 threads on a 13900K with DDR5-6400 (https://github.com/ggml-org/llama.cpp/issues/34). The 64 GB size is an illustrative configuration.',
    aliases: [],
  },
  // Many-channel workstation and server memory: where the experts of a large mixture of experts live
  // when the GPU holds only attention and the KV cache (MoE expert offload).
  serverRam({
    id: 'threadripper-pro-7000-8ch-ddr5-4800-256gb',
    name: 'Workstation, 8-channel DDR5-4800 (Threadripper PRO 7000, 256 GB)',
    vendor: 'generic',
    channels: 8,
    megaTransfers: 4800,
    memoryGiB: 256,
    sources: [
      "https://github.com/ikawrakow/ik_llama.cpp/discussions/258 (a Threadripper PRO 7965WX with 8 × 32 GB DDR5 at 4800 MT/s; Intel MLC measured about 225 GB/s; read in the repository's github-data archive @ 8337e4cd3861406fc04e0854b1409cd1b027fbc9)",
    ],
    measured: 'Intel MLC read about 225 GB/s (73% of peak) on a 7965WX.',
  }),
  serverRam({
    id: 'epyc-9004-12ch-ddr5-4800-768gb',
    name: 'Server, 12-channel DDR5-4800 (EPYC 9004 "Genoa", 768 GB)',
    vendor: 'generic',
    channels: 12,
    megaTransfers: 4800,
    memoryGiB: 768,
    sources: [
      'https://www.tomshardware.com/news/amd-confirms-12-ddr5-memory-channels-on-genoa (twelve 64-bit DDR5 channels, 460.8 GB/s per socket at DDR5-4800)',
    ],
    measured: 'No measured figure was found for this configuration.',
  }),
  serverRam({
    id: 'epyc-9005-12ch-ddr5-6400-768gb',
    name: 'Server, 12-channel DDR5-6400 (EPYC 9005 "Turin", 768 GB)',
    vendor: 'generic',
    channels: 12,
    megaTransfers: 6400,
    memoryGiB: 768,
    sources: [
      'https://github.com/ikawrakow/ik_llama.cpp/discussions/258 (an EPYC 9355 with 12 × 64 GB DDR5-6400; OCCT measured 598 GB/s read; github-data archive @ 8337e4cd3861406fc04e0854b1409cd1b027fbc9)',
    ],
    measured: 'OCCT read 598 GB/s (97% of peak) on an EPYC 9355.',
  }),
  serverRam({
    id: 'xeon-6900p-12ch-ddr5-6400-768gb',
    name: 'Server, 12-channel DDR5-6400 (Xeon 6 6900P "Granite Rapids", one socket, 768 GB)',
    vendor: 'generic',
    channels: 12,
    megaTransfers: 6400,
    memoryGiB: 768,
    sources: [
      'https://www.servethehome.com/welcome-back-intel-xeon-6900p-reasserts-intel-server-leadership/2/ (DDR5-6400 RDIMMs; MRDIMMs at 8800 MT/s)',
      'https://github.com/ikawrakow/ik_llama.cpp/discussions/201 (dual Xeon 6980P: Intel MLC read 554.8 GB/s within one NUMA node, 247.8 GB/s across sockets; github-data archive @ 8337e4cd3861406fc04e0854b1409cd1b027fbc9)',
    ],
    measured:
      'Intel MLC read 554.8 GB/s (90% of peak) within one socket; a model spread over both sockets reads across the link at 247.8 GB/s.',
  }),
];

/** A many-channel RAM configuration: bandwidth = channels × 8 bytes × MT/s. */
function serverRam(spec: {
  id: string;
  name: string;
  vendor: string;
  channels: number;
  megaTransfers: number;
  memoryGiB: number;
  sources: readonly string[];
  measured: string;
}): DeviceSpec {
  const gbPerSecond = (spec.channels * 8 * spec.megaTransfers) / 1000;
  return {
    id: spec.id,
    name: spec.name,
    vendor: spec.vendor,
    kind: 'cpu-ram',
    memoryBytes: gibToBytes(spec.memoryGiB),
    memoryType: `DDR5-${spec.megaTransfers}, ${spec.channels} × 64-bit`,
    bandwidthBytesPerSecond: gbToBytes(gbPerSecond),
    fp16TflopsDense: null,
    fp16TflopsBasis: 'CPU: not comparable',
    priceUsd: null,
    ...CPU_RAM_SHARE,
    sources: [
      `Arithmetic: ${spec.channels} channels × 8 bytes × ${spec.megaTransfers} MT/s = ${gbPerSecond} GB/s (theoretical peak)`,
      ...spec.sources,
    ],
    notes: `Theoretical peak. ${spec.measured} The memory size is an illustrative configuration (one DIMM per channel).`,
    aliases: [],
  };
}

/** Attaches a spec's compute figures; Apple entries share their chip's, CPU-RAM entries have none. */
function withCompute(spec: DeviceSpec): Device {
  const chip = spec.id.replace(/-\d+gb$/, '');
  const compute = spec.kind === 'cpu-ram' ? CPU_RAM_COMPUTE : (deviceComputeFigures[spec.id] ?? deviceComputeFigures[chip]);
  if (!compute) throw new RangeError(`Device "${spec.id}": no entry in compute.ts (give null figures with a reason instead).`);
  return { ...spec, ...compute };
}

/** Every device in the book, checked at load. @example hardware.some((d) => d.id === 'geforce-rtx-4090') // true */
export const hardware: readonly Device[] = validateDevices(catalog.map(withCompute));

const byId = new Map(hardware.map((d) => [d.id, d]));
const byAlias = new Map(hardware.flatMap((d) => d.aliases.map((alias) => [alias.trim().toLowerCase(), d] as const)));

/** The device with `id`, or undefined. @example device('geforce-rtx-4090')?.bandwidthBytesPerSecond // 1008000000000 */
export function device(id: string): Device | undefined {
  return byId.get(String(id).trim().toLowerCase());
}

/**
 * Like `device` but throws a `RangeError` listing the known ids.
 * @example requireDevice('geforce-rtx-3090').memoryBytes // 25769803776 (24 GiB)
 */
export function requireDevice(id: string): Device {
  const found = device(id);
  if (!found) throw new RangeError(`Unknown device "${id}". Known devices: ${hardware.map((d) => d.id).join(', ')}.`);
  return found;
}

/**
 * The device a benchmark table names (single-device rows; "4090 24GB * 2" is two cards and matches nothing).
 * @example deviceByAlias('4090 24GB')?.id // "geforce-rtx-4090"
 */
export function deviceByAlias(name: string): Device | undefined {
  return byAlias.get(String(name).trim().toLowerCase());
}
