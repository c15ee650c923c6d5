import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { z } from 'zod'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Panel } from '~/components/panels'
import { DomainError } from '~/domain/errors'
import { describeUnsubscribe, unsubscribeWithToken } from '~/domain/outbox/unsubscribe.server'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { refuse } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { replyProblems } from '~/components/forms'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { translateIfMessage } from '~/i18n/translate'

/** Shows what the link would do; only the POST unsubscribes, so link scanners change nothing. */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  try {
    return { token, label: translateIfMessage(localeOf(request), describeUnsubscribe(getEnv().sessionSecret, token).label), problem: null }
  } catch (error) {
    if (error instanceof DomainError) return data({ token: '', label: null, problem: translateFor(request, error.message, error.values) }, { status: 400 })
    throw error
  }
}

/** RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` here with no session. */
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
    const { label } = await unsubscribeWithToken(db, { secret: getEnv().sessionSecret, token })
    return { done: true as const, label: translateIfMessage(localeOf(request), label) }
  } catch (error) {
    if (error instanceof DomainError) return refuse(request, submission, error.message, 400, error.values)
    throw error
  }
}

export default function UnsubscribePage() {
  const { token, label, problem } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const choose = (text: string) => <Link to="/account#email">{text}</Link>
  const refused = result && !('done' in result) ? replyProblems(result)[0] : undefined
  if (result && 'done' in result) {
    return (
      <Panel title={t('You have been unsubscribed')}>
        <p>{t('We will not email you about {topic} any more. Essential emails about your account still reach you.', { topic: result.label.toLowerCase() })}</p>
        <p>
          <T message="Changed your mind? <choose>Choose which emails you get</choose>." values={{ choose }} />
        </p>
      </Panel>
    )
  }
  if (problem || refused || !label) {
    return (
      <div className="narrow">
        <h1>{t('This link cannot be used')}</h1>
        <p>{refused ?? problem}</p>
        <p>
          <T message="<choose>Choose which emails you get</choose> after signing in." values={{ choose }} />
        </p>
      </div>
    )
  }
  return (
    <div className="narrow">
      <h1>{t('Unsubscribe from {topic}', { topic: label.toLowerCase() })}</h1>
      <p>{t('You will stop getting these emails. You do not need to sign in.')}</p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button--warning">
          {t('Unsubscribe')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Unsubscribe — Chorus') }]
