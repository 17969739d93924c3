import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, textTokenStats, tokenPieces } from '../../../../src/lib';

describe('countCharacters and countWords', () => {
  it('countCharacters counts what a reader sees: accents and emoji with modifiers are one character', () => {
    expect(countCharacters('abc')).toBe(3);
    expect(countCharacters('café')).toBe(4);
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('👋🏽')).toBe(1);
    expect(countCharacters('')).toBe(0);
  });

  it('countWords counts runs of letters and digits, not spaces or punctuation', () => {
    expect(countWords('The quick brown fox.')).toBe(4);
    expect(countWords('  ...  ')).toBe(0);
    expect(countWords('GPT-4o costs $2.50')).toBe(4);
  });
});

describe('textTokenStats', () => {
  it('textTokenStats divides characters by tokens and tokens by words, and is 0 rather than NaN on nothing', () => {
    expect(textTokenStats('Hello world!', 3)).toEqual({ characters: 12, words: 2, tokens: 3, charactersPerToken: 4, tokensPerWord: 1.5 });
    expect(textTokenStats('', 0)).toEqual({ characters: 0, words: 0, tokens: 0, charactersPerToken: 0, tokensPerWord: 0 });
  });

  it('textTokenStats rejects a fractional token count', () => {
    expect(() => textTokenStats('x', 1.5)).toThrow(/tokens/);
  });
});

describe('tokenPieces', () => {
  it('tokenPieces shows a character split across byte tokens with the token that completes it', () => {
    // A toy byte-level decoder: token 1 is "a", tokens 2 and 3 are the two UTF-8 bytes of "é".
    const bytes: Record<number, number[]> = { 1: [0x61], 2: [0xc3], 3: [0xa9] };
    const decode = (ids: readonly number[]) => new TextDecoder().decode(new Uint8Array(ids.flatMap((id) => bytes[id]!)));
    expect(tokenPieces([1, 2, 3, 1], decode)).toEqual(['a', '', 'é', 'a']);
  });
});
