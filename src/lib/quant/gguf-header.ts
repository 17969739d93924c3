/**
 * The bytes of a GGUF file besides tensor data: the header. Its layout (ggml `gguf.cpp`): a 24-byte
 * preamble (magic, version, tensor and key counts), the key–value metadata, one info record per
 * tensor, then zero padding to the 32-byte alignment; each tensor's data is padded to 32 bytes too.
 * The tensor infos are exact from the tensor list. The metadata is mostly the tokenizer — token
 * strings, their types and scores, BPE merges — plus the chat template: measured on exact-byte
 * files for four tokenizers, estimated from vocabulary and merges for the rest (an estimate off by
 * half is still under 0.3% of the smallest catalog file).
 */
import type { GgufTensor } from './tensor-list';

/** GGUF's default data alignment (`general.alignment`). @example GGUF_ALIGNMENT_BYTES // 32 */
export const GGUF_ALIGNMENT_BYTES = 32;

/** A tokenizer a model ships, as llama.cpp stores it in the header. */
export type TokenizerFamily =
  'llama3' | 'llama2-spm' | 'mistral-v3-spm' | 'qwen2' | 'gemma2-spm' | 'gemma3-spm' | 'phi4' | 'deepseek-v3' | 'o200k-harmony' | 'falcon';

/** Where a tokenizer's metadata size comes from. */
export interface TokenizerMetadata {
  /** Metadata (key–value) bytes of a file with this tokenizer. */
  readonly metadataBytes: number;
  /** 'measured' on published files, or 'estimated' with `tokenizerMetadataEstimate`. */
  readonly basis: 'measured' | 'estimated';
  /** The files measured, or the vocabulary the estimate uses. */
  readonly note: string;
}

/** What the metadata estimate needs of a tokenizer. */
export interface TokenizerShape {
  /** Tokens in the vocabulary. */
  readonly vocab: number;
  /** BPE merge rules (0 for SentencePiece). */
  readonly merges: number;
  /** SentencePiece tokenizers also store a float score per token. */
  readonly sentencePiece: boolean;
  /** Average bytes of one token string. */
  readonly tokenStringBytes: number;
}

/**
 * Metadata bytes from a tokenizer's shape: ~20 kB of scalar keys and chat template, then per token
 * a string (8-byte length + text) and a 4-byte type, a 4-byte score for SentencePiece, and per
 * merge a string of ~11.5 bytes. Within 1.3% of the four measured tokenizers (3% under for o200k).
 * @example tokenizerMetadataEstimate({ vocab: 32768, merges: 0, sentencePiece: true, tokenStringBytes: 6 }) // 740896
 */
export function tokenizerMetadataEstimate(shape: TokenizerShape): number {
  const perToken = 8 + shape.tokenStringBytes + 4 + (shape.sentencePiece ? 4 : 0);
  return Math.round(20_000 + shape.vocab * perToken + shape.merges * (8 + 11.5));
}

function estimated(shape: TokenizerShape, note: string): TokenizerMetadata {
  return { metadataBytes: tokenizerMetadataEstimate(shape), basis: 'estimated', note };
}

// Measured = file bytes − exact tensor bytes − tensor infos, on files whose exact size is published
// (Hugging Face LFS sizes); the files of one tokenizer agree to within ±2 kB.
/** Metadata size of each tokenizer, with its basis. @example tokenizerMetadata.qwen2.metadataBytes // 5933000 */
export const tokenizerMetadata: Readonly<Record<TokenizerFamily, TokenizerMetadata>> = {
  llama3: {
    metadataBytes: 7_822_000,
    basis: 'measured',
    note: '128,256 tokens, 280,147 merges: 7,821,065 B (bartowski DeepSeek-R1-Distill-Llama-70B, four files) and 7,822,878 B (bartowski Llama-3.2-1B-Instruct)',
  },
  qwen2: {
    metadataBytes: 5_933_000,
    basis: 'measured',
    note: '151,643 tokens + specials, 151,387 merges: 5,932,883–5,933,032 B (six official Qwen3 files), 5,934,200–5,934,968 B (five Qwen2.5 files)',
  },
  'gemma3-spm': {
    metadataBytes: 6_513_000,
    basis: 'measured',
    note: '262,144-token SentencePiece: 6,513,319 B (bartowski gemma-3-4b-it Q4_K_M)',
  },
  'o200k-harmony': {
    metadataBytes: 12_980_000,
    basis: 'measured',
    note: '201,088 tokens, ~446,000 merges: 12,980,510 B (DevQuasar gpt-oss-safeguard-20b Q4_K_M)',
  },
  'llama2-spm': estimated(
    { vocab: 32000, merges: 0, sentencePiece: true, tokenStringBytes: 6 },
    '32,000-token SentencePiece (Llama 2, Mixtral)',
  ),
  'mistral-v3-spm': estimated({ vocab: 32768, merges: 0, sentencePiece: true, tokenStringBytes: 6 }, '32,768-token SentencePiece'),
  'gemma2-spm': estimated({ vocab: 256000, merges: 0, sentencePiece: true, tokenStringBytes: 9 }, '256,000-token SentencePiece'),
  phi4: estimated({ vocab: 100352, merges: 100000, sentencePiece: false, tokenStringBytes: 7 }, '100,352 tokens, ~100,000 merges'),
  'deepseek-v3': estimated({ vocab: 129280, merges: 127741, sentencePiece: false, tokenStringBytes: 7 }, '129,280 tokens, 127,741 merges'),
  falcon: estimated({ vocab: 65024, merges: 64784, sentencePiece: false, tokenStringBytes: 6 }, '65,024 tokens, 64,784 merges'),
};

/**
 * `bytes` rounded up to the next multiple of the GGUF alignment.
 * @example padToAlignment(33) // 64
 */
export function padToAlignment(bytes: number): number {
  return Math.ceil(bytes / GGUF_ALIGNMENT_BYTES) * GGUF_ALIGNMENT_BYTES;
}

/**
 * Bytes of the tensor-info records: per tensor an 8-byte name length, the name, a 4-byte dimension
 * count, 8 bytes per dimension, a 4-byte type and an 8-byte data offset.
 * @example tensorInfoBytes([{ name: 'output_norm.weight', shape: [4096] }]) // 50
 */
export function tensorInfoBytes(tensors: readonly Pick<GgufTensor, 'name' | 'shape'>[]): number {
  return tensors.reduce((sum, t) => sum + 8 + t.name.length + 4 + 8 * t.shape.length + 4 + 8, 0);
}

/**
 * The header of a GGUF file: preamble, metadata, tensor infos, padded to the alignment.
 * @example ggufHeaderBytes([{ name: 'output_norm.weight', shape: [4096] }], 'qwen2') // 5933088
 */
export function ggufHeaderBytes(tensors: readonly Pick<GgufTensor, 'name' | 'shape'>[], tokenizer: TokenizerFamily): number {
  const metadata = tokenizerMetadata[tokenizer];
  if (!metadata) throw new RangeError(`Unknown tokenizer "${tokenizer}". Known: ${Object.keys(tokenizerMetadata).join(', ')}.`);
  return padToAlignment(24 + metadata.metadataBytes + tensorInfoBytes(tensors));
}

/**
 * What splitting one file into `shards` adds (gguf-split, `llama-quantize --keep-split`): each extra
 * shard repeats the 24-byte preamble and up to 31 bytes of padding, and every shard carries three
 * `split.*` keys (~82 bytes). The metadata itself is written once, in the first shard.
 * @example ggufSplitOverheadBytes(9) // 1178
 */
export function ggufSplitOverheadBytes(shards: number): number {
  if (!Number.isInteger(shards) || shards < 1) throw new RangeError(`shards must be a whole number ≥ 1 (got ${shards}).`);
  return shards === 1 ? 0 : shards * 82 + (shards - 1) * (24 + 31);
}
