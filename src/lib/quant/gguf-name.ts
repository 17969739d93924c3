/**
 * Reading a GGUF file name. The GGUF convention is
 * `<BaseName>-<SizeLabel>-<FineTune>-<Version>-<Encoding>-<Type>-<Shard>.gguf`, with most parts
 * optional, and many uploads use dots instead of dashes before the quant type. The parts that
 * decide memory are the size label and the quant type; everything else is the model's identity.
 */
import { quantFormat, type QuantFormat } from './formats';

/** What a GGUF file name says. */
export interface GgufFileName {
  /** The name as given. */
  readonly fileName: string;
  /** Model name before the size label (or before the quant type when there is no size label). */
  readonly baseName: string;
  /** Size label as written (`'8B'`, `'8x7B'`), or null. */
  readonly sizeLabel: string | null;
  /** Active-parameter label of a mixture of experts (`'A3B'`), or null. */
  readonly activeLabel: string | null;
  /** Parameters the size label states, or null when it states none plainly (`'8x7B'` is not 56B). */
  readonly nominalParams: number | null;
  /** What sits between the size label and the quant type (`'Instruct'`, `'v0.1'`), or ''. */
  readonly fineTune: string;
  /** The quant type found, or null when no known type is in the name. */
  readonly quant: QuantFormat | null;
  /** Part `index` of `count` for a split file, or null. */
  readonly shard: { readonly index: number; readonly count: number } | null;
}

const SHARD = /-(\d{5})-of-(\d{5})$/;
const SIZE = /^(\d+x)?\d+(\.\d+)?[KMBT]$/i;
const ACTIVE = /^A\d+(\.\d+)?B$/i;
const MULTIPLIER: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** Parameters in a plain size label (`'8B'` → 8e9); null for expert counts like `'8x7B'`. */
function paramsOf(label: string): number | null {
  if (/x/i.test(label)) return null;
  return Number(label.slice(0, -1)) * MULTIPLIER[label.slice(-1).toUpperCase()]!;
}

/**
 * Splits a GGUF file name into its parts. Never throws: parts it cannot find are null or ''.
 * @example parseGgufFileName('Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf').quant?.name // "Q4_K_M"
 * @example parseGgufFileName('Mixtral-8x7B-v0.1-Q8_0.gguf').nominalParams // null (8 experts share attention: 46.7B, not 56B)
 */
export function parseGgufFileName(fileName: string): GgufFileName {
  let stem = String(fileName)
    .trim()
    .replace(/\.gguf$/i, '');
  let shard: GgufFileName['shard'] = null;
  const shardMatch = SHARD.exec(stem);
  if (shardMatch) {
    shard = { index: Number(shardMatch[1]), count: Number(shardMatch[2]) };
    stem = stem.slice(0, shardMatch.index);
  }

  // The quant type is the last part, after a dash or a dot.
  let quant: QuantFormat | null = null;
  const quantMatch = /[-.]([A-Za-z0-9_]+)$/.exec(stem);
  if (quantMatch) {
    quant = quantFormat(quantMatch[1]!) ?? null;
    if (quant) stem = stem.slice(0, quantMatch.index);
  }

  const parts = stem.split('-');
  const sizeIndex = parts.findIndex((p, i) => i > 0 && SIZE.test(p));
  if (sizeIndex < 0) {
    return { fileName, baseName: stem, sizeLabel: null, activeLabel: null, nominalParams: null, fineTune: '', quant, shard };
  }
  const sizeLabel = parts[sizeIndex]!;
  const hasActive = ACTIVE.test(parts[sizeIndex + 1] ?? '');
  const activeLabel = hasActive ? parts[sizeIndex + 1]! : null;
  return {
    fileName,
    baseName: parts.slice(0, sizeIndex).join('-'),
    sizeLabel,
    activeLabel,
    nominalParams: paramsOf(sizeLabel),
    fineTune: parts.slice(sizeIndex + (hasActive ? 2 : 1)).join('-'),
    quant,
    shard,
  };
}
