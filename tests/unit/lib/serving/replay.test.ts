import { describe, expect, it } from 'vitest';
import {
  advanceSimulation,
  cloneSimulation,
  measureSimulation,
  recordSimulation,
  simulate,
  stateAtStep,
  type KvSimulationConfig,
} from '../../../../src/lib';

/** A small, busy configuration that forces preemption and exercises every code path quickly. */
const small: KvSimulationConfig = {
  policy: 'paged',
  blockSizeTokens: 4,
  capacityBlocks: 60,
  maxSequenceTokens: 64,
  meanPromptTokens: 10,
  meanOutputTokens: 20,
  arrivalsPerStep: 0.5,
  sharedPrefixTokens: 0,
  prefixSharing: false,
  seed: 7,
};

describe('recordSimulation and stateAtStep', () => {
  it('stateAtStep(recordSimulation(config, n), s) equals running s steps from scratch, for every policy', () => {
    for (const config of [small, { ...small, policy: 'contiguous' as const, reservation: 'oracle' as const }]) {
      const recording = recordSimulation(config, 400, 50);
      expect(recording.metrics).toHaveLength(401);
      expect(recording.checkpoints).toHaveLength(9);
      for (const step of [0, 1, 49, 50, 51, 237, 400]) {
        const state = stateAtStep(recording, step);
        const direct = simulate(config, step).state;
        expect(JSON.stringify(state)).toBe(JSON.stringify(direct));
        expect(measureSimulation(state)).toEqual(recording.metrics[step]);
      }
    }
  });

  it('stateAtStep(recording, s) leaves the recording untouched, so it can be asked again', () => {
    const recording = recordSimulation(small, 200, 100);
    const before = JSON.stringify(recording.checkpoints);
    stateAtStep(recording, 150);
    expect(JSON.stringify(recording.checkpoints)).toBe(before);
    expect(stateAtStep(recording, 150)).toEqual(stateAtStep(recording, 150));
  });

  it('stateAtStep(recording, s) rejects steps past the recording', () => {
    expect(() => stateAtStep(recordSimulation(small, 10), 11)).toThrow(/step must be at most 10/);
    expect(() => stateAtStep(recordSimulation(small, 10), -1)).toThrow(RangeError);
  });

  it('cloneSimulation(state) shares nothing mutable with the original', () => {
    const state = simulate(small, 100).state;
    const copy = cloneSimulation(state);
    advanceSimulation(copy);
    expect(state.step).toBe(100);
    expect(copy.step).toBe(101);
    expect(measureSimulation(state)).toEqual(simulate(small, 100).metrics.at(-1));
  });
});
