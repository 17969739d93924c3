import { describe, expect, it } from 'vitest';
import {
  bestQuantThatFits,
  fitRemedies,
  gibToBytes,
  gpuLayersThatFit,
  largestBatchThatFits,
  largestContextThatFits,
  largestModelThatFits,
  memoryBudget,
  memoryTargetOf,
  models,
  quantFormat,
  quantFormats,
  requireDevice,
  requireModel,
  ggufFileSizes,
} from '../../../../src/lib';

const q4 = quantFormat('Q4_K_M')!.bitsPerWeight;
const llama8b = requireModel('llama-3.1-8b');
const llama70b = requireModel('llama-3.1-70b');

describe('largestContextThatFits', () => {
  it('largestContextThatFits returns a context that fits, one more token that does not', () => {
    const target = memoryTargetOf(requireDevice('geforce-rtx-3060-12gb'));
    const t = largestContextThatFits(llama8b, { bitsPerWeight: quantFormat('Q8_0')!.bitsPerWeight }, target, llama8b.maxContextTokens);
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThan(llama8b.maxContextTokens);
    const verdict = (tokens: number) =>
      memoryBudget(llama8b, { bitsPerWeight: quantFormat('Q8_0')!.bitsPerWeight, contextTokens: tokens }, target).verdict;
    expect(verdict(t)).toBe('fits');
    expect(verdict(t + 1)).not.toBe('fits');
  });

  it('largestContextThatFits is the maximum when everything fits and 0 when the weights alone do not', () => {
    expect(largestContextThatFits(llama8b, { bitsPerWeight: q4 }, { usableBytes: gibToBytes(80), offloadBytes: 0 }, 131072)).toBe(131072);
    expect(largestContextThatFits(llama70b, { bitsPerWeight: q4 }, { usableBytes: gibToBytes(24), offloadBytes: 0 }, 131072)).toBe(0);
  });
});

describe('bestQuantThatFits', () => {
  it('bestQuantThatFits picks the most bits that fit; the next larger quant does not fit', () => {
    const target = memoryTargetOf(requireDevice('geforce-rtx-4090'));
    const best = bestQuantThatFits(llama70b, { contextTokens: 8192 }, target)!;
    expect(best).toBeDefined();
    const larger = quantFormats.filter((q) => q.bitsPerWeight > best.bitsPerWeight).sort((a, b) => a.bitsPerWeight - b.bitsPerWeight)[0]!;
    expect(memoryBudget(llama70b, { bitsPerWeight: best.bitsPerWeight, contextTokens: 8192 }, target).verdict).toBe('fits');
    expect(memoryBudget(llama70b, { bitsPerWeight: larger.bitsPerWeight, contextTokens: 8192 }, target).verdict).not.toBe('fits');
  });

  it('bestQuantThatFits is BF16 with room to spare and undefined when nothing fits', () => {
    expect(
      bestQuantThatFits(llama8b, { contextTokens: 8192 }, { usableBytes: gibToBytes(80), offloadBytes: 0 })?.bitsPerWeight,
    ).toBeCloseTo(16, 2);
    expect(bestQuantThatFits(llama70b, { contextTokens: 8192 }, { usableBytes: gibToBytes(8), offloadBytes: 0 })).toBeUndefined();
  });
});

describe('bestQuantThatFits with computed file sizes', () => {
  it("bestQuantThatFits ranks types by the model's own file sizes, and returns one whose file fits", () => {
    const sized = { ...llama70b, fileBytesByQuant: ggufFileSizes(llama70b) };
    const target = memoryTargetOf(requireDevice('geforce-rtx-4090'));
    const best = bestQuantThatFits(sized, { contextTokens: 8192 }, target)!;
    expect(memoryBudget(sized, { quant: best.name, bitsPerWeight: best.bitsPerWeight, contextTokens: 8192 }, target).verdict).toBe('fits');
    const larger = quantFormats.filter((q) => sized.fileBytesByQuant[q.name]! > sized.fileBytesByQuant[best.name]!);
    for (const q of larger) {
      expect(memoryBudget(sized, { quant: q.name, bitsPerWeight: q.bitsPerWeight, contextTokens: 8192 }, target).verdict, q.name).not.toBe(
        'fits',
      );
    }
  });

  it('bestQuantThatFits: with made-up sizes that invert the bpw order, the larger file wins', () => {
    const q8 = quantFormat('Q8_0')!;
    const q6 = quantFormat('Q6_K')!;
    const inverted = { ...llama8b, fileBytesByQuant: { Q8_0: 1e9, Q6_K: 2e9 } };
    expect(bestQuantThatFits(inverted, { contextTokens: 1024 }, { usableBytes: gibToBytes(24), offloadBytes: 0 }, [q8, q6])).toBe(q6);
  });

  it('fitRemedies offers a quant whose file is smaller than the current one', () => {
    const sized = { ...llama70b, fileBytesByQuant: ggufFileSizes(llama70b) };
    const workload = { quant: 'Q4_K_M', bitsPerWeight: q4, contextTokens: 8192 };
    const remedy = fitRemedies(sized, workload, memoryTargetOf(requireDevice('geforce-rtx-4090'))).find((r) => r.kind === 'quant');
    expect(remedy?.kind).toBe('quant');
    if (remedy?.kind !== 'quant') return;
    expect(sized.fileBytesByQuant[remedy.quant.name]!).toBeLessThan(sized.fileBytesByQuant.Q4_K_M!);
    expect(remedy.budget.weightBytes).toBe(sized.fileBytesByQuant[remedy.quant.name]);
  });
});

describe('largestBatchThatFits', () => {
  const target = memoryTargetOf(requireDevice('geforce-rtx-4090'));

  it('largestBatchThatFits returns a user count that fits; one more user does not', () => {
    const users = largestBatchThatFits(llama8b, { bitsPerWeight: q4, contextTokens: 8192 }, target, 64);
    expect(users).toBeGreaterThan(1);
    expect(users).toBeLessThan(64);
    const verdict = (batch: number) => memoryBudget(llama8b, { bitsPerWeight: q4, contextTokens: 8192, batch }, target).verdict;
    expect(verdict(users)).toBe('fits');
    expect(verdict(users + 1)).not.toBe('fits');
  });

  it('largestBatchThatFits is 0 when one user does not fit, and shrinks as the context grows', () => {
    expect(largestBatchThatFits(llama70b, { bitsPerWeight: q4, contextTokens: 8192 }, target, 8)).toBe(0);
    const at = (t: number) => largestBatchThatFits(llama8b, { bitsPerWeight: q4, contextTokens: t }, target, 256);
    expect(at(32768)).toBeLessThan(at(8192));
  });
});

describe('fitRemedies', () => {
  const rtx4090 = memoryTargetOf(requireDevice('geforce-rtx-4090'));

  it('fitRemedies is empty when the workload already fits', () => {
    expect(fitRemedies(llama8b, { bitsPerWeight: q4, contextTokens: 8192 }, rtx4090)).toEqual([]);
  });

  it('fitRemedies: every remedy it offers really fits, and each changes one thing', () => {
    const workload = { bitsPerWeight: quantFormat('Q8_0')!.bitsPerWeight, contextTokens: 32768, batch: 4 };
    const remedies = fitRemedies(llama8b, workload, rtx4090);
    expect(remedies.map((r) => r.kind)).toEqual(['quant', 'context', 'kv', 'batch', 'offload']);
    for (const r of remedies) {
      if (r.kind === 'offload') {
        expect(r.gpuLayers).toBe(gpuLayersThatFit(llama8b, workload, rtx4090.usableBytes));
        continue;
      }
      expect(r.budget.verdict, r.kind).toBe('fits');
    }
    const quant = remedies.find((r) => r.kind === 'quant');
    if (quant?.kind === 'quant') expect(quant.quant).toBe(bestQuantThatFits(llama8b, workload, rtx4090));
  });

  it('fitRemedies leaves out what cannot help: no context or KV cut rescues 70B weights on 24 GB, and no offload without system RAM', () => {
    const kinds = (target: typeof rtx4090) => fitRemedies(llama70b, { bitsPerWeight: q4, contextTokens: 8192 }, target).map((r) => r.kind);
    expect(kinds(rtx4090)).toEqual(['quant', 'offload']);
    expect(kinds({ ...rtx4090, offloadBytes: 0 })).toEqual(['quant']);
  });
});

describe('largestModelThatFits', () => {
  it('largestModelThatFits picks the biggest model that fits; every bigger one does not', () => {
    const workload = { bitsPerWeight: q4, contextTokens: 8192 };
    const target = memoryTargetOf(requireDevice('geforce-rtx-4090'));
    const best = largestModelThatFits(models, workload, target)!;
    expect(memoryBudget(best, workload, target).verdict).toBe('fits');
    for (const m of models.filter((m) => m.totalParams > best.totalParams))
      expect(memoryBudget(m, workload, target).verdict, m.id).not.toBe('fits');
    expect(largestModelThatFits(models, workload, { usableBytes: gibToBytes(0.5), offloadBytes: 0 })).toBeUndefined();
  });
});
