/**
 * Sizes of a few published GGUF files, as their download pages list them, with where each was read. They show how
 * far a real file's bits per weight stray from the calibration model's (Llama 3.1 8B): a small
 * model with a large vocabulary spends a bigger share of its weights on the embedding table,
 * which Q4_K_M keeps at 6 bits. Until the book computes file sizes from tensors, these are the
 * published figures, not derived ones.
 */

/** One published GGUF file. */
export interface PublishedGgufFile {
  /** Catalog model id the file was converted from. */
  readonly modelId: string;
  /** File name as uploaded. */
  readonly file: string;
  /** Quant type of the file. */
  readonly quant: string;
  /** Size in bytes as listed (3 significant figures of GB, ±0.5 in the last digit). Includes the file's metadata (tokenizer, header), a few MB at most. */
  readonly bytes: number;
  /** Where the file is published. */
  readonly url: string;
  /** How the byte count was read. */
  readonly source: string;
}

/** Published Q4_K_M files of small models with 128K- and 256K-token vocabularies. @example publishedGgufFiles.map((f) => f.modelId) // ["llama-3.2-1b", "gemma-3-4b"] */
export const publishedGgufFiles: readonly PublishedGgufFile[] = [
  {
    modelId: 'llama-3.2-1b',
    file: 'Llama-3.2-1B-Instruct-Q4_K_M.gguf',
    quant: 'Q4_K_M',
    bytes: 0.808e9,
    url: 'https://huggingface.co/unsloth/Llama-3.2-1B-Instruct-GGUF/tree/main',
    source:
      'Hugging Face file list of unsloth/Llama-3.2-1B-Instruct-GGUF ("808 MB"); bartowski\'s upload of the same type is 807,694,464 bytes.',
  },
  {
    modelId: 'gemma-3-4b',
    file: 'gemma-3-4b-it-Q4_K_M.gguf',
    quant: 'Q4_K_M',
    bytes: 2.49e9,
    url: 'https://huggingface.co/ggml-org/gemma-3-4b-it-GGUF/tree/main',
    source:
      'Hugging Face file list of ggml-org/gemma-3-4b-it-GGUF, llama.cpp\'s own upload ("2.49 GB"; the vision projector is a separate file).',
  },
];

/**
 * The published file of `modelId` at `quant`, or undefined.
 * @example publishedGgufFile('llama-3.2-1b', 'Q4_K_M')?.bytes // 808000000
 */
export function publishedGgufFile(modelId: string, quant: string): PublishedGgufFile | undefined {
  return publishedGgufFiles.find((f) => f.modelId === modelId && f.quant.toUpperCase() === quant.toUpperCase());
}
