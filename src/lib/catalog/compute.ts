/**
 * Dense tensor throughput of the catalog's devices at the precisions inference runtimes use:
 * FP16 with FP16 accumulate (cuBLAS's default for F16 matrices in llama.cpp), INT8 (llama.cpp's
 * MMQ kernels for quantized weights) and FP8 (vLLM, TensorRT-LLM). No sparsity anywhere. Data only;
 * `hardware.ts` attaches it to each device. A figure that is derived rather than published says so.
 */

/** What a device computes per second, dense, in TFLOPS (TOPS for INT8). */
export interface DeviceCompute {
  /** FP16 tensor throughput with FP16 accumulate, or null. GeForce cards run it at twice the FP32-accumulate rate. */
  readonly fp16AccTflopsDense: number | null;
  /** INT8 tensor throughput in TOPS, or null where none is published or the chip has no INT8 matrix path. */
  readonly int8TopsDense: number | null;
  /** FP8 tensor throughput (FP16 accumulate on GeForce), or null where the chip has no FP8. */
  readonly fp8TflopsDense: number | null;
  /** Where the figures come from and how they were read or derived. */
  readonly computeBasis: string;
}

const GPUMAP =
  'lamonoai/gpumap nvidia/GPU.md @ 8d5e174f6f25a520db1ada126d4c1fa5c5eb6df9 (third-party compilation of NVIDIA datasheets and whitepapers; dense columns)';
const STAS =
  'stas00/ml-engineering compute/accelerator/README.md @ 744d01e18b79512572f64a6bbd8b5f4a725203a7 (TFLOPS table without sparsity: fp16, fp8, int8)';
const ADA =
  'NVIDIA Ada GPU Architecture whitepaper, appendix A (https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf): FP16 and FP8 with FP16 accumulate 330.3 and 660.6, INT8 660.6 TOPS; FP8 with FP32 accumulate 330.3';
const BLACKWELL =
  'NVIDIA RTX Blackwell GPU Architecture whitepaper, appendix A (https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf): FP8 838 with FP16 accumulate; FP16-accumulate 419 and INT8 838 per ' +
  GPUMAP;
const APPLE_ALU =
  'Apple GPUs have no matrix units: the figure is the FP16 ALU peak of the top GPU bin (FP16 runs at the FP32 rate), third-party; Apple publishes none.';
const PHILIPTURNER = `philipturner/metal-benchmarks README.md @ 936d911ef61c2e45c336ae94f1bedf9c26b58c9e ("Overview of Apple-designed GPUs", GFLOPS F16). ${APPLE_ALU}`;
const PHILIPTURNER_LEAK = `${PHILIPTURNER} M2 Pro and later are from supply-chain leaks and given there as lower bounds.`;
const SIDEKICK = `A third-party app's GPU table (Sidekick GPU.swift "tflops", FP32; search index id 36745010304): low-quality source with no derivation. ${APPLE_ALU}`;

const none = (computeBasis: string): DeviceCompute => ({
  fp16AccTflopsDense: null,
  int8TopsDense: null,
  fp8TflopsDense: null,
  computeBasis,
});
const nv = (fp16Acc: number, int8: number, fp8: number | null, computeBasis: string): DeviceCompute => ({
  fp16AccTflopsDense: fp16Acc,
  int8TopsDense: int8,
  fp8TflopsDense: fp8,
  computeBasis,
});
const alu = (fp16: number, computeBasis: string): DeviceCompute => ({
  fp16AccTflopsDense: fp16,
  int8TopsDense: null,
  fp8TflopsDense: null,
  computeBasis,
});

/** Compute of the RTX 3090, from which the 3080 Ti's is scaled. */
const RTX_3090_FP16_ACC = 142;
const RTX_3090_INT8 = 284;

/**
 * Compute figures by device id (Apple entries by chip slug, `apple-m2-max`). CPU-RAM entries are
 * memory configurations, not processors, and carry none.
 * @example deviceComputeFigures['geforce-rtx-4090']!.int8TopsDense // 660.6
 */
export const deviceComputeFigures: Readonly<Record<string, DeviceCompute>> = {
  'geforce-rtx-3060-12gb': nv(47.7, 95, null, `${GPUMAP}. Ampere has no FP8.`),
  'geforce-rtx-3070': nv(81.3, 163, null, `${GPUMAP}. Ampere has no FP8.`),
  'geforce-rtx-3080-10gb': nv(119, 238, null, `${GPUMAP}. Ampere has no FP8.`),
  'geforce-rtx-3080-ti': nv(
    Math.round((RTX_3090_FP16_ACC * 3690.3) / 4030.4),
    Math.round((RTX_3090_INT8 * 3690.3) / 4030.4),
    null,
    "Derived, no published figure found: the RTX 3090 figures (same GA102 chip) scaled by the two cards' measured llama.cpp pp512 on Llama 3 8B Q4_K_M, 3,690.30 vs 4,030.40 tok/s (XiongjieDai/GPU-Benchmarks-on-LLM-Inference README @ 00dd2bdeb2404263f22bd6c1cd46ce397e341db5). Ampere has no FP8.",
  ),
  'geforce-rtx-3090': nv(
    RTX_3090_FP16_ACC,
    RTX_3090_INT8,
    null,
    'NVIDIA GA102 whitepaper (https://images.nvidia.com/aem-dam/en-zz/Solutions/geforce/ampere/pdf/NVIDIA-ampere-GA102-GPU-Architecture-Whitepaper-V1.pdf): FP16-accumulate 142. INT8 284 derived as twice that, the ratio of every GA10x GeForce column in ' +
      GPUMAP +
      '. Ampere has no FP8.',
  ),
  'geforce-rtx-4060-ti-16gb': none('Not published in the sources read: NVIDIA markets only a sparse FP8 "AI TOPS" figure for this card.'),
  'geforce-rtx-4070': nv(117, 233, 233, GPUMAP),
  'geforce-rtx-4070-ti': nv(160, 321, 321, GPUMAP),
  'geforce-rtx-4080': nv(195, 390, 390, GPUMAP),
  'geforce-rtx-4090': nv(330.3, 660.6, 660.6, ADA),
  'geforce-rtx-5080': nv(
    225,
    450,
    450,
    `${GPUMAP}. FP8 with FP16 accumulate taken as twice the FP16 rate, as on every other Ada and Blackwell GeForce column.`,
  ),
  'geforce-rtx-5090': nv(419, 838, 838, BLACKWELL),
  'rtx-a6000': nv(155, 310, null, `${GPUMAP}. Workstation parts accumulate in FP32 at full rate. Ampere has no FP8.`),
  'rtx-4000-ada': nv(107, 214, 214, GPUMAP),
  'rtx-5000-ada': nv(261, 522, 522, GPUMAP),
  'rtx-6000-ada': nv(364, 728, 728, GPUMAP),
  'radeon-rx-7900-xtx': {
    fp16AccTflopsDense: 122.8,
    int8TopsDense: null,
    fp8TflopsDense: null,
    computeBasis:
      "AMD's peak FP16 as quoted by third-party tables (counts dual issue); unverified against AMD's own page. No INT8 figure found; RDNA 3 has no FP8.",
  },
  l4: nv(121, 242, 242, GPUMAP),
  l40s: nv(362, 733, 733, STAS),
  a40: nv(150, 299, null, `${GPUMAP}. Ampere has no FP8.`),
  'a100-40gb-sxm4': nv(312, 624, null, `${STAS}. Ampere has no FP8.`),
  'a100-80gb-sxm4': nv(312, 624, null, `${STAS}. Ampere has no FP8.`),
  'a100-80gb-pcie': nv(312, 624, null, `${STAS}. Ampere has no FP8.`),
  'h100-sxm': nv(989, 1979, 1979, STAS),
  'h100-pcie': nv(756, 1513, 1513, STAS),
  'h200-sxm': nv(989, 1979, 1979, STAS),
  'b200-sxm': nv(2250, 4500, 4500, STAS),
  'instinct-mi300x': nv(1300, 2600, 2610, `${STAS}; AMD's exact FP16 figure is 1,307.4.`),
  'ryzen-ai-max-plus-395-128gb': {
    fp16AccTflopsDense: 59,
    int8TopsDense: null,
    fp8TflopsDense: null,
    computeBasis:
      'Third-party theoretical peak of the Radeon 8060S (40 RDNA 3.5 CUs) counting dual issue and WMMA: "theoretical 59 FP16 TFLOPS" (lhl/strix-halo-testing llm-bench/README.md @ 5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61); another third party gives 29.7 without dual issue, and AMD publishes none. RDNA has no INT8 matrix path faster than FP16, so llama.cpp\'s quantized kernels use the FP16 figure.',
  },
  'dgx-spark': {
    fp16AccTflopsDense: 125,
    int8TopsDense: 250,
    fp8TflopsDense: 250,
    computeBasis:
      'Derived, not published: NVIDIA gives only "1 petaFLOP of FP4 with sparsity" (restated at https://dgx-spark.warehack.ing/hardware/); halved for dense (500), halved again for FP8 and INT8 (250) and again for FP16 with FP16 accumulate (125), the ratios of the RTX 5090 column of the RTX Blackwell whitepaper.',
  },
  'apple-m1': alu(2.617, `${PHILIPTURNER} 8-core GPU at 1,278 MHz; the 7-core M1 has 7/8 of it.`),
  'apple-m1-pro': alu(5.308, `${PHILIPTURNER} 16-core GPU.`),
  'apple-m1-max': alu(10.62, `${PHILIPTURNER} 32-core GPU.`),
  'apple-m1-ultra': alu(21.23, `${PHILIPTURNER} 64-core GPU.`),
  'apple-m2': alu(3.579, `${PHILIPTURNER} 10-core GPU at 1,398 MHz.`),
  'apple-m2-pro': alu(6.441, `${PHILIPTURNER_LEAK} 19-core GPU.`),
  'apple-m2-max': alu(13.6, `${PHILIPTURNER_LEAK} 38-core GPU.`),
  'apple-m2-ultra': alu(27.2, `${PHILIPTURNER_LEAK} 76-core GPU.`),
  'apple-m3': alu(4.1, `${SIDEKICK} 10-core GPU.`),
  'apple-m3-pro': alu(7.4, `${SIDEKICK} 18-core GPU.`),
  'apple-m3-max': alu(16.2, `${SIDEKICK} 40-core GPU.`),
  'apple-m3-ultra': alu(32.4, `Derived: two M3 Max dies (80 GPU cores), twice the M3 Max figure of ${SIDEKICK}`),
  'apple-m4': alu(4.6, `${SIDEKICK} 10-core GPU.`),
  'apple-m4-pro': alu(9.2, `${SIDEKICK} 20-core GPU.`),
  'apple-m4-max': alu(18.4, `${SIDEKICK} 40-core GPU; the 36 GB machine's 32-core GPU has less.`),
};

/** What a CPU-RAM entry says about compute. @example CPU_RAM_COMPUTE.int8TopsDense // null */
export const CPU_RAM_COMPUTE = none(
  'A memory configuration, not a processor: prompt speed on a CPU depends on its cores and instruction set, which this entry does not fix.',
);
