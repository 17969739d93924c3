/**
 * The vLLM paper's published setup and findings (Kwon et al., SOSP 2023), and the default
 * scenario the allocator simulation starts from. Data only: each value says where it comes from.
 */
import type { AttentionGeometry } from '../memory/kv';
import type { KvSimulationConfig } from './simulation-types';

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
  source:
    'Kwon et al., SOSP 2023 (arXiv:2309.06180), sections as noted; vLLM blog, 20 June 2023. Fig. 13a values from a transcription of the figure, checked against §6.2’s 2.2× and 4.3×.',
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
    source:
      'vLLM paper Fig. 11 legend: ShareGPT conversations shared by ChatGPT users; 8.4× longer prompts and 5.8× longer outputs than Alpaca (§6.1).',
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
