import { NOT_STATED, type PollQuestionInfo, type PollTally } from './types.ts'

/** One member's answers as the count sees them: no member, only the cells the results need. */
export interface AnswerRecord {
  nation: string | null
  practiceArea: string | null
  /** Option ids chosen, by question id (one for single-answer questions). */
  answers: Record<string, string[]>
}

interface Group {
  counts: number[]
  base: number
}

const groupOf = (groups: Map<string, Group>, key: string, width: number) => {
  let found = groups.get(key)
  if (!found) groups.set(key, (found = { counts: new Array<number>(width).fill(0), base: 0 }))
  return found
}

/**
 * Counts answers into the tally the results are built from, in one pass: for tests, the bench and
 * any count made outside the database. Answers naming no option of the question are not counted.
 */
export function tallyAnswers(questions: Array<PollQuestionInfo & { options: Array<{ id: string; label: string }> }>, records: Iterable<AnswerRecord>): PollTally[] {
  const counted = questions
    .filter((q) => q.kind !== 'text')
    .map((q) => ({
      q,
      index: new Map(q.options.map((o, i) => [o.id, i])),
      counts: new Array<number>(q.options.length).fill(0),
      nations: new Map<string, Group>(),
      areas: new Map<string, Group>(),
      n: 0,
    }))
  for (const record of records) {
    const nation = record.nation ?? NOT_STATED
    const area = record.practiceArea ?? NOT_STATED
    for (const c of counted) {
      const chosen = record.answers[c.q.id]
      if (!chosen) continue
      let byNation: Group | null = null
      let byArea: Group | null = null
      for (let k = 0; k < chosen.length; k++) {
        const i = c.index.get(chosen[k])
        if (i === undefined) continue
        if (!byNation || !byArea) {
          c.n++
          byNation = groupOf(c.nations, nation, c.counts.length)
          byArea = groupOf(c.areas, area, c.counts.length)
          byNation.base++
          byArea.base++
        }
        c.counts[i]++
        byNation.counts[i]++
        byArea.counts[i]++
      }
    }
  }
  return counted.map(({ q, counts, nations, areas, n }) => {
    const ids = q.options.map((o) => o.id)
    const cells = (groups: Map<string, Group>) => Object.fromEntries([...groups].map(([g, { counts: row }]) => [g, Object.fromEntries(ids.map((id, i) => [id, row[i]]))]))
    const bases = (groups: Map<string, Group>) => Object.fromEntries([...groups].map(([g, { base }]) => [g, base]))
    return {
      questionId: q.id,
      options: q.options.map((o, i) => ({ id: o.id, label: o.label, count: counts[i] })),
      byNation: cells(nations),
      byPracticeArea: cells(areas),
      n,
      bases: { byNation: bases(nations), byPracticeArea: bases(areas) },
    }
  })
}
