/**
 * Predicted single-stream decode speed from a fit (`decode-fit.ts`): the bandwidth ceiling, and the
 * additive model's typical speed with the band the measured rows fall in — for one device, several
 * GPUs (layer split or tensor parallel), or a model partly in system RAM (layer or expert offload).
 * Takes the fit as an argument so an instrument can receive it as a prop; `predict.ts` binds the
 * book's fit.
 */
import { requireInteger, requirePositive } from '../core/guard';
import { kvCacheType } from '../memory/kv';
import { decodeSecondsPerToken, deviceClassOf, type ClassifiableDevice } from './decode-time';
import type { DecodeFit } from './decode-fit';
import { requireInterconnect, type InterconnectLink } from './interconnect';
import { layerSplitHandOffSeconds, tensorParallelCommSeconds, type SplitMode } from './multi-gpu';
import { tierBytes, type OffloadPlacement } from './moe-offload';
import { decodeReadBytes, type ReadModel } from './read-bytes';

/** What the prediction reads of a device (a catalog `Device` has all of it). */
export interface DecodeDevice extends ClassifiableDevice {
  /** Rated memory bandwidth in bytes per second. */
  readonly bandwidthBytesPerSecond: number;
}

/** Everything beyond one device with the whole model in its memory and an f16 KV cache. */
export interface DecodeOptions extends OffloadPlacement {
  /** Identical GPUs sharing the model. Default 1. */
  readonly deviceCount?: number;
  /** How several GPUs share it. Default 'layer' (llama.cpp's default). */
  readonly splitMode?: SplitMode;
  /** The link between the GPUs. Default PCIe 4.0 x16. */
  readonly link?: InterconnectLink;
  /** KV cache element type (`f16`, `q8_0`, `q4_0`). Default f16. */
  readonly kvCacheType?: string;
  /** System-RAM bandwidth, needed when `gpuLayers` or `cpuMoeLayers` puts weights in RAM. */
  readonly hostBandwidthBytesPerSecond?: number;
  /** Effective bits per weight of a particular file, instead of the quant type's figure. */
  readonly bitsPerWeight?: number;
}

/** Predicted tokens per second of one sequence. */
export interface DecodePrediction {
  /** Bandwidth ÷ bytes per token (per tier, per GPU): what plain decoding can never exceed. */
  readonly ceilingTokensPerSecond: number;
  /** Typical × the class's lowest measured ratio. */
  readonly lowTokensPerSecond: number;
  /** The additive model: bytes ÷ (bandwidth × η) + t₀. */
  readonly typicalTokensPerSecond: number;
  /** Typical × the class's highest measured ratio, capped at the ceiling. */
  readonly highTokensPerSecond: number;
}

function kvBitsOf(name: string | undefined): number {
  if (name === undefined) return 16;
  const type = kvCacheType(name);
  if (!type) throw new RangeError(`Unknown KV cache type "${name}" (expected f16, bf16, q8_0, q4_0 or f32).`);
  return type.bits;
}

/** Seconds per token at the ceiling and typically, before the band. */
interface Timing {
  readonly ceilingSeconds: number;
  readonly typicalSeconds: number;
  readonly lowFactor: number;
  readonly highFactor: number;
}

/**
 * Single-stream decode tokens/s of `model` at `quantName` with `contextTokens` in context, on
 * `device` (or `deviceCount` of them, or with weights in RAM), from the fit `fit`.
 * @example predictDecodeWith(decodeFit, requireDevice('geforce-rtx-4090'), requireModel('llama-3.1-8b'), 'Q4_K_M', 512).typicalTokensPerSecond // ≈ 114.6
 */
export function predictDecodeWith(
  fit: DecodeFit,
  device: DecodeDevice,
  model: ReadModel,
  quantName: string,
  contextTokens: number,
  options: DecodeOptions = {},
): DecodePrediction {
  const bandwidth = requirePositive('bandwidthBytesPerSecond', device.bandwidthBytesPerSecond);
  const bytes = decodeReadBytes(model, quantName, contextTokens, {
    kvBits: kvBitsOf(options.kvCacheType),
    bitsPerWeight: options.bitsPerWeight,
  });
  const params = fit[deviceClassOf(device)];
  const count = requireInteger('deviceCount', options.deviceCount ?? 1, 1);
  const moeLayers = model.experts === undefined ? 0 : model.layers - (model.denseLayers ?? 0);
  const tiers = tierBytes(bytes, { layers: model.layers, moeLayers }, options);
  let timing: Timing;
  if (tiers.hostBytes > 0) {
    if (count > 1) throw new RangeError('Offloading to system RAM is modelled for one GPU; set deviceCount to 1.');
    if (options.hostBandwidthBytesPerSecond === undefined) {
      throw new RangeError('hostBandwidthBytesPerSecond is needed when weights sit in system RAM (gpuLayers or cpuMoeLayers).');
    }
    const host = requirePositive('hostBandwidthBytesPerSecond', options.hostBandwidthBytesPerSecond);
    const cpu = fit.cpu;
    // The CPU pays its class's fixed cost in proportion to the layers it works on.
    timing = {
      ceilingSeconds: tiers.deviceBytes / bandwidth + tiers.hostBytes / host,
      typicalSeconds:
        decodeSecondsPerToken(tiers.deviceBytes, bandwidth, params) +
        tiers.hostBytes / (host * cpu.bandwidthEfficiency) +
        cpu.overheadSeconds * tiers.hostLayerShare,
      lowFactor: Math.min(params.lowFactor, cpu.lowFactor),
      highFactor: Math.max(params.highFactor, cpu.highFactor),
    };
  } else if (count > 1 && (options.splitMode ?? 'layer') === 'tensor') {
    const link = options.link ?? requireInterconnect('pcie-4-x16');
    timing = {
      ceilingSeconds: bytes.totalBytes / (count * bandwidth),
      typicalSeconds: decodeSecondsPerToken(bytes.totalBytes, count * bandwidth, params) + tensorParallelCommSeconds(model, count, link),
      lowFactor: params.multiGpuLowFactor,
      highFactor: params.multiGpuHighFactor,
    };
  } else {
    const handOff = count > 1 ? layerSplitHandOffSeconds(model, count, options.link ?? requireInterconnect('pcie-4-x16')) : 0;
    timing = {
      ceilingSeconds: bytes.totalBytes / bandwidth,
      typicalSeconds: decodeSecondsPerToken(bytes.totalBytes, bandwidth, params) + handOff,
      lowFactor: count > 1 ? params.multiGpuLowFactor : params.lowFactor,
      highFactor: count > 1 ? params.multiGpuHighFactor : params.highFactor,
    };
  }
  const ceiling = 1 / timing.ceilingSeconds;
  const typical = Math.min(ceiling, 1 / timing.typicalSeconds);
  return {
    ceilingTokensPerSecond: ceiling,
    lowTokensPerSecond: typical * timing.lowFactor,
    typicalTokensPerSecond: typical,
    highTokensPerSecond: Math.min(ceiling, typical * timing.highFactor),
  };
}
