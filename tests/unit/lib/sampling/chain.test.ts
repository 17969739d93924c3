import { describe, expect, it } from 'vitest';
import { expectClose } from '../../helpers';
import { illustrativeNextToken, LLAMA_CPP_SAMPLER_DEFAULTS, shapeDistribution, softmax, type SamplerSettings } from '../../../../src/lib';

const off: SamplerSettings = { temperature: 1, topK: 0, topP: 1, minP: 0, repeatPenalty: 1 };
const { logits } = illustrativeNextToken;

describe('shapeDistribution', () => {
  it('shapeDistribution with every filter off and τ = 1 is the model’s own softmax', () => {
    const shaped = shapeDistribution(logits, off);
    const p = softmax(logits);
    shaped.probabilities.forEach((v, i) => expectClose(v, p[i]!));
    expect(shaped.keptCount).toBe(logits.length);
    expectClose(shaped.massKept, 1);
  });

  it('shapeDistribution renormalises over the survivors and reports the model’s mass on them', () => {
    const shaped = shapeDistribution(logits, { ...off, topK: 3 });
    const p = softmax(logits);
    const mass = p[0]! + p[1]! + p[2]!;
    expectClose(shaped.massKept, mass);
    expectClose(shaped.probabilities[0]!, p[0]! / mass);
    expect(shaped.probabilities.slice(3).every((v) => v === 0)).toBe(true);
    expectClose(
      shaped.probabilities.reduce((a, b) => a + b, 0),
      1,
      1e-12,
    );
  });

  it('shapeDistribution at τ = 0 is greedy whatever the filters', () => {
    for (const order of ['temperature-last', 'temperature-first'] as const) {
      const shaped = shapeDistribution(logits, { ...LLAMA_CPP_SAMPLER_DEFAULTS, temperature: 0 }, { order });
      expect(shaped.keptCount).toBe(1);
      expect(shaped.probabilities[0]).toBe(1);
    }
  });

  it('temperature last (llama.cpp): τ changes the shape, never which tokens survive; temperature first (transformers): a low τ lets fewer through', () => {
    const settings = { ...off, topP: 0.9, minP: 0.05 };
    const last = [0.3, 1, 2].map((temperature) => shapeDistribution(logits, { ...settings, temperature }).keptCount);
    expect(new Set(last).size).toBe(1);
    const first = [0.3, 1, 2].map(
      (temperature) => shapeDistribution(logits, { ...settings, temperature }, { order: 'temperature-first' }).keptCount,
    );
    expect(first[0]).toBeLessThan(first[1]!);
    expect(first[1]).toBeLessThan(first[2]!);
    // The two orders agree at τ = 1.
    expect(first[1]).toBe(last[1]);
  });

  it('the repetition penalty moves mass away from the recent tokens', () => {
    const plain = shapeDistribution(logits, off);
    const penalised = shapeDistribution(logits, { ...off, repeatPenalty: 1.3 }, { penalized: illustrativeNextToken.recent });
    for (const i of illustrativeNextToken.recent) expect(penalised.probabilities[i]).toBeLessThan(plain.probabilities[i]!);
    expect(penalised.probabilities[1]).toBeGreaterThan(plain.probabilities[1]!);
  });

  it('llama.cpp’s defaults on the illustrative distribution keep a handful of tokens and most of the mass', () => {
    const shaped = shapeDistribution(logits, LLAMA_CPP_SAMPLER_DEFAULTS);
    expect(shaped.keptCount).toBeGreaterThan(3);
    expect(shaped.keptCount).toBeLessThan(logits.length);
    expect(shaped.massKept).toBeGreaterThan(0.9);
  });
});
