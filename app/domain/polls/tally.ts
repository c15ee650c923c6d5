import type { Answers, Option, Question } from './questions.ts'
import { POLL_NATIONS, PRACTICE_AREA_IDS, type PollNation, type PracticeAreaId } from './practice-areas.ts'

/** One response as the results need it: the answers and the two cells, nothing else. */
export interface ResponseCells {
  answers: Answers
  nation: PollNation | null
  practiceArea: PracticeAreaId | null
}

export type CountsByOption = Record<string, number>

export interface QuestionTally {
  questionId: number
  kind: Question['kind']
  wording: string
  options: (Option & { count: number })[]
  byNation: Record<PollNation, CountsByOption>
  byPracticeArea: Record<PracticeAreaId, CountsByOption>
  /** How many answered this question, in each nation and practice area (the base of each breakdown). */
  nByNation: Record<PollNation, number>
  nByPracticeArea: Record<PracticeAreaId, number>
  /** Responses that answered this question (for several choices, a person counts once). */
  n: number
  /** Free-text answers, with no cell beside them. */
  texts?: string[]
}

const zeroes = (options: Option[]): CountsByOption => Object.fromEntries(options.map((o) => [o.id, 0]))

/** Counts per option for each question, overall and by nation and practice area. */
export function tallyPoll(questions: Question[], responses: ResponseCells[]): QuestionTally[] {
  return [...questions]
    .sort((a, b) => a.position - b.position)
    .map((q) => {
      const key = String(q.position)
      const counts = zeroes(q.options)
      const byNation = Object.fromEntries(POLL_NATIONS.map((n) => [n, zeroes(q.options)])) as Record<PollNation, CountsByOption>
      const byPracticeArea = Object.fromEntries(PRACTICE_AREA_IDS.map((a) => [a, zeroes(q.options)])) as Record<PracticeAreaId, CountsByOption>
      const nByNation = Object.fromEntries(POLL_NATIONS.map((n) => [n, 0])) as Record<PollNation, number>
      const nByPracticeArea = Object.fromEntries(PRACTICE_AREA_IDS.map((a) => [a, 0])) as Record<PracticeAreaId, number>
      const texts: string[] = []
      let n = 0
      for (const r of responses) {
        const answer = r.answers[key]
        if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) continue
        n++
        if (r.nation && r.nation in nByNation) nByNation[r.nation]++
        if (r.practiceArea && r.practiceArea in nByPracticeArea) nByPracticeArea[r.practiceArea]++
        if (q.kind === 'free_text') {
          if (typeof answer === 'string') texts.push(answer)
          continue
        }
        for (const id of Array.isArray(answer) ? answer : [answer]) {
          if (!(id in counts)) continue
          counts[id]++
          if (r.nation && byNation[r.nation]) byNation[r.nation][id]++
          if (r.practiceArea && byPracticeArea[r.practiceArea]) byPracticeArea[r.practiceArea][id]++
        }
      }
      return {
        questionId: q.position,
        kind: q.kind,
        wording: q.wording,
        options: q.options.map((o) => ({ ...o, count: counts[o.id] })),
        byNation,
        byPracticeArea,
        nByNation,
        nByPracticeArea,
        n,
        ...(q.kind === 'free_text' ? { texts } : {}),
      }
    })
}
