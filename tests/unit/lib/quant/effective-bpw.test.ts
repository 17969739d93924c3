import { describe, expect, it } from 'vitest';
import { requireModel } from '../../../../src/lib/catalog/models';
import { expertQuantFormats, quantFormat, quantFormatNames } from '../../../../src/lib/quant/formats';
import { ggufSizeBreakdown } from '../../../../src/lib/quant/gguf-size';
import { effectiveBitsPerWeight, effectiveBpwModelIds } from '../../../../src/lib/quant/effective-bpw.generated';
import { effectiveBpwRows, renderEffectiveBpwModule } from '../../../../src/site/build/effective-bpw';

describe('effective-bpw.generated.ts', () => {
  it('effective-bpw.generated.ts is what the tensor rules give today (`npm run generate` rewrites it)', async () => {
    const rows = effectiveBpwRows(
      quantFormatNames,
      expertQuantFormats.map((q) => q.name),
    );
    await expect(renderEffectiveBpwModule(rows)).toMatchFileSnapshot('../../../../src/lib/quant/effective-bpw.generated.ts');
  });

  it('quantFormat(name).bitsPerWeight is the generated figure: its model’s tensor data × 8 ÷ its weights', () => {
    for (const [name, bpw] of Object.entries(effectiveBitsPerWeight)) {
      expect(quantFormat(name)!.bitsPerWeight, name).toBe(bpw);
      const computed = ggufSizeBreakdown(requireModel(effectiveBpwModelIds[name]!), name).bitsPerWeight;
      expect(Math.abs(computed - bpw), name).toBeLessThanOrEqual(0.00005);
    }
    expect(effectiveBpwModelIds.Q4_K_M).toBe('llama-3.1-8b');
    expect(effectiveBpwModelIds.MXFP4).toBe('gpt-oss-120b');
  });
});
