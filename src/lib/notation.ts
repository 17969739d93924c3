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
  { tex: 'B', meaning: 'tokens per KV block (block size)', unit: 'tokens', code: 'blockSizeTokens' },
  { tex: 'E', meaning: 'routed experts per MoE layer', unit: 'count', code: 'experts' },
  { tex: 'k', meaning: 'experts each token is routed to', unit: 'count', code: 'expertsPerToken' },
  { tex: 't_0', meaning: 'fixed cost of one decode step', unit: 's', code: 'stepOverheadSeconds' },
];
