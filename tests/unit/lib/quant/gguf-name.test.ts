import { describe, expect, it } from 'vitest';
import { parseGgufFileName, quantFormat } from '../../../../src/lib';

describe('parseGgufFileName', () => {
  it('parseGgufFileName reads the GGUF convention’s own examples', () => {
    // docs/gguf.md: Hermes-2-Pro-Llama-3-8B-F16.gguf, Grok-100B-v1.0-Q4_0-00003-of-00009.gguf
    expect(parseGgufFileName('Hermes-2-Pro-Llama-3-8B-F16.gguf')).toMatchObject({
      baseName: 'Hermes-2-Pro-Llama-3',
      sizeLabel: '8B',
      nominalParams: 8e9,
      fineTune: '',
      shard: null,
    });
    expect(parseGgufFileName('Hermes-2-Pro-Llama-3-8B-F16.gguf').quant).toBe(quantFormat('F16'));
    const grok = parseGgufFileName('Grok-100B-v1.0-Q4_0-00003-of-00009.gguf');
    expect(grok).toMatchObject({
      baseName: 'Grok',
      sizeLabel: '100B',
      nominalParams: 100e9,
      fineTune: 'v1.0',
      shard: { index: 3, count: 9 },
    });
    expect(grok.quant?.name).toBe('Q4_0');
  });

  it('parseGgufFileName finds model, fine-tune and quant in a typical download', () => {
    const p = parseGgufFileName('Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf');
    expect(p).toMatchObject({ baseName: 'Meta-Llama-3.1', sizeLabel: '8B', fineTune: 'Instruct' });
    expect(p.quant?.name).toBe('Q4_K_M');
  });

  it('parseGgufFileName accepts a dot before the type and lower case', () => {
    const p = parseGgufFileName('llama-2-7b.q5_k_m.gguf');
    expect(p).toMatchObject({ baseName: 'llama-2', sizeLabel: '7b', nominalParams: 7e9 });
    expect(p.quant?.name).toBe('Q5_K_M');
  });

  it('parseGgufFileName reads a mixture of experts’ labels but claims no count from "8x7B"', () => {
    const moe = parseGgufFileName('Qwen3-30B-A3B-Instruct-2507-IQ4_XS.gguf');
    expect(moe).toMatchObject({ baseName: 'Qwen3', sizeLabel: '30B', activeLabel: 'A3B', nominalParams: 30e9, fineTune: 'Instruct-2507' });
    expect(moe.quant?.name).toBe('IQ4_XS');
    const mixtral = parseGgufFileName('Mixtral-8x7B-v0.1-Q8_0.gguf');
    expect(mixtral).toMatchObject({ sizeLabel: '8x7B', nominalParams: null, fineTune: 'v0.1' });
  });

  it('parseGgufFileName never throws: unknown types and odd names give nulls', () => {
    expect(parseGgufFileName('gpt-oss-20b-mxfp4.gguf')).toMatchObject({ sizeLabel: '20b' });
    expect(parseGgufFileName('gpt-oss-20b-mxfp4.gguf').quant?.name).toBe('MXFP4');
    expect(parseGgufFileName('gpt-oss-20b-fp4x.gguf')).toMatchObject({ quant: null, sizeLabel: '20b' });
    expect(parseGgufFileName('Phi-4-Q6_K.gguf')).toMatchObject({ baseName: 'Phi-4', sizeLabel: null });
    expect(parseGgufFileName('<script>alert(1)</script>')).toMatchObject({ quant: null, sizeLabel: null });
    expect(parseGgufFileName('')).toMatchObject({ quant: null, baseName: '' });
  });
});
