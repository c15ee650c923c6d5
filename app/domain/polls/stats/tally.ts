import { NOT_STATED, type PollQuestionInfo, type PollTally } from './types.ts'

/** One member's answers as the count sees them: no member, only the cells the results need. */
export interface AnswerRecord {
  nation: string | null
  practiceArea: string | null
  /** Option ids chosen, by question id (one for single-answer questions). */
  answers: Record<string, string[]>
}

/**
 * Counts answers into the tally the results are built from, in one pass: for tests, the bench and
 * any count made outside the database.
 */
export function tallyAnswers(questions: Array<PollQuestionInfo & { options: Array<{ id: string; label: string }> }>, records: Iterable<AnswerRecord>): PollTally[] {
  const counted = questions
    .filter((q) => q.kind !== 'text')
    .map((q) => ({
      q,
      index: new Map(q.options.map((o, i) => [o.id, i])),
      counts: new Array<number>(q.options.length).fill(0),
      byNation: new Map<string, number[]>(),
      byArea: new Map<string, number[]>(),
      nationBases: new Map<string, number>(),
      areaBases: new Map<string, number>(),
      n: 0,
    }))
  const row = (map: Map<string, number[]>, key: string, width: number) => {
    let found = map.get(key)
    if (!found) map.set(key, (found = new Array<number>(width).fill(0)))
    return found
  }
  for (const record of records) {
    const nation = record.nation ?? NOT_STATED
    const area = record.practiceArea ?? NOT_STATED
    for (const c of counted) {
      const chosen = (record.answers[c.q.id] ?? []).map((id) => c.index.get(id)).filter((i) => i !== undefined)
      if (!chosen.length) continue
      c.n++
      c.nationBases.set(nation, (c.nationBases.get(nation) ?? 0) + 1)
      c.areaBases.set(area, (c.areaBases.get(area) ?? 0) + 1)
      const nationRow = row(c.byNation, nation, c.counts.length)
      const areaRow = row(c.byArea, area, c.counts.length)
      for (const i of chosen) {
        c.counts[i]++
        nationRow[i]++
        areaRow[i]++
      }
    }
  }
  const asRecord = (map: Map<string, number[]>, ids: string[]) => Object.fromEntries([...map].map(([g, counts]) => [g, Object.fromEntries(ids.map((id, i) => [id, counts[i]]))]))
  return counted.map(({ q, counts, byNation, byArea, nationBases, areaBases, n }) => {
    const ids = q.options.map((o) => o.id)
    return {
      questionId: q.id,
      options: q.options.map((o, i) => ({ id: o.id, label: o.label, count: counts[i] })),
      byNation: asRecord(byNation, ids),
      byPracticeArea: asRecord(byArea, ids),
      n,
      bases: { byNation: Object.fromEntries(nationBases), byPracticeArea: Object.fromEntries(areaBases) },
    }
  })
}
