/**
 * The glossary: every term the book uses that a newcomer may not know, in one typed list. The
 * /glossary/ page renders it; a build-time rehype plugin (src/site/build/rehype-glossary.mjs)
 * links the first use of each term in every chapter section to its entry, with the `short`
 * definition on hover, focus and tap. New chapters get the links without any markup.
 *
 * Numbers in definitions and examples are computed from src/lib here, never typed.
 */
import {
  DEFAULT_HEADROOM_FRACTION,
  DEFAULT_UBATCH_TOKENS,
  FIXED_RUNTIME_OVERHEAD_BYTES,
  BYTES_PER_GIB,
  arithmeticIntensityFlopsPerByte,
  blockBitsPerWeight,
  blockLayout,
  blocksForTokens,
  checkedBenchmarks,
  decodeBytesPerToken,
  decodeCeilingTokensPerSecond,
  decodeEfficiencyBand,
  defaultScenario,
  deviceFlopsPerSecond,
  deviceUsableMemoryBytes,
  expectedExpertsTouched,
  formatBandwidth,
  formatBytes,
  formatCount,
  formatNumber,
  gpuLayersThatFit,
  kvBytesPerToken,
  kvCacheBytes,
  kvCacheType,
  legacyLlamaRow,
  naiveKvBytesPerToken,
  offloadDecode,
  pagedTokenSlots,
  parameterCount,
  prefillSeconds,
  prefixBlocksSaved,
  qualityElbow,
  qualityPoints,
  qualityRows,
  quantFormat,
  requireDevice,
  requireModel,
  ridgeFlopsPerByte,
  runtimeOverhead,
  sharedPrefixExampleTokens,
  staticBatchUsefulShare,
  vllmPaperFindings,
  weightBytes,
  weightCost,
} from '../lib';

/** One glossary entry. */
export interface GlossaryTerm {
  /** Anchor on /glossary/ (`/glossary/#kv-cache`); lower case, digits and dashes. */
  readonly id: string;
  /** The term as the book writes it. */
  readonly term: string;
  /** What an abbreviation stands for, if it is one. */
  readonly expansion?: string;
  /**
   * The forms the chapters write it in; the first use of any of them in a section becomes a link.
   * A form with a capital letter matches exactly; an all-lower-case form also matches with a
   * capital first letter. A plural `s` is matched automatically. Empty: never linked.
   */
  readonly aliases: readonly string[];
  /**
   * `section` (default): linked at its first use in every section. `chapter`: only at its first
   * use in a chapter, for words so common that a link per section would be noise.
   */
  readonly scope?: 'section' | 'chapter';
  /** A unit (GiB, tok/s): not linked right after a number, where it only measures something. */
  readonly unit?: boolean;
  /** One plain-text sentence, shown where the term is used (no math, ≤ 200 characters). */
  readonly short: string;
  /** One paragraph in the book's voice; `$…$` is TeX. */
  readonly definition: string;
  /** A worked number, computed from src/lib at build time; `$…$` is TeX. */
  readonly example?: () => string;
  /** Where it is taught: `chapter-slug#section-slug`, checked against the built chapters. */
  readonly taught: readonly string[];
  /** Ids of related entries. */
  readonly related: readonly string[];
  /** Its symbol in src/lib/core/notation.ts (TeX), if it has one. */
  readonly symbol?: string;
}

const gb = (bytes: number) => formatBytes(bytes, 'GB');
const gib = (bytes: number) => formatBytes(bytes, 'GiB');
const kib = (bytes: number) => formatBytes(bytes, 'KiB');
const n3 = (value: number) => formatNumber(value, 3);
const pct = (share: number, digits = 3) => `${formatNumber(share * 100, digits)}%`;
const billions = (params: number) => `${formatNumber(params / 1e9, 3)}B`;

const llama8b = requireModel('llama-3.1-8b');
const llama70b = requireModel('llama-3.1-70b');
const llama2 = requireModel('llama-2-7b');
const falcon = requireModel('falcon-7b');
const deepseek = requireModel('deepseek-v3');
const gemma3 = requireModel('gemma-3-27b');
const qwenMoe = requireModel('qwen3-30b-a3b');
const mixtral = requireModel('mixtral-8x7b');
const ossSmall = requireModel('gpt-oss-20b');
const rtx4090 = requireDevice('geforce-rtx-4090');
const rtx3070 = requireDevice('geforce-rtx-3070');
const h100 = requireDevice('h100-sxm');
const m4max = requireDevice('apple-m4-max-128gb');
const m4max64 = requireDevice('apple-m4-max-64gb');
const mac16 = requireDevice('apple-m4-16gb');
const ddr5 = requireDevice('desktop-ddr5-5600-64gb');
const q4km = quantFormat('Q4_K_M')!;
const bf16 = quantFormat('BF16')!;
const flops4090 = deviceFlopsPerSecond(rtx4090)!;
const read8b = decodeBytesPerToken(llama8b, q4km.bitsPerWeight, 0);
const read8b8k = decodeBytesPerToken(llama8b, q4km.bitsPerWeight, 8192);
const points = qualityPoints();
const pt = (name: string) => points.find((p) => p.quant === name)!;
/** A measured share that must exist for the sentence to be true: fail the build otherwise. */
const sameTop = (name: string) => {
  const percent = pt(name).sameTopPPercent;
  if (percent === null) throw new Error(`No same-top-token figure for ${name} on the scoreboard.`);
  return `${formatNumber(percent, 3)}%`;
};
const scoreboard = qualityRows('llama3-8b-scoreboard');
const kldOf = (quant: string, imatrix: string) =>
  scoreboard.find((r) => r.quant.toLowerCase() === quant.toLowerCase() && r.imatrix === imatrix)!.kldNats;
const BLOCK = defaultScenario.blockSizeTokens;

export const glossary: readonly GlossaryTerm[] = [
  // ----------------------------------------------------------------- parameters and formats
  {
    id: 'parameter',
    term: 'parameter',
    aliases: ['parameter'],
    scope: 'chapter',
    short: 'One number a model learned in training (a weight); a model named "8B" stores about eight billion of them.',
    definition:
      'One number inside a model’s matrices that training adjusted: a weight (or, rarely, a bias or a norm scale). The count in a model’s name is rounded; its configuration gives the exact figure. Memory follows the number of parameters stored, $N$, times the bits each one takes.',
    example: () =>
      `Llama 3.1 8B’s configuration adds up to ${formatCount(parameterCount(llama8b))} parameters, ${billions(parameterCount(llama8b))}.`,
    taught: ['parameters#what-a-parameter-is'],
    related: ['active-parameters', 'bpw', 'dense-model'],
    symbol: 'N',
  },
  {
    id: 'active-parameters',
    term: 'active parameters',
    aliases: ['active parameters', 'active count'],
    short: 'The parameters one token actually uses; for a mixture of experts only the routed experts, so far fewer than it stores.',
    definition:
      'The parameters that take part in computing one token. In a dense model that is all of them; in a mixture of experts it is the shared layers plus the experts the router picked. Memory must hold every parameter, but decoding reads only the active ones, so they set the speed.',
    example: () =>
      `Qwen3-30B-A3B stores ${billions(qwenMoe.totalParams)} parameters and uses ${billions(qwenMoe.activeParams)} per token: at Q4_K_M that is ${gb(weightCost(qwenMoe, q4km.bitsPerWeight).memoryBytes)} to hold and ${gb(weightCost(qwenMoe, q4km.bitsPerWeight).readBytesPerToken)} to read per token.`,
    taught: ['parameters#dense-models-and-mixtures-of-experts', 'bandwidth#why-a-mixture-of-experts-is-fast-for-its-size'],
    related: ['moe', 'expert', 'parameter'],
    symbol: 'N_{\\text{act}}',
  },
  {
    id: 'dense-model',
    term: 'dense model',
    aliases: ['dense model'],
    short: 'A model in which every parameter takes part in every token, unlike a mixture of experts.',
    definition:
      'A model that runs every one of its parameters for every token. Its memory and its per-token reads are the same size, so its speed follows its size directly; compare a mixture of experts, which stores far more than it reads.',
    taught: ['parameters#dense-models-and-mixtures-of-experts'],
    related: ['moe', 'active-parameters'],
  },
  {
    id: 'moe',
    term: 'MoE',
    expansion: 'mixture of experts',
    aliases: ['mixture of experts', 'mixtures of experts', 'MoE'],
    short: 'A model whose feed-forward blocks are split into many experts; a router sends each token to a few of them.',
    definition:
      'A design that replaces each feed-forward block with several smaller "experts" and a router that sends each token to only a few. All experts must be stored, because the next token may need any of them, but each token reads and computes only its routed ones. Memory follows the total count $N$; single-stream speed follows the active count $N_{\\text{act}}$. In a batch, different tokens pick different experts, so the advantage shrinks as the batch grows.',
    example: () =>
      `Mixtral 8x7B routes each token to ${mixtral.expertsPerToken} of ${mixtral.experts} experts: ${billions(mixtral.totalParams)} stored, ${billions(mixtral.activeParams)} active.`,
    taught: [
      'parameters#dense-models-and-mixtures-of-experts',
      'bandwidth#why-a-mixture-of-experts-is-fast-for-its-size',
      'paged-attention#throughput-against-latency-the-knee',
    ],
    related: ['expert', 'active-parameters', 'dense-model', 'feed-forward'],
  },
  {
    id: 'expert',
    term: 'expert',
    aliases: ['expert', 'routed experts', 'router'],
    short: 'One of the parallel feed-forward blocks of a mixture of experts; a router picks a few per token.',
    definition:
      'One of the interchangeable feed-forward blocks in a layer of a mixture of experts. A small router scores the experts for each token and sends it to the top few ($k$ of $E$); some models also have a shared expert every token uses. Different tokens in a batch pick different experts, so a batch reads the union of their choices.',
    example: () =>
      `gpt-oss-20b routes each token to ${ossSmall.expertsPerToken} of ${ossSmall.experts} experts; a batch of 8 tokens touches ${n3(expectedExpertsTouched(ossSmall.experts ?? 1, ossSmall.expertsPerToken ?? 1, 8))} of them per layer on average if routing is uniform and independent.`,
    taught: ['parameters#dense-models-and-mixtures-of-experts', 'paged-attention#throughput-against-latency-the-knee'],
    related: ['moe', 'active-parameters'],
    symbol: 'E',
  },
  {
    id: 'open-weight',
    term: 'open weight',
    aliases: ['open weight', 'open-weight'],
    short:
      'A model whose weights you may download and run; its licence decides what else you may do, so it is not the same as open source.',
    definition:
      'A model whose trained weights are published for download. That lets you run it locally, but says nothing about the licence, which may restrict use, nor about the training data and code, which the Open Source Initiative’s definition of open-source AI also asks for.',
    taught: ['parameters#open-weight-is-not-open-source'],
    related: ['gguf'],
  },
  {
    id: 'bpw',
    term: 'bpw',
    expansion: 'bits per weight',
    aliases: ['bits per weight', 'bpw'],
    short: 'The bits a file spends per parameter on average, scales and higher-precision tensors included.',
    definition:
      'How many bits a stored model spends per parameter: 16 for BF16, and for a quantized file the average over the whole file, including block scales and the tensors kept at higher precision. Weight memory is $W = N \\cdot \\text{bpw} / 8$ bytes. Use the effective figure of a real file, not the number in the type’s name.',
    example: () =>
      `Q4_K_M averages ${formatNumber(q4km.bitsPerWeight, 3)} bits per weight on Llama 3.1 8B, so its ${billions(llama8b.totalParams)} parameters take ${gb(weightBytes(llama8b.totalParams, q4km.bitsPerWeight))}, not the ${gb(weightBytes(llama8b.totalParams, 4))} a nominal 4 bits suggests.`,
    taught: ['parameters#from-parameters-to-bytes', 'quantization#k-quants-and-the-_s-_m-and-_l-mixes'],
    related: ['quantization', 'block-quantization', 'q4-k-m'],
    symbol: '\\text{bpw}',
  },
  {
    id: 'gib',
    unit: true,
    term: 'GiB',
    expansion: 'gibibyte',
    aliases: ['GiB', 'gibibyte'],
    short: 'A gibibyte: 2³⁰ bytes, about 7% more than a gigabyte (GB, 10⁹ bytes).',
    definition:
      'A gibibyte, $2^{30}$ bytes. A GB (gigabyte) is $10^9$ bytes. Model hubs and storage vendors usually mean GB; GPU memory is built in powers of two, so a card sold as "24 GB" holds 24 GiB. This book writes GB for $10^9$ and GiB for $2^{30}$ and always says which.',
    example: () =>
      `1 GiB = ${formatCount(BYTES_PER_GIB)} bytes = ${formatNumber(BYTES_PER_GIB / 1e9, 4)} GB; a 24 GiB card holds ${gb(24 * BYTES_PER_GIB)}.`,
    taught: ['parameters#gb-or-gib'],
    related: ['vram'],
  },
  {
    id: 'fp16',
    term: 'FP16',
    expansion: 'IEEE half-precision floating point',
    aliases: ['FP16', 'F16', 'half precision'],
    short: 'A 16-bit floating-point format with 5 exponent and 10 mantissa bits; two bytes per parameter.',
    definition:
      'The IEEE 754 16-bit floating-point format: 1 sign bit, 5 exponent bits and 10 mantissa bits. It is precise but has a narrow range (largest value 65,504). It takes two bytes per parameter, like BF16; llama.cpp calls it F16.',
    example: () => `A 7B model at 16 bits per weight takes ${gb(weightBytes(7e9, 16))}.`,
    taught: ['parameters#from-parameters-to-bytes'],
    related: ['bf16', 'bpw', 'quantization'],
  },
  {
    id: 'bf16',
    term: 'BF16',
    expansion: 'bfloat16',
    aliases: ['BF16', 'bfloat16'],
    short: 'A 16-bit float with the exponent range of 32-bit floats and less precision; how most open models are released.',
    definition:
      'The "brain floating point" format: 1 sign bit, 8 exponent bits and 7 mantissa bits, so it covers the same range as a 32-bit float with less precision. Most open models are trained and released in it. Two bytes per parameter, the starting point every quantized file is measured against.',
    example: () => `Llama 3.1 70B in BF16 needs ${gb(weightBytes(llama70b.totalParams, bf16.bitsPerWeight))} for its weights.`,
    taught: ['parameters#from-parameters-to-bytes'],
    related: ['fp16', 'quantization'],
  },
  // ----------------------------------------------------------------- quantization
  {
    id: 'quantization',
    term: 'quantization',
    aliases: ['quantization', 'quantized', 'quantizing', 'quantize'],
    scope: 'chapter',
    short: 'Storing weights (or the KV cache) in fewer bits by rounding them to a few levels with shared scales.',
    definition:
      'Storing numbers in fewer bits than they were trained in by rounding each to one of a few levels, with a scale (and sometimes a minimum) that maps the levels back to real values. For weights it shrinks the file and raises the decode ceiling, since every token reads every active weight; the price is a rounding error that measurement, not the type’s name, should judge.',
    example: () =>
      `Llama 3.1 8B shrinks from ${gb(weightBytes(llama8b.totalParams, bf16.bitsPerWeight))} in BF16 to ${gb(weightBytes(llama8b.totalParams, q4km.bitsPerWeight))} at Q4_K_M.`,
    taught: ['quantization#why-fewer-bits', 'quantization#block-quantization'],
    related: ['block-quantization', 'k-quant', 'i-quant', 'kld', 'dequantization'],
  },
  {
    id: 'block-quantization',
    term: 'block quantization',
    aliases: ['block quantization', 'block format'],
    short: 'Quantizing a row in small blocks of weights that share one scale, so each block’s levels fit its own weights.',
    definition:
      'Cutting each row of a weight matrix into small blocks (32 weights in llama.cpp’s simple types) that share a scale, and sometimes a minimum. Small blocks follow the local size of the weights and confine an outlier’s damage to its own block, but every block pays for its metadata: $\\text{bpw} = q + m / n_{\\text{blk}}$.',
    example: () => {
      const q40 = blockLayout('Q4_0')!;
      return `Q4_0 stores ${q40.valueBits}-bit codes and one ${q40.metadataBits}-bit scale per ${q40.blockWeights} weights: $${q40.valueBits} + ${q40.metadataBits}/${q40.blockWeights} = ${blockBitsPerWeight(q40)}$ bits per weight.`;
    },
    taught: ['quantization#block-quantization'],
    related: ['absmax', 'k-quant', 'outlier', 'bpw'],
    symbol: 'n_{\\text{blk}}',
  },
  {
    id: 'absmax',
    term: 'absmax scaling',
    aliases: ['absmax'],
    short: 'Choosing a block’s scale so that its largest weight maps to the largest integer code.',
    definition:
      'The simplest way to pick a block’s scale: divide the largest absolute weight by the largest code, $s = \\max_i |x_i| / (2^{q-1} - 1)$, and round every weight to $c_i = \\operatorname{round}(x_i / s)$. One large weight therefore coarsens the whole block.',
    taught: ['quantization#block-quantization', 'quantization#why-outliers-matter'],
    related: ['block-quantization', 'outlier'],
  },
  {
    id: 'dequantization',
    term: 'dequantization',
    aliases: ['dequantize', 'dequantizing', 'dequantized', 'dequantization'],
    short: 'Turning stored integer codes back into numbers to compute with: code times scale (plus minimum).',
    definition:
      'Recovering the values a model computes with from the stored codes, $\\hat x_i = s\\,c_i$ (plus the block’s minimum where there is one). Inference kernels do it on the fly as they read each block, which costs some arithmetic but far less time than reading 16-bit weights would.',
    taught: ['quantization#block-quantization', 'bandwidth#what-real-engines-reach'],
    related: ['quantization', 'block-quantization'],
  },
  {
    id: 'k-quant',
    term: 'k-quant',
    aliases: ['k-quant'],
    short: 'llama.cpp’s Q2_K–Q6_K types: 256-weight super-blocks of sub-blocks whose small scales are themselves scaled.',
    definition:
      'The llama.cpp quant family Q2_K to Q6_K. Each super-block of 256 weights holds 8 or 16 sub-blocks with their own scales (and minimums) stored in only 4 to 8 bits, which one or two 16-bit numbers per super-block scale in turn. That buys a scale per 16 or 32 weights for little metadata. Files come in mixes: _S, _M and _L.',
    example: () => {
      const q4k = blockLayout('Q4_K')!;
      return `Q4_K costs ${blockBitsPerWeight(q4k)} bits per weight, like Q4_0, but on Llama 3 8B Q4_K_S diverges by ${n3(pt('Q4_K_S').kldNats)} nats against Q4_0’s ${n3(pt('Q4_0').kldNats)}.`;
    },
    taught: ['quantization#k-quants-and-the-_s-_m-and-_l-mixes'],
    related: ['quant-mix', 'q4-k-m', 'i-quant', 'block-quantization'],
  },
  {
    id: 'i-quant',
    term: 'i-quant',
    aliases: ['i-quant'],
    short: 'llama.cpp’s IQ1_S–IQ4_XS types, built for low bit widths; the smallest are made with an importance matrix.',
    definition:
      'llama.cpp’s IQ family, designed for the lowest bit widths: most of them encode small groups of weights as entries of a shared codebook rather than as independent levels, and IQ4_NL and IQ4_XS use a non-uniform grid of levels. They reach 2 bits per weight and below, and the smallest are published only with an importance matrix.',
    example: () =>
      `IQ1_S averages ${formatNumber(quantFormat('IQ1_S')!.bitsPerWeight, 3)} bits per weight; on Llama 3 8B it diverges by ${n3(pt('IQ1_S').kldNats)} nats.`,
    taught: ['quantization#k-quants-and-the-_s-_m-and-_l-mixes'],
    related: ['k-quant', 'imatrix', 'quality-elbow'],
  },
  {
    id: 'quant-mix',
    term: 'quant mix (_S, _M, _L)',
    aliases: ['quant mix', 'mixes'],
    short: 'The suffix of a type like Q4_K_M: which tensors llama-quantize upgrades to more bits (small, medium, large).',
    definition:
      'A GGUF type name such as Q4_K_M is a recipe: the base block format (Q4_K) for most tensors, and a mix, small, medium or large, that says which sensitive tensors get more bits: the output projection, and attention values and feed-forward down projections in some layers. A larger mix costs more bits per weight and loses less.',
    example: () =>
      `Q4_K_S averages ${formatNumber(quantFormat('Q4_K_S')!.bitsPerWeight, 3)} bits per weight and Q4_K_M ${formatNumber(q4km.bitsPerWeight, 3)}, on the same ${blockBitsPerWeight(blockLayout('Q4_K')!)}-bit block format.`,
    taught: ['quantization#k-quants-and-the-_s-_m-and-_l-mixes'],
    related: ['k-quant', 'q4-k-m', 'gguf'],
  },
  {
    id: 'q4-k-m',
    term: 'Q4_K_M',
    aliases: ['Q4_K_M'],
    scope: 'chapter',
    short: 'The 4-bit k-quant in its medium mix: the type most downloads default to, and the book’s reference quant.',
    definition:
      'The Q4_K block format in its medium mix: most tensors in 4-bit k-quant blocks, the output projection and selected attention-value and feed-forward-down tensors in Q6_K. It is the common default because it sits on the flat side of the quality elbow: small loss for a large saving.',
    example: () =>
      `${formatNumber(q4km.bitsPerWeight, 3)} effective bits per weight; on Llama 3 8B a KL divergence of ${n3(pt('Q4_K_M').kldNats)} nats, with the same top token ${sameTop('Q4_K_M')} of the time.`,
    taught: ['quantization#k-quants-and-the-_s-_m-and-_l-mixes', 'quantization#the-quality-elbow'],
    related: ['k-quant', 'quant-mix', 'q8-0', 'quality-elbow'],
  },
  {
    id: 'q8-0',
    term: 'Q8_0',
    aliases: ['Q8_0'],
    scope: 'chapter',
    short: 'llama.cpp’s 8-bit type: 8-bit codes with one 16-bit scale per 32 weights; practically lossless.',
    definition:
      'The simplest llama.cpp block type: blocks of 32 weights stored as 8-bit integers with one 16-bit scale. It is practically lossless and half the size of a 16-bit file; the same format stores an 8-bit KV cache.',
    example: () =>
      `${blockBitsPerWeight(blockLayout('Q8_0')!)} bits per weight; on Llama 3 8B a KL divergence of ${n3(pt('Q8_0').kldNats)} nats.`,
    taught: ['quantization#block-quantization', 'quantization#the-quality-elbow'],
    related: ['block-quantization', 'q4-k-m', 'kv-cache-quantization'],
  },
  {
    id: 'mxfp4',
    term: 'MXFP4',
    expansion: 'microscaling 4-bit floating point',
    aliases: ['MXFP4'],
    short: 'A 4-bit floating-point block format with a shared power-of-two scale per 32 values; gpt-oss ships its experts in it.',
    definition:
      'The Open Compute Project’s microscaling format with 4-bit floating-point elements: blocks of 32 values, each with 1 sign, 2 exponent and 1 mantissa bit, sharing one 8-bit power-of-two scale. gpt-oss stores its experts in it and the rest of the model in wider formats, so a file’s average bits per weight understates what each token reads.',
    example: () => {
      const bits = checkedBenchmarks.filter((b) => b.model.family === 'gpt-oss').map((b) => b.bitsPerWeight);
      return `The gpt-oss files in the book’s benchmark data average ${formatNumber(Math.min(...bits), 3)}–${formatNumber(Math.max(...bits), 3)} bits per weight.`;
    },
    taught: ['bandwidth#why-a-mixture-of-experts-is-fast-for-its-size', 'hardware-sizing#three-real-options'],
    related: ['block-quantization', 'moe'],
  },
  {
    id: 'gguf',
    term: 'GGUF',
    aliases: ['GGUF'],
    short: 'The single-file model format of llama.cpp: tensors in their quant types plus the metadata needed to run them.',
    definition:
      'The file format of llama.cpp and the ggml library: one file (or a few numbered shards) holding every tensor in its quant type together with the metadata needed to run it, from the architecture and its hyperparameters to the tokenizer. File names follow a convention: base name, size label, fine-tune, version, type and shard.',
    example: () =>
      `Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf: an ${billions(llama8b.totalParams)}-parameter model at ${formatNumber(q4km.bitsPerWeight, 3)} bits per weight, ${gb(weightBytes(llama8b.totalParams, q4km.bitsPerWeight))} of weights.`,
    taught: ['quantization#reading-a-gguf-file-name'],
    related: ['llama-cpp', 'quant-mix', 'q4-k-m'],
  },
  {
    id: 'outlier',
    term: 'outlier',
    aliases: ['outlier'],
    short: 'A weight or activation far larger than its neighbours; it stretches the scale of everything it shares a block with.',
    definition:
      'A value far larger than the others around it. Because a block’s scale follows its largest value, one outlier makes every step coarser and rounds many small weights to zero. Large language models have systematic outliers in a few hidden dimensions; small blocks, mixes, LLM.int8()’s 16-bit exceptions and calibration all limit the damage.',
    taught: ['quantization#why-outliers-matter'],
    related: ['absmax', 'block-quantization', 'awq'],
  },
  {
    id: 'calibration',
    term: 'calibration data',
    aliases: ['calibration text', 'calibration data', 'calibration'],
    short: 'A little sample text run through the model so a quantizer can see which weights matter on real activations.',
    definition:
      'A small amount of representative text fed through the model before quantizing, so that the quantizer can minimize the error of each layer’s output on real activations instead of rounding every weight blindly. GPTQ, AWQ and llama.cpp’s importance matrix all use it.',
    taught: ['quantization#rounding-with-a-purpose-gptq-awq-and-the-importance-matrix'],
    related: ['imatrix', 'gptq', 'awq'],
  },
  {
    id: 'imatrix',
    term: 'imatrix',
    expansion: 'importance matrix',
    aliases: ['importance matrix', 'imatrix'],
    short: 'llama.cpp’s record of how strongly each input column is activated on calibration text, used to weight rounding errors.',
    definition:
      'llama.cpp’s calibration: run the model over some text, record how strongly each input column of each weight matrix is activated, and let the quantizer minimize the rounding error weighted by that importance. It helps most at low bit widths; the smallest i-quants are only made with one.',
    example: () =>
      `On the Llama 3 8B scoreboard an imatrix cuts the KL divergence of Q2_K by ${pct(1 - kldOf('q2_K', 'WT 10m') / kldOf('q2_K', 'none'))} and of Q4_K_M by ${pct(1 - kldOf('q4_K_M', 'WT 10m') / kldOf('q4_K_M', 'none'))}.`,
    taught: ['quantization#rounding-with-a-purpose-gptq-awq-and-the-importance-matrix'],
    related: ['calibration', 'i-quant', 'gptq', 'awq'],
  },
  {
    id: 'gptq',
    term: 'GPTQ',
    aliases: ['GPTQ'],
    short: 'A quantizer that rounds one column at a time and corrects the remaining weights for the error, using calibration data.',
    definition:
      'A post-training quantization method (Frantar and colleagues, 2022): it quantizes a weight matrix column by column and, after each column, adjusts the weights not yet quantized to cancel the error, using second-order information (an approximate Hessian) from calibration activations. It brought 175-billion-parameter models to 3 or 4 bits with little loss.',
    taught: ['quantization#rounding-with-a-purpose-gptq-awq-and-the-importance-matrix'],
    related: ['awq', 'imatrix', 'calibration'],
  },
  {
    id: 'awq',
    term: 'AWQ',
    expansion: 'activation-aware weight quantization',
    aliases: ['AWQ'],
    short: 'A quantizer that scales up the ~1% of weight channels large activations flow through, so rounding spares them.',
    definition:
      'Activation-aware weight quantization (Lin and colleagues, 2023): about 1% of weight channels matter far more than the rest, and they are found by the size of the activations they multiply. AWQ scales those channels up before quantizing, and the activations down to match, so every weight stays low-bit while the important ones lose less.',
    taught: ['quantization#rounding-with-a-purpose-gptq-awq-and-the-importance-matrix'],
    related: ['gptq', 'imatrix', 'outlier'],
  },
  {
    id: 'kld',
    term: 'KL divergence',
    expansion: 'Kullback–Leibler divergence (KLD)',
    aliases: ['KL divergence', 'KLD'],
    short: 'How far a quantized model’s next-token distribution moved from the 16-bit one’s, averaged over a text, in nats.',
    definition:
      'The Kullback–Leibler divergence of the quantized model’s next-token distribution from the original’s, averaged over the positions of a test text: $D_{\\text{KL}} = \\operatorname{mean}_t \\sum_v p_t(v) \\ln (p_t(v) / \\hat p_t(v))$ nats. Unlike perplexity it sees the whole distribution, not only the right token, and it is zero only if nothing moved.',
    example: () =>
      `On Llama 3 8B: ${n3(pt('Q8_0').kldNats)} nats at Q8_0, ${n3(pt('Q4_K_M').kldNats)} at Q4_K_M, ${n3(pt('Q2_K').kldNats)} at Q2_K.`,
    taught: ['quantization#measuring-what-is-lost'],
    related: ['perplexity', 'top-token', 'quality-elbow'],
    symbol: 'D_{\\text{KL}}',
  },
  {
    id: 'perplexity',
    term: 'perplexity',
    expansion: 'PPL',
    aliases: ['perplexity', 'perplexities', 'PPL'],
    short: 'e to the mean negative log-probability of the correct next token; lower is better, comparable only within one tokenizer.',
    definition:
      'The exponential of the mean negative log-probability a model gives the correct next token over a test text: a model that spread its bet evenly over $k$ tokens every time would score $k$. Lower is better. It depends on the tokenizer and the text, so it compares quants of one model, not different models.',
    example: () => {
      const big4 = legacyLlamaRow('LLaMA 13B', 'Q4_0');
      const small8 = legacyLlamaRow('LLaMA 7B', 'Q8_0');
      return `LLaMA 13B at Q4_0 scored ${formatNumber(big4.ppl, 4)} and LLaMA 7B at Q8_0 ${formatNumber(small8.ppl, 4)}, on the same text and tokenizer.`;
    },
    taught: ['quantization#measuring-what-is-lost', 'quantization#bigger-and-coarser-beats-smaller-and-finer'],
    related: ['kld', 'top-token', 'tokenizer'],
  },
  {
    id: 'top-token',
    term: 'same top token',
    aliases: ['same top token', 'top-token agreement'],
    short: 'The share of positions where the quantized and original models rank the same token first.',
    definition:
      'The share of positions in a test text at which the quantized model and its 16-bit original put the same token first. Of llama.cpp’s three quality figures it comes closest to asking whether the model would write the same thing.',
    example: () => `On Llama 3 8B: ${sameTop('Q8_0')} at Q8_0, ${sameTop('Q4_K_M')} at Q4_K_M, ${sameTop('Q2_K')} at Q2_K.`,
    taught: ['quantization#measuring-what-is-lost'],
    related: ['kld', 'perplexity'],
  },
  {
    id: 'quality-elbow',
    term: 'quality elbow',
    aliases: ['elbow'],
    short: 'The bit width below which quality loss starts to grow steeply; the book finds it on the measured KLD curve.',
    definition:
      'The bend in the curve of measured loss against bits per weight: above it each bit removed costs little, below it the loss multiplies quickly. The book finds it as the point of the frontier of sensible types farthest below the line joining its ends.',
    example: () => {
      const elbow = qualityElbow('kld');
      return `On the Llama 3 8B scoreboard the elbow is ${elbow.point.quant}, at ${formatNumber(elbow.bitsPerWeight, 3)} bits per weight.`;
    },
    taught: ['quantization#the-quality-elbow'],
    related: ['kld', 'q4-k-m'],
  },
  // ----------------------------------------------------------------- the transformer
  {
    id: 'token',
    unit: true,
    term: 'token',
    aliases: ['token'],
    scope: 'chapter',
    short: 'The unit a model reads and writes: a word, part of a word or a symbol from its vocabulary.',
    definition:
      'The unit of text a model reads and writes: a whole word, a piece of one, a space or a symbol, as its tokenizer cuts the text. Every length in this book, from the context to the speed, is counted in tokens; an English word averages somewhat more than one.',
    taught: ['parameters#what-a-parameter-is', 'bandwidth#what-one-token-costs'],
    related: ['tokenizer', 'vocabulary', 'context-length'],
  },
  {
    id: 'tokenizer',
    term: 'tokenizer',
    aliases: ['tokenizer'],
    short: 'The fixed procedure that cuts text into a model’s tokens and maps them to vocabulary ids.',
    definition:
      'The fixed procedure, shipped with a model, that cuts text into tokens and maps each to an id in the vocabulary. Two models with different tokenizers cut the same text into different numbers of tokens, which is why perplexities of different model families do not compare.',
    taught: ['quantization#measuring-what-is-lost'],
    related: ['token', 'vocabulary', 'perplexity'],
  },
  {
    id: 'vocabulary',
    term: 'vocabulary',
    aliases: ['vocabulary', 'embedding table'],
    short: 'The set of tokens a model knows; the embedding table has one row per entry and the output one score per entry.',
    definition:
      'The set of tokens a model knows. The embedding table holds one row of $d_{\\text{model}}$ numbers per entry, and the output layer produces one logit per entry, so a large vocabulary adds parameters and makes the logits buffer big.',
    example: () =>
      `Llama 3.1 8B has ${formatCount(llama8b.vocabSize)} entries; its embedding table alone holds ${formatCount(llama8b.vocabSize * llama8b.hiddenSize)} parameters.`,
    taught: ['parameters#what-a-parameter-is', 'hardware-sizing#the-budget'],
    related: ['token', 'tokenizer', 'logits'],
  },
  {
    id: 'feed-forward',
    term: 'feed-forward block',
    aliases: ['feed-forward block', 'feed-forward'],
    short: 'The part of each transformer layer that transforms every token on its own; most of a model’s parameters.',
    definition:
      'The second half of each transformer layer: two or three large matrices that transform every token’s vector on its own (attention is where tokens look at each other). It holds most of a dense model’s parameters, and it is what a mixture of experts splits into experts.',
    taught: ['parameters#what-a-parameter-is', 'parameters#dense-models-and-mixtures-of-experts'],
    related: ['moe', 'attention', 'hidden-size'],
  },
  {
    id: 'context-length',
    term: 'context length',
    aliases: ['context length', 'context window', 'context'],
    scope: 'chapter',
    short: 'How many tokens a sequence holds so far (prompt plus output); the KV cache grows with it.',
    definition:
      'The number of tokens a sequence holds: the prompt, the conversation so far and what the model has written. A model has a maximum it was trained for; a runtime reserves cache for the context you ask for. Every token of context adds to the KV cache and to the bytes each new token reads.',
    example: () =>
      `Llama 3.1 8B supports ${formatCount(llama8b.maxContextTokens)} tokens; at its maximum one sequence’s 16-bit KV cache is ${gb(kvCacheBytes(llama8b.attention, llama8b.maxContextTokens))}.`,
    taught: ['kv-cache#how-big-the-cache-is', 'bandwidth#longer-context-slower-tokens'],
    related: ['kv-cache', 'token'],
    symbol: 'T',
  },
  {
    id: 'attention',
    term: 'attention',
    aliases: ['attention'],
    scope: 'chapter',
    short: 'The part of each layer in which a token compares its query with the keys of earlier tokens and mixes their values.',
    definition:
      'The operation in each transformer layer that lets a token use earlier ones: each head compares the token’s query with the keys of all tokens so far and returns a mix of their values weighted by a softmax of the scores. Keys and values of past tokens never change, which is what makes the KV cache possible.',
    taught: ['kv-cache#what-k-and-v-are'],
    related: ['query-key-value', 'attention-head', 'kv-cache', 'flash-attention'],
  },
  {
    id: 'query-key-value',
    term: 'query, key and value',
    aliases: ['keys and values', 'key and value'],
    short: 'The three vectors attention projects each token into: what it looks for, what it offers, what it passes on.',
    definition:
      'The three vectors each attention head computes for every token: a query $\\mathbf{q}$ (what this position looks for), a key $\\mathbf{k}$ (what it offers to be found by) and a value $\\mathbf{v}$ (what it passes on when found). A token’s key and value depend only on tokens up to it, so they are computed once and cached.',
    taught: ['kv-cache#what-k-and-v-are'],
    related: ['attention', 'kv-cache', 'kv-head'],
  },
  {
    id: 'attention-head',
    term: 'attention head',
    aliases: ['attention head', 'query heads', 'query head'],
    short: 'One of the parallel attention computations in a layer, each with its own query; h of them per layer.',
    definition:
      'One of the $h$ parallel attention computations in a layer, each working on its own slice of $d_{\\text{head}}$ numbers with its own query. Heads may share keys and values: all of them in MQA, groups of them in GQA.',
    example: () => `Llama 3.1 8B has ${llama8b.attentionHeads} query heads of ${llama8b.headDim} in each of its ${llama8b.layers} layers.`,
    taught: ['kv-cache#mha-gqa-mqa-mla-and-sliding-windows'],
    related: ['kv-head', 'head-dimension', 'gqa'],
    symbol: 'h',
  },
  {
    id: 'kv-head',
    term: 'KV head',
    aliases: ['KV heads', 'KV head', 'key/value heads'],
    short: 'A key/value head; several query heads may share one (GQA), and the cache stores one K and V per KV head.',
    definition:
      'A head that produces keys and values. In multi-head attention there is one per query head; grouped-query attention shares each among a group of query heads, and multi-query attention has one for all. The cache stores one key and one value per KV head, so $h_{\\text{kv}}$, not $h$, sets its size.',
    example: () => `Llama 3.1 8B: ${llama8b.attentionHeads} query heads share ${llama8b.kvHeads} KV heads.`,
    taught: ['kv-cache#how-big-the-cache-is', 'kv-cache#mha-gqa-mqa-mla-and-sliding-windows'],
    related: ['attention-head', 'gqa', 'kv-cache'],
    symbol: 'h_{\\text{kv}}',
  },
  {
    id: 'head-dimension',
    term: 'head dimension',
    aliases: ['head dimension'],
    short: 'The number of elements in one head’s query, key or value vector (d_head, often 128).',
    definition:
      'The length $d_{\\text{head}}$ of one head’s query, key and value vectors. Together with the number of KV heads it sets what a layer caches per token: $2\\,h_{\\text{kv}}\\,d_{\\text{head}}$ numbers.',
    taught: ['kv-cache#how-big-the-cache-is'],
    related: ['kv-head', 'hidden-size'],
    symbol: 'd_{\\text{head}}',
  },
  {
    id: 'hidden-size',
    term: 'hidden size',
    aliases: ['hidden size'],
    short: 'The width of the vector each token carries between layers (d_model); not what the KV cache stores per head.',
    definition:
      'The width $d_{\\text{model}}$ of the vector that represents each token between layers. Sizing the KV cache from it is a common mistake: the cache stores $h_{\\text{kv}} \\cdot d_{\\text{head}}$ numbers per key, which is smaller whenever KV heads are shared.',
    example: () =>
      `For Llama 3.1 8B the hidden-size formula overstates the cache ${n3(naiveKvBytesPerToken(llama8b.layers, llama8b.hiddenSize) / kvBytesPerToken(llama8b.attention))} times.`,
    taught: ['kv-cache#the-hidden-size-mistake'],
    related: ['head-dimension', 'kv-cache'],
    symbol: 'd_{\\text{model}}',
  },
  {
    id: 'rope',
    term: 'RoPE',
    expansion: 'rotary position embedding',
    aliases: ['RoPE', 'rotary position embedding'],
    short: 'Rotary position embedding: position enters attention by rotating query and key vectors by position-dependent angles.',
    definition:
      'Rotary position embedding: instead of adding a position vector to each token, it rotates pairs of elements of each query and key by angles that grow with the token’s position, so the score between two tokens depends on their distance. MLA caches a small separate key that carries it.',
    taught: ['kv-cache#mha-gqa-mqa-mla-and-sliding-windows'],
    related: ['mla', 'query-key-value'],
    symbol: 'd_h^R',
  },
  {
    id: 'logits',
    term: 'logits',
    aliases: ['logits', 'logit'],
    short: 'The raw scores a model outputs for every vocabulary entry before a softmax turns them into probabilities.',
    definition:
      'The unnormalised scores the output layer produces, one per vocabulary entry; a softmax turns them into the next-token distribution. A runtime keeps them in 32-bit floats for every token of a micro-batch, which makes them a visible part of the compute buffer for models with large vocabularies.',
    example: () =>
      `For Llama 3.1 8B and a ${DEFAULT_UBATCH_TOKENS}-token micro-batch: ${DEFAULT_UBATCH_TOKENS} × ${formatCount(llama8b.vocabSize)} × 4 bytes = ${gb(runtimeOverhead(llama8b, 0).computeBufferBytes)}.`,
    taught: ['hardware-sizing#the-budget'],
    related: ['vocabulary', 'compute-buffer', 'ubatch'],
  },
  // ----------------------------------------------------------------- KV cache
  {
    id: 'kv-cache',
    term: 'KV cache',
    expansion: 'key-value cache',
    aliases: ['KV cache', 'key-value cache'],
    short: 'The keys and values of every past token, kept per layer so that each new token reads them instead of recomputing them.',
    definition:
      'The store of every past token’s keys and values, per layer and KV head, that lets each decoding step compute projections for the new token only. It grows linearly with the context and with the number of sequences: $K = 2 \\cdot L \\cdot h_{\\text{kv}} \\cdot d_{\\text{head}} \\cdot T \\cdot b \\cdot s_{\\text{kv}}$ bytes, and every decode step reads all of it.',
    example: () =>
      `Llama 3.1 8B at 16 bits: ${kib(kvBytesPerToken(llama8b.attention))} per token, ${gb(kvCacheBytes(llama8b.attention, 8192))} at 8,192 tokens.`,
    taught: ['kv-cache#how-big-the-cache-is', 'hardware-sizing#context-and-concurrency-the-hidden-cost'],
    related: ['kv-head', 'gqa', 'mla', 'pagedattention', 'kv-cache-quantization'],
    symbol: 'K',
  },
  {
    id: 'mha',
    term: 'MHA',
    expansion: 'multi-head attention',
    aliases: ['multi-head attention', 'MHA'],
    short: 'Multi-head attention: every query head has its own key and value head, the largest KV cache per token.',
    definition:
      'The original transformer attention: every query head has its own key and value head ($h_{\\text{kv}} = h$), so the cache stores $2\\,h\\,d_{\\text{head}}$ numbers per layer and token, the most of any design.',
    example: () => `Llama 2 7B uses it: ${kib(kvBytesPerToken(llama2.attention))} of 16-bit cache per token.`,
    taught: ['kv-cache#mha-gqa-mqa-mla-and-sliding-windows'],
    related: ['gqa', 'mqa', 'mla', 'kv-head'],
  },
  {
    id: 'gqa',
    term: 'GQA',
    expansion: 'grouped-query attention',
    aliases: ['grouped-query attention', 'GQA'],
    short: 'Grouped-query attention: groups of query heads share one KV head, shrinking the cache by the group size.',
    definition:
      'Attention in which each group of query heads shares one key/value head, so the cache is $h / h_{\\text{kv}}$ times smaller than with multi-head attention. Its authors found quality close to MHA at a speed close to MQA; most current open models use it.',
    example: () =>
      `Llama 3.1 8B (${llama8b.attentionHeads} query heads, ${llama8b.kvHeads} KV heads) caches ${formatNumber(kvBytesPerToken(llama2.attention) / kvBytesPerToken(llama8b.attention), 2)} times less per token than Llama 2 7B at the same depth and width.`,
    taught: ['kv-cache#mha-gqa-mqa-mla-and-sliding-windows'],
    related: ['mha', 'mqa', 'kv-head'],
  },
  {
    id: 'mqa',
    term: 'MQA',
    expansion: 'multi-query attention',
    aliases: ['multi-query attention', 'MQA'],
    short: 'Multi-query attention: all query heads share a single key/value head.',
    definition:
      'The extreme of sharing: one key/value head serves every query head ($h_{\\text{kv}} = 1$), the smallest cache of the head-sharing designs.',
    example: () =>
      `Falcon-7B’s ${falcon.attentionHeads} query heads share one KV head of ${falcon.headDim}: ${kib(kvBytesPerToken(falcon.attention))} per token, ${n3(kvBytesPerToken(llama2.attention) / kvBytesPerToken(falcon.attention))} times less than Llama 2 7B.`,
    taught: ['kv-cache#mha-gqa-mqa-mla-and-sliding-windows'],
    related: ['gqa', 'mha', 'kv-head'],
  },
  {
    id: 'mla',
    term: 'MLA',
    expansion: 'multi-head latent attention',
    aliases: ['multi-head latent attention', 'latent attention', 'MLA'],
    short: 'Multi-head latent attention (DeepSeek): caches one small compressed latent per token and layer instead of K and V.',
    definition:
      'Multi-head latent attention, introduced with DeepSeek-V2: each layer caches one compressed latent vector of width $d_c$ per token, plus a small key of width $d_h^R$ that carries position (RoPE), and rebuilds every head’s keys and values from them. The cache is $L \\cdot (d_c + d_h^R)$ numbers per token, with no factor 2 and no $h_{\\text{kv}}$.',
    example: () =>
      `DeepSeek-V3 caches ${deepseek.kvLoraRank} + ${deepseek.ropeHeadDim} numbers per layer: ${kib(kvBytesPerToken(deepseek.attention))} per token for a ${billions(deepseek.totalParams)}-parameter model, against ${kib(kvBytesPerToken(llama8b.attention))} for Llama 3.1 8B.`,
    taught: ['kv-cache#mha-gqa-mqa-mla-and-sliding-windows'],
    related: ['gqa', 'rope', 'kv-cache'],
    symbol: 'd_c',
  },
  {
    id: 'sliding-window',
    term: 'sliding-window attention',
    aliases: ['sliding-window attention', 'sliding window', 'local layers'],
    short: 'Layers that attend only to the last w tokens, so their part of the cache stops growing at the window.',
    definition:
      'Attention restricted to the last $w$ tokens in some layers (the local ones), while the others stay global. The local layers’ cache stops growing at the window, so at long contexts only the global layers keep growing.',
    example: () => {
      const perToken = kvBytesPerToken(gemma3.attention);
      return `Gemma 3 27B has ${gemma3.slidingLayers} local layers of ${gemma3.layers} with a ${formatCount(gemma3.slidingWindow!)}-token window: ${gb(kvCacheBytes(gemma3.attention, gemma3.maxContextTokens))} at ${formatCount(gemma3.maxContextTokens)} tokens instead of ${gb(perToken * gemma3.maxContextTokens)}.`;
    },
    taught: ['kv-cache#mha-gqa-mqa-mla-and-sliding-windows'],
    related: ['kv-cache', 'gqa'],
    symbol: 'w',
  },
  {
    id: 'kv-cache-quantization',
    term: 'KV cache quantization',
    aliases: ['quantized cache', 'cache type'],
    short: 'Storing keys and values in 8 or 4 bits (llama.cpp q8_0, q4_0) to shrink the cache; test quality on long contexts.',
    definition:
      'Storing the cache in a block format instead of 16 bits: llama.cpp’s `--cache-type-k` and `--cache-type-v` take q8_0 or q4_0 among others. The saving is certain; the quality cost depends on the task, since an error in a key changes which tokens get attention.',
    example: () =>
      `q8_0 costs ${kvCacheType('q8_0')!.bits} bits per element and q4_0 ${kvCacheType('q4_0')!.bits}: ${pct(kvCacheType('q8_0')!.bits / 16)} and ${pct(kvCacheType('q4_0')!.bits / 16)} of a 16-bit cache.`,
    taught: ['kv-cache#quantizing-the-cache'],
    related: ['kv-cache', 'q8-0', 'quantization'],
    symbol: 's_{\\text{kv}}',
  },
  // ----------------------------------------------------------------- speed
  {
    id: 'prefill',
    term: 'prefill',
    aliases: ['prefill', 'prompt processing'],
    short: 'Reading the prompt: all its tokens go through each layer together, so it is limited by compute, not bandwidth.',
    definition:
      'The first phase of a request: the whole prompt is pushed through the model, many tokens per step, filling the KV cache. Each weight read from memory serves every token of the step, so prefill is compute-bound and takes at least $2\\,N_{\\text{act}}\\,T_{\\text{prompt}} / F$ seconds.',
    example: () =>
      `A 4,000-token prompt into Llama 3.1 8B on an RTX 4090 needs at least ${formatNumber(prefillSeconds(llama8b.activeParams, 4000, flops4090), 2)} s of compute.`,
    taught: ['bandwidth#prefill-is-compute-bound-time-to-first-token'],
    related: ['decode', 'ttft', 'compute-bound', 'ubatch'],
  },
  {
    id: 'decode',
    term: 'decode',
    aliases: ['decode', 'decoding', 'decoded'],
    scope: 'chapter',
    short: 'Generating output one token at a time; each step reads every active weight and the KV cache once.',
    definition:
      'The generation phase: one new token per sequence per step, each step running the whole network. For one sequence a step reads every active weight and the whole KV cache to do about two operations per weight, so decode is memory-bound and its speed is capped at $\\text{BW} / B_{\\text{tok}}$.',
    example: () =>
      `Llama 3.1 8B at Q4_K_M reads ${gb(read8b8k.totalBytes)} per token at 8,192 tokens of context: at most ${formatNumber(decodeCeilingTokensPerSecond(rtx4090.bandwidthBytesPerSecond, read8b8k.totalBytes), 3)} tok/s on an RTX 4090.`,
    taught: ['bandwidth#what-one-token-costs'],
    related: ['prefill', 'decode-ceiling', 'memory-bound', 'tpot'],
    symbol: 'B_{\\text{tok}}',
  },
  {
    id: 'ttft',
    term: 'TTFT',
    expansion: 'time to first token',
    aliases: ['time to first token', 'TTFT'],
    short: 'Time from sending a request to the first generated token: queueing, prefill of the prompt and one decode step.',
    definition:
      'The latency a user feels before anything appears: time waiting in the server’s queue, plus the prefill of the whole prompt, plus one decode step. It grows with the prompt and the model’s size, and on a single machine it is set mostly by compute.',
    taught: ['bandwidth#prefill-is-compute-bound-time-to-first-token'],
    related: ['prefill', 'tpot'],
  },
  {
    id: 'tpot',
    term: 'TPOT',
    expansion: 'time per output token',
    aliases: ['time per output token', 'TPOT'],
    short: 'The average time between generated tokens after the first; its inverse is the speed one user sees.',
    definition:
      'The average gap between successive output tokens once generation has started: (end-to-end time − TTFT) ÷ (output tokens − 1). It is one decode step, so for one sequence it is at least $B_{\\text{tok}} / \\text{BW}$, and in a batch of $b$ it is the step time $t_{\\text{step}}(b)$ that every user in the batch waits.',
    example: () =>
      `Llama 3.1 8B at Q4_K_M on an RTX 4090 with an empty cache: at least ${formatNumber((read8b.totalBytes / rtx4090.bandwidthBytesPerSecond) * 1000, 3)} ms per token.`,
    taught: ['bandwidth#what-one-token-costs', 'paged-attention#throughput-against-latency-the-knee'],
    related: ['ttft', 'decode', 'tokens-per-second'],
  },
  {
    id: 'tokens-per-second',
    unit: true,
    term: 'tokens per second',
    expansion: 'tok/s',
    aliases: ['tokens per second', 'tok/s'],
    scope: 'chapter',
    short: 'Decode speed; for one user the inverse of the time per token, for a server the sum over all users.',
    definition:
      'How fast tokens are generated. Per user it is $1 / t$ for a step time $t$; for a server running $b$ sequences at once the total is $b / t$. The two move apart as the batch grows: the total rises while each user’s speed falls.',
    taught: ['bandwidth#what-one-token-costs', 'paged-attention#throughput-against-latency-the-knee'],
    related: ['tpot', 'throughput', 'decode-ceiling'],
  },
  {
    id: 'memory-bandwidth',
    term: 'memory bandwidth',
    aliases: ['memory bandwidth', 'bandwidth'],
    scope: 'chapter',
    short: 'How many bytes per second a processor can read from its memory; it sets the ceiling on decode speed.',
    definition:
      'The rate at which a processor can move data from its memory, in bytes per second ($\\text{BW}$). Datasheets give a peak; real kernels reach part of it. Because decode reads every active weight per token, bandwidth, not compute, sets how fast one sequence generates.',
    example: () =>
      `An RTX 4090 reads ${formatBandwidth(rtx4090.bandwidthBytesPerSecond)}, an M4 Max ${formatBandwidth(m4max.bandwidthBytesPerSecond)}, dual-channel DDR5-5600 ${formatBandwidth(ddr5.bandwidthBytesPerSecond)}.`,
    taught: ['bandwidth#what-one-token-costs', 'bandwidth#three-kinds-of-memory'],
    related: ['decode-ceiling', 'hbm', 'gddr', 'lpddr'],
    symbol: '\\text{BW}',
  },
  {
    id: 'decode-ceiling',
    term: 'decode ceiling',
    aliases: ['decode ceiling', 'bandwidth ceiling', 'ceiling'],
    scope: 'chapter',
    short: 'The most tokens per second one sequence can reach: memory bandwidth ÷ bytes read per token.',
    definition:
      'The upper bound on single-stream decode speed, $\\text{BW} / B_{\\text{tok}}$: the time to read the active weights and the KV cache once. No measured run in the book beats it; the spread of measured ÷ ceiling turns it into a prediction.',
    example: () =>
      `Llama 3.1 8B at Q4_K_M on an RTX 4090 with an empty cache: ${formatBandwidth(rtx4090.bandwidthBytesPerSecond)} ÷ ${gb(read8b.totalBytes)} = ${formatNumber(decodeCeilingTokensPerSecond(rtx4090.bandwidthBytesPerSecond, read8b.totalBytes), 3)} tok/s.`,
    taught: ['bandwidth#what-one-token-costs'],
    related: ['memory-bandwidth', 'decode-efficiency', 'decode'],
  },
  {
    id: 'decode-efficiency',
    term: 'decode efficiency',
    expansion: 'η',
    aliases: ['efficiency'],
    short: `Measured decode speed divided by the bandwidth ceiling; the middle half of the book’s measured runs reached ${pct(decodeEfficiencyBand.low, 2)}–${pct(decodeEfficiencyBand.high, 2)}.`,
    definition:
      'The ratio $\\eta$ of a measured single-stream speed to its bandwidth ceiling. It is below 1 because each token also pays fixed costs (kernel launches, synchronisation, sampling), memory delivers less than its peak, and dequantizing and attention take cycles of their own.',
    example: () =>
      `Across the book’s ${checkedBenchmarks.length} checked runs the middle half reached ${pct(decodeEfficiencyBand.low, 2)}–${pct(decodeEfficiencyBand.high, 2)}, median ${pct(decodeEfficiencyBand.median, 2)}.`,
    taught: ['bandwidth#what-real-engines-reach'],
    related: ['decode-ceiling'],
    symbol: '\\eta',
  },
  {
    id: 'flops',
    unit: true,
    term: 'FLOPS',
    expansion: 'floating-point operations per second',
    aliases: ['FLOPS', 'FLOPs', 'TFLOPS', 'floating-point operations'],
    short: 'Floating-point operations (FLOPs) and their rate (FLOP/s); a model does about 2 per active weight per token.',
    definition:
      'Floating-point operations, and as a rate, operations per second ($F$). A transformer does about two (a multiply and an add) per active weight per token. The book quotes dense 16-bit tensor throughput without sparsity; it limits prefill and large batches, not single-stream decode.',
    example: () => `An RTX 4090 does ${formatNumber(flops4090 / 1e12, 4)} trillion dense 16-bit FLOP/s.`,
    taught: ['bandwidth#what-one-token-costs', 'bandwidth#prefill-is-compute-bound-time-to-first-token'],
    related: ['arithmetic-intensity', 'compute-bound', 'ridge-point'],
    symbol: 'F',
  },
  {
    id: 'arithmetic-intensity',
    term: 'arithmetic intensity',
    aliases: ['arithmetic intensity'],
    short: 'FLOPs done per byte read from memory; below the ridge point a computation waits for memory.',
    definition:
      'The operations a computation does per byte it moves from memory, in FLOP/byte. Decoding one token does about two operations per weight, a few per byte, far below any GPU’s ridge point; processing $T_{\\text{step}}$ tokens per weight read multiplies it by $T_{\\text{step}}$.',
    example: () =>
      `One Llama 3.1 8B token at Q4_K_M: ${formatNumber(arithmeticIntensityFlopsPerByte(llama8b.activeParams, read8b.weightBytes, 1), 2)} FLOP per byte.`,
    taught: ['bandwidth#what-one-token-costs', 'bandwidth#prefill-is-compute-bound-time-to-first-token'],
    related: ['roofline', 'ridge-point', 'memory-bound'],
  },
  {
    id: 'roofline',
    term: 'roofline',
    aliases: ['roofline'],
    short: 'A model of performance: attainable speed is the lower of peak compute and bandwidth × arithmetic intensity.',
    definition:
      'A simple performance model (Williams, Waterman and Patterson, 2009): a computation can go no faster than the device’s peak compute, nor than its memory bandwidth times the computation’s arithmetic intensity. Plotted against intensity, the bound is a sloped line that meets a flat roof at the ridge point.',
    taught: ['bandwidth#what-one-token-costs'],
    related: ['ridge-point', 'arithmetic-intensity', 'memory-bound', 'compute-bound'],
  },
  {
    id: 'ridge-point',
    term: 'ridge point',
    aliases: ['ridge point', 'ridge'],
    short: 'The arithmetic intensity at which a device’s compute and memory limits meet: peak FLOP/s ÷ bandwidth.',
    definition:
      'The arithmetic intensity $F / \\text{BW}$ at which a device’s memory limit and compute limit meet. Below it a computation is memory-bound, above it compute-bound. Dividing it by the FLOPs each weight byte feeds gives the batch at which decoding stops being memory-bound.',
    example: () =>
      `RTX 4090: ${formatNumber(flops4090 / 1e12, 4)} TFLOPS ÷ ${formatBandwidth(rtx4090.bandwidthBytesPerSecond)} = ${formatNumber(ridgeFlopsPerByte(flops4090, rtx4090.bandwidthBytesPerSecond), 3)} FLOP per byte.`,
    taught: ['bandwidth#what-one-token-costs', 'paged-attention#throughput-against-latency-the-knee'],
    related: ['roofline', 'arithmetic-intensity', 'compute-knee'],
  },
  {
    id: 'memory-bound',
    term: 'memory-bound',
    aliases: ['memory-bound'],
    short: 'Limited by how fast data arrives from memory, not by arithmetic: true of decoding one or a few sequences.',
    definition:
      'Limited by memory traffic: the arithmetic units wait for data, so faster compute does not help and fewer bytes do. Single-stream decode is the textbook case, which is why quantization speeds it up and extra TFLOPS do not.',
    taught: ['bandwidth#what-one-token-costs'],
    related: ['compute-bound', 'roofline', 'decode'],
  },
  {
    id: 'compute-bound',
    term: 'compute-bound',
    aliases: ['compute-bound'],
    short: 'Limited by arithmetic throughput: true of prefill and of large batches past the compute knee.',
    definition:
      'Limited by arithmetic throughput rather than memory traffic. Prefill is compute-bound because every weight read serves many prompt tokens; decoding becomes compute-bound once the batch passes the compute knee.',
    taught: ['bandwidth#prefill-is-compute-bound-time-to-first-token', 'paged-attention#throughput-against-latency-the-knee'],
    related: ['memory-bound', 'prefill', 'compute-knee'],
  },
  {
    id: 'ubatch',
    term: 'ubatch',
    expansion: 'micro-batch (physical batch)',
    aliases: ['micro-batch', 'ubatch'],
    short: `The tokens llama.cpp pushes through the network in one step during prefill (its physical batch, ${DEFAULT_UBATCH_TOKENS} by default).`,
    definition:
      'llama.cpp’s physical batch (`--ubatch-size`): the number of tokens processed together in one pass during prefill, a slice of the larger logical batch (`--batch-size`). It sets the size of the compute buffer, which holds logits and attention scratch for that many tokens.',
    example: () =>
      `The default is ${DEFAULT_UBATCH_TOKENS} tokens; its logits for Llama 3.1 8B take ${gb(runtimeOverhead(llama8b, 0).computeBufferBytes)}.`,
    taught: ['bandwidth#prefill-is-compute-bound-time-to-first-token', 'hardware-sizing#the-budget'],
    related: ['prefill', 'compute-buffer', 'batch'],
  },
  {
    id: 'batch',
    term: 'batch size',
    aliases: ['batch size', 'batching'],
    scope: 'chapter',
    short: 'How many sequences a server decodes in the same step; they share one read of the weights.',
    definition:
      'The number of sequences $b$ decoded together in one step. They share one read of the weights but each brings its own KV cache, so total throughput rises almost in proportion to $b$ while decoding is memory-bound, until the compute knee or the KV memory stops it.',
    taught: ['paged-attention#serving-many-users-at-once', 'paged-attention#throughput-against-latency-the-knee'],
    related: ['continuous-batching', 'throughput', 'compute-knee'],
    symbol: 'b',
  },
  {
    id: 'offload',
    term: 'offload',
    aliases: ['offload', 'offloading', 'offloaded'],
    short: 'Keeping some layers in system RAM on the CPU when the model does not fit in VRAM; the slow tier sets the pace.',
    definition:
      'Running the layers that do not fit in GPU memory on the CPU from system RAM (llama.cpp’s `--n-gpu-layers` sets how many stay on the GPU). Layers run in turn, so their times add and the slow tier dominates: offloading lets a model run at all, not fast.',
    example: () => {
      const workload = { bitsPerWeight: q4km.bitsPerWeight, contextTokens: 8192 };
      const fit = gpuLayersThatFit(llama70b, workload, deviceUsableMemoryBytes(rtx4090));
      const read = decodeBytesPerToken(llama70b, q4km.bitsPerWeight, 8192).totalBytes;
      const split = {
        layers: llama70b.layers,
        bytesReadPerToken: read,
        gpuBandwidthBytesPerSecond: rtx4090.bandwidthBytesPerSecond,
        cpuBandwidthBytesPerSecond: ddr5.bandwidthBytesPerSecond,
      };
      return `Llama 3.1 70B at Q4_K_M with ${fit} of ${llama70b.layers} layers on an RTX 4090 and the rest in DDR5: ${formatNumber(offloadDecode({ ...split, gpuLayers: fit }).tokensPerSecond, 3)} tok/s at most, against ${formatNumber(offloadDecode({ ...split, gpuLayers: 0 }).tokensPerSecond, 3)} with no GPU.`;
    },
    taught: ['bandwidth#offloading-layers-the-cliff'],
    related: ['layer-split', 'vram', 'ddr'],
    symbol: 'n',
  },
  {
    id: 'layer-split',
    term: 'layer split',
    aliases: ['layer split', 'split layers', 'split across'],
    short: 'Dividing a model by whole layers between devices (GPU and CPU, or several GPUs); they run one after another.',
    definition:
      'Running a model whose layers are divided between devices, each holding whole layers: a GPU and the CPU when offloading, or several GPUs (llama.cpp’s default `--split-mode layer`, a form of pipeline parallelism). A token passes through the devices in turn, so their times add instead of overlapping; it adds capacity, not single-stream speed.',
    taught: ['bandwidth#offloading-layers-the-cliff', 'bandwidth#what-real-engines-reach'],
    related: ['offload', 'tensor-parallel'],
  },
  {
    id: 'tensor-parallel',
    term: 'tensor parallelism',
    aliases: ['tensor parallelism', 'tensor parallel', 'tensor-parallel'],
    short: 'Splitting every weight matrix across several GPUs that compute their parts at once and exchange results each layer.',
    definition:
      'Splitting each large weight matrix across several GPUs, so that all of them work on every layer at once on their own slice and exchange partial results (an all-reduce) after each layer. Unlike a layer split it adds bandwidth to a single token, at the price of fast links between the cards; serving engines such as vLLM use it for models too large for one GPU.',
    taught: [],
    related: ['layer-split', 'vllm'],
  },
  {
    id: 'speculative-decoding',
    term: 'speculative decoding',
    aliases: ['speculative decoding'],
    short: 'A small draft model proposes several tokens and the large model checks them all in one memory-bound step.',
    definition:
      'A way to get more than one token per read of a large model’s weights: a small, fast draft model proposes a few tokens, and the large model scores all of them in one forward pass, like a short prefill. Tokens are accepted up to the first disagreement, with a sampling rule that keeps the output distribution exactly the large model’s. It pays because decode is memory-bound: checking several tokens costs about as much as generating one.',
    taught: [],
    related: ['decode', 'memory-bound', 'prefill'],
  },
  // ----------------------------------------------------------------- hardware
  {
    id: 'vram',
    term: 'VRAM',
    expansion: 'video RAM',
    aliases: ['VRAM'],
    short: 'A graphics card’s own memory (GDDR or HBM): fast, and all of it usable for a model.',
    definition:
      'The memory on a graphics card, GDDR on consumer cards and HBM on data-centre ones. It is much faster than system RAM but smaller; the book counts all of it as usable, with the display and driver inside the runtime overhead.',
    example: () => `An RTX 3070 has ${gib(rtx3070.memoryBytes)}, an RTX 4090 ${gib(rtx4090.memoryBytes)}.`,
    taught: ['hardware-sizing#the-budget', 'bandwidth#offloading-layers-the-cliff'],
    related: ['gddr', 'hbm', 'usable-memory', 'offload'],
  },
  {
    id: 'unified-memory',
    term: 'unified memory',
    aliases: ['unified memory', 'unified-memory'],
    short: 'One pool of memory shared by CPU and GPU (Apple silicon, Strix Halo, DGX Spark): large, slower than VRAM.',
    definition:
      'A design in which CPU and GPU share one pool of memory, usually wide LPDDR beside the chip: Apple silicon, AMD’s Strix Halo, NVIDIA’s DGX Spark. It offers the capacity of a server at the bandwidth of a mid-range GPU, and there is no slower tier to offload to; the operating system may keep part of it for itself.',
    example: () =>
      `An M4 Max with 128 GB reads ${formatBandwidth(m4max.bandwidthBytesPerSecond)} and lets a model use ${gib(deviceUsableMemoryBytes(m4max))}.`,
    taught: ['bandwidth#three-kinds-of-memory', 'hardware-sizing#three-real-options'],
    related: ['lpddr', 'wired-memory', 'usable-memory'],
  },
  {
    id: 'hbm',
    term: 'HBM',
    expansion: 'high-bandwidth memory',
    aliases: ['HBM'],
    short: 'Stacked DRAM dies on the same package as a data-centre GPU, with very wide buses: terabytes per second.',
    definition:
      'High-bandwidth memory: stacks of DRAM dies placed beside the processor on the same package and connected by a very wide interface (1,024 bits per stack), giving terabytes per second. Data-centre GPUs use it; it is expensive, so capacity per card stays modest.',
    example: () => `An H100 SXM has ${gib(h100.memoryBytes)} of ${h100.memoryType} at ${formatBandwidth(h100.bandwidthBytesPerSecond)}.`,
    taught: ['bandwidth#three-kinds-of-memory'],
    related: ['gddr', 'lpddr', 'memory-bandwidth'],
  },
  {
    id: 'gddr',
    term: 'GDDR',
    expansion: 'graphics double data rate memory',
    aliases: ['GDDR', 'GDDR6X', 'GDDR7'],
    short: 'The memory chips around a graphics card’s GPU: fast per pin on a wide bus, several hundred GB/s or more.',
    definition:
      'Graphics DRAM: separate chips around the GPU on the card, each with a narrow but very fast interface, together forming a bus of 128 to 512 bits. It gives consumer cards high bandwidth at moderate cost, with capacity limited by how many chips fit around the GPU.',
    example: () => `An RTX 4090: ${rtx4090.memoryType}, ${formatBandwidth(rtx4090.bandwidthBytesPerSecond)}.`,
    taught: ['bandwidth#three-kinds-of-memory'],
    related: ['hbm', 'vram', 'memory-bandwidth'],
  },
  {
    id: 'lpddr',
    term: 'LPDDR',
    expansion: 'low-power double data rate memory',
    aliases: ['LPDDR', 'LPDDR5X', 'LPDDR5'],
    short: 'Low-power DRAM soldered next to a chip; on a wide bus it gives unified-memory machines their capacity and bandwidth.',
    definition:
      'Low-power DRAM, designed for phones and laptops and soldered close to the processor. Apple silicon, Strix Halo and the DGX Spark put a lot of it on a wide bus, which gives them large capacity and bandwidth between desktop RAM and a graphics card.',
    example: () => `An M4 Max (128 GB): ${m4max.memoryType}, ${formatBandwidth(m4max.bandwidthBytesPerSecond)}.`,
    taught: ['bandwidth#three-kinds-of-memory'],
    related: ['unified-memory', 'ddr', 'gddr'],
  },
  {
    id: 'ddr',
    term: 'system RAM (DDR)',
    aliases: ['system RAM', 'DDR5', 'DDR4'],
    short: 'A desktop’s DIMM memory: large and cheap, but its two 64-bit channels give only tens of GB/s.',
    definition:
      'The DDR4 or DDR5 modules of a desktop or server, read by the CPU. A desktop has two 64-bit channels, so even fast modules give only tens of GB/s, a tenth or less of a graphics card; it is where offloaded layers run, and why they are slow.',
    example: () =>
      `Dual-channel DDR5-5600: ${formatBandwidth(ddr5.bandwidthBytesPerSecond)}, so Llama 3.1 70B at Q4_K_M tops out at ${formatNumber(decodeCeilingTokensPerSecond(ddr5.bandwidthBytesPerSecond, decodeBytesPerToken(llama70b, q4km.bitsPerWeight, 8192).totalBytes), 3)} tok/s at 8,192 tokens.`,
    taught: ['bandwidth#three-kinds-of-memory', 'bandwidth#offloading-layers-the-cliff'],
    related: ['offload', 'lpddr', 'memory-bandwidth'],
  },
  {
    id: 'usable-memory',
    term: 'usable memory',
    aliases: ['usable memory'],
    short: 'The memory a runtime can really use: all of a card’s VRAM, but only part of a Mac’s unified memory.',
    definition:
      'The share of a device’s memory a runtime can allocate for weights, cache and buffers, $M$. A graphics card’s VRAM is all usable; a Mac lets its GPU wire only part of unified memory by default, and a machine running a model on the CPU keeps RAM for everything else.',
    example: () =>
      `A 16 GB Mac offers ${gib(deviceUsableMemoryBytes(mac16))} to its GPU and a 64 GB one ${gib(deviceUsableMemoryBytes(m4max64))}.`,
    taught: ['hardware-sizing#the-budget'],
    related: ['headroom', 'wired-memory', 'unified-memory'],
    symbol: 'M',
  },
  {
    id: 'wired-memory',
    term: 'wired memory',
    aliases: ['wired memory', 'wired-memory'],
    short: 'Memory pinned so it cannot be paged out; macOS caps how much of unified memory the GPU may wire.',
    definition:
      'Memory pinned in place so the operating system cannot page it out, which a GPU needs for the buffers it reads. macOS caps how much of unified memory the GPU may wire (Metal reports it as the recommended working-set size), so a Mac’s usable memory is smaller than its RAM unless the limit is raised.',
    example: () =>
      `The book takes ${pct(mac16.usableMemoryFraction)} on a 16 GB Mac and ${pct(m4max64.usableMemoryFraction)} on a 64 GB one.`,
    taught: ['hardware-sizing#the-budget'],
    related: ['usable-memory', 'unified-memory'],
  },
  {
    id: 'headroom',
    term: 'headroom',
    aliases: ['headroom'],
    short: `The share of usable memory a budget keeps free for what it cannot predict; the book keeps ${pct(DEFAULT_HEADROOM_FRACTION, 2)}.`,
    definition:
      'The share $\\rho$ of usable memory a memory budget leaves free, for allocator slack, fragmentation, other programs on the GPU and buffers that grow during a long generation: $W + K + O \\le (1 - \\rho)\\,M$.',
    example: () => `The book takes $\\rho$ = ${pct(DEFAULT_HEADROOM_FRACTION, 2)}.`,
    taught: ['hardware-sizing#the-budget'],
    related: ['usable-memory', 'runtime-overhead'],
    symbol: '\\rho',
  },
  {
    id: 'runtime-overhead',
    term: 'runtime overhead',
    aliases: ['runtime overhead'],
    scope: 'chapter',
    short: 'Memory a runtime needs besides weights and KV cache: a fixed GPU context plus a compute buffer.',
    definition:
      'What a running model needs besides its weights and cache, $O$: a fixed part (the GPU context, driver state, kernels and small buffers) and the compute buffer, which grows with the micro-batch and, without flash attention, with the context.',
    example: () =>
      `The book counts ${formatBytes(FIXED_RUNTIME_OVERHEAD_BYTES, 'MiB')} fixed; for Llama 3.1 8B at 8,192 tokens with flash attention the total is ${gb(runtimeOverhead(llama8b, 8192).totalBytes)}.`,
    taught: ['hardware-sizing#the-budget'],
    related: ['compute-buffer', 'headroom', 'flash-attention'],
    symbol: 'O',
  },
  {
    id: 'compute-buffer',
    term: 'compute buffer',
    aliases: ['compute buffer'],
    short: 'Scratch memory for one step of the network: logits of a micro-batch and attention scratch.',
    definition:
      'The scratch memory a runtime allocates for one step of the network: the logits of a micro-batch and the attention scratch over the cached tokens. With flash attention the scratch is small; without it every head materialises a score matrix and the buffer grows with the context.',
    example: () =>
      `Llama 3.1 8B at 32,768 tokens: ${gb(runtimeOverhead(llama8b, 32768, { flashAttention: false }).computeBufferBytes)} without flash attention, ${gb(runtimeOverhead(llama8b, 32768).computeBufferBytes)} with it.`,
    taught: ['hardware-sizing#the-budget'],
    related: ['runtime-overhead', 'flash-attention', 'logits', 'ubatch'],
  },
  {
    id: 'flash-attention',
    term: 'flash attention',
    aliases: ['flash attention', 'FlashAttention'],
    short: 'A fused attention kernel that works in tiles and never stores the full score matrix, saving memory and traffic.',
    definition:
      'A way of computing attention (Dao and colleagues, 2022) that processes keys and values in tiles and keeps a running softmax, so the full matrix of scores between queries and keys is never written to memory. It saves memory traffic and, in a runtime like llama.cpp (`--flash-attn`), most of the compute buffer at long contexts.',
    taught: ['hardware-sizing#the-budget'],
    related: ['compute-buffer', 'attention'],
  },
  // ----------------------------------------------------------------- serving
  {
    id: 'pagedattention',
    term: 'PagedAttention',
    aliases: ['PagedAttention', 'paged attention', 'paging'],
    short: 'vLLM’s KV memory manager: the cache lives in fixed-size blocks mapped by a block table, like OS pages.',
    definition:
      'The KV memory manager introduced with vLLM (Kwon and colleagues, 2023): the cache is cut into fixed-size blocks of $B$ tokens, each sequence’s blocks are listed in a block table, and a block is taken from a free list only when the last one fills. Nothing is reserved in advance and each sequence wastes less than one block; the attention kernel follows the table to gather keys and values.',
    example: () =>
      `On the paper’s workload existing systems held tokens in only ${vllmPaperFindings.tokenStateSharePercent.min}–${vllmPaperFindings.tokenStateSharePercent.max}% of KV memory; the vLLM team put paging’s waste under ${vllmPaperFindings.pagedWasteUnderPercent}%.`,
    taught: ['paged-attention#borrowing-from-the-operating-system'],
    related: ['kv-block', 'block-table', 'fragmentation', 'vllm'],
  },
  {
    id: 'kv-block',
    term: 'KV block',
    aliases: ['KV block', 'block size'],
    short: `A fixed-size chunk of KV memory holding B tokens (${BLOCK} by default in vLLM); the unit paging allocates and shares.`,
    definition:
      'The unit of paged KV memory: room for the keys and values of $B$ tokens. A sequence of $T$ tokens occupies $\\lceil T / B \\rceil$ blocks. Small blocks waste less at the end of each sequence; large ones make fewer, larger reads and shorter block tables.',
    example: () =>
      `With ${BLOCK}-token blocks a 33-token sequence takes ${blocksForTokens(33, BLOCK)} blocks and leaves ${pagedTokenSlots(33, BLOCK) - 33} slots empty.`,
    taught: ['paged-attention#borrowing-from-the-operating-system', 'paged-attention#choosing-the-block-size'],
    related: ['pagedattention', 'block-table', 'fragmentation'],
    symbol: 'B',
  },
  {
    id: 'block-table',
    term: 'block table',
    aliases: ['block table'],
    short: 'Per sequence, the list mapping its logical KV blocks to physical blocks anywhere in memory, like a page table.',
    definition:
      'The per-sequence list that maps each logical block of its KV cache to a physical block anywhere in memory, as a page table maps virtual pages to physical frames. It frees the cache from being contiguous, and lets several sequences point at the same physical block.',
    taught: ['paged-attention#borrowing-from-the-operating-system'],
    related: ['page-table', 'kv-block', 'pagedattention', 'copy-on-write'],
  },
  {
    id: 'page-table',
    term: 'page table',
    aliases: ['page table'],
    short: 'The operating-system structure mapping a process’s virtual pages to physical memory; the model for the block table.',
    definition:
      'In an operating system with virtual memory, the structure that maps each of a process’s virtual pages to a physical page frame, so memory need not be contiguous or reserved in advance. PagedAttention borrows the idea for the KV cache.',
    taught: ['paged-attention#borrowing-from-the-operating-system'],
    related: ['block-table', 'pagedattention'],
  },
  {
    id: 'fragmentation',
    term: 'fragmentation',
    aliases: ['fragmentation', 'internal fragmentation', 'external fragmentation'],
    short: 'Memory held but unused: inside reservations (internal) or in gaps between them too small to use (external).',
    definition:
      'Memory that is allocated or free but cannot hold tokens. Internal fragmentation is room inside a reservation that its request will never fill; external fragmentation is free memory in gaps between reservations, too small or scattered for the next one. Paging removes external fragmentation and confines internal fragmentation to each sequence’s last block, about $(B - 1)/2$ slots on average.',
    example: () => `With ${BLOCK}-token blocks that is ${formatNumber((BLOCK - 1) / 2, 2)} empty slots per running sequence on average.`,
    taught: ['paged-attention#why-reserving-memory-strands-it', 'paged-attention#choosing-the-block-size'],
    related: ['pagedattention', 'kv-block', 'buddy-allocator'],
  },
  {
    id: 'buddy-allocator',
    term: 'buddy allocator',
    aliases: ['buddy allocator'],
    short: 'An allocator that splits memory into power-of-two chunks; it rounds every request up to the next power of two.',
    definition:
      'A memory allocator that manages chunks whose sizes are powers of two, splitting a chunk into two "buddies" to serve a smaller request and merging them when both are free. It is fast and limits external fragmentation, but rounding every request up to a power of two wastes up to half of it.',
    taught: ['paged-attention#why-reserving-memory-strands-it'],
    related: ['fragmentation'],
  },
  {
    id: 'copy-on-write',
    term: 'copy-on-write',
    aliases: ['copy-on-write'],
    short: 'Sharing a block until someone writes to it; the writer first gets a private copy, as after a Unix fork.',
    definition:
      'Sharing one copy of data among several users until one of them writes to it; only then does the writer get a private copy. Paged KV caches use it for shared prefixes: a block whose reference count is above one is copied before a sequence appends to it, so the blocks others read never change.',
    taught: ['paged-attention#sharing-a-prefix'],
    related: ['reference-count', 'prefix-sharing', 'block-table'],
  },
  {
    id: 'reference-count',
    term: 'reference count',
    aliases: ['reference count', 'reference-counted'],
    short: 'How many block tables point at a physical block; it is freed only when the count drops to zero.',
    definition:
      'A counter kept with each shared object, here each physical KV block: how many block tables map it. The block is freed when the count reaches zero, and a write to a block with a count above one triggers copy-on-write.',
    taught: ['paged-attention#sharing-a-prefix'],
    related: ['copy-on-write', 'prefix-sharing'],
  },
  {
    id: 'prefix-sharing',
    term: 'prefix sharing',
    aliases: ['prefix sharing', 'prefix caching', 'shared prefix'],
    short: 'Storing the KV cache of a common prompt prefix once for all sequences that start with it.',
    definition:
      'Storing the cache of a prompt prefix that several sequences have in common, such as a system prompt, few-shot examples or a document, only once: their block tables point at the same full blocks, and only the partly filled last block is copied. Prefix caching keeps such blocks after a request ends so later requests reuse them.',
    example: () =>
      `The PagedAttention paper’s ${sharedPrefixExampleTokens}-token few-shot prefix shared by 10 requests saves ${prefixBlocksSaved(sharedPrefixExampleTokens, BLOCK, 10)} blocks of ${BLOCK} tokens.`,
    taught: ['paged-attention#sharing-a-prefix'],
    related: ['copy-on-write', 'reference-count', 'radixattention'],
  },
  {
    id: 'radixattention',
    term: 'RadixAttention',
    aliases: ['RadixAttention'],
    short: 'SGLang’s prefix cache: finished requests’ KV blocks stay in a radix tree so any later matching prefix reuses them.',
    definition:
      'SGLang’s automatic prefix reuse: the KV caches of finished requests stay in a radix tree keyed by their tokens, and a new request reuses the longest cached prefix it matches, evicting least-recently-used entries when memory runs short. It pays off for multi-turn chats and agents that resend long histories.',
    taught: ['paged-attention#sharing-a-prefix', 'paged-attention#vllm-sglang-or-llamacpp'],
    related: ['prefix-sharing', 'sglang'],
  },
  {
    id: 'static-batching',
    term: 'static batching',
    aliases: ['static batching'],
    short: 'Running a fixed batch until every request in it finishes; early finishers’ slots sit idle.',
    definition:
      'The simplest batching: gather $b$ requests, run them together until all have finished, then start the next batch. Slots of requests that finish early idle while the longest one runs, and new requests wait for the whole batch.',
    example: () =>
      `Outputs of 20, 50, 100 and 400 tokens run together use ${pct(staticBatchUsefulShare([20, 50, 100, 400]))} of the batch’s slot-steps.`,
    taught: ['paged-attention#continuous-batching'],
    related: ['continuous-batching', 'batch'],
  },
  {
    id: 'continuous-batching',
    term: 'continuous batching',
    expansion: 'iteration-level scheduling',
    aliases: ['continuous batching', 'iteration-level scheduling'],
    short: 'Re-forming the batch at every decode step: a finished request leaves at once and a waiting one takes its slot.',
    definition:
      'Scheduling at the granularity of one decode step, introduced by Orca: a finished request leaves the batch immediately and a waiting one joins in the next step, so no slot waits for another request’s long answer. It constantly admits and retires requests of unknown length, which is why it needs paged memory.',
    taught: ['paged-attention#continuous-batching'],
    related: ['static-batching', 'pagedattention', 'preemption'],
  },
  {
    id: 'preemption',
    term: 'preemption',
    aliases: ['preemption', 'preempts', 'preempting', 'preempted', 'preempt'],
    short: 'Pausing a running sequence when KV memory runs out: its blocks are swapped to CPU memory or freed and recomputed.',
    definition:
      'What a paged server does when KV memory runs out mid-generation: it pauses the most recently admitted sequences and either swaps their blocks to CPU memory or frees them and recomputes the cache when the sequence resumes. It is what makes admitting requests optimistically safe.',
    taught: ['paged-attention#borrowing-from-the-operating-system'],
    related: ['continuous-batching', 'pagedattention'],
  },
  {
    id: 'throughput',
    term: 'throughput',
    aliases: ['throughput'],
    scope: 'chapter',
    short: 'Total tokens per second a server produces across all users: batch ÷ step time.',
    definition:
      'The total rate at which a server generates tokens for all its users, $b / t_{\\text{step}}(b)$. It grows almost linearly with the batch while decoding is memory-bound and levels off at the compute roof $F / 2N_{\\text{act}}$; per-user speed $1 / t_{\\text{step}}(b)$ only falls.',
    taught: ['paged-attention#throughput-against-latency-the-knee'],
    related: ['batch', 'compute-knee', 'tokens-per-second'],
  },
  {
    id: 'compute-knee',
    term: 'compute knee',
    aliases: ['compute knee', 'knee'],
    short: 'The batch size at which a decode step’s arithmetic catches up with its memory reads; throughput levels off.',
    definition:
      'The batch at which the arithmetic of a decode step takes as long as its memory reads. Before it, batching is almost free; after it, total throughput stays near the compute roof and every extra sequence slows everyone down. Each token of context moves it later, because each sequence adds KV bytes to read.',
    taught: ['paged-attention#throughput-against-latency-the-knee'],
    related: ['ridge-point', 'throughput', 'batch', 'compute-bound'],
  },
  {
    id: 'llama-cpp',
    term: 'llama.cpp',
    aliases: ['llama.cpp'],
    scope: 'chapter',
    short: 'The C/C++ inference engine behind GGUF: runs quantized models on GPUs, Apple silicon and CPUs, with offload.',
    definition:
      'The open-source C/C++ inference engine built on the ggml library. It runs GGUF files in dozens of quant types on NVIDIA, AMD and Apple GPUs and on CPUs, can split layers between GPU and RAM, and ships tools the book relies on for measurements (llama-bench, llama-perplexity, llama-quantize). Ollama and LM Studio build on it.',
    taught: ['hardware-sizing#choosing-a-runtime', 'paged-attention#vllm-sglang-or-llamacpp'],
    related: ['gguf', 'ollama', 'vllm'],
  },
  {
    id: 'ollama',
    term: 'Ollama',
    aliases: ['Ollama'],
    short: 'A command-line tool and local server with a model library, built on llama.cpp.',
    definition:
      'A command-line tool and local HTTP server that downloads models from its library and runs them with llama.cpp underneath. It suits one user on one machine; sizing works exactly as for llama.cpp.',
    taught: ['hardware-sizing#choosing-a-runtime'],
    related: ['llama-cpp', 'lm-studio'],
  },
  {
    id: 'lm-studio',
    term: 'LM Studio',
    aliases: ['LM Studio'],
    short: 'A desktop application for running local models, built on llama.cpp (and MLX on Macs).',
    definition:
      'A desktop application for finding, downloading and chatting with local models, running GGUF files with llama.cpp (and, on Macs, also MLX models). Like Ollama it targets one user on one machine.',
    taught: ['hardware-sizing#choosing-a-runtime'],
    related: ['llama-cpp', 'ollama'],
  },
  {
    id: 'vllm',
    term: 'vLLM',
    aliases: ['vLLM'],
    scope: 'chapter',
    short: 'A serving engine built around PagedAttention and continuous batching, for many concurrent users on GPUs.',
    definition:
      'An open-source serving engine for many concurrent requests, built around PagedAttention, continuous batching and prefix caching, with weights resident on the GPU. It favours GPU-friendly formats over GGUF’s many quant types and is the reference the PagedAttention chapter measures against.',
    taught: ['paged-attention#vllm-sglang-or-llamacpp', 'hardware-sizing#choosing-a-runtime'],
    related: ['pagedattention', 'sglang', 'continuous-batching'],
  },
  {
    id: 'sglang',
    term: 'SGLang',
    aliases: ['SGLang'],
    short: 'A serving engine with paged KV memory and continuous batching, plus RadixAttention’s automatic prefix reuse.',
    definition:
      'An open-source serving engine that shares vLLM’s foundations, paged KV memory and continuous batching, and adds RadixAttention for automatic reuse of prefixes across requests. It suits many users on GPUs that hold the model with room to spare.',
    taught: ['paged-attention#vllm-sglang-or-llamacpp', 'hardware-sizing#choosing-a-runtime'],
    related: ['radixattention', 'vllm'],
  },
];

const byId = new Map(glossary.map((t) => [t.id, t]));

/** The entry with `id`; throws with the known ids when there is none. @example glossaryTerm('mla').term // "MLA" */
export function glossaryTerm(id: string): GlossaryTerm {
  const found = byId.get(id);
  if (!found) throw new Error(`No glossary term "${id}" in src/content/glossary.ts.`);
  return found;
}
