/**
 * Where a token's bytes are read from when part of the model sits in system RAM. Whole-layer
 * offload (`-ngl N`) moves every tensor of the last layers to the CPU. Expert offload (`--n-cpu-moe
 * N`, `-ot exps=CPU`) moves only the routed experts of N layers: attention, shared experts, the
 * output head and the KV cache stay on the GPU, and the experts — most of a big mixture's bytes but
 * a small share of one token's — are read by the CPU from RAM. Each tier reads its own bytes at its
 * own bandwidth, one after the other.
 */
import { requireInteger } from '../core/guard';
import type { DecodeReadBytes } from './read-bytes';

/** Which weights live in system RAM. */
export interface OffloadPlacement {
  /** Layers kept on the GPU with all their tensors (`-ngl`); the rest, and the output head, go to RAM. Default: all. */
  readonly gpuLayers?: number;
  /** MoE layers whose routed experts live in RAM (`--n-cpu-moe`; at least the MoE layer count means every expert, `-ot exps=CPU`). Default 0. */
  readonly cpuMoeLayers?: number;
}

/** Bytes one token reads from each tier. */
export interface TierBytes {
  /** Read by the GPU from its own memory. */
  readonly deviceBytes: number;
  /** Read by the CPU from system RAM. */
  readonly hostBytes: number;
  /** Share of the layers in which the CPU does work (whole layers or their experts), 0–1. */
  readonly hostLayerShare: number;
}

/**
 * Splits one token's bytes between GPU memory and system RAM for a placement. Layers are taken as
 * equal in size; routed experts as spread evenly over the MoE layers.
 * @example tierBytes({ denseWeightBytes: 2e9, routedExpertBytes: 8e9, outputHeadBytes: 0.5e9, weightBytes: 10.5e9, kvBytes: 0.1e9, totalBytes: 10.6e9 }, { layers: 40, moeLayers: 40 }, { cpuMoeLayers: 40 }) // { "deviceBytes": 2600000000, "hostBytes": 8000000000, "hostLayerShare": 1 }
 */
export function tierBytes(
  bytes: DecodeReadBytes,
  shape: { readonly layers: number; readonly moeLayers: number },
  placement: OffloadPlacement,
): TierBytes {
  const layers = requireInteger('layers', shape.layers, 1);
  const gpuLayers = requireInteger('gpuLayers', placement.gpuLayers ?? layers, 0);
  if (gpuLayers > layers) throw new RangeError(`gpuLayers (${gpuLayers}) cannot exceed the model's ${layers} layers.`);
  const cpuMoeLayers = requireInteger('cpuMoeLayers', placement.cpuMoeLayers ?? 0, 0);
  if (cpuMoeLayers > 0 && shape.moeLayers === 0) throw new RangeError('cpuMoeLayers is for a mixture of experts; this model is dense.');
  const ramShare = (layers - gpuLayers) / layers;
  const perLayer = bytes.denseWeightBytes + bytes.kvBytes;
  // Expert offload applies to the layers still on the GPU.
  const expertRamShare = shape.moeLayers === 0 ? 0 : Math.max(ramShare, Math.min(1, cpuMoeLayers / shape.moeLayers));
  const hostBytes = perLayer * ramShare + bytes.routedExpertBytes * expertRamShare + (gpuLayers < layers ? bytes.outputHeadBytes : 0);
  const hostLayerShare = Math.max(ramShare, shape.moeLayers === 0 ? 0 : (expertRamShare * shape.moeLayers) / layers);
  return { deviceBytes: bytes.totalBytes - hostBytes, hostBytes, hostLayerShare };
}
