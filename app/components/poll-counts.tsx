import { DataTable } from '~/components/data-table'
import { NATION_LABELS } from '~/domain/polls/labels'
import { POLL_NATIONS, PRACTICE_AREA_IDS, PRACTICE_AREAS } from '~/domain/polls/practice-areas'
import type { QuestionTally } from '~/domain/polls/tally'
import { formatNumber } from '~/i18n/format'
import { useLocale, useShowText, useT } from '~/i18n/react'

const percent = (count: number, n: number) => (n === 0 ? '—' : `${Math.round((100 * count) / n)}%`)

/**
 * Plain counts per option, overall and (`breakdowns`, for officers only: no cell is suppressed here)
 * by nation and practice area.
 */
export function PollCounts(props: { tally: QuestionTally[]; breakdowns: boolean }) {
  const t = useT()
  const show = useShowText()
  const locale = useLocale()
  const label = (q: QuestionTally, text: string) => (q.kind === 'agree5' ? t(text) : text)
  return (
    <>
      {props.tally.map((q) => (
        <section key={q.questionId} aria-labelledby={`question-${q.questionId}`}>
          <h2 id={`question-${q.questionId}`}>
            <span className="caption">{t('Question {n}', { n: q.questionId })}</span> {q.wording}
          </h2>
          <p className="meta">{t('{n, plural, =0 {No one has answered yet} one {# person answered} other {# people answered}}', { n: q.n })}</p>
          {q.kind === 'free_text' ? (
            props.breakdowns && q.texts?.length ? (
              <ul className="list">
                {q.texts.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            ) : null
          ) : (
            <>
              <DataTable columns={[t('Answer'), t('Count'), t('Share')]} caption={q.wording}>
                {q.options.map((o) => (
                  <tr key={o.id}>
                    <td>{label(q, o.label)}</td>
                    <td>{formatNumber(locale, o.count)}</td>
                    <td>{percent(o.count, q.n)}</td>
                  </tr>
                ))}
              </DataTable>
              {props.breakdowns ? (
                <>
                  <DataTable columns={[t('Answer'), ...POLL_NATIONS.map((n) => show(NATION_LABELS[n]))]} caption={t('By nation')}>
                    {q.options.map((o) => (
                      <tr key={o.id}>
                        <td>{label(q, o.label)}</td>
                        {POLL_NATIONS.map((n) => (
                          <td key={n}>{formatNumber(locale, q.byNation[n][o.id] ?? 0)}</td>
                        ))}
                      </tr>
                    ))}
                  </DataTable>
                  <DataTable columns={[t('Answer'), ...PRACTICE_AREA_IDS.map((a) => show(PRACTICE_AREAS[a]))]} caption={t('By practice area')}>
                    {q.options.map((o) => (
                      <tr key={o.id}>
                        <td>{label(q, o.label)}</td>
                        {PRACTICE_AREA_IDS.map((a) => (
                          <td key={a}>{formatNumber(locale, q.byPracticeArea[a][o.id] ?? 0)}</td>
                        ))}
                      </tr>
                    ))}
                  </DataTable>
                </>
              ) : null}
            </>
          )}
        </section>
      ))}
    </>
  )
}
