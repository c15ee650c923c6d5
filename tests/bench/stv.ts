/**
 * STV count time (DESIGN.md section 7): 100,000 ranked ballots over 20 candidates for 5 seats,
 * counted by the Scottish rules. Ballots are generated from a fixed seed with a realistic skew:
 * a few popular candidates, a long tail, and most voters ranking only a handful.
 */
import type { Election } from '../../app/domain/voting/stv/blt.ts'
import { countStv } from '../../app/domain/voting/stv/count.ts'
import { createLot, type Lot } from '../../app/domain/voting/stv/lot.ts'
import type { Bench } from './types.ts'

const BALLOTS = Number(process.env.BENCH_STV_BALLOTS ?? 100_000)
const CANDIDATES = 20
const SEATS = 5
const GOAL_S = 1
const RUNS = 3

const uniform = (lot: Lot) => (lot.below(2 ** 30) + 0.5) / 2 ** 30

/** Plackett–Luce rankings: each next preference drawn in proportion to popularity among those left. */
export function generateElection(ballots = BALLOTS, seed = 'chorus-stv-bench'): Election {
  const lot = createLot(seed)
  // Zipf-like popularity, shuffled so candidate order says nothing
  const popularity = Array.from({ length: CANDIDATES }, (_, i) => 1 / (i + 1) ** 0.9)
  for (let i = CANDIDATES - 1; i > 0; i--) {
    const j = lot.below(i + 1)
    ;[popularity[i], popularity[j]] = [popularity[j], popularity[i]]
  }
  const papers = Array.from({ length: ballots }, () => {
    // most voters rank 1-6 candidates; a few rank them all
    const length = Math.min(CANDIDATES, 1 + Math.floor(-Math.log(uniform(lot)) * 4))
    const left = popularity.map((_, c) => c)
    const weights = [...popularity]
    let total = weights.reduce((s, w) => s + w, 0)
    const prefs: number[] = []
    while (prefs.length < length) {
      let r = uniform(lot) * total
      let k = 0
      while (k < left.length - 1 && r >= weights[k]) r -= weights[k++]
      prefs.push(left[k])
      total -= weights[k]
      left.splice(k, 1)
      weights.splice(k, 1)
    }
    return { weight: 1, prefs }
  })
  return {
    candidates: Array.from({ length: CANDIDATES }, (_, i) => `Candidate ${i + 1}`),
    seats: SEATS,
    withdrawn: [],
    ballots: papers,
    title: 'STV benchmark',
  }
}

export const stvCount: Bench = {
  name: 'STV count',
  async run() {
    const election = generateElection()
    let best = Infinity
    let result = countStv(election)
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      result = countStv(election)
      best = Math.min(best, (performance.now() - started) / 1000)
    }
    const stages = result.rounds.at(-1)!.stage
    if (result.elected.length !== SEATS) throw new Error(`STV bench elected ${result.elected.length} of ${SEATS}`)
    return {
      rows: [
        {
          name: `STV count: ${BALLOTS.toLocaleString('en-GB')} ballots, ${CANDIDATES} candidates, ${SEATS} seats`,
          goal: `< ${GOAL_S} s`,
          met: best < GOAL_S,
          result: `${best.toFixed(2)} s (best of ${RUNS}, ${stages} stages)`,
        },
      ],
      lines: [`STV elected: ${result.elected.join(', ')}`],
    }
  },
}
