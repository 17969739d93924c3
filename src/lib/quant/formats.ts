/**
 * llama.cpp GGUF quantization types and their *effective* bits per weight.
 *
 * A type's name gives its block format (Q4_K stores 4-bit weights plus block scales = 4.5 bits),
 * but a real file mixes types: llama-quantize keeps some tensors (output, attention V, norms) at
 * higher precision. What matters for memory and bandwidth is the file size, so `bitsPerWeight`
 * is calibrated on measured files of one model, Llama 3.1 8B, and documented per type in
 * quant-notes.ts (apart, so the instruments that need the numbers do not download the prose).
 */
import { BYTES_PER_GIB } from '../core/units';

/** How a quant type stores weights. */
export type QuantFamily = 'float' | 'legacy' | 'k-quant' | 'i-quant' | 'microscaling';

/** One GGUF weight type as it appears in file names (`…-Q4_K_M.gguf`). What it is and where its figure comes from: `quantNote(name)`. */
export interface QuantFormat {
  /** The name llama.cpp uses, upper case with its suffix: `'Q4_K_M'`. */
  readonly name: string;
  /** Effective bits per weight of a whole file of this type (block scales and higher-precision tensors included). */
  readonly bitsPerWeight: number;
  /** Bits per weight of the base block format alone (e.g. 4.5 for Q4_K: 4-bit values + scales). */
  readonly blockBitsPerWeight: number;
  /** Which scheme the type belongs to. */
  readonly family: QuantFamily;
  /**
   * For a type that quantizes only the routed experts of a mixture of experts (MXFP4): the bits of
   * the expert tensors and of every other tensor, so bytes read per token need not assume one
   * average for both.
   */
  readonly expertSplit?: { readonly expertBitsPerWeight: number; readonly otherBitsPerWeight: number };
}

/** Parameters of the calibration model, Llama 3 / 3.1 8B, as llama-bench prints them ("8.03 B"). @example CALIBRATION_PARAMS // 8.03e9 */
export const CALIBRATION_PARAMS = 8.03e9;

/**
 * Llama 3 8B file sizes in GiB, from llama.cpp's perplexity scoreboard, for the types the quantize
 * README's bpw table leaves out (rounded to 0.01 GiB, so ±0.002 bpw).
 * @example scoreboardFileGiB.Q4_0 // 4.34
 */
export const scoreboardFileGiB: Readonly<Record<string, number>> = {
  Q5_1: 5.65,
  Q5_0: 5.21,
  Q4_1: 4.78,
  Q4_0: 4.34,
  Q3_K_M: 3.74,
};

/** Effective bpw of a type from its scoreboard file size. */
function scoreboardBitsPerWeight(name: string): number {
  return Number(((scoreboardFileGiB[name]! * BYTES_PER_GIB * 8) / CALIBRATION_PARAMS).toFixed(4));
}

/** Every quant type the book uses, from the largest effective bpw to the smallest. @example quantFormats[0]!.name // "BF16" */
export const quantFormats: readonly QuantFormat[] = [
  { name: 'BF16', bitsPerWeight: 16.0005, blockBitsPerWeight: 16, family: 'float' },
  { name: 'F16', bitsPerWeight: 16.0005, blockBitsPerWeight: 16, family: 'float' },
  { name: 'Q8_0', bitsPerWeight: 8.5008, blockBitsPerWeight: 8.5, family: 'legacy' },
  { name: 'Q6_K', bitsPerWeight: 6.5633, blockBitsPerWeight: 6.5625, family: 'k-quant' },
  { name: 'Q5_1', bitsPerWeight: scoreboardBitsPerWeight('Q5_1'), blockBitsPerWeight: 6, family: 'legacy' },
  { name: 'Q5_K_M', bitsPerWeight: 5.7036, blockBitsPerWeight: 5.5, family: 'k-quant' },
  { name: 'Q5_0', bitsPerWeight: scoreboardBitsPerWeight('Q5_0'), blockBitsPerWeight: 5.5, family: 'legacy' },
  { name: 'Q5_K_S', bitsPerWeight: 5.5704, blockBitsPerWeight: 5.5, family: 'k-quant' },
  { name: 'Q4_1', bitsPerWeight: scoreboardBitsPerWeight('Q4_1'), blockBitsPerWeight: 5, family: 'legacy' },
  { name: 'Q4_K_M', bitsPerWeight: 4.8944, blockBitsPerWeight: 4.5, family: 'k-quant' },
  { name: 'IQ4_NL', bitsPerWeight: 4.6818, blockBitsPerWeight: 4.5, family: 'i-quant' },
  { name: 'Q4_K_S', bitsPerWeight: 4.6672, blockBitsPerWeight: 4.5, family: 'k-quant' },
  { name: 'Q4_0', bitsPerWeight: scoreboardBitsPerWeight('Q4_0'), blockBitsPerWeight: 4.5, family: 'legacy' },
  { name: 'IQ4_XS', bitsPerWeight: 4.4597, blockBitsPerWeight: 4.25, family: 'i-quant' },
  { name: 'Q3_K_L', bitsPerWeight: 4.2979, blockBitsPerWeight: 3.4375, family: 'k-quant' },
  { name: 'Q3_K_M', bitsPerWeight: scoreboardBitsPerWeight('Q3_K_M'), blockBitsPerWeight: 3.4375, family: 'k-quant' },
  { name: 'IQ3_M', bitsPerWeight: 3.7628, blockBitsPerWeight: 3.66, family: 'i-quant' },
  { name: 'IQ3_S', bitsPerWeight: 3.6606, blockBitsPerWeight: 3.44, family: 'i-quant' },
  { name: 'Q3_K_S', bitsPerWeight: 3.6429, blockBitsPerWeight: 3.4375, family: 'k-quant' },
  { name: 'IQ3_XS', bitsPerWeight: 3.4977, blockBitsPerWeight: 3.3, family: 'i-quant' },
  { name: 'IQ3_XXS', bitsPerWeight: 3.2548, blockBitsPerWeight: 3.06, family: 'i-quant' },
  { name: 'Q2_K', bitsPerWeight: 3.1593, blockBitsPerWeight: 2.625, family: 'k-quant' },
  { name: 'Q2_K_S', bitsPerWeight: 2.9697, blockBitsPerWeight: 2.625, family: 'k-quant' },
  { name: 'IQ2_M', bitsPerWeight: 2.9294, blockBitsPerWeight: 2.7, family: 'i-quant' },
  { name: 'IQ2_S', bitsPerWeight: 2.7403, blockBitsPerWeight: 2.5, family: 'i-quant' },
  { name: 'IQ2_XS', bitsPerWeight: 2.5882, blockBitsPerWeight: 2.31, family: 'i-quant' },
  { name: 'IQ2_XXS', bitsPerWeight: 2.3824, blockBitsPerWeight: 2.06, family: 'i-quant' },
  { name: 'IQ1_M', bitsPerWeight: 2.146, blockBitsPerWeight: 1.75, family: 'i-quant' },
  { name: 'IQ1_S', bitsPerWeight: 2.0042, blockBitsPerWeight: 1.56, family: 'i-quant' },
];

/** gpt-oss-120b's GGUF (ggml-org/gpt-oss-120b-GGUF) as llama-bench prints it: 59.02 GiB, 116.83 B parameters. @example MXFP4_CALIBRATION.params // 116.83e9 */
export const MXFP4_CALIBRATION = { fileGiB: 59.02, params: 116.83e9 } as const;

/**
 * MXFP4 (OCP microscaling FP4): blocks of 32 E2M1 4-bit values sharing one 8-bit power-of-two
 * scale, 4.25 bits a weight. gpt-oss ships its routed experts in it and llama.cpp keeps them so
 * (`MXFP4_MOE`); the ggml-org GGUFs store the other tensors at Q8_0 (8.5 bits), which reproduces
 * both gpt-oss file sizes. `bitsPerWeight` is the whole-file average of gpt-oss-120b. A type for
 * mixture-of-experts files only, so it is not in `quantFormats` (the list a dense model picks from).
 * @example mxfp4Format.expertSplit?.expertBitsPerWeight // 4.25
 */
export const mxfp4Format: QuantFormat = {
  name: 'MXFP4',
  bitsPerWeight: Number(((MXFP4_CALIBRATION.fileGiB * BYTES_PER_GIB * 8) / MXFP4_CALIBRATION.params).toFixed(4)),
  blockBitsPerWeight: 4.25,
  family: 'microscaling',
  expertSplit: { expertBitsPerWeight: 4.25, otherBitsPerWeight: 8.5 },
};

/** Types that quantize only the experts of a mixture of experts. @example expertQuantFormats.map((q) => q.name) // ["MXFP4"] */
export const expertQuantFormats: readonly QuantFormat[] = [mxfp4Format];

/** Types a reader most often meets, used where a short list reads better than all of them. @example commonQuantNames.length // 9 */
export const commonQuantNames = ['BF16', 'Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M', 'Q3_K_M', 'Q2_K', 'IQ2_XXS', 'IQ1_S'] as const;

/** The type most downloads default to. @example DEFAULT_QUANT // "Q4_K_M" */
export const DEFAULT_QUANT = 'Q4_K_M';

const byName = new Map([...quantFormats, ...expertQuantFormats].map((q) => [q.name.toUpperCase(), q]));

/**
 * Looks up a quant type by name (any of `quantFormats` or `expertQuantFormats`), ignoring case and
 * surrounding spaces.
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
    const known = [...quantFormats, ...expertQuantFormats].map((q) => q.name).join(', ');
    throw new RangeError(`Unknown quant type "${name}". Known types: ${known}.`);
  }
  return format;
}
