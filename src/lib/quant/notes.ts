/**
 * What each quant type is, in one line for readers, and where its effective bits per weight come
 * from: for the prose and the catalog pages. The numbers themselves are in formats.ts.
 */
import { MXFP4_CALIBRATION, quantFormat } from './formats';

/** Provenance of an effective bits-per-weight figure. */
export interface QuantSource {
  /** How the figure was obtained. */
  readonly basis: string;
  /** The published document. */
  readonly url: string;
}

/** A quant type described for readers. */
export interface QuantNote {
  /** One line for readers. */
  readonly description: string;
  /** Where `bitsPerWeight` comes from. */
  readonly source: QuantSource;
}

const COMPUTED =
  "computed from Llama 3.1 8B's tensors with llama.cpp b6301's per-tensor rules (tensor data × 8 ÷ weights, importance matrix on)";
const QUANTIZE_README: QuantSource = {
  basis: `${COMPUTED}; the Llama 3.1 8B table of llama.cpp's quantize README prints the same figure`,
  url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md',
};
const NOT_IN_README: QuantSource = {
  basis: `${COMPUTED}; the quantize README does not list this type`,
  url: 'https://github.com/ggml-org/llama.cpp/blob/b6301/src/llama-quant.cpp',
};
const README_WITHOUT_IMATRIX: QuantSource = {
  basis: `${COMPUTED}; the quantize README's figure is higher because its file was made without an importance matrix, which raises the first eighth of ffn_down to Q5_K`,
  url: QUANTIZE_README.url,
};

/** Every quant type of `quantFormats` and `expertQuantFormats`, described. @example quantNotes.Q4_K_M!.description // "4-bit k-quant mix: the common default" */
export const quantNotes: Readonly<Record<string, QuantNote>> = {
  BF16: {
    description: 'bfloat16: the usual training precision; same size as F16',
    source: { basis: `${COMPUTED}; two bytes a weight, like F16`, url: NOT_IN_README.url },
  },
  F16: { description: 'IEEE half precision: the unquantized reference', source: QUANTIZE_README },
  Q8_0: { description: '8-bit values, one 16-bit scale per block of 32: near-lossless', source: QUANTIZE_README },
  Q6_K: { description: '6-bit k-quant: practically indistinguishable from 16-bit', source: QUANTIZE_README },
  Q5_1: { description: 'legacy 5-bit with scale and offset; superseded by Q5_K', source: NOT_IN_README },
  Q5_K_M: { description: '5-bit k-quant mix, sensitive tensors at 6 bits', source: QUANTIZE_README },
  Q5_0: { description: 'legacy 5-bit with one scale per block of 32', source: NOT_IN_README },
  Q5_K_S: { description: '5-bit k-quant, fewer tensors kept higher', source: QUANTIZE_README },
  Q4_1: { description: 'legacy 4-bit with scale and offset', source: NOT_IN_README },
  Q4_K_M: { description: '4-bit k-quant mix: the common default', source: QUANTIZE_README },
  IQ4_NL: { description: '4-bit non-linear grid, blocks of 32', source: README_WITHOUT_IMATRIX },
  Q4_K_S: { description: '4-bit k-quant, fewer tensors kept higher', source: QUANTIZE_README },
  Q4_0: { description: 'legacy 4-bit, one 16-bit scale per block of 32', source: NOT_IN_README },
  IQ4_XS: { description: '4-bit non-linear grid with super-blocks', source: README_WITHOUT_IMATRIX },
  Q3_K_L: { description: '3-bit k-quant mix, many tensors at 5 bits', source: QUANTIZE_README },
  Q3_K_M: { description: '3-bit k-quant mix: visible loss', source: NOT_IN_README },
  IQ3_M: { description: '3-bit i-quant mix', source: QUANTIZE_README },
  IQ3_S: { description: '3-bit i-quant', source: QUANTIZE_README },
  Q3_K_S: { description: '3-bit k-quant, almost all tensors at 3 bits', source: QUANTIZE_README },
  IQ3_XS: { description: '3-bit i-quant, smaller', source: QUANTIZE_README },
  IQ3_XXS: { description: '3-bit i-quant, smallest', source: QUANTIZE_README },
  Q2_K: { description: '2-bit k-quant mix: steep loss', source: QUANTIZE_README },
  Q2_K_S: { description: '2-bit k-quant, fewer tensors kept higher', source: QUANTIZE_README },
  IQ2_M: { description: '2-bit i-quant mix', source: QUANTIZE_README },
  IQ2_S: { description: '2-bit i-quant', source: QUANTIZE_README },
  IQ2_XS: { description: '2-bit i-quant, smaller', source: QUANTIZE_README },
  IQ2_XXS: { description: '2-bit i-quant, smallest', source: QUANTIZE_README },
  IQ1_M: { description: '1.75-bit i-quant: mostly broken output', source: QUANTIZE_README },
  IQ1_S: { description: '1.56-bit i-quant: the floor', source: QUANTIZE_README },
  MXFP4: {
    description: 'microscaling FP4 for the experts of a mixture of experts (gpt-oss); other tensors at Q8_0',
    source: {
      basis: `computed from gpt-oss-120b's tensors with llama.cpp b6301's rules (MXFP4 experts, the rest Q8_0); llama-bench prints ${MXFP4_CALIBRATION.fileGiB} GiB for ${MXFP4_CALIBRATION.params / 1e9}e9 parameters on the DGX Spark benchmark page; 4.25-bit blocks per the OCP MX specification`,
      url: 'https://github.com/ggml-org/llama.cpp/blob/master/benches/dgx-spark.md',
    },
  },
};

/**
 * The note on a quant type (any case); throws a `RangeError` for a name `quantFormats` does not list.
 * @example quantNote('q8_0').source.url // "https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md"
 */
export function quantNote(name: string): QuantNote {
  const note = quantNotes[quantFormat(name)?.name ?? ''];
  if (!note) throw new RangeError(`No note for quant type "${name}".`);
  return note;
}
