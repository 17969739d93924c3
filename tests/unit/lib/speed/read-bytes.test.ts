import { describe, expect, it } from 'vitest';
import {
  BYTES_PER_GIB,
  decodeReadBytes,
  kvCacheBytes,
  matmulParamsPerToken,
  mxfp4Format,
  parameterParts,
  requireModel,
} from '../../../../src/lib';
import { expectClose } from '../../helpers';

describe('decodeReadBytes', () => {
  it('decodeReadBytes leaves out the input embedding table: 525 M of Llama 3.1 8B’s 8.03 B parameters (6.5%) are looked up, not read', () => {
    const llama = requireModel('llama-3.1-8b');
    const parts = parameterParts(llama);
    expect(parts.embedding).toBe(525_336_576);
    expectClose(parts.embedding / llama.totalParams, 0.0654, 0.01);
    expect(matmulParamsPerToken(llama)).toBe(llama.totalParams - parts.embedding);
    expectClose(decodeReadBytes(llama, 'Q4_K_M', 0).weightBytes, ((llama.totalParams - parts.embedding) * 4.8944) / 8);
  });

  it('decodeReadBytes: the embedding table is about 9% of Qwen3-30B-A3B’s active parameters, and is not read', () => {
    const qwen = requireModel('qwen3-30b-a3b');
    const parts = parameterParts(qwen);
    expectClose(parts.embedding / qwen.activeParams, 0.094, 0.02);
    expect(decodeReadBytes(qwen, 'Q8_0', 0).outputHeadBytes).toBe((parts.outputHead * 8.5008) / 8);
  });

  it('decodeReadBytes reads a tied embedding table once, as the output head', () => {
    const gemma = requireModel('gemma-3-4b');
    expect(gemma.tiedEmbeddings).toBe(true);
    const parts = parameterParts(gemma);
    expect(parts.outputHead).toBe(0);
    expectClose(decodeReadBytes(gemma, 'F16', 0).outputHeadBytes, (parts.embedding * 16.0005) / 8);
  });

  it('decodeReadBytes with MXFP4 reads the experts at 4.25 bits and the rest at Q8_0; the same split reproduces both gpt-oss files within 0.5%', () => {
    for (const [id, fileGiB] of [
      ['gpt-oss-120b', 59.02],
      ['gpt-oss-20b', 11.27],
    ] as const) {
      const parts = parameterParts(requireModel(id));
      const rest = parts.embedding + parts.outputHead + parts.attention + parts.norms + parts.router + parts.denseMlp + parts.sharedExperts;
      const fileBytes = (parts.routedExperts * 4.25) / 8 + (rest * 8.5) / 8;
      expect(Math.abs(fileBytes / BYTES_PER_GIB / fileGiB - 1), id).toBeLessThan(0.005);
      const read = decodeReadBytes(requireModel(id), mxfp4Format, 0);
      expectClose(read.routedExpertBytes, (parts.routedExpertsActive * 4.25) / 8);
    }
    // gpt-oss-120b: 5.13 B parameters per token, as its model card counts them.
    expectClose(matmulParamsPerToken(requireModel('gpt-oss-120b')), 5.13e9, 0.005);
  });

  it('decodeReadBytes adds the KV cache of the context, at the KV type’s bits', () => {
    const llama = requireModel('llama-3.1-8b');
    const at0 = decodeReadBytes(llama, 'Q4_K_M', 0);
    const at8k = decodeReadBytes(llama, 'Q4_K_M', 8192);
    expect(at8k.kvBytes).toBe(kvCacheBytes(llama.attention, 8192));
    expect(at8k.totalBytes - at0.totalBytes).toBe(2 ** 30);
    expect(decodeReadBytes(llama, 'Q4_K_M', 8192, { kvBits: 8.5 }).kvBytes).toBe(kvCacheBytes(llama.attention, 8192, { kvBits: 8.5 }));
    expect(at0.totalBytes).toBe(at0.weightBytes);
    expect(at0.weightBytes).toBe(at0.denseWeightBytes + at0.routedExpertBytes + at0.outputHeadBytes);
  });

  it('decodeReadBytes uses a file’s own bits per weight when given, and refuses bad input', () => {
    const llama = requireModel('llama-3.1-8b');
    expectClose(decodeReadBytes(llama, 'Q4_K_M', 0, { bitsPerWeight: 5 }).weightBytes, (matmulParamsPerToken(llama) * 5) / 8);
    expect(() => decodeReadBytes(llama, 'Q9_Z', 0)).toThrow(/Unknown quant type/);
    expect(() => decodeReadBytes(llama, 'Q4_K_M', Number.NaN)).toThrow(/contextTokens/);
    expect(() => decodeReadBytes(llama, 'Q4_K_M', 0, { bitsPerWeight: 0 })).toThrow(/bitsPerWeight/);
  });

  it('decodeReadBytes of a mixture of experts: the routed experts a token uses, apart from what stays dense', () => {
    const ds = requireModel('deepseek-v3');
    const read = decodeReadBytes(ds, 'Q8_0', 0);
    const parts = parameterParts(ds);
    expectClose(read.routedExpertBytes, (parts.routedExpertsActive * 8.5008) / 8);
    // 58 MoE layers × 8 experts × 3 × 7168 × 2048.
    expect(parts.routedExpertsActive).toBe(58 * 8 * 3 * 7168 * 2048);
    expect(read.denseWeightBytes).toBeGreaterThan(0);
  });
});
