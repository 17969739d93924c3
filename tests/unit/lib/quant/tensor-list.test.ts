import { describe, expect, it } from 'vitest';
import { models, requireModel } from '../../../../src/lib/catalog/models';
import { parameterCounts } from '../../../../src/lib/memory/params';
import { isQuantizable } from '../../../../src/lib/quant/quant-rules';
import { ggufTensorList, isExpertLayer, tensorElements } from '../../../../src/lib/quant/tensor-list';

const weightsOf = (id: string) => ggufTensorList(requireModel(id)).reduce((sum, t) => sum + tensorElements(t), 0);

/** Half a unit in the last significant digit of a published count (8.2e9 → 0.05e9). */
function publishedPrecision(count: number): number {
  const digits = String(count).replace(/0+$/, '').length;
  return 0.5 * 10 ** (String(count).length - digits);
}

describe('ggufTensorList', () => {
  it("ggufTensorList: every catalog model's tensors add up to its geometry count (parameterCounts), give or take what llama.cpp adds or trims", () => {
    for (const m of models) {
      const gguf = m.gguf!;
      const ropeFreqs = gguf.ropeFreqs ? m.headDim / 2 : 0; // Llama 3.x: rope scaling factors, not a checkpoint tensor
      const trimmedRows = gguf.embeddingRows === undefined ? 0 : (m.vocabSize - gguf.embeddingRows) * m.hiddenSize; // Gemma 3: 64 padding rows
      const scoreBias = gguf.expertScoreBias ? m.experts! * (m.layers - (m.denseLayers ?? 0)) : 0; // DeepSeek: e_score_correction_bias
      expect(weightsOf(m.id), m.id).toBe(parameterCounts(m).totalParams + ropeFreqs - trimmedRows + scoreBias);
    }
    expect(weightsOf('gemma-3-4b')).toBe(parameterCounts(requireModel('gemma-3-4b')).totalParams - 64 * 2560);
  });

  // Publishers round down, or print a figure the geometry does not give; llama-bench, which counts
  // the GGUF's tensors, prints the sums computed here.
  const explained: Record<string, string> = {
    'llama-3.2-1b': 'Meta prints "1.23B" for 1,235,814,432 (llama-bench: 1.24 B)',
    'qwen2.5-7b': 'the Qwen2.5 card prints 7.61B for 7,615,616,512 (llama-bench: 7.62 B)',
    'qwen2.5-14b': 'the Qwen2.5 card prints 14.7B for 14,770,033,664 (llama-bench: 14.77 B)',
    'qwen2.5-32b': "the Qwen2.5 card's 32.5B (and its 31.0B non-embedding) are ~0.26B below what config.json's geometry gives",
  };

  it("ggufTensorList: every published total (MoE included) is the tensors' sum to the precision it is printed with, or an explained rounding", () => {
    const published = models.filter((m) => m.paramsBasis === 'published');
    expect(published.length).toBeGreaterThanOrEqual(10);
    for (const m of published) {
      const off = Math.abs(weightsOf(m.id) - m.totalParams);
      if (explained[m.id]) {
        expect(off, `${m.id}: ${explained[m.id]}`).toBeGreaterThan(publishedPrecision(m.totalParams));
        expect(off / m.totalParams, m.id).toBeLessThan(0.01);
      } else {
        expect(off, m.id).toBeLessThanOrEqual(publishedPrecision(m.totalParams));
      }
    }
  });

  it('ggufTensorList: DeepSeek-V3 holds 671,026,419,200 weights, without the multi-token-prediction layer', () => {
    expect(weightsOf('deepseek-v3')).toBe(671_026_419_200);
    expect(ggufTensorList(requireModel('deepseek-v3')).some((t) => t.name.startsWith('blk.61.'))).toBe(false);
  });

  it('ggufTensorList: Llama 3.1 8B has 292 tensors, 291 of them from the checkpoint', () => {
    const tensors = ggufTensorList(requireModel('llama-3.1-8b'));
    expect(tensors).toHaveLength(292);
    expect(tensors.filter((t) => t.name === 'rope_freqs.weight').map((t) => t.shape)).toEqual([[64]]);
  });

  it('ggufTensorList: Phi-4 fuses q, k, v into attn_qkv and gate, up into ffn_up', () => {
    const names = ggufTensorList(requireModel('phi-4')).filter((t) => t.layer === 0);
    expect(names.find((t) => t.name === 'blk.0.attn_qkv.weight')?.shape).toEqual([5120, 5120 + 2 * 1280]);
    expect(names.find((t) => t.name === 'blk.0.ffn_up.weight')?.shape).toEqual([5120, 2 * 17920]);
    expect(names.some((t) => t.name.includes('ffn_gate') || t.name.includes('attn_q.'))).toBe(false);
  });

  it('ggufTensorList: tied embeddings write no output tensor (Gemma 3, Llama 3.2 1B)', () => {
    for (const id of ['gemma-3-4b', 'llama-3.2-1b'])
      expect(ggufTensorList(requireModel(id)).some((t) => t.name === 'output.weight')).toBe(false);
    expect(ggufTensorList(requireModel('llama-3.1-8b')).some((t) => t.name === 'output.weight')).toBe(true);
  });

  it('ggufTensorList: gpt-oss experts arrive in MXFP4, its router and biases in F32', () => {
    const tensors = ggufTensorList(requireModel('gpt-oss-20b'));
    expect(tensors.filter((t) => t.source === 'mxfp4').map((t) => t.name.replace(/^blk\.\d+\./, ''))).toEqual(
      expect.arrayContaining(['ffn_gate_exps.weight', 'ffn_up_exps.weight', 'ffn_down_exps.weight']),
    );
    expect(tensors.filter((t) => t.source === 'mxfp4')).toHaveLength(24 * 3);
    expect(tensors.find((t) => t.name === 'blk.0.attn_sinks.weight')?.source).toBe('f32');
    expect(tensors.find((t) => t.name === 'blk.0.ffn_down_exps.bias')?.shape).toEqual([2880, 32]);
  });

  it('ggufTensorList: the loader order — globals first, then by layer and name', () => {
    const tensors = ggufTensorList(requireModel('deepseek-v3'));
    expect(tensors[0]!.layer).toBeNull();
    const layer3 = tensors.filter((t) => t.layer === 3).map((t) => t.name);
    expect(layer3).toEqual([...layer3].sort());
    expect(layer3.indexOf('blk.3.ffn_down_exps.weight')).toBeLessThan(layer3.indexOf('blk.3.ffn_down_shexp.weight'));
    expect(isExpertLayer(requireModel('deepseek-v3'), 2)).toBe(false);
    expect(isExpertLayer(requireModel('deepseek-v3'), 3)).toBe(true);
  });

  it('isQuantizable agrees with how the converter writes each tensor: exactly the non-F32 ones', () => {
    const disagreeing = models.flatMap((m) => ggufTensorList(m).filter((t) => isQuantizable(t) !== (t.source !== 'f32')));
    expect(disagreeing.map((t) => t.name)).toEqual([]);
  });
});
