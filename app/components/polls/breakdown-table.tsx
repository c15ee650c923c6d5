import type { Breakdown, QuestionResult } from '~/domain/polls/stats/types'
import { formatNumber } from '~/i18n/format'
import { useLocale, useT } from '~/i18n/react'
import { percent } from './figures.ts'
import { BREAKDOWN_TITLES, GROUP_LABELS, SUPPRESSED_MARK, SUPPRESSION_NOTE } from './labels.ts'

/** One breakdown of a question (by nation or by practice area): each group's base and answers. */
export function BreakdownTable({ question, breakdown }: { question: QuestionResult; breakdown: Breakdown }) {
  const t = useT()
  const locale = useLocale()
  const anySuppressed = breakdown.rows.some((r) => r.baseSuppressed || r.cells.some((c) => c.suppressed))
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="table poll-table">
        <caption>
          {t(BREAKDOWN_TITLES[breakdown.dimension])}
          <span className="table__note">{t('Percentages of each group’s answers, with the number of people in brackets')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Group')}</th>
            <th scope="col">{t('Base')}</th>
            {question.options.map((o) => (
              <th scope="col" key={o.id}>
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {breakdown.rows.map((row) => (
            <tr key={row.group}>
              <th scope="row">{GROUP_LABELS[row.group] ? t(GROUP_LABELS[row.group]) : row.group}</th>
              <td>{row.base === null ? SUPPRESSED_MARK : formatNumber(locale, row.base)}</td>
              {row.cells.map((cell) => (
                <td key={cell.optionId}>
                  {cell.suppressed ? SUPPRESSED_MARK : cell.share === null ? formatNumber(locale, cell.count ?? 0) : `${percent(locale, cell.share)}% (${formatNumber(locale, cell.count ?? 0)})`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {anySuppressed ? <p className="table__note">{t(SUPPRESSION_NOTE)}</p> : null}
    </div>
  )
}
