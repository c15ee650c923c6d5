import { Form, Link } from '@remix-run/react'
import { useT } from '~/i18n/react'
import { ChoiceGroup } from './choices.tsx'
import { FieldFrame, TextFieldPlain } from './text-field-plain.tsx'
import { DataTable } from './data-table.tsx'

type Errors = Record<string, string[] | null | undefined>
const first = (errors: Errors, name: string) => errors[name]?.[0] ?? undefined

/** Step 3: publish now, or embargo until a London time. Part of the edit form, so sending also saves. */
export function ReleaseControls(props: { errors: Errors; defaultWhen?: string; defaultUntil?: string; awaitingApproval: boolean; approvalRequired: boolean }) {
  const t = useT()
  return (
    <fieldset className="fieldset card">
      <legend className="fieldset__legend">
        <span className="caption">{t('Step 3 of 3')}</span> {t('Send the briefing')}
      </legend>
      <ChoiceGroup
        type="radio"
        name="when"
        legend={t('When does it go public?')}
        options={[
          { value: 'now', label: t('Publish now'), hint: t('Public at once; journalists and subscribers are alerted.') },
          { value: 'embargo', label: t('Embargo until a time'), hint: t('Approved journalists get it now with the embargo notice; everyone else at the lift time.') },
        ]}
        defaultValue={props.defaultWhen ?? 'now'}
        error={first(props.errors, 'when')}
      />
      <TextFieldPlain
        name="embargoUntil"
        type="datetime-local"
        label={t('Embargo lifts at (London time)')}
        hint={t('Only for an embargo. For example, 27/11/2026 00:01.')}
        defaultValue={props.defaultUntil}
        error={first(props.errors, 'embargoUntil')}
        width="medium"
      />
      <button type="submit" name="intent" value="release" className="button button--primary">
        {props.approvalRequired && !props.awaitingApproval ? t('Send for approval') : props.awaitingApproval ? t('Approve and send') : t('Send')}
      </button>
    </fieldset>
  )
}

export function CorrectionNoteField(props: { errors: Errors }) {
  const error = first(props.errors, 'correctionNote')
  const t = useT()
  return (
    <FieldFrame name="correctionNote" label={t('Correction note')} hint={t('Shown on the briefing, for example: “The caseload figure was 28, not 32.”')} error={error}>
      {({ id, describedBy }) => <textarea id={id} name="correctionNote" rows={2} className="textarea" aria-describedby={describedBy} />}
    </FieldFrame>
  )
}

/**
 * Under embargo: lift now or move the lift time; any time after sending: withdraw, on a
 * confirmation screen of its own (`?confirm=withdraw`), so it works without JavaScript.
 */
export function SentControls(props: { errors: Errors; intent?: string; underEmbargo: boolean; untilLocal?: string; pagePath: string; confirmWithdraw: boolean }) {
  const t = useT()
  return (
    <>
      {props.underEmbargo ? (
        <Form method="post" className="card">
          <h2>{t('Change the embargo')}</h2>
          <ChoiceGroup
            type="radio"
            name="when"
            legend={t('When should it go public?')}
            options={[
              { value: 'now', label: t('Lift the embargo now') },
              { value: 'embargo', label: t('Move the lift time') },
            ]}
            defaultValue="embargo"
            error={props.intent === 'reschedule' ? first(props.errors, 'when') : undefined}
          />
          <TextFieldPlain
            name="embargoUntil"
            type="datetime-local"
            label={t('New lift time (London time)')}
            defaultValue={props.untilLocal}
            error={props.intent === 'reschedule' ? first(props.errors, 'embargoUntil') : undefined}
            width="medium"
          />
          <button type="submit" name="intent" value="reschedule" className="button button--secondary">
            {t('Change the embargo')}
          </button>
        </Form>
      ) : null}
      {props.confirmWithdraw ? (
        <Form method="post" action={props.pagePath} className="card" id="withdraw">
          <h2>{t('Are you sure you want to withdraw this briefing?')}</h2>
          <p>{t('This cannot be undone.')}</p>
          <ul>
            <li>{t('Its page will show your notice instead of the briefing, and it leaves the feeds.')}</li>
            <li>{t('Alerts not yet sent are cancelled.')}</li>
            <li>
              {props.underEmbargo
                ? t('Everyone who received it is emailed at once: “EMBARGOED RELEASE WITHDRAWN — do not publish”, with your notice.')
                : t('Everyone who received it is emailed at once: “RELEASE WITHDRAWN — do not publish”, with your notice.')}
            </li>
          </ul>
          <FieldFrame name="notice" label={t('Notice readers will see instead of the briefing')} error={props.intent === 'withdraw' ? first(props.errors, 'notice') : undefined}>
            {({ id, describedBy }) => <textarea id={id} name="notice" rows={3} className="textarea" aria-describedby={describedBy} />}
          </FieldFrame>
          <input type="hidden" name="confirm" value="yes" />
          <div className="button-group">
            <button type="submit" name="intent" value="withdraw" className="button button--warning">
              {t('Yes, withdraw this briefing')}
            </button>
            <Link to={props.pagePath} className="link">
              {t('No, keep it')}
            </Link>
          </div>
        </Form>
      ) : (
        <section className="card" aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">{t('Withdraw this briefing')}</h2>
          <p>{t('For a briefing that should never have gone out. To change what it says, publish a correction instead.')}</p>
          <Link to={`${props.pagePath}?confirm=withdraw#withdraw`} className="button button--warning">
            {t('Withdraw this briefing')}
          </Link>
        </section>
      )}
    </>
  )
}

export function EmbargoViewLog(props: { views: { name: string; outlet: string | null; viewedAt: string; accountDeleted: boolean }[] }) {
  const t = useT()
  return (
    <section aria-labelledby="views-heading">
      <h2 id="views-heading">{t('Read under embargo')}</h2>
      {props.views.length === 0 ? (
        <p>{t('No journalist has opened it under embargo.')}</p>
      ) : (
        <DataTable columns={[t('Journalist'), t('Outlet'), t('When (London time)')]}>
          {props.views.map((v, i) => (
            <tr key={`${v.viewedAt}-${i}`}>
              <td>
                <bdi>{v.name}</bdi>
                {v.accountDeleted ? <div className="meta">{t('Account since deleted')}</div> : null}
              </td>
              <td>{v.outlet ? <bdi>{v.outlet}</bdi> : '—'}</td>
              <td>{v.viewedAt}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  )
}
