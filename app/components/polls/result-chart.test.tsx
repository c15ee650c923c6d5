import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPollResults } from '~/domain/polls/stats/results'
import { tallyAnswers } from '~/domain/polls/stats/tally'
import welsh from '~/i18n/cy/index'
import { LocaleProvider } from '~/i18n/react'
import { installWelsh } from '~/i18n/translate'
import { Methodology } from './methodology.tsx'
import { ResultChart } from './result-chart.tsx'

beforeAll(() => installWelsh(welsh))

const question = {
  id: 'q1',
  wording: 'Is your caseload safe?',
  kind: 'single' as const,
  options: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
}
const people = (count: number, nation: string, practiceArea: string, answer: string) => Array.from({ length: count }, () => ({ nation, practiceArea, answers: { q1: [answer] } }))
const answers = [...people(300, 'england', 'adults', 'yes'), ...people(655, 'england', 'children_and_families', 'no'), ...people(40, 'wales', 'adults', 'no'), ...people(3, 'wales', 'adults', 'yes')]
const [result] = buildPollResults({ questions: [question], tallies: tallyAnswers([question], answers), published: true, viewer: 'public' }).questions

const render = (node: JSX.Element, locale: 'en' | 'cy' = 'en') => renderToStaticMarkup(<LocaleProvider value={locale}>{node}</LocaleProvider>)

describe('a question’s result chart', () => {
  const html = render(<ResultChart question={result} />)

  it('is an image with a title and a description that reads out every figure', () => {
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title"/)
    expect(html).toContain('<title id=')
    expect(html).toContain('Answers to “Is your caseload safe?”, with 95% intervals')
    expect(html).toMatch(/<desc[^>]*>Yes: 30% \(95% interval 28% to 33%\); No: 70% \(95% interval 67% to 72%\)\. Base: 998 people answered\.<\/desc>/)
  })

  it('writes labels and percentages as text and draws each interval as a whisker', () => {
    expect(html).toMatch(/<text class="poll-chart__label"[^>]*>Yes<\/text>/)
    expect(html).toMatch(/<text class="poll-chart__value"[^>]*>70%<\/text>/)
    expect(html.match(/class="poll-chart__whisker"/g)).toHaveLength(2)
  })

  it('has a table beside it with caption, base and interval columns', () => {
    expect(html).toContain('<caption>Is your caseload safe?<span class="table__note">Base: 998 people answered</span></caption>')
    expect(html).toContain('<th scope="col">95% interval</th>')
    expect(html).toMatch(/<th scope="row">No<\/th><td>695<\/td><td>70%<\/td><td>66\.7–72\.4%<\/td>/)
  })

  it('shows suppressed breakdown cells as [c], with a footnote saying why', () => {
    expect(html).toContain('<th scope="row">Wales</th>')
    expect(html).toContain('[c]')
    expect(html).toContain('[c] Not published: fewer than 10 people, or a figure that would reveal such a count.')
    expect(html).not.toMatch(/\(3\)/)
  })

  it('says so instead of drawing anything when fewer than 10 answered', () => {
    const [few] = buildPollResults({ questions: [question], tallies: tallyAnswers([question], people(6, 'wales', 'adults', 'yes')), published: true, viewer: 'public' }).questions
    const small = render(<ResultChart question={few} />)
    expect(small).toContain('Fewer than 10 people answered this question')
    expect(small).not.toContain('<svg')
  })

  it('is in Welsh on Welsh pages', () => {
    const cy = render(<ResultChart question={result} />, 'cy')
    expect(cy).toContain('Atebion i “Is your caseload safe?”, gyda chyfyngau 95%')
    expect(cy).toContain('<th scope="row">Cymru</th>')
    expect(cy).toContain('Yn ôl maes ymarfer')
    expect(cy).not.toContain('95% interval')
  })
})

describe('the methodology', () => {
  it('sets out how the poll was done under its own heading', () => {
    const html = render(
      <Methodology
        figure={{
          questionWording: 'Is your caseload safe?',
          optionLabels: ['No'],
          share: 0.7,
          interval: { lower: 0.67, upper: 0.73 },
          n: 998,
          weighted: false,
          fieldworkStart: '2026-12-01T07:00:00Z',
          fieldworkEnd: '2026-12-01T13:00:00Z',
          audience: 'members',
        }}
      />,
    )
    expect(html).toMatch(/<h2 id="[^"]+">How this poll was done<\/h2>/)
    expect(html).toContain('<p>Base: 998 members answered the question.</p>')
    expect(html).toContain('self-selecting sample')
  })
})
