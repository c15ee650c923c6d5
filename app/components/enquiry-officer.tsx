import { Form } from '@remix-run/react'
import type { EnquiryView } from '~/domain/press/enquiries.server'
import { isEnquiryClosed } from '~/domain/press/enquiry-status'
import { SelectField } from './choices.tsx'
import { TextAreaPlain } from './spokesperson-fields.tsx'

/** Who asked, how to reach them, and what they asked; the answer once there is one. */
export function EnquirySummary({ enquiry: e }: { enquiry: EnquiryView }) {
  const row = (label: string, value: React.ReactNode) => (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
  return (
    <>
      <dl className="summary-list">
        {row('From', `${e.name}, ${e.outlet}`)}
        {row('Email', <a href={`mailto:${e.email}`}>{e.email}</a>)}
        {e.phone ? row('Phone', <a href={`tel:${e.phone.replace(/[^0-9+]/g, '')}`}>{e.phone}</a>) : null}
        {e.requestedName ? row('Asked to speak to', e.requestedName) : null}
        {row('Assigned to', e.assigneeName ?? 'Nobody yet')}
      </dl>
      <h2>Their question</h2>
      <div className="inset-text">
        <p className="enquiry-question">{e.question}</p>
      </div>
      {e.replyText ? (
        <>
          <h2>Our answer ({e.closedAt})</h2>
          <p className="enquiry-question">{e.replyText}</p>
        </>
      ) : null}
      {e.declineReason ? (
        <>
          <h2>Declined ({e.closedAt})</h2>
          <p className="enquiry-question">{e.declineReason}</p>
        </>
      ) : null}
    </>
  )
}

type Failure = { intent: string; field: string; message: string; values: Record<string, string> }

/** Assign, reply or decline: three small forms, each working without JavaScript. */
export function EnquiryActions(props: { enquiry: EnquiryView; assignees: { userId: string; label: string }[]; result: Failure | null }) {
  if (isEnquiryClosed(props.enquiry.status)) return null
  const failed = (intent: string, field: string) => (props.result?.intent === intent && props.result.field === field ? props.result.message : undefined)
  const value = (intent: string, field: string) => (props.result?.intent === intent ? props.result.values[field] : undefined)
  return (
    <>
      <h2>Assign</h2>
      <Form method="post">
        <SelectField name="assigneeId" label="Who will handle it?" hint="They are emailed the question and the journalist’s contact details." error={failed('assign', 'assigneeId')} defaultValue={value('assign', 'assigneeId')}>
          <option value="">Choose someone</option>
          {props.assignees.map((a) => (
            <option key={a.userId} value={a.userId}>
              {a.label}
            </option>
          ))}
        </SelectField>
        <button type="submit" name="intent" value="assign" className="button button--secondary">
          Assign
        </button>
      </Form>
      <h2>Reply</h2>
      <Form method="post">
        <TextAreaPlain name="replyText" label="Your answer to the journalist" hint="Sent by email as written, signed with your name for the press office. It cannot be unsent." error={failed('reply', 'replyText')} defaultValue={value('reply', 'replyText')} rows={8} />
        <button type="submit" name="intent" value="reply" className="button button--primary">
          Send reply
        </button>
      </Form>
      <details className="details" open={props.result?.intent === 'decline'}>
        <summary>Decline this enquiry</summary>
        <Form method="post">
          <TextAreaPlain name="reason" label="Why Chorus cannot help" hint="The journalist will see this." error={failed('decline', 'reason')} defaultValue={value('decline', 'reason')} rows={3} />
          <button type="submit" name="intent" value="decline" className="button button--warning">
            Decline and email the reason
          </button>
        </Form>
      </details>
    </>
  )
}
