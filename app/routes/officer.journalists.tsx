import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ReplySummary } from '~/components/forms'
import { decideJournalist, listApprovedJournalists, listJournalistQueue } from '~/domain/press/journalists.server'
import { topicLabel } from '~/domain/press/topics'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { translatorFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { formatLondon } from '~/utils/london-time'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const locale = localeOf(request)
  const t = translatorFor(locale)
  const [queue, approved] = await Promise.all([listJournalistQueue(db), listApprovedJournalists(db)])
  return {
    queue: queue.map((q) => ({ ...q, beats: q.beats.map((b) => t(topicLabel(b))).join(', '), registered: formatLondon(q.createdAt, locale) })),
    approved: approved.map((a) => ({ userId: a.userId, name: a.name, outlet: a.outlet })),
  }
}

const DecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('approve'), userId: z.uuid() }),
    z.object({
      decision: z.literal('decline'),
      userId: z.uuid(),
      reason: z
        .string({ error: msg('Say why the account cannot be approved') })
        .trim()
        .min(10, msg('Say why the account cannot be approved, in a sentence the journalist can act on'))
        .max(500, msg('Keep the reason under 500 characters')),
    }),
  ],
  { error: msg('Choose what to do') },
)

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: DecisionSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    const v = submission.value
    await decideJournalist(db, { officerId: officer.id, userId: v.userId, decision: v.decision, reason: v.decision === 'decline' ? v.reason : undefined, baseUrl: siteOrigin(request) })
    return redirectBackWithFlash(request, {
      message: v.decision === 'approve' ? msg('Press account approved. We have emailed the journalist.') : msg('Press account declined. We have emailed the journalist your reason.'),
    })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Press accounts') }

export default function JournalistQueuePage() {
  const { queue, approved } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <>
      <ReplySummary result={result} />
      <h1>{t('Press accounts to check')}</h1>
      <p className="lead">{t('Check each journalist writes for the outlet they name (a byline, a staff page), then approve or decline. Approved journalists see briefings under embargo.')}</p>
      {queue.length === 0 ? (
        <p>{t('Nothing is waiting. Accounts appear here once the journalist has confirmed their work email.')}</p>
      ) : (
        <ul className="queue">
          {queue.map((j) => (
            <li key={j.userId} className="card">
              <h2>
                <bdi>{j.name}</bdi>{' '}
                <span className="meta">
                  <bdi>{j.outlet}</bdi>
                </span>
              </h2>
              <p>{t('{role} · {email} · covers {beats} · registered {when}', { role: j.jobTitle, email: j.email, beats: j.beats || t('no topics given'), when: j.registered })}</p>
              <Form method="post" className="inline-form">
                <input type="hidden" name="userId" value={j.userId} />
                <button type="submit" name="decision" value="approve" className="button button--primary">
                  {t('Approve')}
                  <span className="visually-hidden">
                    {' '}
                    <bdi>{j.name}</bdi>
                  </span>
                </button>
              </Form>
              <details className="details">
                <summary>{t('Decline')}</summary>
                <Form method="post">
                  <input type="hidden" name="userId" value={j.userId} />
                  <div className="form-group">
                    <label className="label" htmlFor={`reason-${j.userId}`}>
                      {t('Why not? The journalist will see this')}
                    </label>
                    <textarea id={`reason-${j.userId}`} name="reason" className="textarea" rows={3} maxLength={500} />
                  </div>
                  <button type="submit" name="decision" value="decline" className="button button--warning">
                    {t('Decline and email the reason')}
                  </button>
                </Form>
              </details>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('Approved press accounts ({count})', { count: approved.length })}</h2>
      <ul>
        {approved.map((a) => (
          <li key={a.userId}>
            <bdi>{a.name}</bdi>, <bdi>{a.outlet}</bdi>
          </li>
        ))}
      </ul>
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Press accounts to check — Chorus') }]
