import { describe, expect, it } from 'vitest';
import {
  elbowIndex,
  qualityElbow,
  qualityFrontier,
  qualityMetrics,
  qualityPoints,
  qualityRows,
  qualityValue,
  quantFormat,
  unmatchedQualityQuants,
} from '../../../../src/lib';

describe('qualityPoints', () => {
  it('every scoreboard quant name resolves to a quant format, or is listed as unmatched with a reason', () => {
    const unmatched = new Map(unmatchedQualityQuants.map((u) => [u.name, u.reason]));
    const names = new Set(qualityRows('llama3-8b-scoreboard').map((r) => r.quant));
    expect(names.size).toBe(28);
    for (const name of names) {
      if (quantFormat(name)) expect(unmatched.has(name), name).toBe(false);
      else expect(unmatched.get(name), name).toMatch(/\w+/);
    }
  });

  it('qualityPoints() gives one point per quant type, bpw from quantFormat, sorted by bpw', () => {
    const points = qualityPoints();
    expect(points).toHaveLength(28 - unmatchedQualityQuants.length);
    expect(new Set(points.map((p) => p.quant)).size).toBe(points.length);
    for (const p of points) expect(p.bitsPerWeight).toBe(quantFormat(p.quant)!.bitsPerWeight);
    for (let i = 1; i < points.length; i++) expect(points[i]!.bitsPerWeight).toBeGreaterThanOrEqual(points[i - 1]!.bitsPerWeight);
  });

  it('qualityPoints() prefers the no-imatrix row, else the WT 10m row, and marks which', () => {
    const rows = qualityRows('llama3-8b-scoreboard');
    for (const p of qualityPoints()) {
      const hasPlain = rows.some((r) => quantFormat(r.quant) === p.format && r.imatrix === 'none');
      expect(p.imatrix, p.quant).toBe(hasPlain ? 'none' : 'WT 10m');
      expect(p.imatrixUsed, p.quant).toBe(!hasPlain);
      expect(p.measurement.imatrix).toBe(p.imatrix);
      expect(p.kldNats).toBe(p.measurement.kldNats);
    }
    const byName = new Map(qualityPoints().map((p) => [p.quant, p]));
    expect(byName.get('Q4_K_M')).toMatchObject({ imatrix: 'none', imatrixUsed: false, kldNats: 0.031273 });
    expect(byName.get('IQ2_XXS')).toMatchObject({ imatrix: 'WT 10m', imatrixUsed: true, kldNats: 0.812022 });
    expect(byName.get('IQ1_S')).toMatchObject({ imatrix: 'WT 10m', kldNats: 2.254554 });
    expect(byName.get('F16')?.floor).toBe(true);
    expect([...byName.values()].filter((p) => p.floor)).toHaveLength(1);
  });

  it('qualityPoints() carries top-token agreement only where it was published for the same run', () => {
    const withTop = qualityPoints().filter((p) => p.sameTopPPercent !== null);
    expect(Object.fromEntries(withTop.map((p) => [p.quant, p.sameTopPPercent]))).toEqual({
      Q2_K: 71.138,
      Q4_K_M: 91.901,
      Q6_K: 96.031,
      Q8_0: 97.674,
    });
  });

  it('KLD and ΔPPL fall as bpw rises for the no-imatrix k-quants Q2_K … Q8_0 (monotonic, as in the source)', () => {
    const ladder = qualityPoints().filter((p) => !p.imatrixUsed && (p.format.family === 'k-quant' || p.quant === 'Q8_0'));
    expect(ladder.map((p) => p.quant)).toEqual([
      'Q2_K',
      'Q3_K_S',
      'Q3_K_M',
      'Q3_K_L',
      'Q4_K_S',
      'Q4_K_M',
      'Q5_K_S',
      'Q5_K_M',
      'Q6_K',
      'Q8_0',
    ]);
    for (let i = 1; i < ladder.length; i++) {
      expect(ladder[i]!.kldNats, ladder[i]!.quant).toBeLessThan(ladder[i - 1]!.kldNats);
      expect(ladder[i]!.deltaPpl, ladder[i]!.quant).toBeLessThan(ladder[i - 1]!.deltaPpl);
    }
  });

  it('a larger imatrix-free file is not always better: Q4_1 (5.1 bpw) loses to Q4_K_S (4.7 bpw)', () => {
    const byName = new Map(qualityPoints().map((p) => [p.quant, p]));
    expect(byName.get('Q4_1')!.bitsPerWeight).toBeGreaterThan(byName.get('Q4_K_S')!.bitsPerWeight);
    expect(byName.get('Q4_1')!.kldNats).toBeGreaterThan(byName.get('Q4_K_S')!.kldNats);
  });
});

describe('elbowIndex', () => {
  it('elbowIndex(xs, ys) finds the sharp corner of a falling curve', () => {
    expect(elbowIndex([2, 3, 4, 5, 6, 7, 8], [10, 5, 1, 0.8, 0.6, 0.4, 0.2])).toBe(2);
  });

  it('elbowIndex(xs, ys) does not depend on the units of either axis', () => {
    const xs = [2, 3, 4, 5, 6, 7, 8];
    const ys = [10, 5, 1, 0.8, 0.6, 0.4, 0.2];
    expect(
      elbowIndex(
        xs.map((x) => x * 8 + 3),
        ys.map((y) => y * 1000),
      ),
    ).toBe(2);
  });

  it('elbowIndex(xs, ys) rejects too few points and curves with no bend', () => {
    expect(() => elbowIndex([1, 2], [2, 1])).toThrow(/at least 3 points/);
    expect(() => elbowIndex([1, 2, 3], [3, 2, 1])).toThrow(/No elbow/);
    expect(() => elbowIndex([1, 2, 3], [3, 2.9, 1])).toThrow(/No elbow/);
  });
});

describe('qualityElbow', () => {
  it('qualityFrontier(metric) keeps only points that beat every smaller point, without the f16 floor', () => {
    for (const metric of ['kld', 'delta-ppl'] as const) {
      const frontier = qualityFrontier(metric);
      expect(frontier.some((p) => p.floor)).toBe(false);
      for (let i = 1; i < frontier.length; i++) {
        expect(frontier[i]!.bitsPerWeight).toBeGreaterThan(frontier[i - 1]!.bitsPerWeight);
        expect(qualityValue(frontier[i]!, metric)!).toBeLessThan(qualityValue(frontier[i - 1]!, metric)!);
      }
      // Dominated types are left out: Q2_K is bigger than IQ2_M and worse.
      expect(frontier.map((p) => p.quant)).not.toContain('Q2_K');
    }
  });

  it('qualityElbow("kld") is IQ3_XXS at 3.25 bpw: KLD grows ×7.4 per bit removed below it, ×2.5 above', () => {
    const elbow = qualityElbow('kld');
    expect(elbow.point.quant).toBe('IQ3_XXS');
    expect(elbow.bitsPerWeight).toBe(quantFormat('IQ3_XXS')!.bitsPerWeight);
    expect(elbow.lossGrowthPerBitBelow).toBeCloseTo(7.43, 2);
    expect(elbow.lossGrowthPerBitAbove).toBeCloseTo(2.55, 2);
  });

  it('qualityElbow(metric) lies inside the frontier and loss rises faster below it than above, for every metric', () => {
    for (const metric of qualityMetrics) {
      const elbow = qualityElbow(metric.id);
      const i = elbow.frontier.indexOf(elbow.point);
      expect(i, metric.id).toBeGreaterThan(0);
      expect(i, metric.id).toBeLessThan(elbow.frontier.length - 1);
      expect(elbow.lossGrowthPerBitBelow, metric.id).toBeGreaterThan(elbow.lossGrowthPerBitAbove);
      expect(elbow.lossGrowthPerBitAbove, metric.id).toBeGreaterThan(1);
    }
  });

  it('qualityElbow(metric, points) uses the points it is given', () => {
    const kQuantsOnly = qualityPoints().filter((p) => p.format.family === 'k-quant' || p.quant === 'Q8_0');
    const elbow = qualityElbow('kld', kQuantsOnly);
    expect(elbow.frontier.every((p) => kQuantsOnly.includes(p))).toBe(true);
    expect(elbow.bitsPerWeight).toBeGreaterThan(3);
    expect(elbow.bitsPerWeight).toBeLessThan(5);
  });
});
