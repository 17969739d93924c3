/**
 * The book's one notation: every symbol used in prose, equations, instruments and code, with its
 * meaning and unit. Chapters render this table; the code names carry the same units.
 */

/** One symbol. */
export interface NotationSymbol {
  /** TeX for the symbol. */
  readonly tex: string;
  /** What it stands for. */
  readonly meaning: string;
  /** Its unit. */
  readonly unit: string;
  /** The name it has in src/lib. */
  readonly code: string;
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
];
