import { describe, expect, it } from 'vitest';
import {
  ggufHeaderBytes,
  ggufSplitOverheadBytes,
  padToAlignment,
  tensorInfoBytes,
  tokenizerMetadata,
  tokenizerMetadataEstimate,
} from '../../../../src/lib/quant/gguf-header';

describe('gguf header', () => {
  it('tensorInfoBytes: 8-byte name length + name + 4 + 8 per dimension + 4 + 8', () => {
    expect(tensorInfoBytes([{ name: 'blk.0.attn_q.weight', shape: [4096, 4096] }])).toBe(8 + 19 + 4 + 16 + 4 + 8);
    expect(tensorInfoBytes([])).toBe(0);
  });

  it('padToAlignment rounds up to 32 bytes', () => {
    expect(padToAlignment(0)).toBe(0);
    expect(padToAlignment(32)).toBe(32);
    expect(padToAlignment(33)).toBe(64);
  });

  it('tokenizerMetadataEstimate lands within 1.3% of the measured Llama 3, Qwen2 and Gemma 3 tokenizers (and 3.5% of o200k)', () => {
    const cases = [
      {
        measured: tokenizerMetadata.llama3.metadataBytes,
        shape: { vocab: 128256, merges: 280147, sentencePiece: false, tokenStringBytes: 7 },
      },
      {
        measured: tokenizerMetadata.qwen2.metadataBytes,
        shape: { vocab: 151936, merges: 151387, sentencePiece: false, tokenStringBytes: 7 },
      },
      {
        measured: tokenizerMetadata['gemma3-spm'].metadataBytes,
        shape: { vocab: 262144, merges: 0, sentencePiece: true, tokenStringBytes: 9 },
      },
    ];
    for (const { measured, shape } of cases) expect(Math.abs(tokenizerMetadataEstimate(shape) / measured - 1)).toBeLessThan(0.013);
    const o200k = tokenizerMetadataEstimate({ vocab: 201088, merges: 446000, sentencePiece: false, tokenStringBytes: 7 });
    expect(Math.abs(o200k / tokenizerMetadata['o200k-harmony'].metadataBytes - 1)).toBeLessThan(0.035);
  });

  it('ggufHeaderBytes = pad32(24 + metadata + tensor infos); an unknown tokenizer is an error', () => {
    const tensors = [{ name: 'output_norm.weight', shape: [4096] }];
    expect(ggufHeaderBytes(tensors, 'llama3')).toBe(padToAlignment(24 + 7_822_000 + 50));
    expect(() => ggufHeaderBytes(tensors, 'klingon' as 'llama3')).toThrow(/Unknown tokenizer "klingon"/);
  });

  it('ggufSplitOverheadBytes: nothing for one file, under 140 bytes a shard for a split one', () => {
    expect(ggufSplitOverheadBytes(1)).toBe(0);
    for (const shards of [2, 9, 11]) expect(ggufSplitOverheadBytes(shards) / shards).toBeLessThan(140);
    expect(() => ggufSplitOverheadBytes(0)).toThrow(/shards/);
    expect(() => ggufSplitOverheadBytes(2.5)).toThrow(/shards/);
  });
});
