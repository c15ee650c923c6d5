import { Form, Link } from '@remix-run/react'
import { ChoiceGroup } from './choices.tsx'
import { FieldFrame, TextFieldPlain } from './text-field-plain.tsx'
import { DataTable } from './data-table.tsx'

type Errors = Record<string, string[] | null | undefined>
const first = (errors: Errors, name: string) => errors[name]?.[0] ?? undefined

/** Step 3: publish now, or embargo until a London time. Part of the edit form, so sending also saves. */
export function ReleaseControls(props: { errors: Errors; defaultWhen?: string; defaultUntil?: string; awaitingApproval: boolean; approvalRequired: boolean }) {
  return (
    <fieldset className="fieldset card">
      <legend className="fieldset__legend">
        <span className="caption">Step 3 of 3</span> Send the briefing
      </legend>
      <ChoiceGroup
        type="radio"
        name="when"
        legend="When does it go public?"
        options={[
          { value: 'now', label: 'Publish now', hint: 'Public at once; journalists and subscribers are alerted.' },
          { value: 'embargo', label: 'Embargo until a time', hint: 'Approved journalists get it now with the embargo notice; everyone else at the lift time.' },
        ]}
        defaultValue={props.defaultWhen ?? 'now'}
        error={first(props.errors, 'when')}
      />
      <TextFieldPlain name="embargoUntil" type="datetime-local" label="Embargo lifts at (London time)" hint="Only for an embargo. For example, 27/11/2026 00:01." defaultValue={props.defaultUntil} error={first(props.errors, 'embargoUntil')} width="medium" />
      <button type="submit" name="intent" value="release" className="button button--primary">
        {props.approvalRequired && !props.awaitingApproval ? 'Send for approval' : props.awaitingApproval ? 'Approve and send' : 'Send'}
      </button>
    </fieldset>
  )
}

export function CorrectionNoteField(props: { errors: Errors }) {
  const error = first(props.errors, 'correctionNote')
  return (
    <FieldFrame name="correctionNote" label="Correction note" hint="Shown on the briefing, for example: “The caseload figure was 28, not 32.”" error={error}>
      {({ id, describedBy }) => <textarea id={id} name="correctionNote" rows={2} className="textarea" aria-describedby={describedBy} />}
    </FieldFrame>
  )
}

/**
 * Under embargo: lift now or move the lift time; any time after sending: withdraw, on a
 * confirmation screen of its own (`?confirm=withdraw`), so it works without JavaScript.
 */
export function SentControls(props: { errors: Errors; intent?: string; underEmbargo: boolean; untilLocal?: string; pagePath: string; confirmWithdraw: boolean }) {
  return (
    <>
      {props.underEmbargo ? (
        <Form method="post" className="card">
          <h2>Change the embargo</h2>
          <ChoiceGroup
            type="radio"
            name="when"
            legend="When should it go public?"
            options={[
              { value: 'now', label: 'Lift the embargo now' },
              { value: 'embargo', label: 'Move the lift time' },
            ]}
            defaultValue="embargo"
            error={props.intent === 'reschedule' ? first(props.errors, 'when') : undefined}
          />
          <TextFieldPlain name="embargoUntil" type="datetime-local" label="New lift time (London time)" defaultValue={props.untilLocal} error={props.intent === 'reschedule' ? first(props.errors, 'embargoUntil') : undefined} width="medium" />
          <button type="submit" name="intent" value="reschedule" className="button button--secondary">
            Change the embargo
          </button>
        </Form>
      ) : null}
      {props.confirmWithdraw ? (
        <Form method="post" action={props.pagePath} className="card" id="withdraw">
          <h2>Are you sure you want to withdraw this briefing?</h2>
          <p>This cannot be undone.</p>
          <ul>
            <li>Its page will show your notice instead of the briefing, and it leaves the feeds.</li>
            <li>Alerts not yet sent are cancelled.</li>
            <li>
              Everyone who received it is emailed at once: {props.underEmbargo ? '“EMBARGOED RELEASE WITHDRAWN — do not publish”' : '“RELEASE WITHDRAWN — do not publish”'}, with your notice.
            </li>
          </ul>
          <FieldFrame name="notice" label="Notice readers will see instead of the briefing" error={props.intent === 'withdraw' ? first(props.errors, 'notice') : undefined}>
            {({ id, describedBy }) => <textarea id={id} name="notice" rows={3} className="textarea" aria-describedby={describedBy} />}
          </FieldFrame>
          <input type="hidden" name="confirm" value="yes" />
          <div className="button-group">
            <button type="submit" name="intent" value="withdraw" className="button button--warning">
              Yes, withdraw this briefing
            </button>
            <Link to={props.pagePath} className="link">
              No, keep it
            </Link>
          </div>
        </Form>
      ) : (
        <section className="card" aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">Withdraw this briefing</h2>
          <p>For a briefing that should never have gone out. To change what it says, publish a correction instead.</p>
          <Link to={`${props.pagePath}?confirm=withdraw#withdraw`} className="button button--warning">
            Withdraw this briefing
          </Link>
        </section>
      )}
    </>
  )
}

export function EmbargoViewLog(props: { views: { name: string; outlet: string | null; viewedAt: string; accountDeleted: boolean }[] }) {
  return (
    <section aria-labelledby="views-heading">
      <h2 id="views-heading">Read under embargo</h2>
      {props.views.length === 0 ? (
        <p>No journalist has opened it under embargo.</p>
      ) : (
        <DataTable columns={['Journalist', 'Outlet', 'When (London time)']}>
          {props.views.map((v, i) => (
            <tr key={`${v.viewedAt}-${i}`}>
              <td>
                <bdi>{v.name}</bdi>
                {v.accountDeleted ? <div className="meta">Account since deleted</div> : null}
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
