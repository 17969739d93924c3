// A band scale for bar charts, as d3-scale's scaleBand().padding(p) lays out the bands, without
// the rest of d3-scale in the browser.

/** Maps each key of a list to the start of its band along a pixel range. */
export interface BandScale<K> {
  /** The start of the key's band, or undefined for a key not in the domain (as d3). */
  (key: K): number | undefined;
  domain(): K[];
  range(): [number, number];
  /** The width of every band. */
  bandwidth(): number;
  /** From one band's start to the next. */
  step(): number;
}

/**
 * Bands for `keys` (distinct) along `range`, with `padding` (0–1, a share of the step) between
 * bands and at both ends; the bands are centred in the range.
 * @example bandScale(["a", "b"], [0, 100], 0.2).bandwidth() // ≈ 36.36
 */
export function bandScale<K>(keys: readonly K[], range: readonly [number, number], padding = 0): BandScale<K> {
  const n = keys.length;
  const inner = Math.min(1, padding);
  const [r0, r1] = range;
  const reversed = r1 < r0;
  const [lo, hi] = reversed ? [r1, r0] : [r0, r1];
  const step = (hi - lo) / Math.max(1, n - inner + padding * 2);
  const start = lo + (hi - lo - step * (n - inner)) * 0.5;
  const bandwidth = step * (1 - inner);
  const index = new Map(keys.map((key, i) => [key, reversed ? n - 1 - i : i]));
  const scale = ((key: K) => {
    const i = index.get(key);
    return i === undefined ? undefined : start + step * i;
  }) as BandScale<K>;
  scale.domain = () => [...keys];
  scale.range = () => [r0, r1];
  scale.bandwidth = () => bandwidth;
  scale.step = () => step;
  return scale;
}
