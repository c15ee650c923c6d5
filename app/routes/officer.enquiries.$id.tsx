import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Countdown } from '~/components/countdown'
import { EnquiryActions, EnquirySummary } from '~/components/enquiry-officer'
import { Notice } from '~/components/panels'
import { DomainError, statusForCode } from '~/domain/errors'
import { assignEnquiry, declineEnquiry, getEnquiry, listAssignees, replyToEnquiry } from '~/domain/press/enquiries.server'
import { ENQUIRY_STATUS_TAGS } from '~/domain/press/enquiry-status'
import { EnquiryDecisionSchema } from '~/domain/press/contact-schemas'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const now = new Date()
  const locale = localeOf(request)
  const enquiry = await getEnquiry(db, { id: params.id ?? '', now, locale })
  if (!enquiry) throw new Response(null, { status: 404 })
  return { enquiry, now: now.toISOString(), assignees: await listAssignees(db, locale) }
}

const SUCCESS = { assign: msg('Assigned. They have been emailed the details.'), reply: msg('Reply sent. The journalist will get it by email in a moment.'), decline: msg('Declined. The journalist has been emailed your reason.') }

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const form = Object.fromEntries(await readForm(request))
  const parsed = EnquiryDecisionSchema.safeParse(form)
  const intent = typeof form.intent === 'string' ? form.intent : ''
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return data({ ok: false, intent, field: issue.path[0] === 'intent' ? '' : String(issue.path[0] ?? ''), message: translateFor(request, issue.message), values: form as Record<string, string> }, { status: 400 })
  }
  const input = parsed.data
  const enquiryId = params.id ?? ''
  try {
    if (input.intent === 'assign') await assignEnquiry(db, { actorId: officer.id, enquiryId, assigneeId: input.assigneeId, baseUrl: siteOrigin(request) })
    else if (input.intent === 'reply') await replyToEnquiry(db, { actorId: officer.id, enquiryId, replyText: input.replyText })
    else await declineEnquiry(db, { actorId: officer.id, enquiryId, reason: input.reason })
    return redirectBackWithFlash(request, { message: SUCCESS[input.intent] })
  } catch (error) {
    if (error instanceof DomainError) return data({ ok: false, intent, field: error.field ?? '', message: translateFor(request, error.message, error.values), values: form as Record<string, string> }, { status: statusForCode[error.code] })
    throw error
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.enquiries, { text: d.enquiry.topic }]) }

export default function OfficerEnquiryPage() {
  const { enquiry: e, now, assignees } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <>
      {result && !result.field ? <Notice tone="warning">{result.message}</Notice> : null}
      {result && result.field ? (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title" className="error-summary__title">
            {t('There is a problem')}
          </h2>
          <ul className="error-summary__list">
            <li>
              <a href={`#field-${result.field}`}>{result.message}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <span className="caption">
        {t('{reference} · received {when}', { reference: e.reference, when: e.receivedAt })}
      </span>
      <h1>
        {e.topic} <span className={`tag ${ENQUIRY_STATUS_TAGS[e.status]}`}>{e.statusLabel}</span>
      </h1>
      <p className="lead">
        {t('Deadline {when}', { when: e.deadlineLabel })}
        {e.countdown ? (
          <>
            {' — '}
            <Countdown deadline={e.deadline} renderedAt={now} />
          </>
        ) : null}
      </p>
      <EnquirySummary enquiry={e} />
      <EnquiryActions enquiry={e} assignees={assignees} result={result ?? null} />
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Media enquiry — Chorus') }]
