import type { QuestionResult } from '~/domain/polls/stats/types'
import { formatNumber } from '~/i18n/format'
import { useLocale, useT } from '~/i18n/react'
import { percent, range } from './figures.ts'
import { SUPPRESSED_MARK, SUPPRESSION_NOTE } from './labels.ts'

/** The figures behind a question's chart: every answer's count, percentage and 95% interval. */
export function ResultTable({ question, weighted = false }: { question: QuestionResult; weighted?: boolean }) {
  const t = useT()
  const locale = useLocale()
  const anySuppressed = question.options.some((o) => o.suppressed || (weighted && o.weightedShare === null))
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="table poll-table">
        <caption>
          {question.wording}
          <span className="table__note">
            {t('Base: {n, plural, one {# person} other {# people}} answered', { n: question.n })}
            {weighted ? ` · ${t('weighted by nation')}` : ''}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Answer')}</th>
            <th scope="col">{t('People')}</th>
            <th scope="col">{weighted ? t('Weighted percentage') : t('Percentage')}</th>
            <th scope="col">{t('95% interval')}</th>
          </tr>
        </thead>
        <tbody>
          {question.options.map((o) => {
            const share = weighted ? o.weightedShare : o.share
            const interval = weighted ? o.weightedInterval : o.interval
            return (
              <tr key={o.id}>
                <th scope="row">{o.label}</th>
                <td>{o.count === null ? SUPPRESSED_MARK : formatNumber(locale, o.count)}</td>
                <td>{share === null ? SUPPRESSED_MARK : `${percent(locale, share)}%`}</td>
                <td>{interval === null ? SUPPRESSED_MARK : `${range(locale, interval)}%`}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {anySuppressed ? <p className="table__note">{t(SUPPRESSION_NOTE)}</p> : null}
    </div>
  )
}
