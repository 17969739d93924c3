/**
 * Every source the book cites, by id. Chapters cite with <Cite id="…" />; the references list
 * at the end of a chapter is built from the ids it cites, in order of first use.
 */

/** One published source. */
export interface Reference {
  /** Stable id used in <Cite id> and in `#ref-<id>` anchors. */
  readonly id: string;
  /** Authors or publisher as usually cited. */
  readonly authors: string;
  /** Title of the work. */
  readonly title: string;
  /** Venue, year or revision. */
  readonly venue: string;
  /** Where to read it. */
  readonly url: string;
}

export const bibliography: readonly Reference[] = [
  {
    id: 'llamacpp-quantize',
    authors: 'ggml-org/llama.cpp',
    title: 'tools/quantize/README.md (Llama 3.1 8B size and speed table)',
    venue: 'GitHub, read at commit 311c2c9',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md',
  },
  {
    id: 'llamacpp-perplexity',
    authors: 'ggml-org/llama.cpp',
    title: 'tools/perplexity/README.md (LLaMA 3 8B quantization scoreboard)',
    venue: 'GitHub, revision f364eb6f; also PR #6936',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/perplexity/README.md',
  },
  {
    id: 'llamacpp-kquants',
    authors: 'I. Kawrakow (ikawrakow)',
    title: 'k-quants (PR #1684)',
    venue: 'ggml-org/llama.cpp, 2023',
    url: 'https://github.com/ggml-org/llama.cpp/pull/1684',
  },
  {
    id: 'llama3-card',
    authors: 'Meta',
    title: 'Llama 3.1 model card (sizes, context length, licence)',
    venue: 'meta-llama/llama-models',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
  },
  {
    id: 'llama31-8b-config',
    authors: 'Meta',
    title:
      'Llama-3.1-8B config.json (hidden_size, num_hidden_layers, num_key_value_heads, intermediate_size, vocab_size, tie_word_embeddings)',
    venue: 'Hugging Face, meta-llama/Llama-3.1-8B',
    url: 'https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json',
  },
  {
    id: 'gguf-small-model-files',
    authors: 'unsloth; ggml-org',
    title: 'File lists of unsloth/Llama-3.2-1B-Instruct-GGUF (Q4_K_M: 808 MB) and ggml-org/gemma-3-4b-it-GGUF (Q4_K_M: 2.49 GB)',
    venue: 'Hugging Face',
    url: 'https://huggingface.co/ggml-org/gemma-3-4b-it-GGUF/tree/main',
  },
  {
    id: 'deepseek-r1',
    authors: 'DeepSeek-AI',
    title: 'DeepSeek-R1 README, §7 "License": code and model weights under the MIT License',
    venue: 'GitHub, deepseek-ai/DeepSeek-R1 at commit 0cf7856',
    url: 'https://github.com/deepseek-ai/DeepSeek-R1',
  },
  {
    id: 'deepseek-v3-0324',
    authors: 'DeepSeek-AI',
    title: 'DeepSeek-V3-0324 model card, "License": repository and model weights under the MIT License',
    venue: 'Hugging Face, 2025',
    url: 'https://huggingface.co/deepseek-ai/DeepSeek-V3-0324',
  },
  {
    id: 'llama3-herd',
    authors: 'Llama Team, AI @ Meta',
    title: 'The Llama 3 Herd of Models',
    venue: 'arXiv:2407.21783, 2024',
    url: 'https://arxiv.org/abs/2407.21783',
  },
  {
    id: 'mixtral-config',
    authors: 'Mistral AI',
    title: 'Mixtral-8x7B-v0.1 model card and config.json',
    venue: 'Hugging Face, 2023',
    url: 'https://huggingface.co/mistralai/Mixtral-8x7B-v0.1',
  },
  {
    id: 'qwen3-moe-config',
    authors: 'Qwen team',
    title: 'Qwen3-30B-A3B config.json and model card',
    venue: 'Hugging Face, 2025',
    url: 'https://huggingface.co/Qwen/Qwen3-30B-A3B',
  },
  {
    id: 'deepseek-v3',
    authors: 'DeepSeek-AI',
    title: 'DeepSeek-V3 Technical Report and README (§7 License: code MIT, Base/Chat weights under the DeepSeek Model License)',
    venue: 'arXiv:2412.19437, 2024',
    url: 'https://github.com/deepseek-ai/DeepSeek-V3',
  },
  {
    id: 'osi-open-weights',
    authors: 'Open Source Initiative',
    title: 'The Open Source AI Definition 1.0',
    venue: 'opensource.org, 2024',
    url: 'https://opensource.org/ai/open-source-ai-definition',
  },
  {
    id: 'llm-int8',
    authors: 'T. Dettmers, M. Lewis, Y. Belkada, L. Zettlemoyer',
    title: 'LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale',
    venue: 'NeurIPS 2022, arXiv:2208.07339',
    url: 'https://arxiv.org/abs/2208.07339',
  },
  {
    id: 'gptq',
    authors: 'E. Frantar, S. Ashkboos, T. Hoefler, D. Alistarh',
    title: 'GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers',
    venue: 'ICLR 2023, arXiv:2210.17323',
    url: 'https://arxiv.org/abs/2210.17323',
  },
  {
    id: 'awq',
    authors: 'J. Lin et al.',
    title: 'AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration',
    venue: 'MLSys 2024, arXiv:2306.00978',
    url: 'https://arxiv.org/abs/2306.00978',
  },
  {
    id: 'gqa',
    authors: 'J. Ainslie et al.',
    title: 'GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints',
    venue: 'EMNLP 2023, arXiv:2305.13245',
    url: 'https://arxiv.org/abs/2305.13245',
  },
  {
    id: 'mqa',
    authors: 'N. Shazeer',
    title: 'Fast Transformer Decoding: One Write-Head is All You Need',
    venue: 'arXiv:1911.02150, 2019',
    url: 'https://arxiv.org/abs/1911.02150',
  },
  {
    id: 'deepseek-v2',
    authors: 'DeepSeek-AI',
    title: 'DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model',
    venue: 'arXiv:2405.04434, 2024',
    url: 'https://arxiv.org/abs/2405.04434',
  },
  {
    id: 'vllm-paper',
    authors: 'W. Kwon et al.',
    title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
    venue: 'SOSP 2023, arXiv:2309.06180',
    url: 'https://arxiv.org/abs/2309.06180',
  },
  {
    id: 'vllm-blog',
    authors: 'vLLM team',
    title: 'vLLM: Easy, Fast, and Cheap LLM Serving with PagedAttention',
    venue: 'blog, 20 June 2023',
    url: 'https://blog.vllm.ai/2023/06/20/vllm.html',
  },
  {
    id: 'flashattention',
    authors: 'T. Dao, D. Y. Fu, S. Ermon, A. Rudra, C. Ré',
    title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness',
    venue: 'NeurIPS 2022, arXiv:2205.14135',
    url: 'https://arxiv.org/abs/2205.14135',
  },
  {
    id: 'gpu-benchmarks-llm',
    authors: 'X. Dai',
    title: 'GPU-Benchmarks-on-LLM-Inference',
    venue: 'GitHub, commit aa72e0e (2024)',
    url: 'https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference',
  },
  {
    id: 'ik-llamacpp-threads',
    authors: 'I. Kawrakow, ubergarm and others',
    title: 'ik_llama.cpp pull requests #54, #132, #259, #534 and discussions #201, #258 (CPU and expert-offload benchmarks)',
    venue: 'GitHub, read in the repository archive at commit 8337e4c',
    url: 'https://github.com/ikawrakow/ik_llama.cpp',
  },
  {
    id: 'kyuz0-strix-halo',
    authors: 'kyuz0',
    title: 'amd-strix-halo-toolboxes: llama-bench logs (benchmark/results)',
    venue: 'GitHub, commit d1a34be (2026)',
    url: 'https://github.com/kyuz0/amd-strix-halo-toolboxes',
  },
  {
    id: 'lhl-strix-halo',
    authors: 'lhl',
    title: 'strix-halo-testing: llama.cpp on Strix Halo, and a DGX Spark comparison',
    venue: 'GitHub, commit 5ee14b5 (2025)',
    url: 'https://github.com/lhl/strix-halo-testing',
  },
  {
    id: 'normiebench',
    authors: 'normiebench contributors',
    title: 'Apple M4 Mac mini llama-bench submission (issue #3)',
    venue: 'GitHub (2026)',
    url: 'https://github.com/brand-o/normiebench/issues/3',
  },
  {
    id: 'llamacpp-dgx-spark',
    authors: 'ggml-org/llama.cpp',
    title: 'benches/dgx-spark.md',
    venue: 'GitHub, commit 4c7e989 (build 6918)',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/benches/dgx-spark.md',
  },
  {
    id: 'llamacpp-quant-mixes',
    authors: 'ggml-org/llama.cpp',
    title: 'src/llama-quant.cpp (llama_tensor_get_type: which type each tensor of each mix gets)',
    venue: 'GitHub, release b6301 (2025-08-27), read from the copy bundled in npm node-llama-cpp 3.12.4',
    url: 'https://github.com/ggml-org/llama.cpp/blob/b6301/src/llama-quant.cpp',
  },
  {
    id: 'llamacpp-readme-2023',
    authors: 'ggml-org/llama.cpp',
    title: 'README "Quantization" tables: LLaMA 7B and 13B perplexity and file size per type (k-quant rows added by PR #1684)',
    venue: 'GitHub, README.md as of commit bac6699 (22 August 2023)',
    url: 'https://github.com/ggml-org/llama.cpp/blob/bac66994cf356cf488078c056831396eb4ce31d5/README.md#quantization',
  },
  {
    id: 'gguf-naming',
    authors: 'ggml-org/ggml',
    title: 'docs/gguf.md, "GGUF Naming Convention"',
    venue: 'GitHub',
    url: 'https://github.com/ggml-org/ggml/blob/master/docs/gguf.md',
  },
  {
    id: 'llamacpp-imatrix',
    authors: 'ggml-org/llama.cpp',
    title: 'tools/imatrix/README.md (importance matrix)',
    venue: 'GitHub',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/imatrix/README.md',
  },
  {
    id: 'attention-is-all',
    authors: 'A. Vaswani et al.',
    title: 'Attention Is All You Need',
    venue: 'NeurIPS 2017, arXiv:1706.03762',
    url: 'https://arxiv.org/abs/1706.03762',
  },
  {
    id: 'gemma2-report',
    authors: 'Gemma Team, Google DeepMind',
    title: 'Gemma 2: Improving Open Language Models at a Practical Size',
    venue: 'arXiv:2408.00118, 2024',
    url: 'https://arxiv.org/abs/2408.00118',
  },
  {
    id: 'gemma3-report',
    authors: 'Gemma Team, Google DeepMind',
    title: 'Gemma 3 Technical Report',
    venue: 'arXiv:2503.19786, 2025',
    url: 'https://arxiv.org/abs/2503.19786',
  },
  {
    id: 'llama2-card',
    authors: 'Meta',
    title: 'Llama 2 model card (GQA for 70B only; 7B and 13B use multi-head attention)',
    venue: 'meta-llama/llama-models',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama2/MODEL_CARD.md',
  },
  {
    id: 'falcon-7b-card',
    authors: 'Technology Innovation Institute',
    title: 'tiiuae/falcon-7b model card and config.json (multi_query: true)',
    venue: 'Hugging Face, 2023',
    url: 'https://huggingface.co/tiiuae/falcon-7b',
  },
  {
    id: 'llamacpp-server-cache-type',
    authors: 'ggml-org/llama.cpp',
    title: 'tools/server/README.md (--cache-type-k, --cache-type-v: f32, f16, bf16, q8_0, q4_0, …)',
    venue: 'GitHub',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md',
  },
  {
    id: 'llamacpp-v-cache-fa',
    authors: 'ggml-org/llama.cpp',
    title: 'src/llama-context.cpp, llama_init_from_model: "quantized V cache requires flash_attn to be enabled" (auto mode enables it)',
    venue: 'GitHub, read at commit 001d906',
    url: 'https://github.com/ggml-org/llama.cpp/blob/001d906a6d86e2490e394361e7cc6f478b100088/src/llama-context.cpp',
  },
  {
    id: 'kivi',
    authors: 'Z. Liu et al.',
    title: 'KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache',
    venue: 'ICML 2024, arXiv:2402.02750',
    url: 'https://arxiv.org/abs/2402.02750',
  },
  {
    id: 'llamacpp-kv-quant-kld',
    authors: 'J. Gäßler',
    title: 'CUDA: quantized KV cache demo (PR #7412), first results: KL divergence by weight, K and V type',
    venue: 'ggml-org/llama.cpp, 20 May 2024',
    url: 'https://github.com/ggml-org/llama.cpp/pull/7412',
  },
  {
    id: 'roofline',
    authors: 'S. Williams, A. Waterman, D. Patterson',
    title: 'Roofline: An Insightful Visual Performance Model for Multicore Architectures',
    venue: 'Communications of the ACM 52(4), 2009',
    url: 'https://doi.org/10.1145/1498765.1498785',
  },
  {
    id: 'nvidia-ada-whitepaper',
    authors: 'NVIDIA',
    title: 'NVIDIA Ada GPU Architecture (whitepaper, Appendix A: RTX 4090 specifications)',
    venue: 'NVIDIA, 2022',
    url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
  },
  {
    id: 'llamacpp',
    authors: 'ggml-org',
    title: 'llama.cpp: LLM inference in C/C++',
    venue: 'GitHub',
    url: 'https://github.com/ggml-org/llama.cpp',
  },
  {
    id: 'ollama',
    authors: 'Ollama',
    title: 'Ollama: get up and running with large language models',
    venue: 'GitHub',
    url: 'https://github.com/ollama/ollama',
  },
  { id: 'lmstudio', authors: 'Element Labs', title: 'LM Studio', venue: 'lmstudio.ai', url: 'https://lmstudio.ai' },
  {
    id: 'llamacpp-compute-buffer-log',
    authors: 'fedora-copr/logdetective',
    title: 'PR #106 (llama.cpp server logs of KV and compute buffer sizes at 2,048 and 32,768 tokens)',
    venue: 'GitHub, January 2025',
    url: 'https://github.com/fedora-copr/logdetective/pull/106',
  },
  {
    id: 'metal-working-set',
    authors: 'abetlen/llama-cpp-python',
    title: 'Issue #687: recommendedMaxWorkingSetSize on a 16 GB Mac (10,922.67 MB)',
    venue: 'GitHub, 2023',
    url: 'https://github.com/abetlen/llama-cpp-python/issues/687',
  },
  {
    id: 'orca',
    authors: 'G.-I. Yu, J. S. Jeong, G.-W. Kim, S. Kim, B.-G. Chun',
    title: 'Orca: A Distributed Serving System for Transformer-Based Generative Models',
    venue: 'OSDI 2022',
    url: 'https://www.usenix.org/conference/osdi22/presentation/yu',
  },
  {
    id: 'vllm-artifact',
    authors: 'W. Kwon et al.',
    title: 'Artifact of the PagedAttention paper (experiments/fig2.sh, trace.py)',
    venue: 'GitHub sosp-ae-39/sosp-ae-astra, commit 1edca6a',
    url: 'https://github.com/sosp-ae-39/sosp-ae-astra',
  },
  {
    id: 'sglang',
    authors: 'L. Zheng et al.',
    title: 'SGLang: Efficient Execution of Structured Language Model Programs (RadixAttention)',
    venue: 'NeurIPS 2024, arXiv:2312.07104',
    url: 'https://arxiv.org/abs/2312.07104',
  },
  {
    id: 'llamacpp-batched-bench',
    authors: 'ggml-org/llama.cpp',
    title: 'tools/batched-bench/batched-bench.cpp (every sequence is fed token 0)',
    venue: 'GitHub, read at commit 0a1f017',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/batched-bench/batched-bench.cpp',
  },
  {
    id: 'llamacpp-server',
    authors: 'ggml-org/llama.cpp',
    title: 'llama-server: parallel slots (--parallel), unified KV cache (--kv-unified), continuous batching',
    venue: 'GitHub, tools/server/README.md and src/llama-context.cpp',
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md',
  },
  {
    id: 'llamacpp-m2max-working-set',
    authors: 'ggml-org/llama.cpp',
    title: 'Issue #1870: GPU memory on 64 GB Apple M1 Max and M2 Max machines (recommendedMaxWorkingSetSize = 49,152 MiB)',
    venue: 'GitHub, 2023',
    url: 'https://github.com/ggml-org/llama.cpp/issues/1870',
  },
];

const byId = new Map(bibliography.map((r) => [r.id, r]));

/**
 * `text` closed with one full stop: "J. Lin et al." stays as it is rather than gaining a second.
 * @example sentence('J. Lin et al.') // "J. Lin et al."
 */
export function sentence(text: string): string {
  return /[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** The reference with `id`; throws (failing the build) when it is missing. */
export function reference(id: string): Reference {
  const found = byId.get(id);
  if (!found) throw new Error(`No reference "${id}" in src/content/bibliography.ts.`);
  return found;
}
