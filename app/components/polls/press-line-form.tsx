import { Form } from '@remix-run/react'
import { SelectField } from '~/components/choices'
import type { PollResults } from '~/domain/polls/stats/types'
import { useT } from '~/i18n/react'

export interface DraftedLine {
  questionId: string
  optionIds: string[]
  sentence: string
  notes: string[]
  sentenceCy: string
  notesCy: string[]
}

/**
 * "Use in a press line": the officer picks a question's answer or answers (a plain GET form per
 * question), reads the drafted sentence and methodology, and may add them to a draft briefing.
 */
export function PressLineForm({
  model,
  drafted,
  error,
  briefings,
  briefingError,
}: {
  model: PollResults
  drafted: DraftedLine | null
  error: string | null
  briefings: Array<{ id: string; headline: string }>
  /** Why adding the line to the chosen briefing was refused, said beside the list. */
  briefingError?: string
}) {
  const t = useT()
  const usable = model.questions.filter((q) => !q.tooFew)
  return (
    <section className="poll-press-line" aria-labelledby="press-line">
      <h2 id="press-line">{t('Use in a press line')}</h2>
      <p>{t('Pick an answer, or answers to add together (for example “Agree” and “Strongly agree”), and Chorus drafts the sentence and its methodology.')}</p>
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
      {usable.length === 0 ? <p>{t('No question has enough answers for a press line.')}</p> : null}
      {usable.map((q) => (
        <Form method="get" key={q.questionId} preventScrollReset>
          <input type="hidden" name="questionId" value={q.questionId} />
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{q.wording}</legend>
            <div className="checkboxes">
              {q.options.map((o) => (
                <div className="checkboxes__item" key={o.id}>
                  <input
                    type="checkbox"
                    id={`pl-${q.questionId}-${o.id}`}
                    name="optionIds"
                    value={o.id}
                    disabled={o.count === null}
                    defaultChecked={drafted?.questionId === q.questionId && drafted.optionIds.includes(o.id)}
                  />
                  <label htmlFor={`pl-${q.questionId}-${o.id}`}>{o.label}</label>
                </div>
              ))}
            </div>
            <button type="submit" className="button button--secondary">
              {t('Draft the press line')}
            </button>
          </fieldset>
        </Form>
      ))}
      {drafted ? (
        <div className="inset-text">
          <h3>{t('Drafted press line (in English, as it goes into the briefing)')}</h3>
          <p>
            <strong>{drafted.sentence}</strong>
          </p>
          <h3>{t('Methodology for the notes to editors')}</h3>
          {drafted.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
          <h3>{t('In Welsh, for the briefing’s Welsh key facts and notes to editors')}</h3>
          <div lang="cy">
            <p>
              <strong>{drafted.sentenceCy}</strong>
            </p>
            {drafted.notesCy.map((note) => (
              <p key={note}>{note}</p>
            ))}
          </div>
          {briefings.length ? (
            <Form method="post">
              <input type="hidden" name="questionId" value={drafted.questionId} />
              {drafted.optionIds.map((id) => (
                <input type="hidden" name="optionIds" value={id} key={id} />
              ))}
              <SelectField name="briefingId" label={t('Draft briefing')} error={briefingError}>
                {briefings.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.headline}
                  </option>
                ))}
              </SelectField>
              <button type="submit" name="intent" value="brief" className="button button--primary">
                {t('Add to a briefing')}
              </button>
            </Form>
          ) : (
            <p>{t('There is no draft briefing to add it to. Start one in the press office first.')}</p>
          )}
        </div>
      ) : null}
    </section>
  )
}
