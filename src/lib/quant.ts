/**
 * llama.cpp GGUF quantization types and their *effective* bits per weight.
 *
 * A type's name gives its block format (Q4_K stores 4-bit weights plus block scales = 4.5 bits),
 * but a real file mixes types: llama-quantize keeps some tensors (output, attention V, norms) at
 * higher precision. What matters for memory and bandwidth is the file size, so `bitsPerWeight`
 * is calibrated on measured files of one model, Llama 3.1 8B, and documented per type.
 */
import { BYTES_PER_GIB } from './units';

/** How a quant type stores weights. */
export type QuantFamily = 'float' | 'legacy' | 'k-quant' | 'i-quant' | 'microscaling';

/** One GGUF weight type as it appears in file names (`…-Q4_K_M.gguf`). */
export interface QuantFormat {
  /** The name llama.cpp uses, upper case with its suffix: `'Q4_K_M'`. */
  readonly name: string;
  /** Effective bits per weight of a whole file of this type (block scales and higher-precision tensors included). */
  readonly bitsPerWeight: number;
  /** Bits per weight of the base block format alone (e.g. 4.5 for Q4_K: 4-bit values + scales). */
  readonly blockBitsPerWeight: number;
  /** Which scheme the type belongs to. */
  readonly family: QuantFamily;
  /** One line for readers. */
  readonly description: string;
  /** Where `bitsPerWeight` comes from. */
  readonly source: QuantSource;
}

/** Provenance of an effective bits-per-weight figure. */
export interface QuantSource {
  /** How the figure was obtained. */
  readonly basis: string;
  /** The published document. */
  readonly url: string;
}

/** Parameters of the calibration model, Llama 3 / 3.1 8B, as llama-bench prints them ("8.03 B"). */
export const CALIBRATION_PARAMS = 8.03e9;

const QUANTIZE_README: QuantSource = {
  basis: 'bits_per_weight column of the Llama 3.1 8B table',
  url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md',
};

/** Derives effective bpw from a published Llama 3 8B file size in GiB (rounded to 0.01 GiB, so ±0.002 bpw). */
function fromScoreboardSize(sizeGiB: number): { bitsPerWeight: number; source: QuantSource } {
  return {
    bitsPerWeight: Number(((sizeGiB * BYTES_PER_GIB * 8) / CALIBRATION_PARAMS).toFixed(4)),
    source: {
      basis: `${sizeGiB} GiB Llama 3 8B file (perplexity scoreboard) × 8 ÷ 8.03e9 parameters`,
      url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/perplexity/README.md',
    },
  };
}

/** Every quant type the book uses, from the largest effective bpw to the smallest. */
export const quantFormats: readonly QuantFormat[] = [
  { name: 'BF16', bitsPerWeight: 16.0005, blockBitsPerWeight: 16, family: 'float', description: 'bfloat16: the usual training precision; same size as F16', source: { basis: 'same layout and size as F16 (llama-quantize lists both at 14.00G for Mistral 7B)', url: QUANTIZE_README.url } },
  { name: 'F16', bitsPerWeight: 16.0005, blockBitsPerWeight: 16, family: 'float', description: 'IEEE half precision: the unquantized reference', source: QUANTIZE_README },
  { name: 'Q8_0', bitsPerWeight: 8.5008, blockBitsPerWeight: 8.5, family: 'legacy', description: '8-bit values, one 16-bit scale per block of 32: near-lossless', source: QUANTIZE_README },
  { name: 'Q6_K', bitsPerWeight: 6.5633, blockBitsPerWeight: 6.5625, family: 'k-quant', description: '6-bit k-quant: practically indistinguishable from 16-bit', source: QUANTIZE_README },
  { name: 'Q5_1', ...fromScoreboardSize(5.65), blockBitsPerWeight: 6, family: 'legacy', description: 'legacy 5-bit with scale and offset; superseded by Q5_K', },
  { name: 'Q5_K_M', bitsPerWeight: 5.7036, blockBitsPerWeight: 5.5, family: 'k-quant', description: '5-bit k-quant mix, sensitive tensors at 6 bits', source: QUANTIZE_README },
  { name: 'Q5_0', ...fromScoreboardSize(5.21), blockBitsPerWeight: 5.5, family: 'legacy', description: 'legacy 5-bit with one scale per block of 32', },
  { name: 'Q5_K_S', bitsPerWeight: 5.5704, blockBitsPerWeight: 5.5, family: 'k-quant', description: '5-bit k-quant, fewer tensors kept higher', source: QUANTIZE_README },
  { name: 'Q4_1', ...fromScoreboardSize(4.78), blockBitsPerWeight: 5, family: 'legacy', description: 'legacy 4-bit with scale and offset', },
  { name: 'Q4_K_M', bitsPerWeight: 4.8944, blockBitsPerWeight: 4.5, family: 'k-quant', description: '4-bit k-quant mix: the common default', source: QUANTIZE_README },
  { name: 'IQ4_NL', bitsPerWeight: 4.6818, blockBitsPerWeight: 4.5, family: 'i-quant', description: '4-bit non-linear grid, blocks of 32', source: QUANTIZE_README },
  { name: 'Q4_K_S', bitsPerWeight: 4.6672, blockBitsPerWeight: 4.5, family: 'k-quant', description: '4-bit k-quant, fewer tensors kept higher', source: QUANTIZE_README },
  { name: 'Q4_0', ...fromScoreboardSize(4.34), blockBitsPerWeight: 4.5, family: 'legacy', description: 'legacy 4-bit, one 16-bit scale per block of 32', },
  { name: 'IQ4_XS', bitsPerWeight: 4.4597, blockBitsPerWeight: 4.25, family: 'i-quant', description: '4-bit non-linear grid with super-blocks', source: QUANTIZE_README },
  { name: 'Q3_K_L', bitsPerWeight: 4.2979, blockBitsPerWeight: 3.4375, family: 'k-quant', description: '3-bit k-quant mix, many tensors at 5 bits', source: QUANTIZE_README },
  { name: 'Q3_K_M', ...fromScoreboardSize(3.74), blockBitsPerWeight: 3.4375, family: 'k-quant', description: '3-bit k-quant mix: visible loss', },
  { name: 'IQ3_M', bitsPerWeight: 3.7628, blockBitsPerWeight: 3.66, family: 'i-quant', description: '3-bit i-quant mix', source: QUANTIZE_README },
  { name: 'IQ3_S', bitsPerWeight: 3.6606, blockBitsPerWeight: 3.44, family: 'i-quant', description: '3-bit i-quant', source: QUANTIZE_README },
  { name: 'Q3_K_S', bitsPerWeight: 3.6429, blockBitsPerWeight: 3.4375, family: 'k-quant', description: '3-bit k-quant, almost all tensors at 3 bits', source: QUANTIZE_README },
  { name: 'IQ3_XS', bitsPerWeight: 3.4977, blockBitsPerWeight: 3.3, family: 'i-quant', description: '3-bit i-quant, smaller', source: QUANTIZE_README },
  { name: 'IQ3_XXS', bitsPerWeight: 3.2548, blockBitsPerWeight: 3.06, family: 'i-quant', description: '3-bit i-quant, smallest', source: QUANTIZE_README },
  { name: 'Q2_K', bitsPerWeight: 3.1593, blockBitsPerWeight: 2.625, family: 'k-quant', description: '2-bit k-quant mix: steep loss', source: QUANTIZE_README },
  { name: 'Q2_K_S', bitsPerWeight: 2.9697, blockBitsPerWeight: 2.625, family: 'k-quant', description: '2-bit k-quant, fewer tensors kept higher', source: QUANTIZE_README },
  { name: 'IQ2_M', bitsPerWeight: 2.9294, blockBitsPerWeight: 2.7, family: 'i-quant', description: '2-bit i-quant mix', source: QUANTIZE_README },
  { name: 'IQ2_S', bitsPerWeight: 2.7403, blockBitsPerWeight: 2.5, family: 'i-quant', description: '2-bit i-quant', source: QUANTIZE_README },
  { name: 'IQ2_XS', bitsPerWeight: 2.5882, blockBitsPerWeight: 2.31, family: 'i-quant', description: '2-bit i-quant, smaller', source: QUANTIZE_README },
  { name: 'IQ2_XXS', bitsPerWeight: 2.3824, blockBitsPerWeight: 2.06, family: 'i-quant', description: '2-bit i-quant, smallest', source: QUANTIZE_README },
  { name: 'IQ1_M', bitsPerWeight: 2.146, blockBitsPerWeight: 1.75, family: 'i-quant', description: '1.75-bit i-quant: mostly broken output', source: QUANTIZE_README },
  { name: 'IQ1_S', bitsPerWeight: 2.0042, blockBitsPerWeight: 1.56, family: 'i-quant', description: '1.56-bit i-quant: the floor', source: QUANTIZE_README },
];

/** Types a reader most often meets, used where a short list reads better than all of them. */
export const commonQuantNames = ['BF16', 'Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M', 'Q3_K_M', 'Q2_K', 'IQ2_XXS', 'IQ1_S'] as const;

/** The type most downloads default to. */
export const DEFAULT_QUANT = 'Q4_K_M';

const byName = new Map(quantFormats.map((q) => [q.name.toUpperCase(), q]));

/**
 * Looks up a quant type by name, ignoring case and surrounding spaces.
 * @example quantFormat('q4_k_m')?.bitsPerWeight // 4.8944
 */
export function quantFormat(name: string): QuantFormat | undefined {
  return byName.get(String(name).trim().toUpperCase());
}

/**
 * Like `quantFormat` but throws a `RangeError` that lists the known names.
 * @example requireQuantFormat('Q8_0').blockBitsPerWeight // 8.5
 */
export function requireQuantFormat(name: string): QuantFormat {
  const format = quantFormat(name);
  if (!format) {
    throw new RangeError(`Unknown quant type "${name}". Known types: ${quantFormats.map((q) => q.name).join(', ')}.`);
  }
  return format;
}
