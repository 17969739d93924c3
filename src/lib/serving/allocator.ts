/**
 * KV memory under two allocation policies, step by step, on a seeded request stream.
 *
 * - `'contiguous'`: each admitted request reserves its slots in one contiguous range up front —
 *   `maxSequenceTokens` by default, or less (`reservation`), as the vLLM paper's Orca (Max),
 *   (Pow2) and (Oracle) baselines do — from a buddy allocator (power-of-two chunks, first fit,
 *   as the paper assumes in §6.1); the queue is first-come first-served with no skipping.
 *   Orca (Max) is what FasterTransformer-style servers do.
 * - `'paged'`: blocks are handed out on demand as a sequence grows and listed in the request's
 *   block table (PagedAttention). When a running request needs a block and none is free, the most
 *   recently admitted request is preempted: its blocks are freed and it goes back to the front of
 *   the queue, to be recomputed from its prompt plus the tokens it had produced (vLLM's
 *   recomputation, §4.5; it preempts the latest arrivals first). Admission keeps 1% of the blocks
 *   free, as vLLM's block manager does, and a step that had to preempt admits nothing new, so
 *   memory that was just reclaimed is not handed straight back.
 *
 * With `prefixSharing`, a system prompt of `sharedPrefixTokens` tokens starting every prompt is
 * stored once (paged only): its full blocks are shared through a reference count, and the
 * partially filled last prefix block is copied on write by each request, as in vLLM's §4.4.
 *
 * A step: arrivals join the queue; requests that have produced all their output finish and free
 * their memory; every running request decodes one token; then waiting requests are admitted
 * (their prompt prefilled plus their first output token) while memory allows. Metrics are taken
 * at the end of the step. A step costs O(running requests + blocks touched).
 */
import { requireFinite, requireInteger, requirePositive } from '../core/guard';
import type { AttentionGeometry } from '../memory/kv';
import { createRng, nextGeometric, nextPoisson, MAX_POISSON_MEAN, type RngState } from '../core/prng';

/** How KV memory is handed to requests: reserved at full length up front, or paged on demand. */
export type KvPolicy = 'contiguous' | 'paged';

/**
 * How much a contiguous request reserves, as the vLLM paper's three Orca baselines (§6.1):
 * `'max'` the longest allowed sequence, `'pow2'` its prompt plus its output rounded up to a power
 * of two (over-reserving the output by at most 2×), `'oracle'` exactly its prompt plus output
 * (it knows the future: an upper bound no real server reaches).
 */
export type ContiguousReservation = 'max' | 'pow2' | 'oracle';

/** The reservation policies in the order the paper lists them. @example contiguousReservations[0] // 'max' */
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

/**
 * The vLLM paper's main serving setup: OPT-13B (40 layers of 40 heads × 128, K and V in 16 bits,
 * so 800 KiB per token) on one A100-40GB, which leaves 12 GiB for the KV cache (Table 1: 15.7K slots).
 * @example vllmPaperSetup.kvMemoryBytes / 819200 // 15728.64 (the paper's "15.7K" slots)
 */
export const vllmPaperSetup = {
  model: 'OPT-13B',
  attention: { kind: 'gqa', layers: 40, kvHeads: 40, headDim: 128 } as AttentionGeometry,
  kvMemoryBytes: 12 * 2 ** 30,
  maxSequenceTokens: 2048,
  source:
    'Kwon et al., SOSP 2023, §3 (2 × 5120 hidden × 40 layers × 2 bytes per token; up to 2048 tokens) and Table 1 (OPT-13B, one A100 40 GB, 12 GB for KV cache, 15.7K slots: binary GB, since 12 × 2^30 ÷ 819,200 = 15,729).',
} as const;

/**
 * Published results of the PagedAttention paper and the vLLM announcement that the book quotes
 * next to its own simulations. Percentages are percent; batch sizes are mean running requests.
 * @example vllmPaperFindings.tokenStateSharePercent.min // 20.4
 */
export const vllmPaperFindings = {
  /** §1 / Fig. 2: share of KV memory holding token states in existing systems (Orca Max … Oracle). */
  tokenStateSharePercent: { min: 20.4, max: 38.2 },
  /** vLLM blog: with paging, waste happens only in a sequence's last block, under 4%. */
  pagedWasteUnderPercent: 4,
  /** Fig. 13a: requests batched on average, OPT-13B, ShareGPT at 2 requests/s. */
  batchedRequests: { orcaMax: 7.0, orcaPow2: 9.81, orcaOracle: 13.62, vllm: 30.42 },
  /** §7.1: extra attention-kernel latency of the block-table indirection, percent. */
  kernelOverheadPercent: { min: 20, max: 26 },
  /** §6.3: KV memory saved by sharing on Alpaca, percent (parallel sampling, beam search). */
  sharingSavingPercent: { parallelSampling: { min: 6.1, max: 9.8 }, beamSearch: { min: 37.6, max: 55.2 } },
  /** §6.4: throughput over Orca (Oracle) with the 5-example shared prefix. */
  fewShotPrefixSpeedup: 3.58,
  /** §7.2: block sizes that served ShareGPT best, and the largest that still served Alpaca well. */
  bestBlockSizesShareGpt: { min: 16, max: 128 },
  largestGoodBlockSizeAlpaca: 32,
  source: 'Kwon et al., SOSP 2023 (arXiv:2309.06180), sections as noted; vLLM blog, 20 June 2023. Fig. 13a values from a transcription of the figure, checked against §6.2’s 2.2× and 4.3×.',
} as const;

/** A request-length workload: the mean prompt and output lengths of a published trace. */
export interface LengthPreset {
  /** Stable id, used in links. */
  readonly id: 'sharegpt' | 'alpaca';
  /** Display name. */
  readonly name: string;
  /** Mean prompt tokens. */
  readonly meanPromptTokens: number;
  /** Mean output tokens. */
  readonly meanOutputTokens: number;
  /** What the trace is and where the means come from. */
  readonly source: string;
}

/**
 * The two traces of the vLLM paper's evaluation (§6.1, Fig. 11): long ShareGPT conversations and
 * short Alpaca instructions. Lengths are drawn geometric with these means (see `defaultScenario`).
 * @example lengthPresets[1]!.meanOutputTokens // 58.45
 */
export const lengthPresets: readonly LengthPreset[] = [
  {
    id: 'sharegpt',
    name: 'ShareGPT (long chats)',
    meanPromptTokens: 161.31,
    meanOutputTokens: 337.99,
    source: 'vLLM paper Fig. 11 legend: ShareGPT conversations shared by ChatGPT users; 8.4× longer prompts and 5.8× longer outputs than Alpaca (§6.1).',
  },
  {
    id: 'alpaca',
    name: 'Alpaca (short instructions)',
    meanPromptTokens: 19.31,
    meanOutputTokens: 58.45,
    source: 'vLLM paper Fig. 11 legend: Alpaca instructions generated with GPT-3.5 by self-instruct.',
  },
];

/**
 * The default scenario: the vLLM paper's Fig. 2 experiment (OPT-13B on one A100-40GB, ShareGPT
 * lengths, 4 requests/s, far beyond what either policy can serve, so memory stays full).
 * Nothing here is tuned to reproduce the paper's percentages; `source` says where each value is from.
 * @example defaultScenario.capacityBlocks // 981 (15.7K slots in blocks of 16)
 */
export const defaultScenario: Readonly<KvSimulationConfig> & { readonly source: Readonly<Record<string, string>> } = {
  policy: 'paged',
  blockSizeTokens: 16,
  capacityBlocks: 981,
  maxSequenceTokens: 2048,
  reservation: 'max',
  meanPromptTokens: lengthPresets[0]!.meanPromptTokens,
  meanOutputTokens: lengthPresets[0]!.meanOutputTokens,
  arrivalsPerStep: 0.18,
  sharedPrefixTokens: 0,
  prefixSharing: false,
  seed: 1,
  source: {
    citation:
      "Kwon et al., 'Efficient Memory Management for Large Language Model Serving with PagedAttention', SOSP 2023, arXiv:2309.06180; artifact github.com/sosp-ae-39/sosp-ae-astra @ 1edca6a1",
    blockSizeTokens: '§7.2: vLLM sets its default block size to 16 tokens.',
    capacityBlocks: 'Table 1: OPT-13B on one A100-40GB has 15.7K KV cache slots; 15,700 ÷ 16 = 981 whole blocks.',
    maxSequenceTokens: '§3 and §6.1: OPT generates up to 2048 tokens; Orca (Max) reserves 2048 slots per request.',
    reservation:
      '§6.1: the three Orca baselines reserve the maximum length (Max), the output rounded up to a power of two (Pow2) or the true output length (Oracle), and allocate with the buddy algorithm; Fig. 2’s lowest share, 20.4%, is Orca (Max).',
    meanPromptTokens:
      'Fig. 11 legend: ShareGPT input mean 161.31 tokens (read from a transcription of the figure, Agrim-Bansal/PagedAttention paper_notes/PAPER_REFERENCE.md; consistent with §6.1: 8.4× Alpaca’s 19.31).',
    meanOutputTokens: 'Fig. 11 legend: ShareGPT output mean 337.99 tokens (5.8× Alpaca’s 58.45, as §6.1 says).',
    lengthDistribution:
      'The paper shows the histograms only (heavily right-skewed). We use the one distribution fixed by the mean alone: geometric. Requests longer than maxSequenceTokens are redrawn, as the artifact’s trace.py drops them.',
    arrivalsPerStep:
      'Fig. 2 was measured at 4 requests/s (artifact experiments/fig2.sh), Poisson arrivals (§6.1). One step ≈ 45 ms by Little’s law on Fig. 13a: 30.42 requests batched at 2 requests/s stay 15.2 s, i.e. about 338 decode steps. 4 × 0.045 ≈ 0.18 per step.',
  },
};

/**
 * A shared system prompt of published length: the vLLM paper's 5-shot translation prefix (§6.4,
 * Fig. 16), 341 tokens that start every request.
 * @example blocksForTokens(sharedPrefixExampleTokens, 16) // 22 (21 full blocks and one partial)
 */
export const sharedPrefixExampleTokens = 341;

/**
 * Sequences whose KV cache fits a memory budget: ⌊budget ÷ bytes per sequence⌋ (0 when the budget is negative).
 * @example sequencesThatFit(12 * 2 ** 30, 2048 * 819200) // 7 (Orca (Max) on the paper's A100: 12 GiB, 2,048-token reservations of OPT-13B)
 */
export function sequencesThatFit(kvBudgetBytes: number, bytesPerSequence: number): number {
  requireFinite('kvBudgetBytes', kvBudgetBytes, -Infinity);
  requirePositive('bytesPerSequence', bytesPerSequence);
  return Math.max(0, Math.floor(kvBudgetBytes / bytesPerSequence));
}

/**
 * Token slots a sequence of `tokens` occupies in whole blocks: ⌈tokens ÷ B⌉ · B. The empty slots
 * of its last block are its internal fragmentation, fewer than B.
 * @example pagedTokenSlots(33, 16) // 48 (3 blocks, 15 slots unused)
 */
export function pagedTokenSlots(tokens: number, blockSize: number): number {
  return blocksForTokens(tokens, blockSize) * blockSize;
}

/**
 * Blocks needed to hold `tokens` tokens: ⌈tokens ÷ blockSize⌉.
 * @example blocksForTokens(33, 16) // 3
 */
export function blocksForTokens(tokens: number, blockSize: number): number {
  requireInteger('tokens', tokens, 0);
  requireInteger('blockSize', blockSize, 1);
  return Math.ceil(tokens / blockSize);
}

/** Checks a configuration and returns a frozen copy; throws a RangeError naming the bad field. */
function checkConfig(config: KvSimulationConfig): Readonly<KvSimulationConfig> {
  if (config.policy !== 'contiguous' && config.policy !== 'paged') {
    throw new RangeError(`policy must be 'contiguous' or 'paged' (got ${String(config.policy)}).`);
  }
  const reservation = config.reservation ?? 'max';
  if (!contiguousReservations.includes(reservation)) {
    throw new RangeError(`reservation must be 'max', 'pow2' or 'oracle' (got ${String(reservation)}).`);
  }
  requireInteger('blockSizeTokens', config.blockSizeTokens, 1);
  requireInteger('capacityBlocks', config.capacityBlocks, 1);
  requireInteger('maxSequenceTokens', config.maxSequenceTokens, 2);
  requireFinite('meanPromptTokens', config.meanPromptTokens, 1);
  requireFinite('meanOutputTokens', config.meanOutputTokens, 1);
  requireFinite('arrivalsPerStep', config.arrivalsPerStep, 0);
  if (config.arrivalsPerStep > MAX_POISSON_MEAN) {
    throw new RangeError(`arrivalsPerStep must be at most ${MAX_POISSON_MEAN} (got ${config.arrivalsPerStep}).`);
  }
  requireInteger('sharedPrefixTokens', config.sharedPrefixTokens, 0);
  if (config.sharedPrefixTokens > config.maxSequenceTokens - 2) {
    throw new RangeError(
      `sharedPrefixTokens (${config.sharedPrefixTokens}) must leave room for a prompt token and an output token within maxSequenceTokens (${config.maxSequenceTokens}).`,
    );
  }
  requireInteger('seed', config.seed, 0);
  const checked = { ...config, reservation, prefixSharing: Boolean(config.prefixSharing) };
  const longest = blocksForTokens(checked.maxSequenceTokens, checked.blockSizeTokens);
  const needed = checked.policy === 'contiguous' ? buddyBlocks(longest) : longest + pinnedBlockCount(checked);
  if (needed > checked.capacityBlocks) {
    throw new RangeError(
      `capacityBlocks (${checked.capacityBlocks}) cannot hold one request of maxSequenceTokens (${checked.maxSequenceTokens}); it needs ${needed} blocks.`,
    );
  }
  return Object.freeze(checked);
}

/** Whether the prefix is stored once: only the paged policy can share. */
function sharesPrefix(config: Readonly<KvSimulationConfig>): boolean {
  return config.policy === 'paged' && config.prefixSharing && config.sharedPrefixTokens > 0;
}

/** Full prefix blocks every request maps (shared, reference counted). */
function sharedFullBlockCount(config: Readonly<KvSimulationConfig>): number {
  return sharesPrefix(config) ? sharedPrefixBlocks(config.sharedPrefixTokens, config.blockSizeTokens) : 0;
}

/**
 * Blocks of a common prefix that sequences can share: the full ones, ⌊prefix ÷ B⌋. A partly filled
 * last block is not shared for long: the first token a sequence appends to it copies it (copy-on-write).
 * @example sharedPrefixBlocks(341, 16) // 21
 */
export function sharedPrefixBlocks(prefixTokens: number, blockSize: number): number {
  requireInteger('prefixTokens', prefixTokens, 0);
  requireInteger('blockSize', blockSize, 1);
  return Math.floor(prefixTokens / blockSize);
}

/**
 * Blocks saved when `sequences` sequences share one prefix instead of each storing it: every
 * sequence but one stops storing the shared full blocks.
 * @example prefixBlocksSaved(341, 16, 10) // 189 (9 × 21)
 */
export function prefixBlocksSaved(prefixTokens: number, blockSize: number, sequences: number): number {
  requireInteger('sequences', sequences, 0);
  return Math.max(0, sequences - 1) * sharedPrefixBlocks(prefixTokens, blockSize);
}

/**
 * Static batching keeps every slot of a batch until its longest request finishes: the share of
 * slot-steps that produce a token is Σ outputs ÷ (b × longest output). Continuous batching refills a
 * slot as soon as its request finishes, so it wastes none of them.
 * @example staticBatchUsefulShare([20, 50, 100, 400]) // 0.35625 (570 of 1,600 slot-steps)
 */
export function staticBatchUsefulShare(outputTokens: readonly number[]): number {
  if (outputTokens.length === 0) throw new RangeError('outputTokens must list at least one request.');
  outputTokens.forEach((tokens, i) => requireInteger(`outputTokens[${i}]`, tokens, 1));
  const longest = Math.max(...outputTokens);
  return outputTokens.reduce((sum, tokens) => sum + tokens, 0) / (outputTokens.length * longest);
}

/** Blocks pinned for the prefix: its full blocks plus its partly filled last block. */
function pinnedBlockCount(config: Readonly<KvSimulationConfig>): number {
  return sharesPrefix(config) ? blocksForTokens(config.sharedPrefixTokens, config.blockSizeTokens) : 0;
}

/** Tokens in a request's sequence so far: prefix, prompt, output. */
function sequenceTokens(config: Readonly<KvSimulationConfig>, request: KvRequest): number {
  return config.sharedPrefixTokens + request.promptTokens + request.generatedTokens;
}

/** Tokens a paged request keeps in its own blocks (with sharing, the prefix tail it copied on write). */
function privateTokens(config: Readonly<KvSimulationConfig>, request: KvRequest): number {
  return sequenceTokens(config, request) - sharedFullBlockCount(config) * config.blockSizeTokens;
}

/**
 * A fresh simulation: empty memory (the shared prefix pinned, if shared), nothing queued.
 * @example createSimulation(defaultScenario).freeBlocks // 981
 */
export function createSimulation(config: KvSimulationConfig): SimulationState {
  const checked = checkConfig(config);
  const pinned = pinnedBlockCount(checked);
  const freeBlockIds: number[] = [];
  if (checked.policy === 'paged') {
    // A stack popped from the end, so blocks are handed out 0, 1, 2, … (pinned ones first).
    for (let id = checked.capacityBlocks - 1; id >= pinned; id--) freeBlockIds.push(id);
  }
  return {
    config: checked,
    step: 0,
    rng: createRng(checked.seed),
    nextRequestId: 0,
    waiting: [],
    running: [],
    freeBlockIds,
    freeBlocks: checked.capacityBlocks - pinned,
    sharedRefCounts: new Array<number>(pinned).fill(1), // the pin is one reference
    finished: 0,
    preempted: 0,
    copiedOnWrite: 0,
  };
}

/** Draws one request; lengths past maxSequenceTokens are redrawn (then, rarely, clipped). */
function drawRequest(state: SimulationState): KvRequest {
  const { config, rng } = state;
  const room = config.maxSequenceTokens - config.sharedPrefixTokens;
  let prompt = nextGeometric(rng, config.meanPromptTokens);
  let output = nextGeometric(rng, config.meanOutputTokens);
  for (let tries = 0; prompt + output > room && tries < 64; tries++) {
    prompt = nextGeometric(rng, config.meanPromptTokens);
    output = nextGeometric(rng, config.meanOutputTokens);
  }
  prompt = Math.min(prompt, room - 1);
  output = Math.min(output, room - prompt);
  const id = state.nextRequestId++;
  return { id, arrivalStep: state.step, promptTokens: prompt, outputTokens: output, generatedTokens: 0, blockTable: [], preemptions: 0 };
}

function arrive(state: SimulationState): void {
  const count = nextPoisson(state.rng, state.config.arrivalsPerStep);
  for (let i = 0; i < count; i++) state.waiting.push(drawRequest(state));
}

/** Gives back a request's blocks: shared ones lose a reference, private ones return to the pool. */
function release(state: SimulationState, request: KvRequest): void {
  if (state.config.policy === 'paged') {
    for (const id of request.blockTable) {
      if (id < state.sharedRefCounts.length) state.sharedRefCounts[id]! -= 1;
      else state.freeBlockIds.push(id);
    }
    state.freeBlocks = state.freeBlockIds.length;
  } else {
    state.freeBlocks += request.blockTable.length;
  }
  request.blockTable = [];
}

function finish(state: SimulationState): void {
  const stillRunning: KvRequest[] = [];
  for (const request of state.running) {
    if (request.generatedTokens >= request.outputTokens) {
      release(state, request);
      state.finished += 1;
    } else {
      stillRunning.push(request);
    }
  }
  state.running = stillRunning;
}

/** Preempts the newest running request: frees its blocks and queues it first for recomputation. */
function preemptNewest(state: SimulationState): KvRequest {
  const victim = state.running.pop()!;
  release(state, victim);
  victim.preemptions += 1;
  state.preempted += 1;
  state.waiting.unshift(victim); // newest preempted first, so older victims end up ahead of it
  return victim;
}

/** Every running request appends one token; paged ones take a new block when their last is full. Returns whether it preempted. */
function decode(state: SimulationState): boolean {
  const { config } = state;
  let preempted = false;
  for (let i = 0; i < state.running.length; i++) {
    const request = state.running[i]!;
    request.generatedTokens += 1;
    if (config.policy !== 'paged') continue;
    const privateBlocks = request.blockTable.length - sharedFullBlockCount(config);
    if (privateTokens(config, request) <= privateBlocks * config.blockSizeTokens) continue;
    let selfPreempted = false;
    while (state.freeBlockIds.length === 0 && !selfPreempted) {
      selfPreempted = preemptNewest(state) === request;
      preempted = true;
    }
    if (!selfPreempted) request.blockTable.push(takeFreeBlock(state));
  }
  return preempted;
}

function takeFreeBlock(state: SimulationState): number {
  const id = state.freeBlockIds.pop()!;
  state.freeBlocks = state.freeBlockIds.length;
  return id;
}

/**
 * Free blocks paged admission leaves untouched, so running sequences can grow a little before
 * anyone is preempted: vLLM's block manager keeps 1% of the blocks (`watermark=0.01`,
 * vllm/core/block_manager.py). Without it, a preempted request is readmitted at once and thrashes.
 */
function watermarkBlocks(config: Readonly<KvSimulationConfig>): number {
  return Math.floor(0.01 * config.capacityBlocks);
}

/**
 * Token slots a contiguous request reserves on admission (see `ContiguousReservation`).
 * @example reservedTokens({ ...defaultScenario, reservation: 'pow2' }, { promptTokens: 10, outputTokens: 25 }) // 42 (10 + 32)
 */
export function reservedTokens(
  config: Pick<KvSimulationConfig, 'maxSequenceTokens' | 'sharedPrefixTokens' | 'reservation'>,
  request: Pick<KvRequest, 'promptTokens' | 'outputTokens'>,
): number {
  const known = config.sharedPrefixTokens + request.promptTokens;
  switch (config.reservation ?? 'max') {
    case 'oracle':
      return known + request.outputTokens;
    case 'pow2':
      return Math.min(config.maxSequenceTokens, known + 2 ** Math.ceil(Math.log2(request.outputTokens)));
    default:
      return config.maxSequenceTokens;
  }
}

/**
 * First start, a multiple of `align`, of a gap of `length` blocks between contiguous
 * reservations, or −1. O(running · log running).
 */
function firstFit(state: SimulationState, length: number, align: number): number {
  const ranges = state.running.map((r) => [r.blockTable[0]!, r.blockTable.length] as const).sort((a, b) => a[0] - b[0]);
  let start = 0;
  for (const [rangeStart, rangeLength] of ranges) {
    const aligned = Math.ceil(start / align) * align;
    if (rangeStart - aligned >= length) return aligned;
    start = rangeStart + rangeLength;
  }
  const aligned = Math.ceil(start / align) * align;
  return state.config.capacityBlocks - aligned >= length ? aligned : -1;
}

/**
 * Blocks a buddy allocator hands out for a request of `blocks`: the next power of two. The paper's
 * Orca baselines use buddy allocation (§6.1), so a chunk of 2^k blocks also starts at a multiple of 2^k.
 */
function buddyBlocks(blocks: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, blocks)));
}

/** Admits from the head of the queue while its memory fits; prefill stores the prompt (and any recomputed output) plus one new token. */
function admit(state: SimulationState): void {
  const { config } = state;
  while (state.waiting.length > 0) {
    const request = state.waiting[0]!;
    const generated = Math.min(request.generatedTokens + 1, request.outputTokens);
    if (config.policy === 'contiguous') {
      const length = buddyBlocks(blocksForTokens(reservedTokens(config, request), config.blockSizeTokens));
      const start = firstFit(state, length, length);
      if (start < 0) return;
      request.blockTable = Array.from({ length }, (_, i) => start + i);
      state.freeBlocks -= length;
    } else {
      const shared = sharedFullBlockCount(config);
      const needed = blocksForTokens(privateTokens(config, { ...request, generatedTokens: generated }), config.blockSizeTokens);
      if (needed + watermarkBlocks(config) > state.freeBlockIds.length) return;
      request.blockTable = [];
      for (let id = 0; id < shared; id++) {
        request.blockTable.push(id);
        state.sharedRefCounts[id]! += 1;
      }
      for (let i = 0; i < needed; i++) request.blockTable.push(takeFreeBlock(state));
      // Appending to the partly filled last prefix block copies it into the request's own block.
      if (sharesPrefix(config) && config.sharedPrefixTokens % config.blockSizeTokens !== 0) state.copiedOnWrite += 1;
    }
    request.generatedTokens = generated;
    state.waiting.shift();
    state.running.push(request);
  }
}

/**
 * Advances `state` one step in place and returns that step's metrics (the fast path for playing).
 * @example advanceSimulation(createSimulation(defaultScenario)).step // 1
 */
export function advanceSimulation(state: SimulationState): StepMetrics {
  state.step += 1;
  arrive(state);
  finish(state);
  const preempted = decode(state);
  if (!preempted) admit(state);
  return measureSimulation(state);
}

function cloneRequest(request: KvRequest): KvRequest {
  return { ...request, blockTable: request.blockTable.slice() };
}

/**
 * The state one step later, leaving `state` untouched (copies it first: O(requests + blocks)).
 * @example stepSimulation(createSimulation(defaultScenario)).step // 1
 */
export function stepSimulation(state: SimulationState): SimulationState {
  const next = cloneSimulation(state);
  advanceSimulation(next);
  return next;
}

/**
 * A deep copy of `state` that can be advanced without touching the original. O(requests + blocks).
 * @example cloneSimulation(createSimulation(defaultScenario)).step // 0
 */
export function cloneSimulation(state: SimulationState): SimulationState {
  return {
    ...state,
    rng: { ...state.rng },
    waiting: state.waiting.map(cloneRequest),
    running: state.running.map(cloneRequest),
    freeBlockIds: state.freeBlockIds.slice(),
    sharedRefCounts: state.sharedRefCounts.slice(),
  };
}

/** Tokens stored once for the shared prefix (0 unless paged with sharing). */
function pinnedLiveTokens(config: Readonly<KvSimulationConfig>): number {
  return sharesPrefix(config) ? config.sharedPrefixTokens : 0;
}

/**
 * What the memory holds now. O(running requests).
 * @example measureSimulation(createSimulation(defaultScenario)).freeTokenSlots // 15696
 */
export function measureSimulation(state: SimulationState): StepMetrics {
  const { config } = state;
  const blockSize = config.blockSizeTokens;
  const capacity = config.capacityBlocks * blockSize;
  const allocated = (config.capacityBlocks - state.freeBlocks) * blockSize;
  let live = pinnedLiveTokens(config);
  let future = 0;
  for (const request of state.running) {
    live += config.policy === 'paged' ? privateTokens(config, request) : sequenceTokens(config, request);
    if (config.policy === 'contiguous') future += request.outputTokens - request.generatedTokens;
  }
  const unused = allocated - live;
  return {
    step: state.step,
    capacityTokenSlots: capacity,
    liveTokenSlots: live,
    reservedUnusedTokenSlots: config.policy === 'contiguous' ? unused : 0,
    reservedFutureTokenSlots: future,
    fragmentTokenSlots: config.policy === 'paged' ? unused : 0,
    freeTokenSlots: state.freeBlocks * blockSize,
    usedBlocks: config.capacityBlocks - state.freeBlocks,
    freeBlocks: state.freeBlocks,
    sharedBlocks: state.sharedRefCounts.length,
    running: state.running.length,
    waiting: state.waiting.length,
    finished: state.finished,
    preempted: state.preempted,
    utilization: live / capacity,
    utilizationOfAllocated: allocated > 0 ? live / allocated : 0,
  };
}

/**
 * Who holds each physical block and what it holds, for drawing the memory grid. O(blocks).
 * @example blockMap(createSimulation(defaultScenario))[0] // { owner: null, state: 'free', liveTokens: 0, refCount: 0 }
 */
export function blockMap(state: SimulationState): BlockView[] {
  const { config } = state;
  const blockSize = config.blockSizeTokens;
  const blocks: BlockView[] = Array.from({ length: config.capacityBlocks }, () => ({
    owner: null,
    state: 'free',
    liveTokens: 0,
    refCount: 0,
  }));
  state.sharedRefCounts.forEach((refCount, id) => {
    const liveTokens = Math.min(blockSize, config.sharedPrefixTokens - id * blockSize);
    blocks[id] = { owner: null, state: 'shared', liveTokens, refCount };
  });
  const shared = sharedFullBlockCount(config);
  for (const request of state.running) {
    const own = request.blockTable.slice(shared);
    let tokens = config.policy === 'paged' ? privateTokens(config, request) : sequenceTokens(config, request);
    for (const id of own) {
      const liveTokens = Math.min(blockSize, Math.max(0, tokens));
      tokens -= liveTokens;
      blocks[id] = { owner: request.id, state: blockStateOf(config.policy, liveTokens, blockSize), liveTokens, refCount: 1 };
    }
  }
  return blocks;
}

function blockStateOf(policy: KvPolicy, liveTokens: number, blockSize: number): BlockState {
  if (policy === 'contiguous') return liveTokens > 0 ? 'live' : 'reserved';
  return liveTokens === blockSize ? 'live' : 'fragment';
}

/**
 * Runs `steps` steps from a fresh start: the metrics of every step and the final block map.
 * @example simulate({ ...defaultScenario, policy: 'contiguous' }, 10).metrics.length // 10
 */
export function simulate(config: KvSimulationConfig, steps: number): SimulationResult {
  requireInteger('steps', steps, 0);
  const state = createSimulation(config);
  const metrics: StepMetrics[] = [];
  for (let i = 0; i < steps; i++) metrics.push(advanceSimulation(state));
  return { metrics, blocks: blockMap(state), state };
}

/** A run kept for scrubbing: the metrics of every step and a copy of the state every few steps. */
export interface SimulationRecording {
  /** Metrics indexed by step: `metrics[0]` is the empty start, `metrics[steps]` the last step. */
  readonly metrics: readonly StepMetrics[];
  /** `checkpoints[i]` is the state after step `i × checkpointEvery`. */
  readonly checkpoints: readonly SimulationState[];
  /** Steps between checkpoints. */
  readonly checkpointEvery: number;
}

/**
 * Runs `steps` steps once, keeping every step's metrics and a state copy every `checkpointEvery`
 * steps, so any step can be shown later without replaying the run from the start.
 * @example recordSimulation(defaultScenario, 1000).metrics.length // 1001 (steps 0…1000)
 */
export function recordSimulation(config: KvSimulationConfig, steps: number, checkpointEvery = 100): SimulationRecording {
  requireInteger('steps', steps, 0);
  requireInteger('checkpointEvery', checkpointEvery, 1);
  const state = createSimulation(config);
  const metrics: StepMetrics[] = [measureSimulation(state)];
  const checkpoints: SimulationState[] = [cloneSimulation(state)];
  for (let step = 1; step <= steps; step++) {
    metrics.push(advanceSimulation(state));
    if (step % checkpointEvery === 0) checkpoints.push(cloneSimulation(state));
  }
  return { metrics, checkpoints, checkpointEvery };
}

/**
 * The state after `step` steps of a recorded run: the nearest earlier checkpoint, copied and
 * advanced. O(checkpointEvery steps).
 * @example stateAtStep(recordSimulation(defaultScenario, 1000), 250).step // 250
 */
export function stateAtStep(recording: SimulationRecording, step: number): SimulationState {
  requireInteger('step', step, 0);
  const last = recording.metrics.length - 1;
  if (step > last) throw new RangeError(`step must be at most ${last}, the length of the recording (got ${step}).`);
  const index = Math.floor(step / recording.checkpointEvery);
  const state = cloneSimulation(recording.checkpoints[index]!);
  while (state.step < step) advanceSimulation(state);
  return state;
}

/** Averages over a stretch of steps, as shares of capacity (Fig. 2 of the paper is such an average). */
export interface MeanMetrics {
  /** Steps averaged. */
  steps: number;
  /** Mean live ÷ capacity. */
  utilization: number;
  /** Mean live ÷ allocated. */
  utilizationOfAllocated: number;
  /** Mean reserved-but-unused ÷ capacity (contiguous). */
  reservedUnusedShare: number;
  /** Of that, the mean share the requests will still fill (contiguous; the paper's "reservation"). */
  reservedFutureShare: number;
  /** Mean last-block fragmentation ÷ capacity (paged). */
  fragmentShare: number;
  /** Mean free ÷ capacity. */
  freeShare: number;
  /** Mean running requests. */
  running: number;
}

/**
 * Means of the metrics from step `fromStep` on (skip the warm-up, when memory is still filling).
 * @example meanMetrics(simulate(defaultScenario, 3000).metrics, 1000).utilization // ≈ 0.97
 */
export function meanMetrics(metrics: readonly StepMetrics[], fromStep = 0): MeanMetrics {
  requireInteger('fromStep', fromStep, 0);
  const window = metrics.filter((m) => m.step >= fromStep);
  if (window.length === 0) throw new RangeError(`no steps at or after fromStep ${fromStep} to average.`);
  const mean = (pick: (m: StepMetrics) => number) => window.reduce((sum, m) => sum + pick(m), 0) / window.length;
  return {
    steps: window.length,
    utilization: mean((m) => m.utilization),
    utilizationOfAllocated: mean((m) => m.utilizationOfAllocated),
    reservedUnusedShare: mean((m) => m.reservedUnusedTokenSlots / m.capacityTokenSlots),
    reservedFutureShare: mean((m) => m.reservedFutureTokenSlots / m.capacityTokenSlots),
    fragmentShare: mean((m) => m.fragmentTokenSlots / m.capacityTokenSlots),
    freeShare: mean((m) => m.freeTokenSlots / m.capacityTokenSlots),
    running: mean((m) => m.running),
  };
}
