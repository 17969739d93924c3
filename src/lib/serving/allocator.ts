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
import { requireFinite, requireInteger } from '../core/guard';
import { createRng, nextGeometric, nextPoisson, MAX_POISSON_MEAN } from '../core/prng';
import { blocksForTokens, sharedPrefixBlocks } from './kv-blocks';
import {
  contiguousReservations,
  type BlockState,
  type BlockView,
  type KvPolicy,
  type KvRequest,
  type KvSimulationConfig,
  type SimulationResult,
  type SimulationState,
  type StepMetrics,
} from './simulation-types';

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
 * @example blockMap(createSimulation(defaultScenario))[0] // { "owner": null, "state": "free", "liveTokens": 0, "refCount": 0 }
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
