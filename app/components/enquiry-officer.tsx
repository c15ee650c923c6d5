import { Form } from '@remix-run/react'
import type { EnquiryView } from '~/domain/press/enquiries.server'
import { isEnquiryClosed } from '~/domain/press/enquiry-status'
import { useT } from '~/i18n/react'
import { SelectField } from './choices.tsx'
import { TextAreaPlain } from './spokesperson-fields.tsx'

/** Who asked, how to reach them, and what they asked; the answer once there is one. */
export function EnquirySummary({ enquiry: e }: { enquiry: EnquiryView }) {
  const t = useT()
  const row = (label: string, value: React.ReactNode) => (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
  return (
    <>
      <dl className="summary-list">
        {row(t('From'), `${e.name}, ${e.outlet}`)}
        {row(t('Email'), <a href={`mailto:${e.email}`}>{e.email}</a>)}
        {e.phone ? row(t('Phone'), <a href={`tel:${e.phone.replace(/[^0-9+]/g, '')}`}>{e.phone}</a>) : null}
        {e.requestedName ? row(t('Asked to speak to'), e.requestedName) : null}
        {row(t('Assigned to'), e.assigneeName ?? t('Nobody yet'))}
      </dl>
      <h2>{t('Their question')}</h2>
      <div className="inset-text">
        <p className="enquiry-question">{e.question}</p>
      </div>
      {e.replyText ? (
        <>
          <h2>{t('Our answer ({when})', { when: e.closedAt ?? '' })}</h2>
          <p className="enquiry-question">{e.replyText}</p>
        </>
      ) : null}
      {e.declineReason ? (
        <>
          <h2>{t('Declined ({when})', { when: e.closedAt ?? '' })}</h2>
          <p className="enquiry-question">{e.declineReason}</p>
        </>
      ) : null}
    </>
  )
}

/** The action's reply (`submission.reply()`): what was sent, and the problems by field. */
type Failure = { initialValue?: Record<string, unknown> | null; error?: Record<string, string[] | null> | null }

/** Assign, reply or decline: three small forms, each working without JavaScript. */
export function EnquiryActions(props: { enquiry: EnquiryView; assignees: { userId: string; label: string }[]; result: Failure | null }) {
  const t = useT()
  if (isEnquiryClosed(props.enquiry.status)) return null
  const sent = (intent: string) => props.result?.initialValue?.intent === intent
  const failed = (intent: string, field: string) => (sent(intent) ? (props.result?.error?.[field]?.[0] ?? undefined) : undefined)
  const value = (intent: string, field: string) => (sent(intent) ? (props.result?.initialValue?.[field] as string | undefined) : undefined)
  return (
    <>
      <h2>{t('Assign')}</h2>
      <Form method="post">
        <SelectField
          name="assigneeId"
          label={t('Who will handle it?')}
          hint={t('They are emailed the question and the journalist’s contact details.')}
          error={failed('assign', 'assigneeId')}
          defaultValue={value('assign', 'assigneeId')}
        >
          <option value="">{t('Choose someone')}</option>
          {props.assignees.map((a) => (
            <option key={a.userId} value={a.userId}>
              {a.label}
            </option>
          ))}
        </SelectField>
        <button type="submit" name="intent" value="assign" className="button button--secondary">
          {t('Assign')}
        </button>
      </Form>
      <h2>{t('Reply')}</h2>
      <Form method="post">
        <TextAreaPlain
          name="replyText"
          label={t('Your answer to the journalist')}
          hint={t('Sent by email as written, signed with your name for the press office. It cannot be unsent.')}
          error={failed('reply', 'replyText')}
          defaultValue={value('reply', 'replyText')}
          rows={8}
        />
        <button type="submit" name="intent" value="reply" className="button button--primary">
          {t('Send reply')}
        </button>
      </Form>
      <details className="details" open={sent('decline')}>
        <summary>{t('Decline this enquiry')}</summary>
        <Form method="post">
          <TextAreaPlain
            name="reason"
            label={t('Why Chorus cannot help')}
            hint={t('The journalist will see this.')}
            error={failed('decline', 'reason')}
            defaultValue={value('decline', 'reason')}
            rows={3}
          />
          <button type="submit" name="intent" value="decline" className="button button--warning">
            {t('Decline and email the reason')}
          </button>
        </Form>
      </details>
    </>
  )
}
