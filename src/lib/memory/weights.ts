/**
 * Weight memory: every parameter is stored in `bitsPerWeight` bits, so the weights take
 * N · bpw ÷ 8 bytes. For a mixture-of-experts model, memory follows the total parameter count
 * (every expert must be resident) while each decoded token reads only the active ones.
 */
import { requireFinite, requirePositive } from '../core/guard';
import { quantFormats, type QuantFormat } from '../quant/formats';

/**
 * Bytes needed to store `params` weights at `bitsPerWeight` bits each.
 * @example weightBytes(7e9, 16) // 14e9 (14 GB = 13.04 GiB)
 */
export function weightBytes(params: number, bitsPerWeight: number): number {
  requireFinite('params', params);
  requirePositive('bitsPerWeight', bitsPerWeight);
  return (params * bitsPerWeight) / 8;
}

/**
 * Bytes a model's weights take at a quant type: its GGUF file when the size is known
 * (`fileBytesByQuant`, from `ggufFileSizes`), else every parameter at the type's bits per weight.
 * @example quantWeightBytes({ totalParams: 8e9, fileBytesByQuant: { Q4_K_M: 4.92e9 } }, { name: 'Q4_K_M', bitsPerWeight: 4.89 }) // 4.92e9
 */
export function quantWeightBytes(
  model: { readonly totalParams: number; readonly fileBytesByQuant?: Readonly<Record<string, number>> },
  quant: { readonly name?: string | undefined; readonly bitsPerWeight: number },
): number {
  const file = quant.name === undefined ? undefined : model.fileBytesByQuant?.[quant.name];
  return file === undefined ? weightBytes(model.totalParams, quant.bitsPerWeight) : requirePositive('fileBytes', file);
}

/** Parameter counts of a model; dense models have `activeParams === totalParams`. */
export interface ParamCounts {
  /** Every stored parameter (all experts included). */
  readonly totalParams: number;
  /** Parameters used to compute one token (shared layers plus the routed experts). */
  readonly activeParams: number;
}

/** What a model's weights cost at a given precision. */
export interface WeightCost {
  /** Bytes that must be resident in memory: all parameters. */
  readonly memoryBytes: number;
  /** Bytes of weights read to decode one token: active parameters only. */
  readonly readBytesPerToken: number;
  /** activeParams ÷ totalParams: 1 for a dense model. */
  readonly activeFraction: number;
}

/**
 * Memory and per-token reads of a model's weights at `bitsPerWeight`.
 * @example weightCost({ totalParams: 46.7e9, activeParams: 12.9e9 }, 16).readBytesPerToken // 25.8e9
 */
export function weightCost(counts: ParamCounts, bitsPerWeight: number): WeightCost {
  const total = requireFinite('totalParams', counts.totalParams);
  const active = requireFinite('activeParams', counts.activeParams);
  if (active > total) {
    throw new RangeError(`activeParams (${active}) cannot exceed totalParams (${total}).`);
  }
  return {
    memoryBytes: weightBytes(total, bitsPerWeight),
    readBytesPerToken: weightBytes(active, bitsPerWeight),
    activeFraction: total === 0 ? 1 : active / total,
  };
}

/** Whether a model is a mixture of experts (reads fewer parameters than it stores). @example isMixtureOfExperts({ totalParams: 8e9, activeParams: 8e9 }) // false */
export function isMixtureOfExperts(counts: ParamCounts): boolean {
  return counts.activeParams < counts.totalParams;
}

/** One quant type's footprint for a model. */
export interface QuantFootprint extends WeightCost {
  readonly quant: QuantFormat;
  /** Bits per weight the footprint uses: the model's file × 8 ÷ parameters when its size is known, else the type's figure. */
  readonly bitsPerWeight: number;
}

/**
 * The weight footprint of a model at every quant type (in `formats` order). With the model's file
 * sizes (`ggufFileSizes`), memory is its file at each type and a token reads the active share of it.
 * @example footprintByQuant({ totalParams: 8.03e9, activeParams: 8.03e9 })[0]!.quant.name // "BF16"
 * @example footprintByQuant({ totalParams: 1e9, activeParams: 1e9, fileBytesByQuant: { Q8_0: 1.1e9 } }, [requireQuantFormat('Q8_0')])[0]!.memoryBytes // 1.1e9
 */
export function footprintByQuant(
  counts: ParamCounts & { readonly fileBytesByQuant?: Readonly<Record<string, number>> },
  formats: readonly QuantFormat[] = quantFormats,
): QuantFootprint[] {
  return formats.map((quant) => {
    const file = counts.fileBytesByQuant?.[quant.name];
    const bitsPerWeight =
      file === undefined
        ? quant.bitsPerWeight
        : (requirePositive('fileBytes', file) * 8) / requirePositive('totalParams', counts.totalParams);
    return { quant, bitsPerWeight, ...weightCost(counts, bitsPerWeight) };
  });
}
