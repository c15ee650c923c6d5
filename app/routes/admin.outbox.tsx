import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Notice } from '~/components/panels'
import { DomainError, statusForCode } from '~/domain/errors'
import { getOutboxSummary, listFailedJobs, retryFailedJob } from '~/domain/outbox/admin.server'
import { db } from '~/utils/db.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'admin')
  const [summary, failed] = await Promise.all([getOutboxSummary(db), listFailedJobs(db)])
  return { summary, failed: failed.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })) }
}

const RetrySchema = z.object({ jobId: z.uuid() })

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  const parsed = RetrySchema.safeParse(Object.fromEntries(await readForm(request)))
  if (!parsed.success) return data({ ok: false, message: 'Choose an email to retry.' }, { status: 400 })
  try {
    await retryFailedJob(db, { jobId: parsed.data.jobId, actorId: admin.id })
    return redirectBackWithFlash(request, { message: 'The email is queued again and will be sent within a few seconds.' })
  } catch (error) {
    if (error instanceof DomainError) return data({ ok: false, message: error.message }, { status: statusForCode[error.code] })
    throw error
  }
}

const STATUSES = [
  ['pending', 'Waiting to send'],
  ['sending', 'Sending now'],
  ['sent', 'Sent'],
  ['failed', 'Failed'],
] as const

export default function AdminOutboxPage() {
  const { summary, failed } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <>
      <Link to="/admin" className="back-link">
        Admin
      </Link>
      {result ? <Notice tone="warning">{result.message}</Notice> : null}
      <h1>Outbox</h1>
      <p className="lead">Every email Chorus sends waits here until the mail provider has accepted it.</p>
      <dl className="summary-list">
        {STATUSES.map(([status, label]) => (
          <div className="summary-list__row" key={status}>
            <dt>{label}</dt>
            <dd>
              {(summary.jobs[status] ?? 0).toLocaleString('en-GB')} {(summary.jobs[status] ?? 0) === 1 ? 'send' : 'sends'}
            </dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt>Recipients</dt>
          <dd>
            {(summary.recipients.sent ?? 0).toLocaleString('en-GB')} delivered, {(summary.recipients.pending ?? 0).toLocaleString('en-GB')} waiting,{' '}
            {(summary.recipients.skipped ?? 0).toLocaleString('en-GB')} skipped (unsubscribed or bounced)
          </dd>
        </div>
      </dl>
      <h2>Failed emails</h2>
      {failed.length === 0 ? (
        <p>No email has failed.</p>
      ) : (
        <DataTable columns={['Email', 'To', 'Attempts', 'Last error', { label: 'Action', hidden: true }]}>
          {failed.map((job) => (
            <tr key={job.id}>
              <td>
                {job.template}
                <div className="meta">
                  <time dateTime={job.createdAt}>{new Date(job.createdAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })}</time>
                </div>
              </td>
              <td>
                {job.firstRecipient}
                {job.recipients > 1 ? ` and ${job.recipients - 1} more` : ''}
              </td>
              <td>{job.attempts}</td>
              <td>
                <code>{job.lastError}</code>
              </td>
              <td>
                <Form method="post">
                  <input type="hidden" name="jobId" value={job.id} />
                  <button type="submit" className="button button--secondary button--small">
                    Retry
                    <span className="visually-hidden">
                      {' '}
                      {job.template} to {job.firstRecipient}
                    </span>
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Outbox — Chorus' }]
