/**
 * The book's one notation: every symbol used in prose, equations, instruments and code, with its
 * meaning and unit, each TeX spelling meaning one thing. Chapters render parts of this table; the
 * notation index (/notation/) renders all of it; the build fails on a symbol in a chapter's math
 * that is not here (src/site/build/remark-notation.mjs). The code names carry the same units.
 *
 * Taken letters are not reused: T is context tokens and k experts per token, so the sampling
 * chapters write temperature τ and top-k k_top (reserved below).
 */

/** One symbol. */
export interface NotationSymbol {
  /** TeX for the symbol. */
  readonly tex: string;
  /** What it stands for. */
  readonly meaning: string;
  /** Its unit. */
  readonly unit: string;
  /** The name it has in src/lib, or '' when the code has no such value (an index, a vector). */
  readonly code: string;
  /** Declared ahead of the chapter that will use it: why this symbol and not an obvious one. */
  readonly reserved?: string;
}

/** Symbols in the order the book introduces them. @example notation[0]!.tex // "N" */
export const notation: readonly NotationSymbol[] = [
  { tex: 'N', meaning: 'parameters stored (all experts for a mixture of experts)', unit: 'count', code: 'totalParams' },
  { tex: 'N_{\\text{act}}', meaning: 'parameters used for one token', unit: 'count', code: 'activeParams' },
  { tex: '\\text{bpw}', meaning: 'bits per weight (effective, for a whole file)', unit: 'bits', code: 'bitsPerWeight' },
  { tex: 'W', meaning: 'weight memory', unit: 'bytes', code: 'weightBytes' },
  { tex: 'L', meaning: 'transformer layers', unit: 'count', code: 'layers' },
  { tex: 'h_{\\text{kv}}', meaning: 'key/value heads per layer', unit: 'count', code: 'kvHeads' },
  { tex: 'd_{\\text{head}}', meaning: 'dimension of one attention head', unit: 'elements', code: 'headDim' },
  { tex: 'd_{\\text{model}}', meaning: 'hidden size', unit: 'elements', code: 'hiddenSize' },
  { tex: 'T', meaning: 'tokens in context', unit: 'tokens', code: 'contextTokens' },
  { tex: 'b', meaning: 'sequences decoded together (batch, concurrent users)', unit: 'count', code: 'batch' },
  { tex: 's_{\\text{kv}}', meaning: 'bytes per stored key/value element', unit: 'bytes', code: 'kvBits / 8' },
  { tex: 'K', meaning: 'KV cache memory', unit: 'bytes', code: 'kvCacheBytes' },
  { tex: '\\text{BW}', meaning: 'memory bandwidth', unit: 'bytes/s', code: 'bandwidthBytesPerSecond' },
  { tex: 'F', meaning: 'dense 16-bit compute throughput', unit: 'FLOP/s', code: 'flopsPerSecond' },
  { tex: 'M', meaning: 'memory a runtime can use', unit: 'bytes', code: 'usableMemoryBytes' },
  { tex: 'h', meaning: 'query (attention) heads per layer', unit: 'count', code: 'attentionHeads' },
  { tex: 'd_c', meaning: 'MLA: width of the compressed key/value latent cached per token and layer', unit: 'elements', code: 'kvLoraRank' },
  { tex: 'd_h^R', meaning: 'MLA: width of the decoupled RoPE key cached per token and layer', unit: 'elements', code: 'ropeHeadDim' },
  { tex: 'w', meaning: 'sliding window: tokens a local layer attends to', unit: 'tokens', code: 'slidingWindow' },
  { tex: 'L_{\\text{loc}}', meaning: 'local (sliding-window) layers', unit: 'count', code: 'slidingLayers' },
  { tex: 'q', meaning: 'bits of integer code per weight in a block', unit: 'bits', code: 'valueBits' },
  { tex: 'n_{\\text{blk}}', meaning: 'weights sharing one block’s scales', unit: 'count', code: 'blockWeights' },
  { tex: 'm', meaning: 'bits of scales and minimums stored per block', unit: 'bits', code: 'metadataBits' },
  {
    tex: 'D_{\\text{KL}}',
    meaning: 'mean KL divergence of the quantized model’s next-token distribution from the 16-bit one',
    unit: 'nats',
    code: 'kldNats',
  },
  {
    tex: 'B_{\\text{tok}}',
    meaning: 'bytes read to decode one token (active weights + KV cache)',
    unit: 'bytes',
    code: 'bytesReadPerToken',
  },
  { tex: '\\eta', meaning: 'decode efficiency: measured speed ÷ bandwidth ceiling', unit: 'ratio', code: 'efficiency' },
  { tex: 'n', meaning: 'layers kept on the GPU when the rest is offloaded', unit: 'count', code: 'gpuLayers' },
  { tex: 'O', meaning: 'runtime overhead (fixed part + compute buffer)', unit: 'bytes', code: 'overhead.totalBytes' },
  { tex: '\\rho', meaning: 'headroom: share of usable memory kept free', unit: 'ratio', code: 'headroomFraction' },
  { tex: 'B', meaning: 'tokens per KV block (block size)', unit: 'tokens', code: 'blockSizeTokens' },
  { tex: 'E', meaning: 'routed experts per MoE layer', unit: 'count', code: 'experts' },
  { tex: 'k', meaning: 'experts each token is routed to', unit: 'count', code: 'expertsPerToken' },
  { tex: 't_0', meaning: 'fixed cost of one decode step', unit: 's', code: 'stepOverheadSeconds' },
  // Symbols of one derivation or example, in chapter order.
  { tex: 'x', meaning: 'a weight before quantization (x_i: the i-th of a block)', unit: 'value', code: 'weights' },
  { tex: 's', meaning: 'scale of a block: the real value of one code step', unit: 'value', code: 'scale' },
  { tex: 'c', meaning: 'integer code stored for a weight', unit: 'integer', code: 'codes' },
  { tex: '\\hat{x}', meaning: 'a weight as the model computes with it after quantization, s·c', unit: 'value', code: 'dequantized' },
  {
    tex: '\\text{bpw}_{\\text{block}}',
    meaning: 'bits per weight of a block format alone (codes and metadata)',
    unit: 'bits',
    code: 'blockBitsPerWeight',
  },
  { tex: 'e', meaning: 'Euler’s number, the base of the natural logarithm', unit: 'number', code: 'Math.E' },
  { tex: 't', meaning: 'position of a token in a text or sequence (an index)', unit: 'index', code: '' },
  { tex: 'i', meaning: 'index of an earlier token, of a weight in a block or of a request', unit: 'index', code: '' },
  { tex: 'v', meaning: 'a token of the vocabulary (a summation index)', unit: 'index', code: '' },
  { tex: 'p', meaning: 'the 16-bit model’s next-token distribution at a position (p_t)', unit: 'probability', code: '' },
  { tex: '\\hat{p}', meaning: 'the quantized model’s next-token distribution at a position', unit: 'probability', code: '' },
  { tex: '\\mathbf{q}', meaning: 'query vector of a token in one attention head', unit: 'elements', code: '' },
  { tex: '\\mathbf{k}', meaning: 'key vector of a token in one attention head', unit: 'elements', code: '' },
  { tex: '\\mathbf{v}', meaning: 'value vector of a token in one attention head', unit: 'elements', code: '' },
  { tex: '\\mathbf{o}', meaning: 'output of one attention head for a token', unit: 'elements', code: '' },
  { tex: '\\alpha', meaning: 'attention weight a query gives an earlier token (α_{t,i})', unit: 'ratio', code: '' },
  { tex: 'K_{\\text{MLA}}', meaning: 'KV cache memory of multi-head latent attention', unit: 'bytes', code: 'kvCacheBytes' },
  { tex: 'K_{\\text{SW}}', meaning: 'KV cache memory with sliding-window layers', unit: 'bytes', code: 'kvCacheBytes' },
  {
    tex: 'K_{\\text{naive}}',
    meaning: 'KV cache memory as the hidden-size formula (wrongly) gives it',
    unit: 'bytes',
    code: 'naiveKvCacheBytes',
  },
  { tex: 'T^{*}', meaning: 'context at which the KV cache equals the weights', unit: 'tokens', code: 'contextTokensForKvBytes' },
  {
    tex: 'I',
    meaning: 'arithmetic intensity: FLOPs per byte read from memory',
    unit: 'FLOP/byte',
    code: 'arithmeticIntensityFlopsPerByte',
  },
  { tex: 'T_{\\text{step}}', meaning: 'prompt tokens processed in one prefill step', unit: 'tokens', code: 'tokensPerStep' },
  { tex: 'W_{\\text{read}}', meaning: 'weight bytes read in one step', unit: 'bytes', code: 'weightBytes' },
  { tex: 'T_{\\text{prompt}}', meaning: 'tokens in the prompt', unit: 'tokens', code: 'promptTokens' },
  { tex: 't_{\\text{prefill}}', meaning: 'time to process the prompt', unit: 's', code: 'prefillSeconds' },
  { tex: 't_{\\text{tok}}', meaning: 'time to decode one token with some layers offloaded', unit: 's', code: 'secondsPerToken' },
  { tex: '\\text{BW}_{\\text{gpu}}', meaning: 'bandwidth of the GPU’s memory', unit: 'bytes/s', code: 'gpuBandwidthBytesPerSecond' },
  { tex: '\\text{BW}_{\\text{cpu}}', meaning: 'bandwidth of system RAM', unit: 'bytes/s', code: 'cpuBandwidthBytesPerSecond' },
  { tex: 'K_{\\text{seq}}', meaning: 'KV cache memory one sequence occupies', unit: 'bytes', code: 'bytesPerSequence' },
  { tex: 'b_{\\max}', meaning: 'most sequences whose caches fit beside the weights', unit: 'count', code: 'sequencesThatFit' },
  { tex: 'P', meaning: 'tokens in a prefix shared by several requests', unit: 'tokens', code: 'prefixTokens' },
  { tex: 'r', meaning: 'requests sharing a prefix', unit: 'count', code: 'sequences' },
  { tex: 'o', meaning: 'output tokens of one request in a batch (o_i)', unit: 'tokens', code: 'outputTokens' },
  { tex: 't_{\\text{step}}', meaning: 'time of one decode step for a batch of b sequences', unit: 's', code: 'stepSeconds' },
  { tex: 'E_{\\text{touched}}', meaning: 'distinct experts a batch reads in one layer', unit: 'count', code: 'expectedExpertsTouched' },
  // Reserved for the sampling chapters.
  {
    tex: '\\tau',
    meaning: 'sampling temperature',
    unit: 'ratio',
    code: 'temperature',
    reserved: 'for the sampling chapters: T already means tokens in context',
  },
  {
    tex: 'k_{\\text{top}}',
    meaning: 'candidate tokens kept by top-k sampling',
    unit: 'count',
    code: 'topK',
    reserved: 'for the sampling chapters: k already means experts per token',
  },
];
