import type { PressFigure } from '~/domain/polls/stats/press-line'
import type { PollResults } from '~/domain/polls/stats/types'
import { formatNumber } from '~/i18n/format'
import { useLocale, useT } from '~/i18n/react'
import { Methodology } from './methodology.tsx'
import { ResultChart } from './result-chart.tsx'
import { ResultTable } from './result-table.tsx'

/** A poll's results as charts and tables, question by question, with how they were weighted and the methodology. */
export function PollResultsBody({ model, methodology, csvHref }: { model: PollResults; methodology: PressFigure | null; csvHref: string | null }) {
  const t = useT()
  const locale = useLocale()
  const weighting = model.questions.find((q) => q.weighting)?.weighting
  return (
    <>
      <p>{t('Each bar shows an answer’s share with its 95% interval. In the breakdowns, cells of fewer than 10 people are hidden and marked [c].')}</p>
      {csvHref ? (
        <p>
          <a href={csvHref} download>
            {t('Download the results as CSV')}
          </a>
        </p>
      ) : null}
      {model.questions.length === 0 ? <p>{t('No answers to count yet.')}</p> : null}
      {model.questions.map((q) => (
        <div key={q.questionId}>
          <ResultChart question={q} />
          {q.weighting && !q.options.some((o) => o.weightedShare !== null) ? (
            <p className="table__note">{t('Figures weighted by nation are withheld for this question: they could reveal a count hidden in the breakdowns.')}</p>
          ) : null}
          {q.weighting && q.options.some((o) => o.weightedShare !== null) ? (
            <>
              <p className="table__note">
                {t('The same answers weighted by nation to the membership’s profile (effective sample size {effective}):', {
                  effective: formatNumber(locale, Math.round(q.weighting.effectiveSampleSize)),
                })}
              </p>
              <ResultTable question={q} weighted />
            </>
          ) : null}
        </div>
      ))}
      {weighting ? null : <p className="table__note">{t('These results are not weighted: the membership’s profile by nation was not available to weight to.')}</p>}
      {methodology ? (
        <>
          <Methodology figure={methodology} />
          <p className="table__note">
            {t('The margin of error above is the widest for this poll: an answer given by half of those who answered “{question}”. Each answer’s own interval is in its table.', {
              question: methodology.questionWording,
            })}
          </p>
        </>
      ) : null}
    </>
  )
}
