/**
 * KV-block arithmetic: how many blocks a sequence takes, how many sequences fit, what sharing a
 * prefix saves, and what static batching wastes. Used by the allocator and by the throughput model.
 */
import { requireFinite, requireInteger, requirePositive } from '../core/guard';

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
