import { Form } from '@remix-run/react'
import { ChoiceGroup } from '~/components/choices'
import { FieldFrame } from '~/components/text-field-plain'
import type { Question } from '~/domain/polls/questions'
import { useShowText, useT } from '~/i18n/react'

type Answers = Record<string, string | string[] | undefined>

/** The questions of a poll as a member answers them; also the officer's preview (`preview`: no form, nothing to send). */
export function PollQuestions(props: { questions: Question[]; defaults?: Answers; errors?: Record<string, string[] | null | undefined>; preview?: boolean }) {
  const t = useT()
  const show = useShowText()
  const error = (n: number) => {
    const first = props.errors?.[`q${n}`]?.[0]
    return first ? show(first) : undefined
  }
  return (
    <>
      {props.questions.map((q) => {
        const name = props.preview ? `preview-q${q.position}` : `q${q.position}`
        const legend = (
          <>
            <span className="caption">{t('Question {n} of {count}', { n: q.position, count: props.questions.length })}</span> {q.wording}
          </>
        )
        if (q.kind === 'free_text') {
          return (
            <FieldFrame key={q.position} name={name} label={legend} hint={t('Optional. Up to 500 characters. Do not name anyone: answers may be quoted without your name.')} error={error(q.position)}>
              {({ id, describedBy }) => (
                <textarea
                  id={id}
                  name={name}
                  className="textarea"
                  rows={4}
                  maxLength={500}
                  aria-describedby={describedBy}
                  defaultValue={String(props.defaults?.[`q${q.position}`] ?? '')}
                  disabled={props.preview}
                />
              )}
            </FieldFrame>
          )
        }
        return (
          <ChoiceGroup
            key={q.position}
            type={q.kind === 'multiple' ? 'checkbox' : 'radio'}
            name={name}
            legend={legend}
            hint={q.kind === 'multiple' ? t('Choose all that apply') : undefined}
            options={q.options.map((o) => ({ value: o.id, label: q.kind === 'agree5' ? t(o.label) : o.label }))}
            defaultValue={props.defaults?.[`q${q.position}`]}
            error={error(q.position)}
          />
        )
      })}
    </>
  )
}

/** The member's form: every question, one button. Only the POST records anything. */
export function PollAnswerForm(props: { pollId: string; questions: Question[]; defaults?: Answers; errors?: Record<string, string[] | null | undefined> }) {
  const t = useT()
  return (
    <Form method="post" action={`/polls/${props.pollId}`} noValidate>
      <PollQuestions questions={props.questions} defaults={props.defaults} errors={props.errors} />
      <p className="hint">{t('You can answer once. Your answers are anonymous: Chorus records that you answered, never what you said.')}</p>
      <button type="submit" className="button button--primary">
        {t('Send my answers')}
      </button>
    </Form>
  )
}
