/**
 * Bisection over whole numbers, for the searches that ask "how far can this go?" (the longest
 * context that fits, the batch where compute takes over): each step halves the range, so a search
 * over millions of tokens takes about twenty evaluations.
 */

/**
 * The largest n in [lo, hi] for which `holds(n)`, given `holds` is true up to some n and false
 * after (monotone); lo − 1 when `holds(lo)` is false.
 * @example lastWhere(1, 100, (n) => n * n <= 50) // 7
 */
export function lastWhere(lo: number, hi: number, holds: (n: number) => boolean): number {
  if (!holds(lo)) return lo - 1;
  if (holds(hi)) return hi;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (holds(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
