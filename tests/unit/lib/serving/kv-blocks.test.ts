import { describe, expect, it } from 'vitest';
import {
  advanceSimulation,
  blocksForTokens,
  createSimulation,
  defaultScenario,
  pagedTokenSlots,
  prefixBlocksSaved,
  sequencesThatFit,
  sharedPrefixBlocks,
  staticBatchUsefulShare,
  type KvSimulationConfig,
} from '../../../../src/lib';
import paper from '../../../fixtures/vllm-paged-attention.json';
const paged: KvSimulationConfig = { ...defaultScenario, policy: 'paged' };

describe('blocksForTokens', () => {
  it('blocksForTokens(0, 16) is 0', () => expect(blocksForTokens(0, 16)).toBe(0));
  it('blocksForTokens(1, 16) is 1', () => expect(blocksForTokens(1, 16)).toBe(1));
  it('blocksForTokens(16, 16) is 1: an exact multiple needs no extra block', () => expect(blocksForTokens(16, 16)).toBe(1));
  it('blocksForTokens(17, 16) is 2: one token over opens a block', () => expect(blocksForTokens(17, 16)).toBe(2));
  it('blocksForTokens(32, 16) is 2', () => expect(blocksForTokens(32, 16)).toBe(2));
  it('blocksForTokens(33, 16) is 3', () => expect(blocksForTokens(33, 16)).toBe(3));
  it('blocksForTokens(2048, 16) is 128: one Orca (Max) reservation', () => expect(blocksForTokens(2048, 16)).toBe(128));
  it('blocksForTokens(7, 1) is 7', () => expect(blocksForTokens(7, 1)).toBe(7));

  it('blocksForTokens(tokens, blockSize) rejects negative, fractional and NaN tokens and a zero block size', () => {
    expect(() => blocksForTokens(-1, 16)).toThrow(/tokens must be at least 0/);
    expect(() => blocksForTokens(1.5, 16)).toThrow(/tokens must be a whole number/);
    expect(() => blocksForTokens(Number.NaN, 16)).toThrow(/tokens must be a finite number/);
    expect(() => blocksForTokens(16, 0)).toThrow(/blockSize must be at least 1/);
  });
});

describe('sequencesThatFit and pagedTokenSlots', () => {
  it('sequencesThatFit(12 GiB, 2048 × 800 KiB) is 7: Orca (Max) on the paper’s A100', () => {
    expect(sequencesThatFit(12 * 2 ** 30, paper.opt_max_sequence_tokens * 819_200)).toBe(
      paper.fig13a_batched_requests_sharegpt_2rps.orca_max,
    );
  });
  it('sequencesThatFit(budget, bytes) is 0 for a negative budget and rejects a zero size', () => {
    expect(sequencesThatFit(-5, 10)).toBe(0);
    expect(sequencesThatFit(9, 10)).toBe(0);
    expect(sequencesThatFit(10, 10)).toBe(1);
    expect(() => sequencesThatFit(10, 0)).toThrow(/bytesPerSequence must be greater than 0/);
    expect(() => sequencesThatFit(Number.NaN, 10)).toThrow(/kvBudgetBytes must be a finite number/);
  });
  it('pagedTokenSlots(tokens, B) wastes fewer than B slots, and none on exact multiples', () => {
    expect(pagedTokenSlots(33, 16)).toBe(48);
    expect(pagedTokenSlots(32, 16)).toBe(32);
    expect(pagedTokenSlots(0, 16)).toBe(0);
    for (let tokens = 1; tokens < 200; tokens++) {
      const waste = pagedTokenSlots(tokens, 16) - tokens;
      expect(waste).toBeGreaterThanOrEqual(0);
      expect(waste).toBeLessThan(16);
    }
  });
});

describe('sharedPrefixBlocks and prefixBlocksSaved', () => {
  it('sharedPrefixBlocks(341, 16) is 21: the 22nd, partial block is copied on write', () => {
    expect(sharedPrefixBlocks(341, 16)).toBe(21);
    expect(sharedPrefixBlocks(336, 16)).toBe(21);
    expect(sharedPrefixBlocks(15, 16)).toBe(0);
    expect(createSimulation({ ...paged, sharedPrefixTokens: 341, prefixSharing: true }).sharedRefCounts).toHaveLength(
      sharedPrefixBlocks(341, 16) + 1,
    );
  });

  it('prefixBlocksSaved(prefix, B, n) is (n − 1) × shared blocks, and 0 for one or no sequence', () => {
    expect(prefixBlocksSaved(341, 16, 10)).toBe(9 * 21);
    expect(prefixBlocksSaved(341, 16, 1)).toBe(0);
    expect(prefixBlocksSaved(341, 16, 0)).toBe(0);
    expect(() => prefixBlocksSaved(341, 16, 1.5)).toThrow(/sequences must be a whole number/);
  });

  it('prefixBlocksSaved matches the simulator: blocks used with and without sharing differ by it', () => {
    // Two requests admitted together, nothing else running.
    const base = { ...paged, sharedPrefixTokens: 341, arrivalsPerStep: 0 };
    const used = (prefixSharing: boolean) => {
      const state = createSimulation({ ...base, prefixSharing });
      for (const id of [0, 1])
        state.waiting.push({ id, arrivalStep: 0, promptTokens: 20, outputTokens: 50, generatedTokens: 0, blockTable: [], preemptions: 0 });
      return advanceSimulation(state).usedBlocks;
    };
    // Sharing also pins the partial prefix block once, so it saves one block less.
    expect(used(false) - used(true)).toBe(prefixBlocksSaved(341, 16, 2) - 1);
  });
});

describe('staticBatchUsefulShare', () => {
  it('staticBatchUsefulShare([20, 50, 100, 400]) is 570 / 1600', () => {
    expect(staticBatchUsefulShare([20, 50, 100, 400])).toBe(570 / 1600);
  });
  it('staticBatchUsefulShare(equal lengths) is 1: nothing to wait for', () => {
    expect(staticBatchUsefulShare([64, 64, 64])).toBe(1);
  });
  it('staticBatchUsefulShare(outputs) falls as one request gets longer', () => {
    const shares = [100, 200, 400, 800].map((longest) => staticBatchUsefulShare([100, 100, 100, longest]));
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThan(shares[i - 1]!);
  });
  it('staticBatchUsefulShare rejects an empty batch and zero-length outputs', () => {
    expect(() => staticBatchUsefulShare([])).toThrow(/at least one request/);
    expect(() => staticBatchUsefulShare([3, 0])).toThrow(/outputTokens\[1\] must be at least 1/);
  });
});
