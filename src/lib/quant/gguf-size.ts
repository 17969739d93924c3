/**
 * The size of a GGUF file, computed the way the file is built: the tensors the model's geometry
 * implies (tensor-list.ts), the type llama-quantize gives each one (quant-rules.ts), each type's
 * exact bytes per block (ggml-types.ts), and the header (gguf-header.ts). On 66 files published in
 * 2025 or later this lands within 0.5% of every one (tests/fixtures/gguf-published-sizes.json).
 */
import { mxfp4Format, quantFormatNames } from './formats';
import { ggmlBitsPerWeight, tensorBytes, type GgmlTypeName } from './ggml-types';
import { ggufHeaderBytes, ggufSplitOverheadBytes, padToAlignment } from './gguf-header';
import { mixDefaultTypes, requireQuantMix, type QuantMixName } from './quant-mixes';
import { quantizedTensorList, type QuantRuleOptions, type TypedTensor } from './quant-rules';
import { requireGgufGeometry, tensorElements, type GgufGeometry, type TensorGroup } from './tensor-list';

/** How the file was made and stored. */
export interface GgufFileOptions extends QuantRuleOptions {
  /** Files the model is split into (gguf-split); the sizes add up, with one metadata header. Default 1. */
  readonly shards?: number;
}

/** A tensor with its type and exact bytes. */
export interface SizedTensor extends TypedTensor {
  /** Weights (elements) in the tensor. */
  readonly weights: number;
  /** Bytes of its data, before alignment padding. */
  readonly bytes: number;
}

/**
 * Every tensor of the file with its type, weights and exact bytes, in the file's order.
 * @example ggufTensorTable(requireModel('llama-3.1-8b'), 'Q4_K_M')[0]!.bytes // 430940160 (output.weight: 525,336,576 weights at Q6_K)
 */
export function ggufTensorTable(model: GgufGeometry, quantName: string, options: QuantRuleOptions = {}): SizedTensor[] {
  return quantizedTensorList(model, quantName, options).map((t) => ({
    ...t,
    weights: tensorElements(t),
    bytes: tensorBytes(t.shape, t.type),
  }));
}

/**
 * Bytes of a GGUF file of `model` in llama.cpp mix `quantName` (`'Q4_K_M'`, any case; `'MXFP4'`
 * for gpt-oss's MXFP4_MOE): tensor data, each tensor padded to 32 bytes, plus the header (the
 * tokenizer metadata measured or estimated per tokenizer; see gguf-header.ts). A split file's
 * shards add up to this plus under 140 bytes a shard. Throws a `RangeError` for an unknown mix or
 * a model without geometry.
 * @example ggufFileBytes(requireModel('qwen3-8b'), 'Q4_K_M') // 5027783648 (Qwen's own file: 5,027,783,488 bytes)
 */
export function ggufFileBytes(model: GgufGeometry, quantName: string, options: GgufFileOptions = {}): number {
  const tensors = ggufTensorTable(model, quantName, options);
  const data = tensors.reduce((sum, t) => sum + padToAlignment(t.bytes), 0);
  return ggufHeaderBytes(tensors, requireGgufGeometry(model).gguf.tokenizer) + ggufSplitOverheadBytes(options.shards ?? 1) + data;
}

/** Weights and bytes a group stores in one type. */
export interface TypeShare {
  readonly type: GgmlTypeName;
  readonly weights: number;
  readonly bytes: number;
}

/** One group of tensors of a file. */
export interface TensorGroupSize {
  readonly group: TensorGroup;
  /** How many tensors. */
  readonly tensors: number;
  readonly weights: number;
  readonly bytes: number;
  /** bytes × 8 ÷ weights. */
  readonly bitsPerWeight: number;
  /** The types the group is stored in, most weights first. */
  readonly types: readonly TypeShare[];
}

/** Where a file's bytes go. */
export interface GgufSizeBreakdown {
  /** The llama-quantize mix. */
  readonly mix: QuantMixName;
  /** The mix's default type and its bits per weight: what the name promises. */
  readonly nominalType: GgmlTypeName;
  readonly nominalBitsPerWeight: number;
  /** Groups in a fixed order (embedding, attention, ffn, experts, output, small), empty ones left out. */
  readonly groups: readonly TensorGroupSize[];
  /** Every weight in the file. */
  readonly weights: number;
  /** Tensor data without padding. */
  readonly tensorBytes: number;
  /** tensorBytes × 8 ÷ weights: the effective bits per weight (what llama-bench reports as BPW). */
  readonly bitsPerWeight: number;
  /** Header: metadata, tokenizer and tensor infos. */
  readonly headerBytes: number;
  /** Alignment padding between tensors. */
  readonly paddingBytes: number;
  /** The whole file: `ggufFileBytes`. */
  readonly fileBytes: number;
}

const GROUP_ORDER: readonly TensorGroup[] = ['embedding', 'attention', 'ffn', 'experts', 'output', 'small'];

/**
 * Where the bytes of `model`'s file go: tensor groups with their types, the header and padding.
 * @example ggufSizeBreakdown(requireModel('llama-3.1-8b'), 'Q4_K_M').bitsPerWeight // ≈ 4.8944 (llama.cpp's quantize README: 4.8944)
 */
export function ggufSizeBreakdown(model: GgufGeometry, quantName: string, options: QuantRuleOptions = {}): GgufSizeBreakdown {
  const mix = requireQuantMix(quantName);
  const tensors = ggufTensorTable(model, mix, options);
  const groups: TensorGroupSize[] = [];
  for (const group of GROUP_ORDER) {
    const members = tensors.filter((t) => t.group === group);
    if (members.length === 0) continue;
    const byType = new Map<GgmlTypeName, { weights: number; bytes: number }>();
    for (const t of members) {
      const share = byType.get(t.type) ?? { weights: 0, bytes: 0 };
      byType.set(t.type, { weights: share.weights + t.weights, bytes: share.bytes + t.bytes });
    }
    const weights = members.reduce((sum, t) => sum + t.weights, 0);
    const bytes = members.reduce((sum, t) => sum + t.bytes, 0);
    const types = [...byType].map(([type, share]) => ({ type, ...share })).sort((a, b) => b.weights - a.weights);
    groups.push({ group, tensors: members.length, weights, bytes, bitsPerWeight: (bytes * 8) / weights, types });
  }
  const weights = tensors.reduce((sum, t) => sum + t.weights, 0);
  const data = tensors.reduce((sum, t) => sum + t.bytes, 0);
  const padded = tensors.reduce((sum, t) => sum + padToAlignment(t.bytes), 0);
  const headerBytes = ggufHeaderBytes(tensors, requireGgufGeometry(model).gguf.tokenizer);
  const nominalType = mixDefaultTypes[mix];
  return {
    mix,
    nominalType,
    nominalBitsPerWeight: ggmlBitsPerWeight(nominalType),
    groups,
    weights,
    tensorBytes: data,
    bitsPerWeight: (data * 8) / weights,
    headerBytes,
    paddingBytes: padded - data,
    fileBytes: headerBytes + padded,
  };
}

/** Bytes of the tensors one decoded token reads, by where they sit (the KV cache is not included). */
export interface GgufReadBytes {
  /** Attention, norms, router, dense feed-forward and shared experts: read whole every token. */
  readonly denseWeightBytes: number;
  /** The routed experts one token is sent to: expertsPerToken ÷ experts of their bytes (0 for a dense model). */
  readonly routedExpertBytes: number;
  /** The output head (the embedding table, when tied). */
  readonly outputHeadBytes: number;
  /** dense + routed + output head. */
  readonly weightBytes: number;
}

/**
 * Bytes of the tensors one decoded token reads, from the file's own tensor types: every tensor but
 * the input embedding (a token looks up one row of it; a tied table is read once, as the output
 * head), with a mixture of experts' routed experts at the share a token uses.
 * @example ggufReadBytesPerToken(requireModel('llama-3.1-8b'), 'Q4_K_M').weightBytes // 4617396480 (the 4.92 GB file less its 0.30 GB embedding table and header)
 */
export function ggufReadBytesPerToken(
  model: GgufGeometry & { readonly expertsPerToken?: number },
  quantName: string,
  options: QuantRuleOptions = {},
): GgufReadBytes {
  const tensors = ggufTensorTable(model, quantName, options);
  const tied = !tensors.some((t) => t.name === 'output.weight');
  const activeShare = model.experts ? (model.expertsPerToken ?? model.experts) / model.experts : 1;
  let dense = 0;
  let routed = 0;
  let head = 0;
  for (const t of tensors) {
    if (t.name === 'output.weight' || (tied && t.name === 'token_embd.weight')) head += t.bytes;
    else if (t.name.includes('_exps.')) routed += t.bytes * activeShare;
    else if (t.name !== 'token_embd.weight') dense += t.bytes;
  }
  return { denseWeightBytes: dense, routedExpertBytes: routed, outputHeadBytes: head, weightBytes: dense + routed + head };
}

/**
 * `ggufFileBytes` for each of `quantNames` (by default every type `quantFormats` lists, and MXFP4
 * for a mixture of experts), keyed by name: the sizes a memory budget takes as `fileBytesByQuant`,
 * and islands get as props so they need not load the tensor rules.
 * @example ggufFileSizes(requireModel('llama-3.2-1b'), ['Q8_0'])['Q8_0'] // 1321082176
 */
export function ggufFileSizes(
  model: GgufGeometry,
  quantNames: readonly string[] = model.experts === undefined ? quantFormatNames : [...quantFormatNames, mxfp4Format.name],
  options: GgufFileOptions = {},
): Record<string, number> {
  return Object.fromEntries(quantNames.map((name) => [name, ggufFileBytes(model, name, options)]));
}

/**
 * `model` with `fileBytesByQuant`: what a memory budget needs to weigh the model's own GGUF files
 * rather than its parameters × one bits-per-weight figure.
 * @example withGgufFileSizes(requireModel('llama-3.1-70b')).fileBytesByQuant.Q4_K_M // 42520396896
 */
export function withGgufFileSizes<M extends GgufGeometry>(model: M): M & { readonly fileBytesByQuant: Readonly<Record<string, number>> } {
  return { ...model, fileBytesByQuant: ggufFileSizes(model) };
}
