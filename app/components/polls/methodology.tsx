import { useId } from 'react'
import { methodologyNote, type PressFigure } from '~/domain/polls/stats/press-line'
import { useLocale, useT } from '~/i18n/react'

/** The methodology a published poll figure carries, in the British Polling Council's manner. */
export function Methodology({ figure }: { figure: PressFigure }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  return (
    <section className="poll-methodology" aria-labelledby={id}>
      <h2 id={id}>{t('How this poll was done')}</h2>
      {methodologyNote(locale, figure).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  )
}
