import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listJournalistEnquiries } from '~/domain/press/enquiries.server'
import { ENQUIRY_STATUS_TAGS } from '~/domain/press/enquiry-status'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const journalist = await requireRole(request, 'journalist')
  return { enquiries: await listJournalistEnquiries(db, { userId: journalist.id, now: new Date(), locale: localeOf(request) }) }
}

export default function MyEnquiriesPage() {
  const { enquiries } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <Link to="/press" className="back-link">
        {t('Press room')}
      </Link>
      <h1>{t('Your media enquiries')}</h1>
      <p>
        <Link to="/press/enquiries/new" className="button button--primary">
          {t('Send a media enquiry')}
        </Link>
      </p>
      {enquiries.length === 0 ? (
        <p>{t('You have not sent the press office an enquiry yet.')}</p>
      ) : (
        <ul className="queue">
          {enquiries.map((e) => (
            <li key={e.id} className="card">
              <h2>
                {e.topic} <span className={`tag ${ENQUIRY_STATUS_TAGS[e.status]}`}>{e.statusLabel}</span>
              </h2>
              <p className="meta">
                {t('{reference} · sent {sent} for {outlet} · deadline {deadline}', { reference: e.reference, sent: e.receivedAt, outlet: e.outlet, deadline: e.deadlineLabel })}
                {e.assigneeName && e.status === 'assigned' ? ` · ${t('{name} is handling it', { name: e.assigneeName })}` : ''}
              </p>
              <p className="enquiry-question">{e.question}</p>
              {e.replyText ? (
                <div className="inset-text">
                  <h3>{t('Our answer ({when})', { when: e.closedAt ?? '' })}</h3>
                  <p className="enquiry-question">{e.replyText}</p>
                </div>
              ) : null}
              {e.declineReason ? (
                <div className="inset-text">
                  <h3>{t('Why we could not help ({when})', { when: e.closedAt ?? '' })}</h3>
                  <p className="enquiry-question">{e.declineReason}</p>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Your media enquiries — Chorus press office') }]
