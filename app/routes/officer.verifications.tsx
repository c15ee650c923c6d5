import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Children, type ReactNode } from 'react'
import { z } from 'zod'
import { ReplySummary } from '~/components/forms'
import { RegisterSearchLink } from '~/components/register-search-link'
import { listVerificationQueue, rejectRegistration, verifyRegistration } from '~/domain/membership/officers.server'
import { PUBLIC_REGISTERS } from '~/domain/membership/public-registers'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const queue = await listVerificationQueue(db)
  return { queue: queue.map((m) => ({ ...m, register: m.regulator ? PUBLIC_REGISTERS[m.regulator] : null })) }
}

const DecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('verify'), membershipId: z.uuid() }),
    z.object({
      decision: z.literal('reject'),
      membershipId: z.uuid(),
      reason: z
        .string({ error: msg('Say why the number could not be verified') })
        .trim()
        .min(10, msg('Say why the number could not be verified, in a sentence the member can act on'))
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
    if (submission.value.decision === 'verify') {
      await verifyRegistration(db, { membershipId: submission.value.membershipId, officerId: officer.id })
      return redirectBackWithFlash(request, { message: msg('Registration verified. The member can now vote if their membership is in good standing.') })
    }
    await rejectRegistration(db, { membershipId: submission.value.membershipId, officerId: officer.id, reason: submission.value.reason, baseUrl: siteOrigin(request) })
    return redirectBackWithFlash(request, { message: msg('Registration not verified. We have emailed the member your reason.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Registration numbers to verify') }

export default function VerificationQueuePage() {
  const { queue } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <>
      <ReplySummary result={result} />
      <h1>{t('Registration numbers to verify')}</h1>
      <p className="lead">{t('Check each number on the regulator’s public register, then verify it or say why you could not.')}</p>
      {queue.length === 0 ? (
        <p>{t('Nothing is waiting. Every registration number has been checked.')}</p>
      ) : (
        <ul className="queue">
          {queue.map((m) => (
            <li key={m.id} className="card">
              <h2>
                <bdi>{m.name}</bdi> <span className="meta">{m.membershipNumber}</span>
              </h2>
              <p>
                {m.regulatorName}: <strong className="copyable">{m.registrationNumber}</strong> · {m.tier} · {m.branch} · {t(m.statusLabel)}
              </p>
              {m.register ? (
                <p>
                  <RegisterSearchLink register={m.register} registrationNumber={m.registrationNumber ?? ''} />
                </p>
              ) : null}
              <Form method="post" className="inline-form">
                <input type="hidden" name="membershipId" value={m.id} />
                <button type="submit" name="decision" value="verify" className="button button--primary">
                  <T
                    message="Verify<hidden> {number} for <name>{member}</name></hidden>"
                    values={{
                      number: m.registrationNumber,
                      member: m.name,
                      hidden: (chunks: ReactNode[]) => <span className="visually-hidden">{Children.toArray(chunks)}</span>,
                      name: (text: string) => <bdi>{text}</bdi>,
                    }}
                  />
                </button>
              </Form>
              <details className="details">
                <summary>{t('Could not verify')}</summary>
                <Form method="post">
                  <input type="hidden" name="membershipId" value={m.id} />
                  <div className="form-group">
                    <label className="label" htmlFor={`reason-${m.id}`}>
                      {t('Why not? The member will see this')}
                    </label>
                    <textarea id={`reason-${m.id}`} name="reason" className="textarea" rows={3} maxLength={500} />
                  </div>
                  <button type="submit" name="decision" value="reject" className="button button--warning">
                    {t('Send reason to member')}
                  </button>
                </Form>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Registration numbers to verify — Chorus') }]
