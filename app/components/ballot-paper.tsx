import { Form, useNavigation } from '@remix-run/react'
import { useT } from '~/i18n/react'
import { ChoiceGroup } from './choices.tsx'

/** The paper: radios for a motion; numbered boxes for an election (no dragging, works without JavaScript). */
export function BallotPaperForm(props: {
  /** The idempotency key: the same form sent twice gets the same receipt. */
  attempt: string
  kind: 'motion' | 'election'
  candidates: { position: number; name: string; statement: string; /** The language the statement is written in, when known. */ statementLang?: 'cy' | 'en' }[]
  /** Already in the page's language. */
  problem: string | null
  ranks?: Record<number, string>
}) {
  const t = useT()
  const submitting = useNavigation().state === 'submitting'
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="attempt" value={props.attempt} />
      {props.problem ? (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title" className="error-summary__title">
            {t('There is a problem')}
          </h2>
          <ul className="error-summary__list">
            <li>
              <a href={props.kind === 'motion' ? '#field-choice-input' : '#rank-0'}>{props.problem}</a>
            </li>
          </ul>
        </div>
      ) : null}
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
          error={props.problem ?? undefined}
        />
      ) : (
        <fieldset className="fieldset" aria-describedby="rank-hint">
          <legend className="fieldset__legend">
            <h2 className="fieldset__heading">{t('Your vote')}</h2>
          </legend>
          <p className="hint" id="rank-hint">
            {t('Put 1 next to your first choice, 2 next to your second, and so on. Number as many or as few as you like, without gaps. Later choices never count against earlier ones.')}
          </p>
          {props.candidates.map((c) => (
            <div className="form-group rank" key={c.position}>
              <label className="label" htmlFor={`rank-${c.position}`}>
                {c.name}
              </label>
              {c.statement ? (
                <p className="hint" lang={c.statementLang}>
                  {c.statement}
                </p>
              ) : null}
              <input id={`rank-${c.position}`} name={`rank-${c.position}`} className="input input--short" inputMode="numeric" autoComplete="off" defaultValue={props.ranks?.[c.position] ?? ''} />
            </div>
          ))}
        </fieldset>
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
