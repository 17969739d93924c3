/**
 * The links between GPUs that tensor parallelism talks over, with the small-message all-reduce
 * latency that dominates one decoded token's traffic (a few kilobytes per layer). Data only.
 */

/** A GPU-to-GPU link. */
export interface InterconnectLink {
  readonly id: string;
  readonly name: string;
  /** Data rate in one direction, bytes per second. */
  readonly bandwidthBytesPerSecond: number;
  /** Time of one small all-reduce across the GPUs, seconds (latency-bound at decode sizes). */
  readonly allReduceLatencySeconds: number;
  /** Where the two figures come from. */
  readonly source: string;
}

const TRUENAS = 'https://www.truenas.com/docs/references/performance/interconnect-data-rates/ (maximum effective data rate, one direction)';
const PCIE_LATENCY =
  'NCCL all_reduce_perf, 8-byte message, 8 × RTX 4090 over PCIe: 42.14 µs (https://github.com/NVIDIA/nccl/issues/1530); 8 × RTX 3090 measured 54.18 µs (https://github.com/NVIDIA/nccl/issues/1439). No PCIe figure for fewer GPUs was found, so two cards are charged the eight-card time (an upper bound).';
const NVLINK_LATENCY =
  'About 6 µs for a small all-reduce on 2 × H100 SXM over NVSwitch with NVLS (https://github.com/NVIDIA/nccl/issues/1259); the only NVLink latency found, used for every NVLink generation.';
const STAS_NVLINK = 'stas00/ml-engineering network/README.md @ 744d01e18b79512572f64a6bbd8b5f4a725203a7 (NVLink table, one direction)';

/** Links the book models. @example interconnects.find((l) => l.id === 'pcie-4-x16')?.bandwidthBytesPerSecond // 31508000000 */
export const interconnects: readonly InterconnectLink[] = [
  {
    id: 'pcie-3-x16',
    name: 'PCIe 3.0 x16',
    bandwidthBytesPerSecond: 15.754e9,
    allReduceLatencySeconds: 42.14e-6,
    source: `${TRUENAS}; ${PCIE_LATENCY}`,
  },
  {
    id: 'pcie-4-x16',
    name: 'PCIe 4.0 x16',
    bandwidthBytesPerSecond: 31.508e9,
    allReduceLatencySeconds: 42.14e-6,
    source: `${TRUENAS}; ${PCIE_LATENCY}`,
  },
  {
    id: 'pcie-5-x16',
    name: 'PCIe 5.0 x16',
    bandwidthBytesPerSecond: 63.015e9,
    allReduceLatencySeconds: 42.14e-6,
    source: `${TRUENAS}; ${PCIE_LATENCY}`,
  },
  {
    id: 'nvlink-3090-bridge',
    name: 'NVLink bridge (2 × RTX 3090)',
    bandwidthBytesPerSecond: 56.25e9,
    allReduceLatencySeconds: 6e-6,
    source: `NVIDIA GA102 whitepaper: four links, 56.25 GB/s each direction (quoted in Hugging Face transformers docs, perf_hardware); ${NVLINK_LATENCY}`,
  },
  {
    id: 'nvlink-3',
    name: 'NVLink 3 (A100)',
    bandwidthBytesPerSecond: 300e9,
    allReduceLatencySeconds: 6e-6,
    source: `${STAS_NVLINK}; ${NVLINK_LATENCY}`,
  },
  {
    id: 'nvlink-4',
    name: 'NVLink 4 (H100, H200)',
    bandwidthBytesPerSecond: 450e9,
    allReduceLatencySeconds: 6e-6,
    source: `${STAS_NVLINK}; ${NVLINK_LATENCY}`,
  },
  {
    id: 'nvlink-5',
    name: 'NVLink 5 (B200)',
    bandwidthBytesPerSecond: 900e9,
    allReduceLatencySeconds: 6e-6,
    source: `${STAS_NVLINK}; ${NVLINK_LATENCY}`,
  },
];

/**
 * The link with `id`; throws a `RangeError` listing the known ones.
 * @example requireInterconnect('nvlink-4').allReduceLatencySeconds // 0.000006
 */
export function requireInterconnect(id: string): InterconnectLink {
  const link = interconnects.find((l) => l.id === id);
  if (!link) throw new RangeError(`Unknown link "${id}". Known links: ${interconnects.map((l) => l.id).join(', ')}.`);
  return link;
}
