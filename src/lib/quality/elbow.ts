/**
 * The quality curve and its elbow: one point per quant type of the Llama 3 8B scoreboard at its
 * effective bits per weight, the Pareto frontier of those points, and the bit width below which
 * loss grows fastest.
 */
import { qualityMetric, qualityValue, type QualityMetricId } from './metrics';
import { quantFormat, type QuantFormat } from '../quant/formats';
import { qualityRows, type ImatrixSetting, type QualityMeasurement } from './measurements';

// ---------------------------------------------------------------- chart points

/** Scoreboard names that do not resolve to a `QuantFormat`, with the reason. @example unmatchedQualityQuants.length // 0 (all 28 resolve) */
export const unmatchedQualityQuants: readonly { readonly name: string; readonly reason: string }[] = [];

/** One quant type on a quality chart: the Llama 3 8B scoreboard row chosen for it, at its effective bpw. */
export interface QualityPoint {
  /** The quant type, named as in `quantFormats` (`'Q4_K_M'`). */
  readonly quant: string;
  /** Its format (bits per weight, family, description). */
  readonly format: QuantFormat;
  /** Effective bits per weight of a whole file, `quantFormat(quant).bitsPerWeight`. */
  readonly bitsPerWeight: number;
  /** Imatrix setting of the chosen row. */
  readonly imatrix: ImatrixSetting;
  /** True when no no-imatrix row was published, so the 'WT 10m' imatrix row stands in. */
  readonly imatrixUsed: boolean;
  /** True for the f16 row: it measures only the 16-bit storage of the reference logits, the floor under every quant. */
  readonly floor: boolean;
  /** Mean KL divergence from FP16, nats. */
  readonly kldNats: number;
  /** Perplexity increase over FP16. */
  readonly deltaPpl: number;
  /** Top-token agreement with FP16 in percent, where the Llama 2 vs Llama 3 table published it for this same run; else `null`. */
  readonly sameTopPPercent: number | null;
  /** The scoreboard row the point is taken from. */
  readonly measurement: QualityMeasurement;
}

/** Top-token agreement published for the same run as `row` (same model, quant, imatrix and KLD), or null. */
function sameRunTopToken(row: QualityMeasurement): number | null {
  const twin = qualityRows('llama2-vs-llama3', row.model).find(
    (r) => r.quant === row.quant && r.imatrix === row.imatrix && r.kldNats === row.kldNats && r.deltaPpl === row.deltaPpl,
  );
  return twin?.sameTopPPercent ?? null;
}

/**
 * One point per quant type of the Llama 3 8B scoreboard, sorted by effective bpw (fewest bits first).
 * Takes the no-imatrix row where one exists, else the 'WT 10m' row, and says which in `imatrixUsed`.
 * @example qualityPoints().find((p) => p.quant === 'Q4_K_M')?.kldNats // 0.031273
 */
export function qualityPoints(): readonly QualityPoint[] {
  const rows = qualityRows('llama3-8b-scoreboard');
  const names = [...new Set(rows.map((r) => r.quant))];
  const points: QualityPoint[] = [];
  for (const name of names) {
    const format = quantFormat(name);
    if (!format) continue; // listed in unmatchedQualityQuants
    const plain = rows.find((r) => r.quant === name && r.imatrix === 'none');
    const row = plain ?? rows.find((r) => r.quant === name && r.imatrix === 'WT 10m');
    if (!row) continue;
    points.push({
      quant: format.name,
      format,
      bitsPerWeight: format.bitsPerWeight,
      imatrix: row.imatrix,
      imatrixUsed: row.imatrix !== 'none',
      floor: format.family === 'float',
      kldNats: row.kldNats,
      deltaPpl: row.deltaPpl,
      sameTopPPercent: sameRunTopToken(row),
      measurement: row,
    });
  }
  return points.sort((a, b) => a.bitsPerWeight - b.bitsPerWeight);
}

// ---------------------------------------------------------------- the elbow

/** Loss to minimize for `metric`: the value itself, or 100 − value for top-token agreement (disagreement %). */
function lossOf(point: QualityPoint, metric: QualityMetricId): number | null {
  const value = qualityValue(point, metric);
  if (value === null) return null;
  return qualityMetric(metric).higherIsBetter ? 100 - value : value;
}

/**
 * The best-quality points for their size: walking up in bpw, keeps a point only if its loss is
 * lower than every point with fewer bits (the lower envelope a reader should choose from).
 * The f16 floor and points without the metric are left out.
 * @example qualityFrontier('kld').map((p) => p.quant).at(-1) // "Q8_0"
 */
export function qualityFrontier(
  metric: QualityMetricId = 'kld',
  points: readonly QualityPoint[] = qualityPoints(),
): readonly QualityPoint[] {
  const sorted = points.filter((p) => !p.floor && lossOf(p, metric) !== null).sort((a, b) => a.bitsPerWeight - b.bitsPerWeight);
  const frontier: QualityPoint[] = [];
  let best = Infinity;
  for (const point of sorted) {
    const loss = lossOf(point, metric)!;
    if (loss < best) {
      frontier.push(point);
      best = loss;
    }
  }
  return frontier;
}

/**
 * Kneedle: the index of the point farthest below the chord joining the first and last points,
 * after scaling both axes to [0, 1]. For a falling, convex curve that is the point of sharpest bend.
 * Throws a `RangeError` when there are fewer than 3 points or no point lies below the chord.
 * @example elbowIndex([2, 3, 4, 5, 6, 7, 8], [10, 5, 1, 0.8, 0.6, 0.4, 0.2]) // 2
 */
export function elbowIndex(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length || xs.length < 3) {
    throw new RangeError(`An elbow needs at least 3 points with one y per x (got ${xs.length} x and ${ys.length} y).`);
  }
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  if (x1 === x0 || y1 === y0) throw new RangeError('An elbow needs points that vary in both x and y.');
  let bestIndex = -1;
  let bestGap = 0;
  xs.forEach((x, i) => {
    // The chord of a falling curve, scaled, runs from (0, 1) to (1, 0): y = 1 − x. Gap = how far below it.
    const gap = 1 - (x - x0) / (x1 - x0) - (ys[i]! - y0) / (y1 - y0);
    if (gap > bestGap) {
      bestGap = gap;
      bestIndex = i;
    }
  });
  if (bestIndex < 0) throw new RangeError('No elbow: no point lies below the chord (the curve is not convex).');
  return bestIndex;
}

/** Where quality starts to fall off a cliff as bits are removed, computed from the frontier. */
export interface QualityElbow {
  /** The metric it was computed on. */
  readonly metric: QualityMetricId;
  /** The frontier point at the bend. */
  readonly point: QualityPoint;
  /** Its effective bits per weight: below this, loss rises steeply. */
  readonly bitsPerWeight: number;
  /** The frontier the elbow was found on, fewest bits first. */
  readonly frontier: readonly QualityPoint[];
  /** Factor by which the loss grows per bit removed below the elbow (geometric mean over the frontier). */
  readonly lossGrowthPerBitBelow: number;
  /** Factor by which the loss grows per bit removed above the elbow, down to it. */
  readonly lossGrowthPerBitAbove: number;
}

/** Geometric-mean growth of the loss per bit removed, between two frontier points. */
function growthPerBit(low: QualityPoint, high: QualityPoint, metric: QualityMetricId): number {
  const bits = high.bitsPerWeight - low.bitsPerWeight;
  return Math.exp(Math.log(lossOf(low, metric)! / lossOf(high, metric)!) / bits);
}

/**
 * The quality elbow of the Llama 3 8B scoreboard: take the frontier (`qualityFrontier`), then the
 * Kneedle point (`elbowIndex`) of loss against effective bpw on linear axes. Reports how fast the
 * loss grows per bit removed on each side of it.
 * @example qualityElbow('kld').point.quant // "IQ3_XXS" (3.25 bpw; KLD ×7.4 per bit below, ×2.5 above)
 */
export function qualityElbow(metric: QualityMetricId = 'kld', points: readonly QualityPoint[] = qualityPoints()): QualityElbow {
  const frontier = qualityFrontier(metric, points);
  const index = elbowIndex(
    frontier.map((p) => p.bitsPerWeight),
    frontier.map((p) => lossOf(p, metric)!),
  );
  const point = frontier[index]!;
  return {
    metric,
    point,
    bitsPerWeight: point.bitsPerWeight,
    frontier,
    lossGrowthPerBitBelow: growthPerBit(frontier[0]!, point, metric),
    lossGrowthPerBitAbove: growthPerBit(point, frontier[frontier.length - 1]!, metric),
  };
}
