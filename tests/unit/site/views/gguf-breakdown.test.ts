import { describe, expect, it } from 'vitest';
import { ggufFileBytes, models, requireModel } from '../../../../src/lib';
import { breakdownView } from '../../../../src/site/views/gguf-breakdown';

describe('breakdownView', () => {
  it('breakdownView(m, q): rows and header add up to the file; the extra bytes are the tensor bytes beyond the nominal type', () => {
    for (const id of ['llama-3.1-8b', 'gemma-3-4b', 'deepseek-v3', 'gpt-oss-20b']) {
      const v = breakdownView(requireModel(id), 'Q4_K_M');
      expect(v.rows.reduce((s, r) => s + r.bytes, 0) + v.headerBytes + v.paddingBytes, id).toBe(ggufFileBytes(requireModel(id), 'Q4_K_M'));
      expect(
        v.rows.reduce((s, r) => s + r.extraBytes, 0),
        id,
      ).toBeCloseTo(v.extraBytes, 0);
      expect(v.extraBytes, id).toBeCloseTo(v.tensorBytes - (v.weights * 4.5) / 8, 0);
    }
  });

  it('breakdownView names the groups for readers: a tied embedding doubles as the head, a mixture has routed experts', () => {
    const gemma = breakdownView(requireModel('gemma-3-4b'), 'Q4_K_M');
    expect(gemma.rows[0]!.label).toBe('Token embedding (also the output head)');
    expect(gemma.rows[0]!.types).toBe('Q6_K 100%');
    const ds = breakdownView(requireModel('deepseek-v3'), 'Q4_K_M');
    expect(ds.rows.map((r) => r.label)).toContain('Routed experts');
    expect(ds.rows.map((r) => r.label)).toContain('Norms, biases and routers (F32)');
  });

  it('breakdownView: at Q4_K_M the 8B spends its extra bits on the output head, attn_v and ffn_down', () => {
    const v = breakdownView(requireModel('llama-3.1-8b'), 'Q4_K_M');
    const row = (group: string) => v.rows.find((r) => r.group === group)!;
    expect(row('output').types).toBe('Q6_K 100%');
    expect(row('ffn').types).toMatch(/^Q4_K \d+%, Q6_K \d+%$/);
    expect(row('output').extraBytes + row('ffn').extraBytes + row('attention').extraBytes).toBeGreaterThan(0.9 * v.extraBytes);
    for (const m of models) expect(breakdownView(m, 'Q8_0').rows.length, m.id).toBeGreaterThanOrEqual(4);
  });
});
