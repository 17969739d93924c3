/**
 * How long a model takes to load: its file streamed from storage into the memory it is computed
 * from. Loading is a copy, and a copy runs at the pace of its slowest stage — the drive, or the
 * PCIe link into a discrete GPU's memory. Parsing the header and allocating buffers take
 * milliseconds beside it and are left out.
 *
 * llama.cpp memory-maps the file (`mmap`, its default), so the operating system keeps the pages it
 * read in its page cache. A second load finds them there: on a CPU or a unified-memory machine the
 * weights are used where they lie and nothing is copied; a discrete GPU still copies them over
 * PCIe, now from RAM. The cache holds a file only while free RAM can hold it.
 */
import { requireFinite, requirePositive } from '../core/guard';

/** One stage the weights stream through on their way to the memory they are computed from. */
export interface LoadStage {
  /** What the stage is, for a page to print ("PCIe 4.0 NVMe SSD", "PCIe 4.0 x16 to the GPU"). */
  readonly name: string;
  /** Its rate, bytes per second. */
  readonly bytesPerSecond: number;
}

/** A load, worked out. */
export interface LoadTime {
  /** Seconds to stream the file through every stage (they overlap, so the slowest sets the pace). */
  readonly seconds: number;
  /** The slowest stage, or null when nothing is copied. */
  readonly bottleneck: LoadStage | null;
}

/**
 * Seconds to stream `fileBytes` through `stages`, which overlap (the drive reads the next chunk
 * while the link copies the last), so the slowest stage sets the pace; no stages, no copy: 0 s.
 * @example streamSeconds(4.92e9, [{ name: 'SATA SSD', bytesPerSecond: 560e6 }, { name: 'PCIe 4.0 x16', bytesPerSecond: 31.508e9 }]).seconds // ≈ 8.786
 */
export function streamSeconds(fileBytes: number, stages: readonly LoadStage[]): LoadTime {
  const bytes = requireFinite('fileBytes', fileBytes);
  let bottleneck: LoadStage | null = null;
  for (const stage of stages) {
    requirePositive(`${stage.name} bandwidth`, stage.bytesPerSecond);
    if (bottleneck === null || stage.bytesPerSecond < bottleneck.bytesPerSecond) bottleneck = stage;
  }
  return { seconds: bottleneck === null ? 0 : bytes / bottleneck.bytesPerSecond, bottleneck };
}

/** Where a load reads from and what it copies into. */
export interface LoadSetup {
  /** The drive or network share the file is on. */
  readonly storage: LoadStage;
  /** The link into a discrete GPU's memory, or null when the device computes from system or unified memory. */
  readonly deviceLink: LoadStage | null;
  /** System RAM: where the page cache sits. */
  readonly ram: LoadStage;
  /** The file is already in the page cache (a second load, with enough free RAM). */
  readonly cached: boolean;
}

/**
 * The stages a load streams through: storage, then the link to a discrete GPU; from the page
 * cache, RAM instead of storage — and nothing at all where the weights are used in place.
 * @example loadStages({ storage: { name: 'NVMe', bytesPerSecond: 7.45e9 }, deviceLink: null, ram: { name: 'RAM', bytesPerSecond: 89.6e9 }, cached: true }).length // 0 (memory-mapped, already in memory)
 */
export function loadStages(setup: LoadSetup): LoadStage[] {
  if (setup.cached) return setup.deviceLink === null ? [] : [setup.ram, setup.deviceLink];
  return setup.deviceLink === null ? [setup.storage] : [setup.storage, setup.deviceLink];
}

/**
 * Seconds to load a `fileBytes` model file with `setup`, and the stage that sets the pace.
 * @example modelLoadTime(4.92e9, { storage: { name: 'NVMe', bytesPerSecond: 7.45e9 }, deviceLink: { name: 'PCIe 4.0 x16', bytesPerSecond: 31.508e9 }, ram: { name: 'RAM', bytesPerSecond: 89.6e9 }, cached: false }).seconds // ≈ 0.6604
 */
export function modelLoadTime(fileBytes: number, setup: LoadSetup): LoadTime {
  return streamSeconds(fileBytes, loadStages(setup));
}
