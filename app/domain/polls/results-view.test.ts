import { describe, expect, it } from 'vitest'
import { installWelsh } from '~/i18n/translate.ts'
import catalog from '~/i18n/cy/index.ts'
import { AGREE5, type Question } from './questions.ts'
import { pollResultsView } from './results-view.ts'
import { type ResponseCells, tallyPoll } from './tally.ts'

installWelsh(catalog)

const questions: Question[] = [
  { position: 1, kind: 'agree5', wording: 'My caseload is safe', options: AGREE5 },
  {
    position: 2,
    kind: 'multiple',
    wording: 'What adds most to your workload?',
    options: [
      { id: 'a', label: 'IT systems' },
      { id: 'b', label: 'Court work' },
    ],
  },
  { position: 3, kind: 'free_text', wording: 'Anything else?', options: [] },
]

const people = (count: number, cells: Omit<ResponseCells, 'answers'>, answers: ResponseCells['answers']): ResponseCells[] => Array.from({ length: count }, () => ({ ...cells, answers }))

const responses = [
  ...people(40, { nation: 'england', practiceArea: 'adults' }, { '1': 'agree', '2': ['a', 'b'], '3': 'Too many cases' }),
  ...people(30, { nation: 'england', practiceArea: 'children_and_families' }, { '1': 'disagree', '2': ['a'] }),
  ...people(4, { nation: 'wales', practiceArea: 'adults' }, { '1': 'agree', '2': ['b'] }),
  ...people(20, { nation: 'scotland', practiceArea: null }, { '1': 'strongly_disagree' }),
]

const view = (extra: Partial<Parameters<typeof pollResultsView>[0]> = {}) =>
  pollResultsView({ locale: 'en', questions, tally: tallyPoll(questions, responses), published: true, viewer: 'public', ...extra })

describe('poll results from the poll’s tally', () => {
  it('gives every counted question its figures and leaves free text out', () => {
    const results = view()
    expect(results.questions.map((q) => [q.questionId, q.kind, q.n])).toEqual([
      ['1', 'scale', 94],
      ['2', 'multiple', 74],
    ])
    const agree = results.questions[0].options.find((o) => o.id === 'agree')!
    expect(agree.label).toBe('Agree')
    expect(agree.share).toBeCloseTo(44 / 94)
  })

  it('hides the four people in Wales from the public breakdown', () => {
    const nation = view().questions[0].breakdowns.find((b) => b.dimension === 'nation')!
    const wales = nation.rows.find((r) => r.group === 'wales')!
    expect(wales.baseSuppressed).toBe(true)
    expect(wales.cells.every((c) => c.suppressed || c.count === 0)).toBe(true)
    expect(nation.rows.find((r) => r.group === 'england')!.base).toBe(70)
  })

  it('uses each group’s respondents as the base where people chose several answers', () => {
    const q2 = view().questions[1]
    const england = q2.breakdowns.find((b) => b.dimension === 'nation')!.rows.find((r) => r.group === 'england')!
    expect(england.base).toBe(70)
    expect(england.cells.find((c) => c.optionId === 'a')!.share).toBeCloseTo(1)
  })

  it('writes the agree–disagree scale in Welsh for Welsh readers', () => {
    const labels = view({ locale: 'cy' }).questions[0].options.map((o) => o.label)
    expect(labels).not.toContain('Agree')
    expect(labels).toHaveLength(5)
  })

  it('shows the public nothing before the results are published', () => {
    expect(view({ published: false }).visible).toBe(false)
    expect(view({ published: false, viewer: 'officer' }).questions).toHaveLength(2)
  })
})
