import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { Notice } from '~/components/panels'
import { listJournalistEnquiries } from '~/domain/press/enquiries.server'
import { ENQUIRY_STATUS_TAGS } from '~/domain/press/enquiry-status'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const journalist = await requireRole(request, 'journalist')
  return { enquiries: await listJournalistEnquiries(db, { userId: journalist.id, now: new Date() }) }
}

export default function MyEnquiriesPage() {
  const { enquiries } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  return (
    <>
      <Link to="/press" className="back-link">
        Press room
      </Link>
      {params.get('sent') ? <Notice tone="success">Enquiry sent. We’ve emailed you a confirmation, and it is listed below.</Notice> : null}
      <h1>Your media enquiries</h1>
      <p>
        <Link to="/press/enquiries/new" className="button button--primary">
          Send a media enquiry
        </Link>
      </p>
      {enquiries.length === 0 ? (
        <p>You have not sent the press office an enquiry yet.</p>
      ) : (
        <ul className="queue">
          {enquiries.map((e) => (
            <li key={e.id} className="card">
              <h2>
                {e.topic} <span className={`tag ${ENQUIRY_STATUS_TAGS[e.status]}`}>{e.statusLabel}</span>
              </h2>
              <p className="meta">
                {e.reference} · sent {e.receivedAt} for {e.outlet} · deadline {e.deadlineLabel}
                {e.assigneeName && e.status === 'assigned' ? ` · ${e.assigneeName} is handling it` : ''}
              </p>
              <p className="enquiry-question">{e.question}</p>
              {e.replyText ? (
                <div className="inset-text">
                  <h3>Our answer ({e.closedAt})</h3>
                  <p className="enquiry-question">{e.replyText}</p>
                </div>
              ) : null}
              {e.declineReason ? (
                <div className="inset-text">
                  <h3>Why we could not help ({e.closedAt})</h3>
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

export const meta: MetaFunction = () => [{ title: 'Your media enquiries — Chorus press office' }]
