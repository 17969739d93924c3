/**
 * Where model files are read from at load time: sequential read bandwidth of common storage tiers,
 * rated by their makers (drives) or the line rate of the link (network storage). Data only, with
 * sources; `speed/load-time.ts` turns it into seconds. Figures are decimal (MB/s × 10⁶ bytes).
 */
import { checkNumber, checkText, validateCatalog } from './schema';

/** What kind of storage a tier is. */
export type StorageKind = 'nvme' | 'sata-ssd' | 'hdd' | 'network';

/** One storage tier: a typical drive or link of that class. */
export interface StorageTier {
  /** URL-safe slug. */
  readonly id: string;
  /** The tier as a reader would name it: "PCIe 4.0 NVMe SSD". */
  readonly name: string;
  /** The product or figure the number is taken from. */
  readonly example: string;
  readonly kind: StorageKind;
  /** Sequential read rate, bytes per second: the best case for reading one large file. */
  readonly readBytesPerSecond: number;
  /** Whether the figure is a vendor rating or the link's line rate (real reads are lower for both). */
  readonly basis: 'rated' | 'line rate';
  /** Where the figure comes from. */
  readonly source: string;
  /** Caveats. */
  readonly notes: string;
}

const TRUENAS =
  'https://www.truenas.com/docs/references/performance/interconnect-data-rates/ ("Interconnect Maximum Effective Data Rates", one direction)';
const mbps = (megabytesPerSecond: number) => megabytesPerSecond * 1e6;

const tiers: readonly StorageTier[] = [
  {
    id: 'nvme-pcie5',
    name: 'PCIe 5.0 NVMe SSD',
    example: 'Crucial T705 2 TB',
    kind: 'nvme',
    readBytesPerSecond: mbps(14_500),
    basis: 'rated',
    source:
      'Micron’s rating of "up to 14,500 megabytes per second", as restated at https://julliannepiano.com/crucial-t705-2tb-pcie-gen5-nvme-m-2-ssd (the datasheet itself was not found)',
    notes:
      'The PCIe 5.0 x4 link carries at most 15,754 MB/s (TrueNAS table). A low-quality page repeats the rating; treat it as the top of the class.',
  },
  {
    id: 'nvme-pcie4',
    name: 'PCIe 4.0 NVMe SSD',
    example: 'Samsung 990 PRO',
    kind: 'nvme',
    readBytesPerSecond: mbps(7_450),
    basis: 'rated',
    source:
      'https://www.slashcam.com/news/single/Samsung-990-PRO--New-NVMe-SSD-top-model-reaches-th-17407.html ; https://www.digitec.ch/en/s1/product/samsung-990-pro-2000-gb-m2-7450-mbs-2000-gb-m2-ssd-35511542',
    notes: 'The PCIe 4.0 x4 link carries at most 7,877 MB/s (TrueNAS table).',
  },
  {
    id: 'nvme-pcie3',
    name: 'PCIe 3.0 NVMe SSD',
    example: 'Samsung 970 EVO 2 TB',
    kind: 'nvme',
    readBytesPerSecond: mbps(3_500),
    basis: 'rated',
    source:
      'https://kitguru.net/components/ssd-drives/simon-crisp/samsung-970-evo-2tb-ssd-review/8 (rated 3,500 MB/s; KitGuru measured 3,402)',
    notes: 'The PCIe 3.0 x4 link carries at most 3,938 MB/s (TrueNAS table).',
  },
  {
    id: 'sata-ssd',
    name: 'SATA SSD',
    example: 'Samsung 870 EVO',
    kind: 'sata-ssd',
    readBytesPerSecond: mbps(560),
    basis: 'rated',
    source: 'https://www.tomshardware.com/uk/news/samsung-announces-870-evo (spec table: 560 MB/s read)',
    notes: 'SATA 3.0 (6 Gb/s) carries at most 600 MB/s (TrueNAS table), so every SATA SSD sits near this figure.',
  },
  {
    id: 'hdd-7200',
    name: '7,200 rpm hard disk',
    example: 'Seagate Constellation ES.3',
    kind: 'hdd',
    readBytesPerSecond: mbps(175),
    basis: 'rated',
    source:
      'Seagate Constellation ES.3 product manual, §4.1.2, sustained transfer rate 83 to 175 MB/s (http://office.manualsonline.com/manuals/mfg/seagate/st1000nm0033_1.html?p=14)',
    notes:
      'The outer tracks; the inner ones read at 83 MB/s. Newer high-capacity disks are somewhat faster; no datasheet figure for one was found.',
  },
  {
    id: 'network-10gbe',
    name: '10 Gb Ethernet network storage',
    example: 'a NAS on a 10 GbE link',
    kind: 'network',
    readBytesPerSecond: mbps(1_250),
    basis: 'line rate',
    source: TRUENAS,
    notes: 'The line rate; file-sharing and TCP overhead leave less, and the NAS’s own disks may be slower still.',
  },
  {
    id: 'network-1gbe',
    name: '1 Gb Ethernet network storage',
    example: 'a NAS on a 1 GbE link',
    kind: 'network',
    readBytesPerSecond: mbps(125),
    basis: 'line rate',
    source: TRUENAS,
    notes: 'The line rate; file-sharing and TCP overhead leave less.',
  },
];

function checkTier(tier: StorageTier): void {
  for (const field of ['name', 'example', 'source', 'notes'] as const) checkText('Storage', tier.id, field, tier[field]);
  // 10 MB/s (a slow USB stick) to 100 GB/s (an array of NVMe drives).
  checkNumber('Storage', tier.id, 'readBytesPerSecond', tier.readBytesPerSecond, { min: 1e7, max: 1e11 });
}

/** Storage tiers, fastest first, checked at load. @example storageTiers[0]!.id // "nvme-pcie5" */
export const storageTiers: readonly StorageTier[] = validateCatalog('Storage', tiers, checkTier);

/**
 * The tier with `id`; throws a `RangeError` listing the known ones.
 * @example requireStorage('sata-ssd').readBytesPerSecond // 560000000
 */
export function requireStorage(id: string): StorageTier {
  const tier = storageTiers.find((t) => t.id === id);
  if (!tier) throw new RangeError(`Unknown storage "${id}". Known storage: ${storageTiers.map((t) => t.id).join(', ')}.`);
  return tier;
}
