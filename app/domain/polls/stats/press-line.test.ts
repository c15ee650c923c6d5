import { beforeAll, describe, expect, it } from 'vitest'
import welsh from '~/i18n/cy/index'
import { installWelsh } from '~/i18n/translate'
import { combinedFigure, draftPressLine, methodologyNote, type PressFigure } from './press-line.ts'
import { buildPollResults } from './results.ts'
import { tallyAnswers } from './tally.ts'
import { wilsonInterval } from './wilson.ts'

beforeAll(() => installWelsh(welsh))

// 855 of 1,204 (71%) said no; fieldwork on a December morning (GMT).
const figure: PressFigure = {
  questionWording: 'Is your caseload safe?',
  optionLabels: ['No'],
  share: 855 / 1204,
  interval: wilsonInterval(855, 1204),
  n: 1204,
  weighted: false,
  fieldworkStart: '2026-12-01T07:00:00Z',
  fieldworkEnd: '2026-12-01T13:30:00Z',
  audience: 'social workers',
  invited: 9876,
  resultsUrl: 'https://chorus.example/polls/p1/results',
}

describe('the press line', () => {
  it('states the figure, who answered, the base and the margin in points', () => {
    expect(draftPressLine('en', figure)).toBe('71% of social workers who answered said “No” when asked “Is your caseload safe?” (n = 1,204; ±2.6 points).')
  })

  it('says when a figure is weighted, and lists several answers counted together', () => {
    const line = draftPressLine('en', { ...figure, optionLabels: ['Agree', 'Strongly agree', 'Somewhat agree'], weighted: true })
    expect(line).toContain('said “Agree”, “Strongly agree” or “Somewhat agree” when asked')
    expect(line).toContain('(n = 1,204, weighted by nation; ±2.6 points)')
  })

  it('is written in Welsh on Welsh pages, with the same figures', () => {
    expect(draftPressLine('cy', { ...figure, audience: 'weithwyr cymdeithasol' })).toBe(
      'Dywedodd 71% o weithwyr cymdeithasol a atebodd “No” pan ofynnwyd “Is your caseload safe?” (n = 1,204; ±2.6 pwynt).',
    )
  })
})

describe('the methodology note', () => {
  const note = methodologyNote('en', figure)

  it('gives what the British Polling Council asks a published figure to state', () => {
    expect(note).toContain('Chorus, the professional body for social workers, asked social workers by email to answer online.')
    expect(note).toContain('9,876 members were invited.')
    expect(note).toContain('Fieldwork: from 07:00 GMT, Tuesday 1 December 2026 to 13:30 GMT, Tuesday 1 December 2026 (UK time).')
    expect(note).toContain('Base: 1,204 members answered the question.')
    expect(note).toContain('Question, as asked: “Is your caseload safe?”')
    expect(note).toContain('Results are not weighted.')
    expect(note.join(' ')).toContain('self-selecting sample')
    expect(note.join(' ')).toMatch(/±2\.6 percentage points: the 95% confidence interval runs from 68\.4% to 73\.5%/)
    expect(note).toContain('Full results: https://chorus.example/polls/p1/results')
  })

  it('shows fieldwork in British Summer Time when the clocks say so', () => {
    const summer = methodologyNote('en', { ...figure, fieldworkStart: '2026-06-01T08:00:00Z', fieldworkEnd: '2026-06-01T12:00:00Z' })
    expect(summer.join(' ')).toContain('from 09:00 BST, Monday 1 June 2026 to 13:00 BST')
  })

  it('names the weighting and the effective sample size when weighted', () => {
    const weighted = methodologyNote('en', { ...figure, weighted: true, effectiveSampleSize: 1101.6 })
    expect(weighted).toContain('Results are weighted by nation to the membership’s profile. The effective sample size after weighting is 1,102.')
  })

  it('is written whole in Welsh', () => {
    const cy = methodologyNote('cy', figure)
    expect(cy).toContain('Gwahoddwyd 9,876 aelod.')
    expect(cy.join(' ')).toContain('Dydd Mawrth, 1 Rhagfyr 2026')
    expect(cy.join(' ')).not.toMatch(/self-selecting|Fieldwork|members/)
  })
})

describe('a figure picked from the results', () => {
  const question = { id: 'q', wording: 'I get the supervision I need.', kind: 'scale' as const, options: ['sa', 'a', 'n', 'd', 'sd'].map((id) => ({ id, label: id })) }
  const answers = [
    ...Array.from({ length: 300 }, () => ({ nation: 'england', practiceArea: 'adults', answers: { q: ['sa'] } })),
    ...Array.from({ length: 400 }, () => ({ nation: 'england', practiceArea: 'adults', answers: { q: ['a'] } })),
    ...Array.from({ length: 296 }, () => ({ nation: 'england', practiceArea: 'adults', answers: { q: ['d'] } })),
    ...Array.from({ length: 4 }, () => ({ nation: 'wales', practiceArea: 'adults', answers: { q: ['sd'] } })),
  ]
  const [result] = buildPollResults({ questions: [question], tallies: tallyAnswers([question], answers), published: true, viewer: 'public' }).questions

  it('adds answers together with their own interval', () => {
    const agree = combinedFigure(result, ['sa', 'a'], false)!
    expect(agree.share).toBe(0.7)
    expect(agree.interval).toEqual(wilsonInterval(700, 1000))
  })

  it('refuses a figure that includes a suppressed count', () => {
    expect(result.options.find((o) => o.id === 'sd')!.suppressed).toBe(true)
    expect(combinedFigure(result, ['d', 'sd'], false)).toBeNull()
  })
})
