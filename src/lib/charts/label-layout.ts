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

/** A rectangle in pixels: a label's text, a mark, or a line drawn as a thin box. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Rough width of a line of text in a sans-serif UI font (bold runs about 8% wider). @example estimateTextWidth('Q4_K_M', 11) // 39.6 */
export function estimateTextWidth(text: string, fontPx: number, bold = false): number {
  requirePositive('fontPx', fontPx);
  return String(text).length * fontPx * (bold ? 0.65 : 0.6);
}

/** Where a label could go: its text position (SVG `x`, `y` with `dy="0.32em"`) and anchor. */
export interface LabelSpot {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** A label with the spots it may take, best first; a spot may need a leader line free too. */
export interface AnnotationRequest {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly spots: readonly (LabelSpot & { readonly leader?: Box })[];
}

/**
 * The box a label of `width` × `height` covers at `spot`.
 * @example labelBox({ x: 10, y: 20, anchor: 'end' }, 30, 12) // { "left": -20, "top": 14, "right": 10, "bottom": 26 }
 */
export function labelBox(spot: LabelSpot, width: number, height: number): Box {
  const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return { left, top: spot.y - height / 2, right: left + width, bottom: spot.y + height / 2 };
}

/**
 * A thin box along a line from (x1, y1) to (x2, y2), horizontal or vertical, `pad` px either side.
 * @example lineBox(5, 0, 5, 100) // { "left": 3, "top": -2, "right": 7, "bottom": 102 }
 */
export function lineBox(x1: number, y1: number, x2: number, y2: number, pad = 2): Box {
  return { left: Math.min(x1, x2) - pad, top: Math.min(y1, y2) - pad, right: Math.max(x1, x2) + pad, bottom: Math.max(y1, y2) + pad };
}

/**
 * Greedy placement of labels that must not overlap: each label, in the order given, takes the
 * first of its spots that stays inside `bounds` and overlaps neither a label already placed nor an
 * obstacle (axis titles, lines, marks); a spot's leader line (from the label to what it names)
 * must be free as well, and is taken with it. A label that fits nowhere is left out, never drawn
 * on top of another.
 * @example placeAnnotations([{ id: 'a', width: 20, height: 10, spots: [{ x: 0, y: 5, anchor: 'start' }] }], { left: 0, top: 0, right: 100, bottom: 100 }, [{ left: 0, top: 0, right: 10, bottom: 10 }]) // []
 */
export function placeAnnotations(requests: readonly AnnotationRequest[], bounds: Box, obstacles: readonly Box[] = []): PlacedLabel[] {
  for (const key of ['left', 'top', 'right', 'bottom'] as const) requireFinite(`bounds.${key}`, bounds[key], -Infinity);
  const taken = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    for (const { leader, ...spot } of r.spots) {
      const box = labelBox(spot, r.width, r.height);
      const inside = box.left >= bounds.left && box.top >= bounds.top && box.right <= bounds.right && box.bottom <= bounds.bottom;
      const needed = leader ? [box, leader] : [box];
      if (!inside || needed.some((b) => taken.some((t) => overlaps(t, b)))) continue;
      taken.push(...needed);
      placed.push({ id: r.id, ...spot });
      break;
    }
  }
  return placed;
}

/**
 * Labels next to points: each label, in the order given, takes the first of right / left / above /
 * below / the corners of its point (then the same twice as far out) that stays inside `bounds` and overlaps no label already placed, no point
 * (`obstacles`, drawn as `pointRadius` squares; a point's own `radius` wins) and no other box
 * (`boxes`). Labels that fit nowhere are left out.
 * @example placeLabels([{ id: 'a', x: 10, y: 10, width: 20, height: 10 }], { width: 100, height: 100 })[0]!.anchor // "start"
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: { readonly width: number; readonly height: number },
  options: {
    gap?: number;
    pointRadius?: number;
    obstacles?: readonly { readonly x: number; readonly y: number; readonly radius?: number }[];
    boxes?: readonly Box[];
  } = {},
): PlacedLabel[] {
  const { gap = 4, pointRadius = 4, boxes = [] } = options;
  const obstacles: readonly { readonly x: number; readonly y: number; readonly radius?: number }[] = options.obstacles ?? requests;
  requireFinite('bounds.width', bounds.width);
  requireFinite('bounds.height', bounds.height);
  const points: Box[] = obstacles.map((p) => {
    const r = p.radius ?? pointRadius;
    return { left: p.x - r, top: p.y - r, right: p.x + r, bottom: p.y + r };
  });
  const annotations = requests.map((r) => {
    const half = r.height / 2;
    // Beside a point whose own mark is larger than the default, start the text past its edge.
    const own = obstacles.find((p) => p.x === r.x && p.y === r.y)?.radius ?? 0;
    const side = gap + Math.max(0, own - pointRadius);
    return {
      id: r.id,
      width: r.width,
      height: r.height,
      // Right, left, above, below; then the four corners; then the same again twice as far out.
      spots: [1, 2].flatMap((k) => [
        { x: r.x + k * side, y: r.y, anchor: 'start' as const },
        { x: r.x - k * side, y: r.y, anchor: 'end' as const },
        { x: r.x, y: r.y - k * side - half, anchor: 'middle' as const },
        { x: r.x, y: r.y + k * side + half, anchor: 'middle' as const },
        { x: r.x + k * side, y: r.y - k * side - half, anchor: 'start' as const },
        { x: r.x + k * side, y: r.y + k * side + half, anchor: 'start' as const },
        { x: r.x - k * side, y: r.y - k * side - half, anchor: 'end' as const },
        { x: r.x - k * side, y: r.y + k * side + half, anchor: 'end' as const },
      ]),
    };
  });
  return placeAnnotations(annotations, { left: 0, top: 0, right: bounds.width, bottom: bounds.height }, [...points, ...boxes]);
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
