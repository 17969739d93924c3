/**
 * Replaying a simulation: a recorded run to scrub through step by step, and averages over a run
 * (the vLLM paper's Fig. 2 is such an average).
 */
import { requireInteger } from '../core/guard';
import { advanceSimulation, cloneSimulation, createSimulation, measureSimulation } from './allocator';
import type { KvSimulationConfig, SimulationState, StepMetrics } from './simulation-types';

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
