import { useT } from '~/i18n/react'

/** Free-text answers, for officers only: never on the public page or in the CSV, and with no group beside them. */
export function FreeTextAnswers({ questions }: { questions: Array<{ questionId: string; wording: string; n: number; texts: string[] }> }) {
  const t = useT()
  return (
    <>
      {questions.map((q) => (
        <section className="poll-result" key={q.questionId} aria-labelledby={`free-text-${q.questionId}`}>
          <h3 className="poll-result__question" id={`free-text-${q.questionId}`}>
            {q.wording}
          </h3>
          <p className="meta">
            {t('{n, plural, =0 {No one has answered yet} one {# person answered} other {# people answered}}', { n: q.n })} · {t('Free-text answers are seen only by officers and never published.')}
          </p>
          {q.texts.length ? (
            <ul className="list">
              {q.texts.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </>
  )
}
