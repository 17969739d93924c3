/**
 * ggml's tensor storage types: how many weights one block holds and how many bytes it takes. A
 * tensor's bytes follow exactly from its shape and type, so a GGUF file's size is a sum over its
 * tensors. Sizes are the block structs of llama.cpp `ggml/src/ggml-common.h` at release b6301
 * (2025-08-27), each confirmed with `sizeof` on that header and on a 2026 tree (same numbers).
 */

/** A ggml storage type the quantizer can write. */
export type GgmlTypeName =
  | 'F32'
  | 'F16'
  | 'BF16'
  | 'Q4_0'
  | 'Q4_1'
  | 'Q5_0'
  | 'Q5_1'
  | 'Q8_0'
  | 'MXFP4'
  | 'IQ4_NL'
  | 'Q2_K'
  | 'Q3_K'
  | 'Q4_K'
  | 'Q5_K'
  | 'Q6_K'
  | 'IQ1_S'
  | 'IQ1_M'
  | 'IQ2_XXS'
  | 'IQ2_XS'
  | 'IQ2_S'
  | 'IQ3_XXS'
  | 'IQ3_S'
  | 'IQ4_XS'
  | 'TQ1_0'
  | 'TQ2_0';

/** One storage type's block. */
export interface GgmlType {
  /** ggml's name. */
  readonly name: GgmlTypeName;
  /** Weights in one block: 1 for floats, 32 for legacy and MXFP4 blocks, 256 for k-quant and most i-quant super-blocks. */
  readonly blockWeights: number;
  /** Bytes one block takes (codes, scales and minimums together). */
  readonly bytesPerBlock: number;
}

// [weights per block, bytes per block], from the block structs.
const BLOCKS: Readonly<Record<GgmlTypeName, readonly [number, number]>> = {
  F32: [1, 4],
  F16: [1, 2],
  BF16: [1, 2],
  Q4_0: [32, 18], // fp16 scale + 16 bytes of 4-bit codes
  Q4_1: [32, 20], // fp16 scale and minimum + 16 bytes
  Q5_0: [32, 22], // fp16 scale + 4 bytes of high bits + 16 bytes
  Q5_1: [32, 24],
  Q8_0: [32, 34], // fp16 scale + 32 int8 codes
  MXFP4: [32, 17], // one E8M0 scale byte + 16 bytes of FP4 (E2M1) codes
  IQ4_NL: [32, 18],
  Q2_K: [256, 84],
  Q3_K: [256, 110],
  Q4_K: [256, 144],
  Q5_K: [256, 176],
  Q6_K: [256, 210],
  IQ1_S: [256, 50],
  IQ1_M: [256, 56],
  IQ2_XXS: [256, 66],
  IQ2_XS: [256, 74],
  IQ2_S: [256, 82],
  IQ3_XXS: [256, 98],
  IQ3_S: [256, 110],
  IQ4_XS: [256, 136],
  TQ1_0: [256, 54],
  TQ2_0: [256, 66],
};

/** Every storage type, by name. @example ggmlTypes.Q4_K // { "name": "Q4_K", "blockWeights": 256, "bytesPerBlock": 144 } */
export const ggmlTypes: Readonly<Record<GgmlTypeName, GgmlType>> = Object.fromEntries(
  Object.entries(BLOCKS).map(([name, [blockWeights, bytesPerBlock]]) => [name, { name, blockWeights, bytesPerBlock }]),
) as Record<GgmlTypeName, GgmlType>;

/** Whether `name` is a ggml storage type. @example isGgmlTypeName('Q6_K') // true */
export function isGgmlTypeName(name: string): name is GgmlTypeName {
  return Object.hasOwn(BLOCKS, name);
}

/**
 * Bits one weight costs in a type: bytes per block × 8 ÷ weights per block.
 * @example ggmlBitsPerWeight('Q6_K') // 6.5625
 */
export function ggmlBitsPerWeight(type: GgmlTypeName): number {
  const { blockWeights, bytesPerBlock } = ggmlTypes[type];
  return (bytesPerBlock * 8) / blockWeights;
}

/**
 * Whether a row of `rowLength` weights divides into whole blocks of `type` (ggml quantizes rows,
 * so a row that does not cannot be stored in it).
 * @example rowFitsBlocks(2880, 'Q4_K') // false (gpt-oss: 2880 = 11.25 × 256)
 */
export function rowFitsBlocks(rowLength: number, type: GgmlTypeName): boolean {
  return rowLength % ggmlTypes[type].blockWeights === 0;
}

/**
 * Exact bytes of a tensor of GGUF shape `shape` (`shape[0]` is the row length) stored as `type`.
 * Throws a `RangeError` for a bad shape or a row that is not a whole number of blocks.
 * @example tensorBytes([4096, 14336], 'Q4_K') // 33030144 (16 blocks × 144 B × 14,336 rows)
 */
export function tensorBytes(shape: readonly number[], type: GgmlTypeName): number {
  if (shape.length === 0 || shape.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new RangeError(`A tensor shape is a list of whole numbers ≥ 1 (got [${shape.join(', ')}]).`);
  }
  const { blockWeights, bytesPerBlock } = ggmlTypes[type];
  const [row, ...rest] = shape as [number, ...number[]];
  if (row % blockWeights !== 0) {
    throw new RangeError(`A row of ${row} weights is not a whole number of ${type} blocks (${blockWeights} weights each).`);
  }
  return (row / blockWeights) * bytesPerBlock * rest.reduce((product, n) => product * n, 1);
}
