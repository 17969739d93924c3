/**
 * Measured acceptance in speculative decoding, copied from the sources. Two different quantities
 * are published and kept apart: α, the probability the target accepts one draft token (Leviathan et
 * al.'s table 3, and DeepSeek-V3's one-token-deep MTP, where the two coincide), and the share of all
 * drafted tokens that were accepted (llama.cpp's "accept rate", n_accept ÷ n_drafted), which is
 * lower than α because drafting stops at the first rejection. Data only.
 */

/** One published measurement. */
export interface SpeculativeMeasurement {
  readonly id: string;
  /** Target model as published. */
  readonly target: string;
  /** Draft as published (a smaller model, or the target's own multi-token-prediction head). */
  readonly draft: string;
  /** Task, sampling and hardware as published. */
  readonly setting: string;
  /** Tokens drafted per target pass (γ), where fixed and stated; null otherwise. */
  readonly draftTokens: number | null;
  /** What `value` is: α per token, or the share of drafted tokens accepted. */
  readonly measure: 'alpha' | 'accepted-share';
  /** The published figure, 0–1 (the middle of a published range). */
  readonly value: number;
  /** Measured wall-time speed-up over plain decoding, where published or computable from two published speeds; null otherwise. */
  readonly speedup: number | null;
  readonly source: string;
}

const LEVIATHAN = 'Leviathan, Kalman & Matias, ICML 2023, arXiv:2211.17192';
const KYUZ0 =
  'kyuz0/amd-strix-halo-toolboxes@d1a34bee0900be574fc31be9dcdc02a925581889 benchmark/results-mtp/summary.json (speed-up = MTP tok/s ÷ baseline tok/s)';

/** The measurements, model drafts first. @example speculativeMeasurements.length // 9 */
export const speculativeMeasurements: readonly SpeculativeMeasurement[] = [
  {
    id: 'leviathan-t5-small-ende-greedy',
    target: 'T5-XXL 11B (English→German)',
    draft: 'T5-small 77M',
    setting: 'greedy, one TPU-v4, batch 1',
    draftTokens: 7,
    measure: 'alpha',
    value: 0.75,
    speedup: 3.4,
    source: `${LEVIATHAN}, tables 2 and 3`,
  },
  {
    id: 'leviathan-t5-small-ende-sampled',
    target: 'T5-XXL 11B (English→German)',
    draft: 'T5-small 77M',
    setting: 'sampling at temperature 1, one TPU-v4, batch 1',
    draftTokens: 7,
    measure: 'alpha',
    value: 0.62,
    speedup: 2.6,
    source: `${LEVIATHAN}, tables 2 and 3`,
  },
  {
    id: 'leviathan-t5-large-cnndm-greedy',
    target: 'T5-XXL 11B (summarisation, CNN/DM)',
    draft: 'T5-large 800M',
    setting: 'greedy, one TPU-v4, batch 1',
    draftTokens: 3,
    measure: 'alpha',
    value: 0.74,
    speedup: 2.2,
    source: `${LEVIATHAN}, tables 2 and 3`,
  },
  {
    id: 'llamacpp-llama31-8b-1b-3060',
    target: 'Llama 3.1 8B Instruct Q8_0',
    draft: 'Llama 3.2 1B Instruct Q8_0',
    setting: 'llama-speculative, default sampling, RTX 3060 12 GB (526 of 730 drafted tokens accepted)',
    draftTokens: null,
    measure: 'accepted-share',
    value: 526 / 730,
    speedup: 55.47 / 32.49,
    source: 'https://github.com/ggml-org/llama.cpp/issues/5877 (comment of 2024-11-19: 55.47 tok/s speculative, 32.49 plain)',
  },
  {
    id: 'llamacpp-codellama-34b-7b-code',
    target: 'CodeLlama 34B Q4_K_M',
    draft: 'CodeLlama 7B Q4_K_M',
    setting: 'greedy, writing quicksort in C, 2 × RTX 3090, 16 tokens drafted',
    draftTokens: 16,
    measure: 'accepted-share',
    value: 0.87795,
    speedup: null,
    source: 'https://github.com/ggml-org/llama.cpp/pull/3006 (2023-09-04)',
  },
  {
    id: 'llamacpp-llama2-70b-7b-cpu',
    target: 'Llama 2 70B F16',
    draft: 'Llama 2 7B Q8_0',
    setting: 'default sampling, CPU only (47 of 132 drafted tokens accepted)',
    draftTokens: null,
    measure: 'accepted-share',
    value: 47 / 132,
    speedup: 0.52 / 0.44,
    source: 'https://github.com/ggml-org/llama.cpp/pull/2926 (comment of 2023-08-31: 0.52 tok/s speculative, 0.44 plain)',
  },
  {
    id: 'llamacpp-qwen3-235b-0.6b',
    target: 'Qwen3-235B-A22B Q4_K_XL (experts in system RAM)',
    draft: 'Qwen3-0.6B',
    setting: 'llama-server, refactoring a shell script (1,376 of 2,433 drafted tokens accepted)',
    draftTokens: null,
    measure: 'accepted-share',
    value: 1376 / 2433,
    speedup: null,
    source: 'https://github.com/ggml-org/llama.cpp/pull/14132 (comment of 2025-06-11)',
  },
  {
    id: 'deepseek-v3-mtp',
    target: 'DeepSeek-V3 671B',
    draft: 'its own multi-token-prediction module (one token deep)',
    setting: 'various topics; hardware and batch not stated',
    draftTokens: 1,
    measure: 'alpha',
    value: 0.875,
    speedup: 1.8,
    source:
      'DeepSeek-AI, DeepSeek-V3 Technical Report, arXiv:2412.19437, §5.4.3 (acceptance of the second token 85–90%; 1.8 times the tokens per second)',
  },
  {
    id: 'strix-halo-qwen36-27b-mtp-2',
    target: 'Qwen3.6-27B Q8_0',
    draft: 'its own multi-token-prediction layer',
    setting: 'llama.cpp, Ryzen AI Max+ 395, ROCm, 2 tokens drafted (12.4 vs 6.5 tok/s)',
    draftTokens: 2,
    measure: 'accepted-share',
    value: 0.7971,
    speedup: 12.4 / 6.5,
    source: KYUZ0,
  },
];
