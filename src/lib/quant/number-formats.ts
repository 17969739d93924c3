/**
 * Number formats beyond GGUF's block types: the 8- and 4-bit floating-point elements tensor cores
 * compute with (FP8 E4M3 and E5M2, FP4 E2M1) and the block formats built on them (MXFP4, NVFP4),
 * beside the integer groups of AWQ and GPTQ. The largest value and the bits per weight are computed
 * from the bit layouts, not copied. Sources: Micikevicius et al. 2022 (FP8), the OCP Microscaling
 * spec v1.0 (MXFP4: 32 E2M1 values sharing an E8M0 scale), NVIDIA's NVFP4 description (16 E2M1
 * values sharing an E4M3 scale, plus one FP32 scale per tensor), AWQ and GPTQ (groups of 128).
 */

/** How a float format spends its top exponent: IEEE keeps it for infinities and NaN; "fn" (finite, one NaN) only its all-ones mantissa for NaN; "finite" nothing. */
export type FloatSpecials = 'ieee' | 'fn' | 'finite';

/** A floating-point element format. */
export interface FloatFormat {
  readonly id: string;
  /** As a page names it: "FP8 E4M3". */
  readonly name: string;
  readonly exponentBits: number;
  readonly mantissaBits: number;
  readonly specials: FloatSpecials;
}

/** Bits of one value: sign + exponent + mantissa. @example floatFormatBits({ id: 'e4m3', name: 'FP8 E4M3', exponentBits: 4, mantissaBits: 3, specials: 'fn' }) // 8 */
export function floatFormatBits(format: FloatFormat): number {
  return 1 + format.exponentBits + format.mantissaBits;
}

/**
 * The largest finite value of a float format, from its layout: (2 − 2^−m) · 2^(e_max − bias), one
 * mantissa step less where the all-ones mantissa of the top exponent means NaN ("fn").
 * @example floatFormatMax({ id: 'e4m3', name: 'FP8 E4M3', exponentBits: 4, mantissaBits: 3, specials: 'fn' }) // 448
 * @example floatFormatMax({ id: 'e5m2', name: 'FP8 E5M2', exponentBits: 5, mantissaBits: 2, specials: 'ieee' }) // 57344
 */
export function floatFormatMax(format: FloatFormat): number {
  const { exponentBits: e, mantissaBits: m, specials } = format;
  const bias = 2 ** (e - 1) - 1;
  const topExponent = (specials === 'ieee' ? 2 ** e - 2 : 2 ** e - 1) - bias;
  const topMantissa = specials === 'fn' ? 2 - 2 ** (1 - m) : 2 - 2 ** -m;
  return topMantissa * 2 ** topExponent;
}

/** The element formats the chapter compares. @example floatFormats.map((f) => f.id) // ["fp16", "bf16", "fp8-e4m3", "fp8-e5m2", "fp4-e2m1"] */
export const floatFormats: readonly FloatFormat[] = [
  { id: 'fp16', name: 'FP16', exponentBits: 5, mantissaBits: 10, specials: 'ieee' },
  { id: 'bf16', name: 'BF16', exponentBits: 8, mantissaBits: 7, specials: 'ieee' },
  { id: 'fp8-e4m3', name: 'FP8 E4M3', exponentBits: 4, mantissaBits: 3, specials: 'fn' },
  { id: 'fp8-e5m2', name: 'FP8 E5M2', exponentBits: 5, mantissaBits: 2, specials: 'ieee' },
  { id: 'fp4-e2m1', name: 'FP4 E2M1', exponentBits: 2, mantissaBits: 1, specials: 'finite' },
];

/**
 * The element format with `id`; throws a `RangeError` listing the known ones.
 * @example requireFloatFormat('fp4-e2m1').mantissaBits // 1
 */
export function requireFloatFormat(id: string): FloatFormat {
  const format = floatFormats.find((f) => f.id === id);
  if (!format) throw new RangeError(`Unknown float format "${id}". Known: ${floatFormats.map((f) => f.id).join(', ')}.`);
  return format;
}

/** A format in which blocks of values share a scale (and maybe a zero point). */
export interface ScaledBlockFormat {
  readonly id: string;
  readonly name: string;
  /** Bits of one stored value. */
  readonly valueBits: number;
  /** What the values are: a float element format's id, or "int". */
  readonly values: string;
  /** Values sharing one scale. */
  readonly blockSize: number;
  /** Bits of the shared scale (and zero point, where there is one) per block. */
  readonly blockMetadataBits: number;
  /** What the scale is, in words. */
  readonly scale: string;
  /** Weights only, or weights and activations (both operands of the matrix product in the format). */
  readonly quantizes: 'weights' | 'weights and activations';
}

/** Bits per weight of a scaled block format: value bits + metadata bits ÷ block size. @example scaledBlockBitsPerWeight({ valueBits: 4, blockSize: 32, blockMetadataBits: 8 }) // 4.25 */
export function scaledBlockBitsPerWeight(format: Pick<ScaledBlockFormat, 'valueBits' | 'blockSize' | 'blockMetadataBits'>): number {
  return format.valueBits + format.blockMetadataBits / format.blockSize;
}

/** The block formats the chapter compares. @example scaledBlockFormats.map((f) => scaledBlockBitsPerWeight(f)) // [4.25, 4.5, 4.15625] */
export const scaledBlockFormats: readonly ScaledBlockFormat[] = [
  {
    id: 'mxfp4',
    name: 'MXFP4',
    valueBits: 4,
    values: 'fp4-e2m1',
    blockSize: 32,
    blockMetadataBits: 8,
    scale: 'a power of two (E8M0) per 32 values',
    quantizes: 'weights and activations',
  },
  {
    id: 'nvfp4',
    name: 'NVFP4',
    valueBits: 4,
    values: 'fp4-e2m1',
    blockSize: 16,
    blockMetadataBits: 8,
    scale: 'an FP8 E4M3 scale per 16 values, and one FP32 scale per tensor',
    quantizes: 'weights and activations',
  },
  {
    id: 'int4-g128',
    name: 'INT4, groups of 128 (AWQ, GPTQ)',
    valueBits: 4,
    values: 'int',
    blockSize: 128,
    blockMetadataBits: 20,
    scale: 'an FP16 scale and a 4-bit zero point per 128 values',
    quantizes: 'weights',
  },
];
