/**
 * llama.cpp GGUF quantization types and their *effective* bits per weight.
 *
 * A type's name gives its block format (Q4_K stores 4-bit weights plus block scales = 4.5 bits),
 * but a real file mixes types: llama-quantize keeps some tensors (output, attention V, norms) at
 * higher precision. `bitsPerWeight` is that average for one model, Llama 3.1 8B, computed from its
 * tensors with llama.cpp's rules (gguf-size.ts) and kept in a generated module, so an instrument
 * that needs one number per type does not load the rules. Sizes of a given model come from
 * `ggufFileBytes`, which follows its own tensors. Descriptions and sources: notes.ts.
 */
import { effectiveBitsPerWeight } from './effective-bpw.generated';
import { ggmlBitsPerWeight } from './ggml-types';
import { mixDefaultTypes, requireQuantMix } from './quant-mixes';

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

// Every type the book lists, with its scheme; in the file-size order that `quantFormats` sorts by.
const TYPES: readonly (readonly [string, QuantFamily])[] = [
  ['BF16', 'float'],
  ['F16', 'float'],
  ['Q8_0', 'legacy'],
  ['Q6_K', 'k-quant'],
  ['Q5_1', 'legacy'],
  ['Q5_K_M', 'k-quant'],
  ['Q5_0', 'legacy'],
  ['Q5_K_S', 'k-quant'],
  ['Q4_1', 'legacy'],
  ['Q4_K_M', 'k-quant'],
  ['IQ4_NL', 'i-quant'],
  ['Q4_K_S', 'k-quant'],
  ['Q4_0', 'legacy'],
  ['IQ4_XS', 'i-quant'],
  ['Q3_K_L', 'k-quant'],
  ['Q3_K_M', 'k-quant'],
  ['IQ3_M', 'i-quant'],
  ['IQ3_S', 'i-quant'],
  ['Q3_K_S', 'k-quant'],
  ['IQ3_XS', 'i-quant'],
  ['IQ3_XXS', 'i-quant'],
  ['Q2_K', 'k-quant'],
  ['Q2_K_S', 'k-quant'],
  ['IQ2_M', 'i-quant'],
  ['IQ2_S', 'i-quant'],
  ['IQ2_XS', 'i-quant'],
  ['IQ2_XXS', 'i-quant'],
  ['IQ1_M', 'i-quant'],
  ['IQ1_S', 'i-quant'],
];

/** Names of every type `quantFormats` lists, in catalog order. @example quantFormatNames.length // 29 */
export const quantFormatNames: readonly string[] = TYPES.map(([name]) => name);

/**
 * A model with `fileBytesByQuant` rebuilt from `fileBytes`, its GGUF file sizes listed in
 * `quantFormatNames` order: the compact form in which islands receive them as props.
 * @example withFileBytesByQuant({ fileBytes: [16e9, 16.1e9] }).fileBytesByQuant.F16 // 16.1e9
 */
export function withFileBytesByQuant<M extends { readonly fileBytes: readonly number[] }>(
  model: M,
): M & { readonly fileBytesByQuant: Readonly<Record<string, number>> } {
  const entries = model.fileBytes.slice(0, quantFormatNames.length).map((bytes, i) => [quantFormatNames[i]!, bytes] as const);
  return { ...model, fileBytesByQuant: Object.fromEntries(entries) };
}

/** A type with its generated effective bpw and its mix's default block type. */
function format(name: string, family: QuantFamily): QuantFormat {
  const bitsPerWeight = effectiveBitsPerWeight[name];
  if (bitsPerWeight === undefined) throw new RangeError(`No generated bits per weight for "${name}": run npm run generate.`);
  return { name, bitsPerWeight, blockBitsPerWeight: ggmlBitsPerWeight(mixDefaultTypes[requireQuantMix(name)]), family };
}

/** Every quant type the book uses, from the largest effective bpw to the smallest. @example quantFormats[0]!.name // "BF16" */
export const quantFormats: readonly QuantFormat[] = TYPES.map(([name, family]) => format(name, family)).sort(
  (a, b) => b.bitsPerWeight - a.bitsPerWeight,
);

/** gpt-oss-120b's GGUF (ggml-org/gpt-oss-120b-GGUF) as llama-bench prints it, 59.02 GiB and 116.83 B parameters: the measurement `mxfp4Format` is checked against. @example MXFP4_CALIBRATION.params // 116.83e9 */
export const MXFP4_CALIBRATION = { fileGiB: 59.02, params: 116.83e9 } as const;

/**
 * MXFP4 (OCP microscaling FP4): blocks of 32 E2M1 4-bit values sharing one 8-bit power-of-two
 * scale, 4.25 bits a weight. gpt-oss ships its routed experts in it and llama.cpp keeps them so
 * (`MXFP4_MOE`); the ggml-org GGUFs store the other tensors at Q8_0 (8.5 bits). `bitsPerWeight` is
 * gpt-oss-120b's average computed from its tensors (llama-bench measures the same file). A type for
 * mixture-of-experts files only, so it is not in `quantFormats` (the list a dense model picks from).
 * @example mxfp4Format.expertSplit?.expertBitsPerWeight // 4.25
 */
export const mxfp4Format: QuantFormat = {
  ...format('MXFP4', 'microscaling'),
  expertSplit: { expertBitsPerWeight: ggmlBitsPerWeight('MXFP4'), otherBitsPerWeight: ggmlBitsPerWeight('Q8_0') },
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
