import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Panel } from '~/components/panels'
import { DomainError } from '~/domain/errors'
import { describeUnsubscribe, unsubscribeWithToken } from '~/domain/outbox/unsubscribe.server'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { readForm } from '~/utils/request.server'

/** Shows what the link would do; only the POST unsubscribes, so link scanners change nothing. */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  try {
    return { token, label: describeUnsubscribe(getEnv().sessionSecret, token).label, problem: null }
  } catch (error) {
    if (error instanceof DomainError) return data({ token: '', label: null, problem: error.message }, { status: 400 })
    throw error
  }
}

/** RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` here with no session. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request, { oneClick: true })
  const token = new URL(request.url).searchParams.get('token') ?? String(form.get('token') ?? '')
  try {
    const { label } = await unsubscribeWithToken(db, { secret: getEnv().sessionSecret, token })
    return { done: true as const, label, problem: null }
  } catch (error) {
    if (error instanceof DomainError) return data({ done: false as const, label: null, problem: error.message }, { status: 400 })
    throw error
  }
}

export default function UnsubscribePage() {
  const { token, label, problem } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  if (result?.done) {
    return (
      <Panel title="You have been unsubscribed">
        <p>We will not email you about {result.label.toLowerCase()} any more. Essential emails about your account still reach you.</p>
        <p>
          Changed your mind? <Link to="/account#email">Choose which emails you get</Link>.
        </p>
      </Panel>
    )
  }
  if (problem || result?.problem || !label) {
    return (
      <div className="narrow">
        <h1>This link cannot be used</h1>
        <p>{result?.problem ?? problem}</p>
        <p>
          <Link to="/account#email">Choose which emails you get</Link> after signing in.
        </p>
      </div>
    )
  }
  return (
    <div className="narrow">
      <h1>Unsubscribe from {label.toLowerCase()}</h1>
      <p>You will stop getting these emails. You do not need to sign in.</p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button--warning">
          Unsubscribe
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = () => [{ title: 'Unsubscribe — Chorus' }]
