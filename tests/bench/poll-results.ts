/**
 * Poll results time (DESIGN.md section 7): 50,000 members' answers to a five-question poll
 * (one answer, several answers, an agree–disagree scale) counted and turned into the published
 * results — percentages, intervals, both breakdowns with suppression, weighting by nation.
 */
import { buildPollResults } from '../../app/domain/polls/stats/results.ts'
import { type AnswerRecord, tallyAnswers } from '../../app/domain/polls/stats/tally.ts'
import { NATIONS, PRACTICE_AREAS, type PollQuestionInfo } from '../../app/domain/polls/stats/types.ts'
import { createLot } from '../../app/domain/voting/stv/lot.ts'
import type { Bench } from './types.ts'

const RESPONSES = Number(process.env.BENCH_POLL_RESPONSES ?? 50_000)
const GOAL_MS = 100
const RUNS = 5
const MEMBERS = { england: 84, scotland: 9, wales: 5, northern_ireland: 2 }

const options = (ids: string[]) => ids.map((id) => ({ id, label: id }))
const SCALE = options(['strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree'])
export const BENCH_QUESTIONS: Array<PollQuestionInfo & { options: Array<{ id: string; label: string }> }> = [
  { id: 'safe', wording: 'Is your caseload safe?', kind: 'single', options: options(['yes', 'no', 'unsure']) },
  { id: 'pressures', wording: 'What adds most to your workload?', kind: 'multiple', options: options(['it', 'court', 'travel', 'meetings', 'recording']) },
  { id: 'support', wording: 'I get the supervision I need.', kind: 'scale', options: SCALE },
  { id: 'leave', wording: 'I am thinking of leaving the profession.', kind: 'scale', options: SCALE },
  { id: 'comments', wording: 'Anything else?', kind: 'text', options: [] },
]

/** Answers from a fixed seed, skewed like a real membership (most in England, few in some areas). */
export function syntheticAnswers(count = RESPONSES, seed = 'chorus-poll-bench'): AnswerRecord[] {
  const lot = createLot(seed)
  const pick = <T>(items: readonly T[], weights: number[]) => {
    let r = lot.below(weights.reduce((a, b) => a + b, 0))
    let i = 0
    while (r >= weights[i]) r -= weights[i++]
    return items[i]
  }
  return Array.from({ length: count }, () => ({
    nation: lot.below(100) < 2 ? null : pick(NATIONS, [82, 10, 6, 2]),
    practiceArea: lot.below(100) < 5 ? null : pick(PRACTICE_AREAS, [40, 30, 15, 3, 10, 2]),
    answers: {
      safe: [pick(['yes', 'no', 'unsure'], [25, 65, 10])],
      pressures: ['it', 'court', 'travel', 'meetings', 'recording'].filter(() => lot.below(3) === 0),
      support: [
        pick(
          SCALE.map((o) => o.id),
          [10, 30, 20, 30, 10],
        ),
      ],
      leave: [
        pick(
          SCALE.map((o) => o.id),
          [20, 25, 15, 25, 15],
        ),
      ],
    },
  }))
}

/** Counts the answers and builds the published results once, timing each half. */
export function pollResultsFor(answers: AnswerRecord[]) {
  const started = performance.now()
  const tallies = tallyAnswers(BENCH_QUESTIONS, answers)
  const counted = performance.now()
  const results = buildPollResults({ questions: BENCH_QUESTIONS, tallies, published: true, viewer: 'public', nationTargets: MEMBERS })
  return { results, countMs: counted - started, resultsMs: performance.now() - counted }
}

export const pollResults: Bench = {
  name: 'poll results',
  async run() {
    const answers = syntheticAnswers()
    let best = pollResultsFor(answers)
    for (let i = 0; i < RUNS; i++) {
      const run = pollResultsFor(answers)
      if (run.countMs + run.resultsMs < best.countMs + best.resultsMs) best = run
    }
    const { results, countMs, resultsMs } = best
    const totalMs = countMs + resultsMs
    const hidden = results.questions.flatMap((q) => q.breakdowns.flatMap((b) => b.rows.flatMap((r) => r.cells))).filter((c) => c.suppressed).length
    return {
      rows: [
        {
          name: `poll results for ${RESPONSES.toLocaleString('en-GB')} responses`,
          goal: `< ${GOAL_MS} ms`,
          met: totalMs < GOAL_MS,
          result: `${totalMs.toFixed(1)} ms (best of ${RUNS}: counting ${countMs.toFixed(1)} ms, results ${resultsMs.toFixed(1)} ms; ${results.questions.length} questions, ${hidden} cells suppressed)`,
        },
      ],
    }
  },
}
