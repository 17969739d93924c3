import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  lengthPresets,
  sharedPrefixExampleTokens,
  kvBytesPerToken,
  vllmPaperFindings,
  vllmPaperSetup,
} from '../../../../src/lib';
import paper from '../../../fixtures/vllm-paged-attention.json';

describe('defaultScenario', () => {
  it('defaultScenario takes its memory and lengths from the vLLM paper, not from tuning', () => {
    expect(defaultScenario.blockSizeTokens).toBe(paper.default_block_size_tokens);
    expect(defaultScenario.capacityBlocks).toBe(Math.floor(paper.kv_cache_slots_opt13b_a100_40gb / paper.default_block_size_tokens));
    expect(defaultScenario.maxSequenceTokens).toBe(paper.opt_max_sequence_tokens);
    expect(defaultScenario.meanPromptTokens).toBe(paper.sharegpt_mean_input_tokens);
    expect(defaultScenario.meanOutputTokens).toBe(paper.sharegpt_mean_output_tokens);
    expect(defaultScenario.source.citation).toMatch(/2309\.06180/);
  });

  it('the Fig. 11 means agree with §6.1’s “8.4× longer inputs, 5.8× longer outputs than Alpaca”', () => {
    expect((paper.sharegpt_mean_input_tokens / paper.alpaca_mean_input_tokens).toFixed(1)).toBe('8.4');
    expect((paper.sharegpt_mean_output_tokens / paper.alpaca_mean_output_tokens).toFixed(1)).toBe('5.8');
  });

  it('defaultScenario.arrivalsPerStep is 4 requests/s at the ≈45 ms step Little’s law gives for Fig. 13a', () => {
    const stepSeconds = paper.fig13a_batched_requests_sharegpt_2rps.vllm / 2 / paper.sharegpt_mean_output_tokens;
    expect(stepSeconds).toBeCloseTo(0.045, 3);
    expect(paper.fig2_request_rate_per_second * stepSeconds).toBeCloseTo(defaultScenario.arrivalsPerStep, 2);
  });
});

describe('sharedPrefixExampleTokens', () => {
  it('sharedPrefixExampleTokens is the paper’s 341-token 5-shot prefix', () => {
    expect(sharedPrefixExampleTokens).toBe(paper.five_shot_prefix_tokens);
  });
});

describe('vllmPaperSetup', () => {
  it('vllmPaperSetup stores 800 KiB per token and holds Table 1’s 15.7K slots', () => {
    expect(kvBytesPerToken(vllmPaperSetup.attention)).toBe(800 * 1024);
    expect((vllmPaperSetup.kvMemoryBytes / kvBytesPerToken(vllmPaperSetup.attention) / 1000).toFixed(1)).toBe(
      (paper.kv_cache_slots_opt13b_a100_40gb / 1000).toFixed(1),
    );
    expect(vllmPaperSetup.maxSequenceTokens).toBe(paper.opt_max_sequence_tokens);
  });
});

describe('vllmPaperFindings', () => {
  it('vllmPaperFindings quotes the published figures of the fixture', () => {
    expect(vllmPaperFindings.tokenStateSharePercent).toEqual(paper.existing_systems_token_state_share_percent);
    expect(vllmPaperFindings.pagedWasteUnderPercent).toBe(paper.paged_waste_under_percent);
    const batched = paper.fig13a_batched_requests_sharegpt_2rps;
    expect(vllmPaperFindings.batchedRequests).toEqual({
      orcaMax: batched.orca_max,
      orcaPow2: batched.orca_pow2,
      orcaOracle: batched.orca_oracle,
      vllm: batched.vllm,
    });
    expect((batched.vllm / batched.orca_oracle).toFixed(1)).toBe('2.2');
    expect((batched.vllm / batched.orca_max).toFixed(1)).toBe('4.3');
    expect(vllmPaperFindings.kernelOverheadPercent).toEqual(paper.kernel_overhead_percent);
    expect(vllmPaperFindings.sharingSavingPercent).toEqual({
      parallelSampling: paper.sharing_saving_alpaca_percent.parallel_sampling,
      beamSearch: paper.sharing_saving_alpaca_percent.beam_search,
    });
    expect(vllmPaperFindings.fewShotPrefixSpeedup).toBe(paper.few_shot_prefix_speedup_vs_oracle);
    expect(vllmPaperFindings.bestBlockSizesShareGpt).toEqual(paper.block_size_best_sharegpt);
    expect(vllmPaperFindings.largestGoodBlockSizeAlpaca).toBe(paper.block_size_largest_good_alpaca);
  });
});

describe('lengthPresets', () => {
  it('lengthPresets carry the paper’s Fig. 11 means, and defaultScenario uses ShareGPT’s', () => {
    const [sharegpt, alpaca] = lengthPresets;
    expect(sharegpt!.meanPromptTokens).toBe(paper.sharegpt_mean_input_tokens);
    expect(sharegpt!.meanOutputTokens).toBe(paper.sharegpt_mean_output_tokens);
    expect(alpaca!.meanPromptTokens).toBe(paper.alpaca_mean_input_tokens);
    expect(alpaca!.meanOutputTokens).toBe(paper.alpaca_mean_output_tokens);
    expect(defaultScenario.meanOutputTokens).toBe(sharegpt!.meanOutputTokens);
  });
});
