/**
 * What a tokenizer made of a text, counted: characters (as a reader sees them), words, tokens, and
 * the ratios that show why token counts differ from word counts and from one tokenizer to another.
 * The tokenizers themselves are data-heavy packages loaded apart (see `tokenizers.ts`).
 */
import { requireInteger } from '../core/guard';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const words = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Characters as a reader counts them (grapheme clusters: an emoji with a skin tone is one).
 * @example countCharacters('héllo 👋🏽') // 7
 */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/**
 * Words: runs of letters or digits (Unicode word boundaries), punctuation and spaces not counted.
 * @example countWords("Don't panic, it's 42.") // 4
 */
export function countWords(text: string): number {
  let n = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) n++;
  return n;
}

/** A text's size in three units. */
export interface TextTokenStats {
  readonly characters: number;
  readonly words: number;
  readonly tokens: number;
  /** Characters per token (0 for an empty text). */
  readonly charactersPerToken: number;
  /** Tokens per word (0 without words). */
  readonly tokensPerWord: number;
}

/**
 * The counts and ratios of `text`, which a tokenizer split into `tokens` tokens.
 * @example textTokenStats('Hello world!', 3).charactersPerToken // 4
 */
export function textTokenStats(text: string, tokens: number): TextTokenStats {
  const count = requireInteger('tokens', tokens, 0);
  const characters = countCharacters(text);
  const wordCount = countWords(text);
  return {
    characters,
    words: wordCount,
    tokens: count,
    charactersPerToken: count === 0 ? 0 : characters / count,
    tokensPerWord: wordCount === 0 ? 0 : count / wordCount,
  };
}

/**
 * The text of each token in `ids`, read as the difference between decoding the first i + 1 tokens
 * and the first i — so a character split across tokens (an emoji, an accented letter in byte-level
 * BPE) is shown with the token that completes it, and its earlier pieces show as empty.
 * @example tokenPieces([1, 2], (ids) => ids.map((id) => (id === 1 ? 'Hel' : 'lo')).join('')) // ["Hel", "lo"]
 */
export function tokenPieces(ids: readonly number[], decode: (ids: readonly number[]) => string): string[] {
  const pieces: string[] = [];
  let before = '';
  for (let i = 0; i < ids.length; i++) {
    const text = decode(ids.slice(0, i + 1));
    // A prefix that ends inside a character decodes to a replacement mark; wait for the rest.
    const settled = text.endsWith('\uFFFD') ? before : text;
    pieces.push(settled.slice(before.length));
    before = settled;
  }
  return pieces;
}
