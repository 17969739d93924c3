/**
 * Layout decisions for charts that d3 does not make: which point labels fit without overlapping,
 * and which powers to tick on a log axis. Pure geometry in pixels, so it is tested like the math.
 */
import { requireFinite, requireInteger, requirePositive } from '../core/guard';

/** A label a chart would like to draw next to a point, in priority order. */
export interface LabelRequest {
  /** Stable key (e.g. the quant name). */
  readonly id: string;
  /** The point, in pixels. */
  readonly x: number;
  readonly y: number;
  /** The text's box size, in pixels. */
  readonly width: number;
  readonly height: number;
}

/** A label that fits: where to put the text and how to anchor it. */
export interface PlacedLabel {
  readonly id: string;
  /** Text position (SVG `x`, `y` with `dy="0.32em"`). */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Rough width of a line of text in a sans-serif UI font. @example estimateTextWidth('Q4_K_M', 11) // 39.6 */
export function estimateTextWidth(text: string, fontPx: number): number {
  requirePositive('fontPx', fontPx);
  return String(text).length * fontPx * 0.6;
}

/**
 * Greedy label placement: each label, in the order given, takes the first of right / left / above /
 * below its point that stays inside `bounds` and overlaps no label already placed and no point
 * (`obstacles`, drawn as `pointRadius` squares). Labels that fit nowhere are left out.
 * @example placeLabels([{ id: 'a', x: 10, y: 10, width: 20, height: 10 }], { width: 100, height: 100 })[0]!.anchor // "start"
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: { readonly width: number; readonly height: number },
  options: { gap?: number; pointRadius?: number; obstacles?: readonly { readonly x: number; readonly y: number }[] } = {},
): PlacedLabel[] {
  const { gap = 4, pointRadius = 4, obstacles = requests } = options;
  requireFinite('bounds.width', bounds.width);
  requireFinite('bounds.height', bounds.height);
  const taken: Box[] = obstacles.map((p) => ({
    left: p.x - pointRadius,
    top: p.y - pointRadius,
    right: p.x + pointRadius,
    bottom: p.y + pointRadius,
  }));
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    const half = r.height / 2;
    const candidates: { box: Box; label: PlacedLabel }[] = [
      {
        box: { left: r.x + gap, top: r.y - half, right: r.x + gap + r.width, bottom: r.y + half },
        label: { id: r.id, x: r.x + gap, y: r.y, anchor: 'start' },
      },
      {
        box: { left: r.x - gap - r.width, top: r.y - half, right: r.x - gap, bottom: r.y + half },
        label: { id: r.id, x: r.x - gap, y: r.y, anchor: 'end' },
      },
      {
        box: { left: r.x - r.width / 2, top: r.y - gap - r.height, right: r.x + r.width / 2, bottom: r.y - gap },
        label: { id: r.id, x: r.x, y: r.y - gap - half, anchor: 'middle' },
      },
      {
        box: { left: r.x - r.width / 2, top: r.y + gap, right: r.x + r.width / 2, bottom: r.y + gap + r.height },
        label: { id: r.id, x: r.x, y: r.y + gap + half, anchor: 'middle' },
      },
    ];
    const fit = candidates.find(
      ({ box }) =>
        box.left >= 0 && box.top >= 0 && box.right <= bounds.width && box.bottom <= bounds.height && !taken.some((t) => overlaps(t, box)),
    );
    if (!fit) continue;
    taken.push(fit.box);
    placed.push(fit.label);
  }
  return placed;
}

/**
 * Powers of `base` inside [min, max] for a log axis, thinned (every 2nd, 3rd… power) so that at
 * most `maxCount` remain.
 * @example powerTicks(64, 131072, 2, 6) // [64, 256, 1024, 4096, 16384, 65536]
 */
export function powerTicks(min: number, max: number, base: number, maxCount: number): number[] {
  requirePositive('min', min);
  requirePositive('max', max);
  requireInteger('base', base, 2);
  requireInteger('maxCount', maxCount, 1);
  if (max < min) throw new RangeError(`max (${max}) must be at least min (${min}).`);
  const powers: number[] = [];
  for (let p = base ** Math.ceil(Math.log(min) / Math.log(base) - 1e-9); p <= max * (1 + 1e-12); p *= base) powers.push(p);
  const every = Math.max(1, Math.ceil(powers.length / maxCount));
  return powers.filter((_, i) => i % every === 0);
}

/**
 * Evenly spaced ticks from 0 to `max` on a linear axis, stepping by a power of two so that token
 * counts land on round K values (32K, 64K…), at most `maxCount` + 1 of them.
 * @example binaryStepTicks(131072, 5) // [0, 32768, 65536, 98304, 131072]
 */
export function binaryStepTicks(max: number, maxCount: number): number[] {
  requirePositive('max', max);
  requireInteger('maxCount', maxCount, 1);
  let step = 1;
  while (max / step > maxCount) step *= 2;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}
