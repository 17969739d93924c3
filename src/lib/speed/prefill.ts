/**
 * The prefill roof: the most prompt tokens per second one device can process for one sequence,
 * from its compute alone, at the precision the runtime's usual kernels run at. llama.cpp
 * multiplies quantized weights with INT8 tensor cores (its MMQ kernels quantize the activations to
 * 8 bits), F16 weights through cuBLAS with FP16 accumulate, and BF16 with FP32 accumulate; attention
 * (QKᵀ and softmax·V) runs in FP16. A prompt of T tokens does 2 FLOPs per matrix weight per token,
 * the output head only once (only the last token's logits are needed), and attention over every
 * earlier token of the prompt — the term that grows with T². Each kind of work is charged at its
 * own peak rate, one after the other (they share the tensor cores), so no real run can beat it.
 */
import { requireInteger } from '../core/guard';
import { parameterParts } from '../memory/params';
import { requireQuantFormat } from '../quant/formats';
import { matmulParamsPerToken, type ReadModel } from './read-bytes';

/** What the roof reads of a device (a catalog `Device` has all of it). */
export interface ComputeDevice {
  /** Display name, for the message when a figure is missing. */
  readonly name?: string;
  /** `discrete-gpu`, `datacenter`, `unified-memory` or `cpu-ram`. */
  readonly kind: string;
  /** Dense FP16/BF16 tensor TFLOPS with FP32 accumulate, or null. */
  readonly fp16TflopsDense: number | null;
  /** Dense FP16 tensor TFLOPS with FP16 accumulate (the ALU peak on Apple GPUs), or null. */
  readonly fp16AccTflopsDense: number | null;
  /** Dense INT8 tensor TOPS, or null where none is published or there is no INT8 matrix path. */
  readonly int8TopsDense: number | null;
}

/** The arithmetic the weight matrices are multiplied in. */
export type MatmulPrecision = 'int8' | 'fp16' | 'bf16';

/** What a device computes a prefill at, for one quant type. */
export interface PrefillRates {
  /** The precision of the weight matrix products. */
  readonly precision: MatmulPrecision;
  /** Dense rate of the weight matrix products, FLOP/s (OP/s for INT8). */
  readonly matmulFlopsPerSecond: number;
  /** Dense rate of attention (FP16 with FP16 accumulate, the fastest a kernel could use), FLOP/s. */
  readonly attentionFlopsPerSecond: number;
  /** Which figure the matrix products use, in words a page can print. */
  readonly label: string;
}

/**
 * The precision llama.cpp multiplies weights of `quantName` in: F16 → FP16, BF16 → BF16, every
 * quantized type (MXFP4 included) → INT8.
 * @example matmulPrecisionOf('Q4_K_M') // "int8"
 */
export function matmulPrecisionOf(quantName: string): MatmulPrecision {
  const name = requireQuantFormat(quantName).name;
  if (name === 'F16') return 'fp16';
  if (name === 'BF16') return 'bf16';
  return 'int8';
}

const tera = (tflops: number | null): number | null => (tflops === null ? null : tflops * 1e12);

/**
 * The rates a prefill of `quantName` weights runs at on `device`, or null where the figure it needs
 * is not known (see `missingComputeReason`). A device without an INT8 figure (Apple GPUs, AMD RDNA)
 * multiplies quantized weights at its FP16 rate; BF16 uses the FP32-accumulate rate, or the
 * FP16-accumulate one where that is the only figure (an upper bound either way).
 * @example prefillRates(requireDevice('geforce-rtx-4090'), 'Q4_K_M')?.matmulFlopsPerSecond // 6.606e14 (INT8 tensor cores)
 */
export function prefillRates(device: ComputeDevice, quantName: string): PrefillRates | null {
  const precision = matmulPrecisionOf(quantName);
  const fp16 = tera(device.fp16AccTflopsDense);
  if (fp16 === null) return null;
  if (precision === 'fp16') {
    return {
      precision,
      matmulFlopsPerSecond: fp16,
      attentionFlopsPerSecond: fp16,
      label: 'FP16 with FP16 accumulate (cuBLAS, llama.cpp’s default)',
    };
  }
  if (precision === 'bf16') {
    const fp32Acc = tera(device.fp16TflopsDense);
    return {
      precision,
      matmulFlopsPerSecond: fp32Acc ?? fp16,
      attentionFlopsPerSecond: fp16,
      label: fp32Acc === null ? 'BF16, at the FP16 rate (no FP32-accumulate figure)' : 'BF16 with FP32 accumulate',
    };
  }
  const int8 = tera(device.int8TopsDense);
  return {
    precision,
    matmulFlopsPerSecond: int8 ?? fp16,
    attentionFlopsPerSecond: fp16,
    label: int8 === null ? 'FP16 (no INT8 matrix figure: weights are widened to 16 bits)' : 'INT8 tensor cores (llama.cpp’s MMQ kernels)',
  };
}

/**
 * Why `prefillRates` has no answer for `device`, in a sentence a page can show, or null when it has one.
 * @example missingComputeReason({ name: 'RTX 4060 Ti 16GB', kind: 'discrete-gpu', fp16TflopsDense: null, fp16AccTflopsDense: null, int8TopsDense: null }, 'Q4_K_M') // "No dense FP16 tensor figure is published for RTX 4060 Ti 16GB, so the book draws no compute roof for it."
 */
export function missingComputeReason(device: ComputeDevice, quantName: string): string | null {
  if (prefillRates(device, quantName) !== null) return null;
  const name = device.name ?? 'this device';
  if (device.kind === 'cpu-ram') {
    return `${name} is a memory configuration, not a processor: prompt speed on a CPU depends on its cores and vector units, so the book draws no compute roof for it.`;
  }
  return `No dense FP16 tensor figure is published for ${name}, so the book draws no compute roof for it.`;
}

/**
 * Dense FLOP/s a device multiplies weights of `quantName` at (default F16: FP16 with FP16
 * accumulate), or null where unknown — the F of the roofline, the ridge point and the compute roof.
 * @example deviceFlopsPerSecond(requireDevice('geforce-rtx-4090')) // 3.303e14
 * @example deviceFlopsPerSecond(requireDevice('geforce-rtx-4090'), 'Q4_K_M') // 6.606e14
 */
export function deviceFlopsPerSecond(device: ComputeDevice, quantName = 'F16'): number | null {
  return prefillRates(device, quantName)?.matmulFlopsPerSecond ?? null;
}

/**
 * Query–key pairs a causal prompt of `promptTokens` forms in one layer: token i attends to the i
 * tokens up to itself, or to the last `window` of them in a sliding-window layer.
 * @example causalPairs(4) // 10
 * @example causalPairs(6, 2) // 11 (1 + 2 + 2 + 2 + 2 + 2)
 */
export function causalPairs(promptTokens: number, window?: number): number {
  const t = requireInteger('promptTokens', promptTokens, 0);
  const w = Math.min(t, window === undefined ? t : requireInteger('window', window, 1));
  // The first w tokens see 1, 2, …, w keys; every later one sees w.
  return (w * (w + 1)) / 2 + (t - w) * w;
}

/**
 * FLOPs of attention itself (QKᵀ and softmax·V, not the projections) over a causal prompt:
 * 2 · h · (d_qk + d_v) per query–key pair per layer. MLA is counted as llama.cpp prefills it, with
 * keys and values expanded per head (d_qk = d_head + d_rope).
 * @example attentionFlops(requireModel('llama-3.1-8b'), 512) // 68853694464 (32 layers × 131,328 pairs × 2 · 32 heads · 256)
 */
export function attentionFlops(model: ReadModel, promptTokens: number): number {
  const geometry = model.attention;
  const heads = requireInteger('attentionHeads', model.attentionHeads, 1);
  const layers = geometry.layers;
  let pairs: number;
  let widths: number;
  if (geometry.kind === 'mla') {
    pairs = layers * causalPairs(promptTokens);
    widths = model.headDim + geometry.ropeHeadDim + (model.valueHeadDim ?? model.headDim);
  } else {
    const sliding = geometry.slidingLayers ?? 0;
    pairs = (layers - sliding) * causalPairs(promptTokens) + sliding * causalPairs(promptTokens, geometry.slidingWindow);
    widths = 2 * geometry.headDim;
  }
  return 2 * heads * widths * pairs;
}

/** A prefill's FLOPs, by kind. */
export interface PrefillFlops {
  /** Weight matrix products: 2 per weight per prompt token, the output head once. */
  readonly matmulFlops: number;
  /** Attention scores and their weighted sum over the causal prompt. */
  readonly attentionFlops: number;
  /** matmulFlops + attentionFlops. */
  readonly totalFlops: number;
}

/**
 * The FLOPs of prefilling a `promptTokens` prompt into `model`: 2 per weight a token multiplies by
 * (the routed experts it is sent to, not the embedding table), the output head for the last token
 * only, plus attention.
 * @example prefillFlopsOf(requireModel('llama-3.1-8b'), 512).matmulFlops // 7148148883456
 */
export function prefillFlopsOf(model: ReadModel, promptTokens: number): PrefillFlops {
  const tokens = requireInteger('promptTokens', promptTokens, 1);
  const parts = parameterParts(model);
  const head = model.tiedEmbeddings ? parts.embedding : parts.outputHead;
  const matmul = 2 * ((matmulParamsPerToken(model) - head) * tokens + head);
  const attention = attentionFlops(model, tokens);
  return { matmulFlops: matmul, attentionFlops: attention, totalFlops: matmul + attention };
}

/** The prefill roof, worked out. */
export interface PrefillCeiling {
  /** Prompt tokens per second at the roof. */
  readonly tokensPerSecond: number;
  /** The least time the prompt can take: the compute part of the time to first token. */
  readonly seconds: number;
  /** Of which the weight matrix products. */
  readonly matmulSeconds: number;
  /** Of which attention. */
  readonly attentionSeconds: number;
  /** The rates used. */
  readonly rates: PrefillRates;
}

/**
 * The prefill roof of `model` at `quantName` for a `promptTokens` prompt on `device`, with its
 * parts, or null where the device's compute is unknown (`missingComputeReason` says why).
 * @example prefillCeiling(requireDevice('geforce-rtx-4090'), requireModel('llama-3.1-8b'), 'Q4_K_M', 512)?.attentionSeconds // ≈ 0.0002085 (2% of the 11 ms)
 */
export function prefillCeiling(device: ComputeDevice, model: ReadModel, quantName: string, promptTokens: number): PrefillCeiling | null {
  const flops = prefillFlopsOf(model, promptTokens);
  const rates = prefillRates(device, quantName);
  if (rates === null) return null;
  const matmulSeconds = flops.matmulFlops / rates.matmulFlopsPerSecond;
  const attentionSeconds = flops.attentionFlops / rates.attentionFlopsPerSecond;
  const seconds = matmulSeconds + attentionSeconds;
  return { tokensPerSecond: promptTokens / seconds, seconds, matmulSeconds, attentionSeconds, rates };
}

/**
 * The compute-bound upper bound on prompt tokens per second for one sequence on one device, at the
 * runtime's usual kernels for `quantName`; null only where no compute figure is known.
 * @example prefillCeilingTokensPerSecond(requireDevice('geforce-rtx-4090'), requireModel('llama-3.1-8b'), 'Q4_0', 512) // ≈ 46422 (PR #7676 measured 10,359)
 */
export function prefillCeilingTokensPerSecond(
  device: ComputeDevice,
  model: ReadModel,
  quantName: string,
  promptTokens: number,
): number | null {
  return prefillCeiling(device, model, quantName, promptTokens)?.tokensPerSecond ?? null;
}
