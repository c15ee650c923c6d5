import { describe, expect, it } from 'vitest'
import { buildPollResults } from './results.ts'
import { type AnswerRecord, tallyAnswers } from './tally.ts'
import type { PollQuestionInfo } from './types.ts'
import { wilsonFromProportion, wilsonInterval } from './wilson.ts'

const caseloads = {
  id: 'q1',
  wording: 'Is your caseload safe?',
  kind: 'single' as const,
  options: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
}
const pressures = {
  id: 'q2',
  wording: 'What adds most to your workload?',
  kind: 'multiple' as const,
  options: [
    { id: 'it', label: 'IT systems' },
    { id: 'court', label: 'Court work' },
  ],
}
const comments = { id: 'q3', wording: 'Anything else?', kind: 'text' as const, options: [] }
const questions = [caseloads, pressures, comments]

/** `count` members from one nation and practice area giving the same answers. */
const people = (count: number, nation: string | null, practiceArea: string | null, answers: Record<string, string[]>): AnswerRecord[] =>
  Array.from({ length: count }, () => ({ nation, practiceArea, answers }))

const answers = [
  ...people(600, 'england', 'children_and_families', { q1: ['no'], q2: ['it'] }),
  ...people(200, 'england', 'adults', { q1: ['yes'], q2: ['it', 'court'] }),
  ...people(50, 'scotland', 'adults', { q1: ['no'], q2: ['court'] }),
  ...people(50, 'scotland', 'children_and_families', { q1: ['yes'] }),
  ...people(20, 'wales', 'adults', { q1: ['no'], q2: ['it'] }),
  ...people(30, 'wales', 'mental_health_amhp', { q1: ['yes'], q2: ['it'] }),
  ...people(10, 'northern_ireland', 'adults', { q1: ['no'] }),
  ...people(40, 'northern_ireland', 'adults', { q1: ['yes'], q2: ['court'] }),
]
const tallies = tallyAnswers(questions, answers)
const build = (extra: Partial<Parameters<typeof buildPollResults>[0]> = {}) => buildPollResults({ questions: questions as PollQuestionInfo[], tallies, published: true, viewer: 'public', ...extra })

describe('poll results', () => {
  it('are hidden from the public until published, and shown to officers live', () => {
    expect(build({ published: false })).toEqual({ visible: false, questions: [] })
    expect(build({ published: false, viewer: 'officer' }).visible).toBe(true)
    expect(build().visible).toBe(true)
  })

  it('leave out free-text answers', () => {
    expect(build().questions.map((q) => q.questionId)).toEqual(['q1', 'q2'])
  })

  it('give each answer its count, share of those who answered and Wilson 95% interval', () => {
    const [q1] = build().questions
    expect(q1.n).toBe(1000)
    const no = q1.options.find((o) => o.id === 'no')!
    expect(no.count).toBe(680)
    expect(no.share).toBe(0.68)
    expect(no.interval).toEqual(wilsonInterval(680, 1000))
  })

  it('take a several-answers question’s shares over the people who answered it, not over the choices', () => {
    const q2 = build().questions[1]
    expect(q2.n).toBe(940)
    expect(q2.options.map((o) => o.count)).toEqual([850, 290])
    expect(q2.options[0].share).toBeCloseTo(850 / 940, 12)
  })

  it('break down by nation and practice area with every group’s base and share within it', () => {
    const [q1] = build().questions
    const scotland = q1.breakdowns[0].rows.find((r) => r.group === 'scotland')!
    expect(scotland.base).toBe(100)
    expect(scotland.cells.map((c) => [c.optionId, c.count, c.share])).toEqual([
      ['yes', 50, 0.5],
      ['no', 50, 0.5],
    ])
    expect(q1.breakdowns[1].dimension).toBe('practice_area')
  })

  it('hide small cells and what would give them away, including their shares', () => {
    const small = tallyAnswers([caseloads], [...answers, ...people(3, 'wales', 'education', { q1: ['no'] })])
    const [q1] = buildPollResults({ questions: [caseloads], tallies: small, published: true, viewer: 'public' }).questions
    const education = q1.breakdowns[1].rows.find((r) => r.group === 'education')!
    expect(education.baseSuppressed).toBe(true)
    expect(education.base).toBeNull()
    expect(education.cells.find((c) => c.optionId === 'no')).toMatchObject({ count: null, share: null, interval: null, suppressed: true })
    // Wales's 3 is not hidden (23 said no) but education's 3 is; secondary cells are hidden beside it
    const hiddenInAreas = q1.breakdowns[1].rows.flatMap((r) => r.cells.filter((c) => c.suppressed))
    expect(hiddenInAreas.length).toBeGreaterThanOrEqual(2)
  })

  it('show nothing but the base when fewer than 10 answered', () => {
    const few = tallyAnswers([caseloads], people(7, 'wales', 'adults', { q1: ['yes'] }))
    const [q1] = buildPollResults({ questions: [caseloads], tallies: few, published: true, viewer: 'public' }).questions
    expect(q1).toMatchObject({ n: 7, tooFew: true, options: [], breakdowns: [] })
  })

  it('count members with no nation on their profile as "not stated"', () => {
    const withUnknown = tallyAnswers([caseloads], [...answers, ...people(25, null, 'adults', { q1: ['yes'] })])
    const [q1] = buildPollResults({ questions: [caseloads], tallies: withUnknown, published: true, viewer: 'public' }).questions
    expect(q1.breakdowns[0].rows.at(-1)).toMatchObject({ group: 'not_stated', base: 25 })
  })

  it('weight to the membership by nation when asked, with the effective sample size', () => {
    // Answering: England 800 (25% yes), Scotland 100 (50%), Wales 50 (60%), NI 50 (80%).
    // Members: 84/9/5/2 %. Weighted yes = .84×.25 + .09×.5 + .05×.6 + .02×.8 = 0.301.
    const [q1] = build({ nationTargets: { england: 84, scotland: 9, wales: 5, northern_ireland: 2 } }).questions
    const yes = q1.options.find((o) => o.id === 'yes')!
    expect(yes.share).toBeCloseTo(0.32, 12)
    expect(yes.weightedShare).toBeCloseTo(0.301, 12)
    // weights 1.05, 0.9, 1, 0.4: Σw² = 882 + 81 + 50 + 8 = 1021
    expect(q1.weighting?.effectiveSampleSize).toBeCloseTo(1e6 / 1021, 9)
    expect(yes.weightedInterval).toEqual(wilsonFromProportion(yes.weightedShare!, 1e6 / 1021))
  })

  it('withhold a weighted share that could help recover a hidden nation count', () => {
    const withSmall = tallyAnswers(
      [caseloads],
      [...answers.filter((a) => a.nation !== 'northern_ireland'), ...people(46, 'northern_ireland', 'adults', { q1: ['yes'] }), ...people(4, 'northern_ireland', 'adults', { q1: ['no'] })],
    )
    expect(withSmall[0].options.find((o) => o.id === 'no')!.count).toBe(680 - 10 + 4)
    const [q1] = buildPollResults({
      questions: [caseloads],
      tallies: withSmall,
      published: true,
      viewer: 'public',
      nationTargets: { england: 84, scotland: 9, wales: 5, northern_ireland: 2 },
    }).questions
    expect(q1.weighting?.withheld).toEqual(['yes', 'no'])
    expect(q1.options.every((o) => o.weightedShare === null)).toBe(true)
  })
})
