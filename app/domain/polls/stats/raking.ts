/**
 * Weighting a poll to the membership's profile by raking (iterative proportional fitting): the
 * respondents' weights are scaled to each margin's targets in turn until every margin matches.
 * With one margin (nation) this is post-stratification, exact after one pass.
 */

/** Respondents who share a category on every margin, e.g. `{ categories: { nation: 'wales' }, count: 41 }`. */
export interface RakingCell {
  categories: Record<string, string>
  count: number
}

/** Each margin's target shares by category, e.g. `{ nation: { england: 0.84, wales: 0.05, … } }` (any scale). */
export type RakingTargets = Record<string, Record<string, number>>

export interface RakingResult {
  /** The weight of each respondent in each cell, averaging 1 over all respondents. */
  weights: number[]
  converged: boolean
  iterations: number
  /** Targeted categories nobody answered from: their share is spread over the others. */
  missing: Array<{ margin: string; category: string }>
  /** Kish's effective sample size. */
  effectiveSampleSize: number
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** Kish's effective sample size, (Σw)² / Σw², over respondents (`counts` respondents per weight). */
export function kishEffectiveSampleSize(weights: number[], counts: number[] = weights.map(() => 1)): number {
  const total = sum(weights.map((w, i) => w * counts[i]))
  const squares = sum(weights.map((w, i) => w * w * counts[i]))
  return squares > 0 ? (total * total) / squares : 0
}

export function rake(cells: RakingCell[], targets: RakingTargets, options: { maxIterations?: number; tolerance?: number } = {}): RakingResult {
  const { maxIterations = 100, tolerance = 1e-10 } = options
  const n = sum(cells.map((c) => c.count))
  const weights = cells.map(() => 1)
  const missing: RakingResult['missing'] = []
  // Targets as respondent totals over the categories somebody answered from.
  const goals = Object.entries(targets).map(([margin, shares]) => {
    const present = new Set(cells.filter((c) => c.count > 0).map((c) => c.categories[margin]))
    for (const category of Object.keys(shares)) if (!present.has(category) && shares[category] > 0) missing.push({ margin, category })
    const kept = Object.entries(shares).filter(([category, share]) => present.has(category) && share > 0)
    const scale = sum(kept.map(([, share]) => share))
    return { margin, totals: new Map(kept.map(([category, share]) => [category, (share / scale) * n])) }
  })
  const weighted = (margin: string) => {
    const totals = new Map<string, number>()
    cells.forEach((c, i) => totals.set(c.categories[margin], (totals.get(c.categories[margin]) ?? 0) + weights[i] * c.count))
    return totals
  }
  let iterations = 0
  let converged = n === 0
  while (!converged && iterations < maxIterations) {
    iterations++
    for (const { margin, totals } of goals) {
      const now = weighted(margin)
      cells.forEach((c, i) => {
        const goal = totals.get(c.categories[margin])
        // Respondents outside every targeted category keep their weight.
        if (goal !== undefined && now.get(c.categories[margin])! > 0) weights[i] *= goal / now.get(c.categories[margin])!
      })
    }
    converged = goals.every(({ margin, totals }) => {
      const now = weighted(margin)
      return [...totals].every(([category, goal]) => Math.abs((now.get(category) ?? 0) - goal) <= tolerance * Math.max(1, n))
    })
  }
  return {
    weights,
    converged,
    iterations,
    missing,
    effectiveSampleSize: kishEffectiveSampleSize(
      weights,
      cells.map((c) => c.count),
    ),
  }
}
