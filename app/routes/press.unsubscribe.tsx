import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { z } from 'zod'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ReplySummary, SubmitButton } from '~/components/forms'
import { Panel } from '~/components/panels'
import { DomainError } from '~/domain/errors'
import { isPressUnsubscribeToken, unsubscribePress } from '~/domain/press/subscribers.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { db } from '~/utils/db.server'
import { refuse } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const token = (new URL(request.url).searchParams.get('token') ?? '').slice(0, 200)
  return { token, known: await isPressUnsubscribeToken(db, token) }
}

/** Also RFC 8058 one-click: mail clients POST here with the token in the address. */
/**
 * The token comes in the link (`?token=`, as RFC 8058's one-click POST from a mail provider sends
 * it) or in the form's hidden field. The answer is the page itself, not a redirect: a provider's
 * one-click POST expects a plain 2xx, and a person sees the outcome at once.
 */
const TokenForm = z.object({ token: z.string().max(400).optional() })

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request, { oneClick: true }), { schema: TokenForm })
  const token = new URL(request.url).searchParams.get('token') ?? (submission.status === 'success' ? (submission.value.token ?? '') : '')
  try {
    await unsubscribePress(db, token)
    return { done: true as const }
  } catch (error) {
    if (error instanceof DomainError) return refuse(request, submission, error.message, 400, error.values)
    throw error
  }
}

export default function PressUnsubscribePage() {
  const { token, known } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  if ((result && 'done' in result) || (!known && !result)) return <Panel title={t('You are unsubscribed')}>{t('No more Chorus press briefings will be emailed to you.')}</Panel>
  return (
    <div className="narrow">
      {result && !('done' in result) ? <ReplySummary result={result} /> : null}
      <h1>{t('Stop press briefings by email')}</h1>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <SubmitButton>{t('Unsubscribe')}</SubmitButton>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Unsubscribe from press briefings — Chorus') }]
