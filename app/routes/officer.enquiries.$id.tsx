import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Countdown } from '~/components/countdown'
import { EnquiryActions, EnquirySummary } from '~/components/enquiry-officer'
import { ServerErrorSummary } from '~/components/forms'
import { assignEnquiry, declineEnquiry, getEnquiry, listAssignees, replyToEnquiry } from '~/domain/press/enquiries.server'
import { ENQUIRY_STATUS_TAGS } from '~/domain/press/enquiry-status'
import { EnquiryDecisionSchema } from '~/domain/press/contact-schemas'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
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

const SUCCESS = {
  assign: msg('Assigned. They have been emailed the details.'),
  reply: msg('Reply sent. The journalist will get it by email in a moment.'),
  decline: msg('Declined. The journalist has been emailed your reason.'),
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: EnquiryDecisionSchema })
  if (submission.status !== 'success') return invalid(submission)
  const input = submission.value
  const enquiryId = params.id ?? ''
  try {
    if (input.intent === 'assign') await assignEnquiry(db, { actorId: officer.id, enquiryId, assigneeId: input.assigneeId, baseUrl: siteOrigin(request) })
    else if (input.intent === 'reply') await replyToEnquiry(db, { actorId: officer.id, enquiryId, replyText: input.replyText })
    else await declineEnquiry(db, { actorId: officer.id, enquiryId, reason: input.reason })
    return redirectBackWithFlash(request, { message: SUCCESS[input.intent] })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.enquiries, { text: d.enquiry.topic }]) }

export default function OfficerEnquiryPage() {
  const { enquiry: e, now, assignees } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <>
      <ServerErrorSummary errors={result?.error} order={['assigneeId', 'replyText', 'reason']} />
      <span className="caption">{t('{reference} · received {when}', { reference: e.reference, when: e.receivedAt })}</span>
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
