/**
 * llama-quantize's mixes (its "ftypes"): the names on GGUF files, each with the storage type most
 * of its tensors get. A mix is a recipe, not a type: `quant-rules.ts` decides each tensor's type.
 * Table: `llama_model_quantize_impl` in llama.cpp `src/llama-quant.cpp`, release b6301 (2025-08-27).
 */
import type { GgmlTypeName } from './ggml-types';

/** A llama-quantize mix name. */
export type QuantMixName =
  | 'F32'
  | 'F16'
  | 'BF16'
  | 'Q8_0'
  | 'Q6_K'
  | 'Q5_1'
  | 'Q5_0'
  | 'Q5_K_M'
  | 'Q5_K_S'
  | 'Q4_1'
  | 'Q4_0'
  | 'Q4_K_M'
  | 'Q4_K_S'
  | 'IQ4_NL'
  | 'IQ4_XS'
  | 'Q3_K_L'
  | 'Q3_K_M'
  | 'Q3_K_S'
  | 'IQ3_M'
  | 'IQ3_S'
  | 'IQ3_XS'
  | 'IQ3_XXS'
  | 'Q2_K'
  | 'Q2_K_S'
  | 'IQ2_M'
  | 'IQ2_S'
  | 'IQ2_XS'
  | 'IQ2_XXS'
  | 'IQ1_M'
  | 'IQ1_S'
  | 'TQ2_0'
  | 'TQ1_0'
  | 'MXFP4_MOE';

/** Each mix's default storage type. @example mixDefaultTypes.IQ3_M // "IQ3_S" (note the i-quant mixes that default to a smaller type than their name: IQ2_S → IQ2_XS, IQ2_M → IQ2_S, IQ3_XS/IQ3_M → IQ3_S) */
export const mixDefaultTypes: Readonly<Record<QuantMixName, GgmlTypeName>> = {
  F32: 'F32',
  F16: 'F16',
  BF16: 'BF16',
  Q8_0: 'Q8_0',
  Q6_K: 'Q6_K',
  Q5_1: 'Q5_1',
  Q5_0: 'Q5_0',
  Q5_K_M: 'Q5_K',
  Q5_K_S: 'Q5_K',
  Q4_1: 'Q4_1',
  Q4_0: 'Q4_0',
  Q4_K_M: 'Q4_K',
  Q4_K_S: 'Q4_K',
  IQ4_NL: 'IQ4_NL',
  IQ4_XS: 'IQ4_XS',
  Q3_K_L: 'Q3_K',
  Q3_K_M: 'Q3_K',
  Q3_K_S: 'Q3_K',
  IQ3_M: 'IQ3_S',
  IQ3_S: 'IQ3_S',
  IQ3_XS: 'IQ3_S',
  IQ3_XXS: 'IQ3_XXS',
  Q2_K: 'Q2_K',
  Q2_K_S: 'Q2_K',
  IQ2_M: 'IQ2_S',
  IQ2_S: 'IQ2_XS',
  IQ2_XS: 'IQ2_XS',
  IQ2_XXS: 'IQ2_XXS',
  IQ1_M: 'IQ1_M',
  IQ1_S: 'IQ1_S',
  TQ2_0: 'TQ2_0',
  TQ1_0: 'TQ1_0',
  MXFP4_MOE: 'MXFP4',
};

// The book lists gpt-oss's type as MXFP4 (quant/formats.ts); llama-quantize calls the mix MXFP4_MOE.
const ALIASES: Readonly<Record<string, QuantMixName>> = { MXFP4: 'MXFP4_MOE' };

/**
 * The mix a quant name means (any case, `MXFP4` for `MXFP4_MOE`), or undefined.
 * @example quantMix(' q4_k_m ') // "Q4_K_M"
 */
export function quantMix(name: string): QuantMixName | undefined {
  const upper = String(name).trim().toUpperCase();
  if (Object.hasOwn(mixDefaultTypes, upper)) return upper as QuantMixName;
  return ALIASES[upper];
}

/**
 * Like `quantMix` but throws a `RangeError` listing the mixes llama-quantize knows.
 * @example requireQuantMix('MXFP4') // "MXFP4_MOE"
 */
export function requireQuantMix(name: string): QuantMixName {
  const mix = quantMix(name);
  if (!mix) throw new RangeError(`Unknown quant type "${name}". Known types: ${Object.keys(mixDefaultTypes).join(', ')}, MXFP4.`);
  return mix;
}
