/** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
export const Z95 = 1.959963984540054

export interface Interval {
  /** Proportions between 0 and 1. */
  lower: number
  upper: number
}

/**
 * Wilson's score interval for a proportion (Wilson 1927; method 3 of Newcombe 1998): unlike the
 * textbook p ± z·√(p(1−p)/n) it never leaves [0, 1] and keeps its coverage for small counts and
 * for answers near 0% or 100%. `n` may be fractional (an effective sample size after weighting).
 */
export function wilsonFromProportion(p: number, n: number, z = Z95): Interval {
  if (!(n > 0) || !Number.isFinite(n)) return { lower: 0, upper: 1 }
  const share = Math.min(1, Math.max(0, p))
  const z2 = z * z
  const centre = share + z2 / (2 * n)
  const spread = z * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n))
  const denominator = 1 + z2 / n
  return {
    lower: share === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    upper: share === 1 ? 1 : Math.min(1, (centre + spread) / denominator),
  }
}

/** The 95% interval for `k` answers out of `n`. */
export function wilsonInterval(k: number, n: number, z = Z95): Interval {
  if (!Number.isFinite(k) || k < 0 || k > n) throw new RangeError(`${k} of ${n} is not a count`)
  return wilsonFromProportion(n > 0 ? k / n : 0, n, z)
}

/**
 * The margin for a press line, in percentage points: the farther end of the interval from the
 * figure, so "±2.6 points" never claims more precision than the interval gives.
 */
export function marginPoints(share: number, interval: Interval): number {
  return 100 * Math.max(share - interval.lower, interval.upper - share)
}
