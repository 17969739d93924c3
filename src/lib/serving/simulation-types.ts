/**
 * The shapes of the KV allocator simulation: its configuration, requests, state, per-step
 * metrics and block map. Types only (and the list of reservation policies), so views and tests
 * can name them without the engine.
 */
import type { RngState } from '../core/prng';

/** How KV memory is handed to requests: reserved at full length up front, or paged on demand. */
export type KvPolicy = 'contiguous' | 'paged';

/**
 * How much a contiguous request reserves, as the vLLM paper's three Orca baselines (§6.1):
 * `'max'` the longest allowed sequence, `'pow2'` its prompt plus its output rounded up to a power
 * of two (over-reserving the output by at most 2×), `'oracle'` exactly its prompt plus output
 * (it knows the future: an upper bound no real server reaches).
 */
export type ContiguousReservation = 'max' | 'pow2' | 'oracle';

/** The reservation policies in the order the paper lists them. @example contiguousReservations[0] // "max" */
export const contiguousReservations: readonly ContiguousReservation[] = ['max', 'pow2', 'oracle'];

/** Everything a simulation run depends on. Lengths are drawn geometric with the stated means. */
export interface KvSimulationConfig {
  /** `'contiguous'` reserves `maxSequenceTokens` per request; `'paged'` allocates blocks on demand. */
  policy: KvPolicy;
  /** Tokens per KV block (vLLM's default is 16). */
  blockSizeTokens: number;
  /** KV memory in blocks; capacity in token slots is `capacityBlocks × blockSizeTokens`. */
  capacityBlocks: number;
  /** Longest sequence (prompt + output, shared prefix included) a request may reach. */
  maxSequenceTokens: number;
  /** Contiguous only: how much each request reserves. Default `'max'` (Orca (Max)). */
  reservation?: ContiguousReservation;
  /** Mean prompt length in tokens, after the shared prefix. */
  meanPromptTokens: number;
  /** Mean output length in tokens. */
  meanOutputTokens: number;
  /** Mean request arrivals per step (Poisson). */
  arrivalsPerStep: number;
  /** Tokens of system prompt that start every request's prompt (0 for none). */
  sharedPrefixTokens: number;
  /** Store the shared prefix once with reference counts (paged only; contiguous cannot share). */
  prefixSharing: boolean;
  /** Seed of the request stream; the same seed gives the same arrivals and lengths. */
  seed: number;
}

/** One request: its drawn lengths, its progress, and the physical blocks it holds. */
export interface KvRequest {
  /** Arrival order, from 0. */
  readonly id: number;
  /** Step at which it arrived. */
  readonly arrivalStep: number;
  /** Its own prompt tokens, after the shared prefix. */
  readonly promptTokens: number;
  /** Output tokens it will produce before it finishes. */
  readonly outputTokens: number;
  /** Output tokens produced so far (kept across a preemption: recomputed on readmission). */
  generatedTokens: number;
  /** Physical block ids in logical order; empty while waiting. */
  blockTable: number[];
  /** Times it was preempted. */
  preemptions: number;
}

/** The whole simulation at the end of a step. `advanceSimulation` mutates it; `stepSimulation` copies. */
export interface SimulationState {
  /** The validated configuration. */
  readonly config: Readonly<KvSimulationConfig>;
  /** Steps taken so far. */
  step: number;
  /** Request-stream generator; only arrivals draw from it, so every policy sees the same stream. */
  rng: RngState;
  /** Id the next arriving request gets. */
  nextRequestId: number;
  /** Queue, first come first served; preempted requests rejoin at the front. */
  waiting: KvRequest[];
  /** Running requests in admission order, oldest first. */
  running: KvRequest[];
  /** Free block ids (paged: a stack; contiguous: unused, free space is the gaps between ranges). */
  freeBlockIds: number[];
  /** Blocks not held by anyone. */
  freeBlocks: number;
  /** Reference counts of the pinned shared-prefix blocks, whose ids are 0…length−1 (full blocks first). */
  sharedRefCounts: number[];
  /** Requests finished so far. */
  finished: number;
  /** Preemptions so far. */
  preempted: number;
  /** Shared-prefix blocks copied on write so far. */
  copiedOnWrite: number;
}

/** What the KV memory holds at the end of one step. Token slots: live + reservedUnused + fragment + free = capacity. */
export interface StepMetrics {
  /** Step number, from 1. */
  step: number;
  /** Total token slots. */
  capacityTokenSlots: number;
  /** Slots holding a token's K and V (the shared prefix counted once). */
  liveTokenSlots: number;
  /** Contiguous: slots reserved by running requests that hold no token yet. */
  reservedUnusedTokenSlots: number;
  /** Of `reservedUnusedTokenSlots`, those the request will fill before it finishes (the paper's "reservation"; the rest is never used). */
  reservedFutureTokenSlots: number;
  /** Paged: empty slots in allocated blocks, i.e. in each sequence's last block (internal fragmentation). */
  fragmentTokenSlots: number;
  /** Slots in free blocks. */
  freeTokenSlots: number;
  /** Blocks held by requests or by the shared prefix. */
  usedBlocks: number;
  /** Blocks held by no one. */
  freeBlocks: number;
  /** Pinned shared-prefix blocks. */
  sharedBlocks: number;
  /** Requests decoding. */
  running: number;
  /** Requests queued (including preempted ones). */
  waiting: number;
  /** Requests finished so far. */
  finished: number;
  /** Preemptions so far. */
  preempted: number;
  /** live ÷ capacity. */
  utilization: number;
  /** live ÷ allocated (capacity − free); 0 when nothing is allocated. */
  utilizationOfAllocated: number;
}

/** What a block is doing, for drawing the memory grid. */
export type BlockState = 'free' | 'live' | 'fragment' | 'reserved' | 'shared';

/**
 * One physical block. `'live'` holds tokens (a contiguous range's boundary block may be partly
 * filled: see `liveTokens`); `'fragment'` is a paged sequence's partly filled last block;
 * `'reserved'` is reserved by a contiguous request and still empty; `'shared'` is a prefix block.
 */
export interface BlockView {
  /** Owning request id; null when free or shared. */
  owner: number | null;
  /** What the block holds. */
  state: BlockState;
  /** Token slots in use, 0…blockSizeTokens. */
  liveTokens: number;
  /** References: 0 free, 1 private, more when shared (the pin counts as one). */
  refCount: number;
}

/** The per-step metrics of a run, and the block map and state after its last step. */
export interface SimulationResult {
  /** One entry per step, steps 1…n. */
  metrics: StepMetrics[];
  /** The block map after the last step. */
  blocks: BlockView[];
  /** The state after the last step (can be stepped further). */
  state: SimulationState;
}
