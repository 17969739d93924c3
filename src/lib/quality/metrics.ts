/**
 * The three measures of quantization quality the book plots, and how to read one from a measured
 * row. Apart from the measurements (measurements.ts), so an instrument that plots measurements handed
 * to it does not download the tables.
 */

/** The three quality measures the book plots. */
export type QualityMetricId = 'kld' | 'delta-ppl' | 'top-token';

/** How to read and plot one quality measure. */
export interface QualityMetric {
  /** Stable id used in URLs and props. */
  readonly id: QualityMetricId;
  /** Axis label. */
  readonly label: string;
  /** Unit shown after values (`''` for a plain number). */
  readonly unit: string;
  /** True when a larger value means a better quant. */
  readonly higherIsBetter: boolean;
  /** True when the values span orders of magnitude, so a log axis reads better. */
  readonly logScale: boolean;
  /** One sentence for readers. */
  readonly description: string;
}

/** Metadata of every quality measure, in the order the book introduces them. @example qualityMetrics[0]!.unit // "nats" */
export const qualityMetrics: readonly QualityMetric[] = [
  {
    id: 'kld',
    label: 'KL divergence',
    unit: 'nats',
    higherIsBetter: false,
    logScale: true,
    description:
      'Mean per-token Kullback-Leibler divergence of the quantized next-token distribution from the 16-bit one (natural log); 0 means identical.',
  },
  {
    id: 'delta-ppl',
    label: 'ΔPPL',
    unit: '',
    higherIsBetter: false,
    logScale: true,
    description:
      'Perplexity of the quantized model minus perplexity of the 16-bit model on the same text; only comparable within one model.',
  },
  {
    id: 'top-token',
    label: 'Same top token',
    unit: '%',
    higherIsBetter: true,
    logScale: false,
    description: 'Share of positions where the quantized and 16-bit models rank the same token first.',
  },
];

/**
 * The metadata of one quality measure; throws a `RangeError` for an unknown id.
 * @example qualityMetric('top-token').higherIsBetter // true
 */
export function qualityMetric(id: QualityMetricId): QualityMetric {
  const metric = qualityMetrics.find((m) => m.id === id);
  if (!metric) throw new RangeError(`Unknown quality metric "${String(id)}". Known: ${qualityMetrics.map((m) => m.id).join(', ')}.`);
  return metric;
}

/** The figures a measured row or point carries, one per metric. */
export interface QualityFigures {
  /** Mean per-token KL divergence from the reference, in nats. */
  readonly kldNats: number;
  /** Perplexity minus the reference model's perplexity. */
  readonly deltaPpl: number;
  /** Positions where both models rank the same token first, percent; `null` where not published. */
  readonly sameTopPPercent: number | null;
}

/**
 * The value of `metric` for a row or point, or `null` where that figure was not published.
 * @example qualityValue({ kldNats: 0.001355, deltaPpl: 0.00265, sameTopPPercent: null }, 'kld') // 0.001355
 */
export function qualityValue(row: QualityFigures, metric: QualityMetricId): number | null {
  switch (metric) {
    case 'kld':
      return row.kldNats;
    case 'delta-ppl':
      return row.deltaPpl;
    case 'top-token':
      return row.sameTopPPercent;
    default:
      throw new RangeError(`Unknown quality metric "${String(metric)}".`);
  }
}
