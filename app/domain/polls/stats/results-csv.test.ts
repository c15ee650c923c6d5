import { describe, expect, it } from 'vitest'
import { buildPollResults } from './results.ts'
import { resultsCsv } from './results-csv.ts'
import { tallyAnswers } from './tally.ts'

const question = {
  id: 'q1',
  wording: 'Is your caseload "safe", honestly?',
  kind: 'single' as const,
  options: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: '=HYPERLINK("x")' },
  ],
}
const answers = [
  ...Array.from({ length: 400 }, () => ({ nation: 'england', practiceArea: 'adults', answers: { q1: ['yes'] } })),
  ...Array.from({ length: 500 }, () => ({ nation: 'england', practiceArea: 'adults', answers: { q1: ['no'] } })),
  ...Array.from({ length: 30 }, () => ({ nation: 'wales', practiceArea: 'education', answers: { q1: ['yes'] } })),
  ...Array.from({ length: 3 }, () => ({ nation: 'wales', practiceArea: 'education', answers: { q1: ['no'] } })),
]
const model = buildPollResults({ questions: [question], tallies: tallyAnswers([question], answers), published: true, viewer: 'public' })

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parse(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') ((field += '"'), i++)
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') (row.push(field), (field = ''))
    else if (c === '\r' && csv[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++)
    else field += c
  }
  return rows
}

describe('the CSV of published aggregates', () => {
  const csv = resultsCsv(model)
  const [header, ...rows] = parse(csv)
  const at = (row: string[], column: string) => row[header.indexOf(column)]

  it('ends every line with CRLF and quotes fields with commas and quotes', () => {
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).toContain('"Is your caseload ""safe"", honestly?"')
    expect(at(rows[0], 'question')).toBe('Is your caseload "safe", honestly?')
  })

  it('has a line per answer overall, with count, percentage and interval', () => {
    const yes = rows.find((r) => at(r, 'breakdown') === 'all' && at(r, 'option_id') === 'yes')!
    expect([at(yes, 'base'), at(yes, 'count'), at(yes, 'percent'), at(yes, 'suppressed')]).toEqual(['933', '430', '46.1', 'no'])
    expect(Number(at(yes, 'lower_95'))).toBeLessThan(46.1)
  })

  it('leaves suppressed cells blank and flags them', () => {
    const walesNo = rows.find((r) => at(r, 'breakdown') === 'nation' && at(r, 'group') === 'wales' && at(r, 'option_id') === 'no')!
    expect([at(walesNo, 'count'), at(walesNo, 'percent'), at(walesNo, 'suppressed')]).toEqual(['', '', 'yes'])
    expect(csv).not.toMatch(/,3,/)
  })

  it('defuses an answer a spreadsheet would run as a formula', () => {
    expect(rows.some((r) => at(r, 'option') === `'=HYPERLINK("x")`)).toBe(true)
  })

  it('is empty when the results are not published', () => {
    expect(resultsCsv({ visible: false, questions: [] })).toBe('')
  })
})
