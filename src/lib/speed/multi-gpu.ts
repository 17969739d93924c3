/**
 * Several GPUs on one model. Layer split (llama.cpp's default `-sm layer`) gives each GPU a run of
 * layers: memory pools, but a token still passes through every layer in turn, so the GPUs work one
 * after another and bandwidth does not add. Tensor parallelism (vLLM, SGLang, llama.cpp `-sm
 * tensor`) gives each GPU a slice of every matrix: each reads 1/N of the bytes, so bandwidth adds,
 * but every layer ends in two all-reduces of the hidden state over the link.
 */
import { requireInteger } from '../core/guard';
import type { InterconnectLink } from './interconnect';

/** How a model is spread over several GPUs. */
export type SplitMode = 'layer' | 'tensor';

/** Bytes of one token's hidden state at 16 bits: what an all-reduce or a layer hand-off moves. @example hiddenStateBytes(8192) // 16384 */
export function hiddenStateBytes(hiddenSize: number): number {
  return 2 * requireInteger('hiddenSize', hiddenSize, 1);
}

/**
 * Seconds of one ring all-reduce of `messageBytes` over `deviceCount` GPUs: the link's latency plus
 * 2(N − 1)/N of the message over its bandwidth; 0 for one GPU.
 * @example allReduceSeconds({ id: 'x', name: 'x', bandwidthBytesPerSecond: 32e9, allReduceLatencySeconds: 40e-6, source: '' }, 2, 16384) // ≈ 0.000040512
 */
export function allReduceSeconds(link: InterconnectLink, deviceCount: number, messageBytes: number): number {
  const n = requireInteger('deviceCount', deviceCount, 1);
  if (n === 1) return 0;
  return link.allReduceLatencySeconds + ((2 * (n - 1)) / n) * (messageBytes / link.bandwidthBytesPerSecond);
}

/**
 * Communication per decoded token under tensor parallelism: two all-reduces per layer (after
 * attention and after the MLP), each of one 16-bit hidden state.
 * @example tensorParallelCommSeconds({ layers: 80, hiddenSize: 8192 }, 4, { id: 'x', name: 'x', bandwidthBytesPerSecond: 31.5e9, allReduceLatencySeconds: 42e-6, source: '' }) // ≈ 0.00684
 */
export function tensorParallelCommSeconds(
  model: { readonly layers: number; readonly hiddenSize: number },
  deviceCount: number,
  link: InterconnectLink,
): number {
  return 2 * requireInteger('layers', model.layers, 1) * allReduceSeconds(link, deviceCount, hiddenStateBytes(model.hiddenSize));
}

/**
 * Hand-offs per decoded token under layer split: the hidden state crosses the link once per
 * boundary between GPUs (N − 1 of them), one after another.
 * @example layerSplitHandOffSeconds({ hiddenSize: 8192 }, 2, { id: 'x', name: 'x', bandwidthBytesPerSecond: 31.5e9, allReduceLatencySeconds: 42e-6, source: '' }) // ≈ 5.2e-7
 */
export function layerSplitHandOffSeconds(model: { readonly hiddenSize: number }, deviceCount: number, link: InterconnectLink): number {
  const n = requireInteger('deviceCount', deviceCount, 1);
  return ((n - 1) * hiddenStateBytes(model.hiddenSize)) / link.bandwidthBytesPerSecond;
}
