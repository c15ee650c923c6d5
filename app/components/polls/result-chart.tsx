import { useId } from 'react'
import type { QuestionResult } from '~/domain/polls/stats/types'
import { useLocale, useT } from '~/i18n/react'
import { BreakdownTable } from './breakdown-table.tsx'
import { percent } from './figures.ts'
import { SUPPRESSED_MARK } from './labels.ts'
import { ResultTable } from './result-table.tsx'

const LABEL_WIDTH = 190
const BAR_SPAN = 300
const VALUE_WIDTH = 70
const ROW_HEIGHT = 34
const BAR_HEIGHT = 16
const PAD = 8

const short = (label: string) => (label.length > 26 ? `${label.slice(0, 25)}…` : label)

/**
 * A question's results as a horizontal bar chart, drawn as SVG on the server (no script, no inline
 * style, so the strict CSP holds): each answer's label and percentage as text, its bar, and its 95%
 * interval as a whisker. Nothing is told by colour alone; the table beside it gives every figure,
 * and the chart's description reads them out.
 */
export function ResultChart({ question, weighted = false, breakdowns = true }: { question: QuestionResult; weighted?: boolean; breakdowns?: boolean }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  if (question.tooFew) {
    return (
      <section className="poll-result">
        <h3 className="poll-result__question">{question.wording}</h3>
        <p>{t('Fewer than 10 people answered this question, so its results are not published.')}</p>
      </section>
    )
  }
  const shareOf = (o: QuestionResult['options'][number]) => (weighted ? o.weightedShare : o.share)
  const intervalOf = (o: QuestionResult['options'][number]) => (weighted ? o.weightedInterval : o.interval)
  const x = (share: number) => LABEL_WIDTH + share * BAR_SPAN
  const width = LABEL_WIDTH + BAR_SPAN + VALUE_WIDTH
  const height = question.options.length * ROW_HEIGHT + PAD
  const described = question.options
    .map((o) => {
      const share = shareOf(o)
      const interval = intervalOf(o)
      if (share === null || interval === null) return t('{answer}: not published', { answer: o.label })
      return t('{answer}: {percent}% (95% interval {lower}% to {upper}%)', {
        answer: o.label,
        percent: percent(locale, share),
        lower: percent(locale, interval.lower),
        upper: percent(locale, interval.upper),
      })
    })
    .join('; ')
  return (
    <section className="poll-result" aria-labelledby={`${id}-q`}>
      <h3 className="poll-result__question" id={`${id}-q`}>
        {question.wording}
      </h3>
      <div className="poll-result__body">
        <svg className="poll-chart" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} focusable="false">
          <title id={`${id}-title`}>{t('Answers to “{question}”, with 95% intervals', { question: question.wording })}</title>
          <desc id={`${id}-desc`}>{`${described}. ${t('Base: {n, plural, one {# person} other {# people}} answered', { n: question.n })}.`}</desc>
          {question.options.map((o, row) => {
            const y = PAD + row * ROW_HEIGHT
            const share = shareOf(o)
            const interval = intervalOf(o)
            return (
              <g key={o.id} aria-hidden="true">
                <text className="poll-chart__label" x={0} y={y + BAR_HEIGHT - 3}>
                  {short(o.label)}
                </text>
                <rect className="poll-chart__track" x={LABEL_WIDTH} y={y} width={BAR_SPAN} height={BAR_HEIGHT} />
                {share === null ? null : <rect className="poll-chart__bar" x={LABEL_WIDTH} y={y} width={share * BAR_SPAN} height={BAR_HEIGHT} />}
                {/* the whisker is drawn twice, a white halo under the ink, so it shows on the bar and beside it */}
                {interval === null ? null : (
                  <g>
                    {['poll-chart__halo', 'poll-chart__whisker'].map((className) => (
                      <g className={className} key={className}>
                        <line x1={x(interval.lower)} x2={x(interval.upper)} y1={y + BAR_HEIGHT / 2} y2={y + BAR_HEIGHT / 2} />
                        <line x1={x(interval.lower)} x2={x(interval.lower)} y1={y + 2} y2={y + BAR_HEIGHT - 2} />
                        <line x1={x(interval.upper)} x2={x(interval.upper)} y1={y + 2} y2={y + BAR_HEIGHT - 2} />
                      </g>
                    ))}
                  </g>
                )}
                <text className="poll-chart__value" x={LABEL_WIDTH + BAR_SPAN + PAD} y={y + BAR_HEIGHT - 3}>
                  {share === null ? SUPPRESSED_MARK : `${percent(locale, share)}%`}
                </text>
              </g>
            )
          })}
        </svg>
        <ResultTable question={question} weighted={weighted} />
      </div>
      {breakdowns ? question.breakdowns.map((b) => <BreakdownTable key={b.dimension} question={question} breakdown={b} />) : null}
    </section>
  )
}
