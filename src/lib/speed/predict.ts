/**
 * The book's predicted decode speed: `predictDecodeWith` bound to the fit on every measured row.
 * Importing this module loads the measurements; an island that must stay small imports
 * `decode-predict.ts` and takes `decodeFit` as a prop instead.
 */
import { decodeFit } from './decode-fit';
import { predictDecodeWith, type DecodeDevice, type DecodeOptions, type DecodePrediction } from './decode-predict';
import type { ReadModel } from './read-bytes';

/**
 * Predicted single-stream decode speed (tokens/s) of `model` at `quantName` with `contextTokens`
 * in context on `device`: the bandwidth ceiling, and the typical speed with the low–high band of
 * the measured rows of the device's class. Options: several GPUs (`deviceCount`, `splitMode`,
 * `link`), a quantized KV cache (`kvCacheType`), weights in system RAM (`gpuLayers`,
 * `cpuMoeLayers`, `hostBandwidthBytesPerSecond`).
 * @example predictDecodeTokensPerSecond(requireDevice('geforce-rtx-4090'), requireModel('llama-3.1-8b'), 'Q4_K_M', 512).ceilingTokensPerSecond // ≈ 216.4
 */
export function predictDecodeTokensPerSecond(
  device: DecodeDevice,
  model: ReadModel,
  quantName: string,
  contextTokens: number,
  options: DecodeOptions = {},
): DecodePrediction {
  return predictDecodeWith(decodeFit, device, model, quantName, contextTokens, options);
}
