/**
 * The two tokenizers the book can run in the page, each shipped with its vocabulary by a well-kept
 * npm package and loaded only when a reader types (their data is megabytes). Data only: the
 * loaders are `src/components/instruments/tokenizer-loader.ts` (browser) and
 * `src/site/views/tokens.ts` (build), the same packages at the same versions.
 */

/** A tokenizer the book can run, by the catalog's tokenizer family (`gguf.tokenizer`). */
export type TokenizerId = 'llama3' | 'o200k-harmony';

/** One runnable tokenizer. */
export interface TokenizerInfo {
  readonly id: TokenizerId;
  /** As a page names it. */
  readonly name: string;
  /** The models in the book that use it, in words. */
  readonly usedBy: string;
  /** The npm package and version that ships it. */
  readonly packageName: string;
  /** Where the package comes from. */
  readonly source: string;
}

/** The runnable tokenizers, Llama 3's first. @example runnableTokenizers.map((t) => t.id) // ["llama3", "o200k-harmony"] */
export const runnableTokenizers: readonly TokenizerInfo[] = [
  {
    id: 'llama3',
    name: 'Llama 3',
    usedBy: 'Llama 3, 3.1, 3.2 and 3.3',
    packageName: 'llama3-tokenizer-js 1.2.0',
    source: 'https://github.com/belladoreai/llama3-tokenizer-js (MIT; Meta’s 128,256-token vocabulary and merges baked into the bundle)',
  },
  {
    id: 'o200k-harmony',
    name: 'o200k (gpt-oss)',
    usedBy: 'gpt-oss-20b and gpt-oss-120b',
    packageName: 'gpt-tokenizer 4.0.0',
    source:
      'https://github.com/niieani/gpt-tokenizer (MIT; OpenAI’s o200k_base ranks with the harmony chat tokens, encoding o200k_harmony)',
  },
];
