/**
 * Where the bytes of a GGUF file go, as the quantization chapter and the model pages show it: the
 * tensor groups of `ggufSizeBreakdown` with readers' names, the types each is stored in, and how
 * much each spends beyond the bits the quant's name promises.
 */
import { formatPercent, ggufSizeBreakdown, type GgufSizeBreakdown, type Model, type TensorGroup } from '../../lib';

/** One group of tensors, ready to print. */
export interface BreakdownRow {
  readonly group: TensorGroup;
  /** The group in words: "Output head", "Routed experts". */
  readonly label: string;
  readonly tensors: number;
  readonly weights: number;
  readonly bytes: number;
  readonly bitsPerWeight: number;
  /** Types by share of the group's weights, largest first: "Q6_K 50%, Q4_K 50%". */
  readonly types: string;
  /** Bytes beyond the nominal type's bits per weight (negative when stored below it). */
  readonly extraBytes: number;
}

/** A file's breakdown, with its rows named. */
export interface BreakdownView extends GgufSizeBreakdown {
  readonly rows: readonly BreakdownRow[];
  /** Bytes of tensor data beyond weights × nominal bits ÷ 8. */
  readonly extraBytes: number;
}

function labelOf(group: TensorGroup, model: Model): string {
  switch (group) {
    case 'embedding':
      return model.tiedEmbeddings ? 'Token embedding (also the output head)' : 'Token embedding';
    case 'attention':
      return 'Attention';
    case 'ffn':
      return model.experts === undefined ? 'Feed-forward' : 'Dense feed-forward and shared experts';
    case 'experts':
      return 'Routed experts';
    case 'output':
      return 'Output head';
    case 'small':
      return model.experts === undefined ? 'Norms and biases (F32)' : 'Norms, biases and routers (F32)';
  }
}

/**
 * The rows of `model`'s file at `quantName`, with group names, type shares and extra bytes.
 * @example breakdownView(requireModel('llama-3.1-8b'), 'Q4_K_M').rows.find((r) => r.group === 'output')?.types // "Q6_K 100%"
 */
export function breakdownView(model: Model, quantName: string): BreakdownView {
  const breakdown = ggufSizeBreakdown(model, quantName);
  const nominalBytes = (weights: number) => (weights * breakdown.nominalBitsPerWeight) / 8;
  const rows = breakdown.groups.map((g) => ({
    group: g.group,
    label: labelOf(g.group, model),
    tensors: g.tensors,
    weights: g.weights,
    bytes: g.bytes,
    bitsPerWeight: g.bitsPerWeight,
    types: g.types.map((t) => `${t.type} ${formatPercent(t.weights / g.weights, 2)}`).join(', '),
    extraBytes: g.bytes - nominalBytes(g.weights),
  }));
  return { ...breakdown, rows, extraBytes: breakdown.tensorBytes - nominalBytes(breakdown.weights) };
}
