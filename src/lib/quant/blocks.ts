/**
 * Block quantization, the idea under every GGUF type: cut a tensor into small blocks, store one
 * scale (sometimes also a minimum) per block at higher precision, and each weight as a small
 * integer code. The scale is why "4-bit" Q4_0 costs 4.5 bits per weight: 4 bits of code plus a
 * 16-bit scale shared by 32 weights. Layouts here are llama.cpp's (ggml-common.h block structs).
 */
import { requireFinite, requireInteger, requirePositive } from '../core/guard';
import { createRng, nextUniform } from '../core/prng';

/** The base block types of llama.cpp: legacy blocks of 32 and k-quant super-blocks of 256. */
export type BlockTypeName = 'Q8_0' | 'Q4_0' | 'Q4_1' | 'Q5_0' | 'Q5_1' | 'Q2_K' | 'Q3_K' | 'Q4_K' | 'Q5_K' | 'Q6_K';

/** How one block type spends its bits. */
export interface BlockLayout {
  /** ggml's name for the type. */
  readonly name: BlockTypeName;
  /** Bits of integer code per weight. */
  readonly valueBits: number;
  /** Weights sharing one block's metadata (32, or a 256-weight super-block for k-quants). */
  readonly blockWeights: number;
  /** Bits of scales and minimums stored per block. */
  readonly metadataBits: number;
  /** What those metadata bits are. */
  readonly metadata: string;
}

/** Every base block type, legacy first, with the metadata it carries per block. @example blockLayouts[1]!.name // "Q4_0" */
export const blockLayouts: readonly BlockLayout[] = [
  { name: 'Q8_0', valueBits: 8, blockWeights: 32, metadataBits: 16, metadata: 'one 16-bit scale' },
  { name: 'Q4_0', valueBits: 4, blockWeights: 32, metadataBits: 16, metadata: 'one 16-bit scale' },
  { name: 'Q4_1', valueBits: 4, blockWeights: 32, metadataBits: 32, metadata: 'a 16-bit scale and a 16-bit minimum' },
  { name: 'Q5_0', valueBits: 5, blockWeights: 32, metadataBits: 16, metadata: 'one 16-bit scale' },
  { name: 'Q5_1', valueBits: 5, blockWeights: 32, metadataBits: 32, metadata: 'a 16-bit scale and a 16-bit minimum' },
  {
    name: 'Q2_K',
    valueBits: 2,
    blockWeights: 256,
    metadataBits: 16 * 8 + 32,
    metadata: '16 sub-blocks with a 4-bit scale and 4-bit minimum each, plus two 16-bit super-scales',
  },
  {
    name: 'Q3_K',
    valueBits: 3,
    blockWeights: 256,
    metadataBits: 16 * 6 + 16,
    metadata: '16 sub-blocks with a 6-bit scale each, plus one 16-bit super-scale',
  },
  {
    name: 'Q4_K',
    valueBits: 4,
    blockWeights: 256,
    metadataBits: 8 * 12 + 32,
    metadata: '8 sub-blocks with a 6-bit scale and 6-bit minimum each, plus two 16-bit super-scales',
  },
  {
    name: 'Q5_K',
    valueBits: 5,
    blockWeights: 256,
    metadataBits: 8 * 12 + 32,
    metadata: '8 sub-blocks with a 6-bit scale and 6-bit minimum each, plus two 16-bit super-scales',
  },
  {
    name: 'Q6_K',
    valueBits: 6,
    blockWeights: 256,
    metadataBits: 16 * 8 + 16,
    metadata: '16 sub-blocks with an 8-bit scale each, plus one 16-bit super-scale',
  },
];

/**
 * The layout of a base block type, or undefined.
 * @example blockLayout('Q4_K')?.blockWeights // 256
 */
export function blockLayout(name: string): BlockLayout | undefined {
  const upper = String(name).trim().toUpperCase();
  return blockLayouts.find((b) => b.name === upper);
}

/**
 * Bits per weight of a block format: code bits plus the block's metadata spread over its weights.
 * @example blockBitsPerWeight({ valueBits: 4, blockWeights: 32, metadataBits: 16 }) // 4.5 (Q4_0)
 */
export function blockBitsPerWeight(layout: Pick<BlockLayout, 'valueBits' | 'blockWeights' | 'metadataBits'>): number {
  requirePositive('valueBits', layout.valueBits);
  requireInteger('blockWeights', layout.blockWeights, 1);
  requireFinite('metadataBits', layout.metadataBits);
  return layout.valueBits + layout.metadataBits / layout.blockWeights;
}

/** One block after symmetric round-to-nearest quantization. */
export interface QuantizedBlock {
  /** The shared scale: largest |weight| ÷ the largest code. */
  readonly scale: number;
  /** Integer codes in [−(2^(bits−1) − 1), 2^(bits−1) − 1]. */
  readonly codes: readonly number[];
  /** What the model computes with: code × scale. */
  readonly dequantized: readonly number[];
}

/**
 * Quantizes one block the simplest way (absmax, like Q8_0): scale = max|w| ÷ (2^(bits−1) − 1),
 * code = round(w ÷ scale). One large weight stretches the scale for the whole block.
 * @example absmaxQuantize([0.5, -1, 0.25], 4).codes // [4, -7, 2]
 */
export function absmaxQuantize(weights: readonly number[], bits: number): QuantizedBlock {
  requireInteger('bits', bits, 2);
  if (weights.length === 0) throw new RangeError('A block needs at least one weight.');
  for (const w of weights) requireFinite('weight', w, -Infinity);
  const maxCode = 2 ** (bits - 1) - 1;
  const maxAbs = Math.max(...weights.map(Math.abs));
  const scale = maxAbs / maxCode;
  const codes = weights.map((w) => (scale === 0 ? 0 : Math.round(w / scale)));
  return { scale, codes, dequantized: codes.map((c) => c * scale) };
}

/**
 * Quantizes a row block by block (`blockWeights` per block; a block as long as the row = one scale
 * for the whole row) and returns the dequantized row.
 * @example quantizeInBlocks([7, -3, 1, 70], 4, 2) // [7, -3, 0, 70] (the outlier's block loses the 1; the other block is exact)
 */
export function quantizeInBlocks(weights: readonly number[], bits: number, blockWeights: number): number[] {
  requireInteger('blockWeights', blockWeights, 1);
  const out: number[] = [];
  for (let start = 0; start < weights.length; start += blockWeights) {
    out.push(...absmaxQuantize(weights.slice(start, start + blockWeights), bits).dequantized);
  }
  return out;
}

/**
 * Root-mean-square of `approx − exact`, divided by the root-mean-square of `exact`: 0 is perfect.
 * @example relativeRmsError([1, -1], [1.1, -0.9]) // 0.1
 */
export function relativeRmsError(exact: readonly number[], approx: readonly number[]): number {
  if (exact.length !== approx.length || exact.length === 0) {
    throw new RangeError(`Need two equally long, non-empty lists (got ${exact.length} and ${approx.length}).`);
  }
  const rms = (xs: readonly number[]) => Math.sqrt(xs.reduce((sum, x) => sum + x * x, 0) / xs.length);
  const base = rms(exact);
  if (base === 0) throw new RangeError('The exact values are all zero: a relative error is undefined.');
  return rms(exact.map((x, i) => approx[i]! - x)) / base;
}

/**
 * `count` normally distributed weights (mean 0, standard deviation `std`) from a seeded generator
 * (Box–Muller), so the chapter's worked example is the same on every build.
 * @example gaussianWeights(3, 1).length // 3
 */
export function gaussianWeights(count: number, seed: number, std = 1): number[] {
  requireInteger('count', count, 0);
  requirePositive('std', std);
  const rng = createRng(seed);
  const out: number[] = [];
  while (out.length < count) {
    const u = 1 - nextUniform(rng); // (0, 1]: the log stays finite
    const v = nextUniform(rng);
    const r = Math.sqrt(-2 * Math.log(u));
    out.push(r * Math.cos(2 * Math.PI * v) * std);
    if (out.length < count) out.push(r * Math.sin(2 * Math.PI * v) * std);
  }
  return out;
}

/**
 * llama.cpp's rule (`use_more_bits`) for which layers of a `_M` mix get extra bits in their
 * attention-value and feed-forward-down tensors: the first and last eighth, and every third layer between.
 * @example usesMoreBits(0, 32) // true
 */
export function usesMoreBits(layer: number, layers: number): boolean {
  requireInteger('layers', layers, 1);
  requireInteger('layer', layer, 0);
  if (layer >= layers) throw new RangeError(`layer (${layer}) must be below layers (${layers}).`);
  const eighth = Math.floor(layers / 8);
  // C's % keeps the sign of the dividend; for layers below the first eighth the first test already holds.
  return layer < eighth || layer >= Math.floor((7 * layers) / 8) || (layer - eighth) % 3 === 2;
}

/**
 * How many of `layers` layers `usesMoreBits` upgrades.
 * @example moreBitsLayerCount(32) // 16 (Llama 3.1 8B: half its layers)
 */
export function moreBitsLayerCount(layers: number): number {
  requireInteger('layers', layers, 1);
  let count = 0;
  for (let i = 0; i < layers; i++) if (usesMoreBits(i, layers)) count++;
  return count;
}
