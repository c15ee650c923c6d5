import { Form, useNavigation } from '@remix-run/react'
import { useT } from '~/i18n/react'
import { rankField } from '~/domain/voting/lifecycle'
import { ChoiceGroup } from './choices.tsx'
import { ServerErrorSummary } from './forms.tsx'
import { FieldError } from './text-field-plain.tsx'

/** The paper: radios for a motion; numbered boxes for an election (no dragging, works without JavaScript). */
export function BallotPaperForm(props: {
  /** The idempotency key: the same form sent twice gets the same receipt. */
  attempt: string
  kind: 'motion' | 'election'
  candidates: { position: number; name: string; statement: string; /** The language the statement is written in, when known. */ statementLang?: 'cy' | 'en' }[]
  /** The action's answer to a paper it refused (`submission.reply()`): its problems and what was sent. */
  result?: { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null
}) {
  const t = useT()
  const submitting = useNavigation().state === 'submitting'
  const errors = props.result?.error ?? {}
  const sent = props.result?.initialValue ?? {}
  const first = (name: string) => errors[name]?.[0] ?? undefined
  const boxes = props.candidates.map((c) => rankField(c.position))
  // Problems with the paper as a whole (a gap in the numbering) link to its first box, as a date's do.
  const firstBox = boxes[0] ?? 'field-choice-input'
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="attempt" value={props.attempt} />
      <ServerErrorSummary
        errors={errors}
        order={['attempt', 'choice', 'ranks', ...boxes]}
        choiceFields={['choice']}
        anchors={{ attempt: props.kind === 'motion' ? 'field-choice-input' : firstBox, ranks: firstBox, ...Object.fromEntries(boxes.map((b) => [b, b])) }}
      />
      {props.kind === 'motion' ? (
        <ChoiceGroup
          type="radio"
          name="choice"
          legend={<h2 className="fieldset__heading">{t('Your vote')}</h2>}
          options={[
            { value: 'for', label: t('For') },
            { value: 'against', label: t('Against') },
            { value: 'abstain', label: t('Abstain') },
          ]}
          defaultValue={typeof sent.choice === 'string' ? sent.choice : undefined}
          error={first('choice')}
        />
      ) : (
        <div className={`form-group${first('ranks') ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" id="field-ranks" aria-describedby={first('ranks') ? 'rank-hint field-ranks-error' : 'rank-hint'}>
            <legend className="fieldset__legend">
              <h2 className="fieldset__heading">{t('Your vote')}</h2>
            </legend>
            <p className="hint" id="rank-hint">
              {t('Put 1 next to your first choice, 2 next to your second, and so on. Number as many or as few as you like, without gaps. Later choices never count against earlier ones.')}
            </p>
            {first('ranks') ? <FieldError id="field-ranks-error" error={first('ranks')!} /> : null}
            {props.candidates.map((c) => {
              const name = rankField(c.position)
              const error = first(name)
              return (
                <div className={`form-group rank${error ? ' form-group--error' : ''}`} key={c.position}>
                  <label className="label" htmlFor={name}>
                    {c.name}
                  </label>
                  {c.statement ? (
                    <p className="hint" lang={c.statementLang}>
                      {c.statement}
                    </p>
                  ) : null}
                  {error ? <FieldError id={`${name}-error`} error={error} /> : null}
                  <input
                    id={name}
                    name={name}
                    className={`input input--short${error || first('ranks') ? ' input--error' : ''}`}
                    inputMode="numeric"
                    autoComplete="off"
                    defaultValue={typeof sent[name] === 'string' ? sent[name] : ''}
                    aria-invalid={error || first('ranks') ? true : undefined}
                    aria-describedby={error ? `${name}-error` : undefined}
                  />
                </div>
              )
            })}
          </fieldset>
        </div>
      )}
      <button type="submit" className="button button--primary" disabled={submitting}>
        {t('Cast my vote')}
      </button>
      <p className="meta">
        {t('You can vote once, and cannot change your vote afterwards. Your vote is secret: Chorus records that you voted, never how. Your receipt shows your vote was counted, never what it was.')}
      </p>
    </Form>
  )
}
