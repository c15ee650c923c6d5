import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ReplySummary } from '~/components/forms'
import { getOutboxSummary, listFailedJobs, retryFailedJob } from '~/domain/outbox/admin.server'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { formatLondonStamp } from '~/utils/london-time'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'
import { redirectBackWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'admin')
  const [summary, failed] = await Promise.all([getOutboxSummary(db), listFailedJobs(db)])
  return { summary, failed: failed.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })) }
}

const RetrySchema = z.object({ jobId: z.uuid({ error: msg('Choose an email to retry.') }) })

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  const submission = parseWithZod(await readForm(request), { schema: RetrySchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await retryFailedJob(db, { jobId: submission.value.jobId, actorId: admin.id })
    return redirectBackWithFlash(request, { message: msg('The email is queued again and will be sent within a few seconds.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

const STATUSES = [
  ['pending', msg('Waiting to send')],
  ['sending', msg('Sending now')],
  ['sent', msg('Sent')],
  ['failed', msg('Failed')],
] as const

export const handle: BreadcrumbHandle = { breadcrumb: msg('Outbox') }

export default function AdminOutboxPage() {
  const { summary, failed } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <>
      <ReplySummary result={result} />
      <h1>{t('Outbox')}</h1>
      <p className="lead">{t('Every email Chorus sends waits here until the mail provider has accepted it.')}</p>
      <dl className="summary-list">
        {STATUSES.map(([status, label]) => (
          <div className="summary-list__row" key={status}>
            <dt>{t(label)}</dt>
            <dd>{t('{count, plural, one {# send} other {# sends}}', { count: summary.jobs[status] ?? 0 })}</dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt>{t('Recipients')}</dt>
          <dd>
            {t('{sent, number} delivered, {pending, number} waiting, {skipped, number} skipped (unsubscribed or bounced)', {
              sent: summary.recipients.sent ?? 0,
              pending: summary.recipients.pending ?? 0,
              skipped: summary.recipients.skipped ?? 0,
            })}
          </dd>
        </div>
      </dl>
      <h2>{t('Failed emails')}</h2>
      {failed.length === 0 ? (
        <p>{t('No email has failed.')}</p>
      ) : (
        <DataTable columns={[t('Email'), t('To'), t('Attempts'), t('Last error'), { label: t('Action'), hidden: true }]}>
          {failed.map((job) => (
            <tr key={job.id}>
              <td>
                {job.template}
                <div className="meta">
                  <time dateTime={job.createdAt}>{formatLondonStamp(job.createdAt)}</time>
                </div>
              </td>
              <td>
                {job.firstRecipient}
                {job.recipients > 1 ? ` ${t('and {count, number} more', { count: job.recipients - 1 })}` : ''}
              </td>
              <td>{job.attempts}</td>
              <td>
                <code>{job.lastError}</code>
              </td>
              <td>
                <Form method="post">
                  <input type="hidden" name="jobId" value={job.id} />
                  <button type="submit" className="button button--secondary button--small">
                    <T
                      message="Retry<hidden> {email} to {recipient}</hidden>"
                      values={{ email: job.template, recipient: job.firstRecipient, hidden: (text: string) => <span className="visually-hidden">{text}</span> }}
                    />
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

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Outbox — Chorus') }]
