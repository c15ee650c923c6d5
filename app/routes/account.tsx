import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Notice } from '~/components/panels'
import { renewEmailVerification } from '~/domain/auth/accounts.server'
import { deleteAllSessions } from '~/domain/auth/sessions.server'
import { db } from '~/utils/db.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { endSession, requireUser } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  return { user: { name: user.name, email: user.email, role: user.role, verified: Boolean(user.emailVerifiedAt) } }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const intent = (await readForm(request)).get('intent')
  if (intent === 'sign-out-everywhere') {
    await deleteAllSessions(db, user.id)
    return endSession(request, '/login?signedOutEverywhere=1')
  }
  if (intent === 'resend-verification') {
    return { sent: await renewEmailVerification(db, { userId: user.id, baseUrl: siteOrigin(request) }) }
  }
  return data({ sent: false }, { status: 400 })
}

const ROLE_NAMES = { member: 'Member', officer: 'Officer', admin: 'Administrator', journalist: 'Journalist' } as const

export default function AccountPage() {
  const { user } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const welcome = searchParams.get('welcome') === '1'
  return (
    <>
      {welcome && !user.verified ? (
        <Notice tone="success">
          <p>
            <strong>Your account is ready.</strong> We've emailed a link to <strong>{user.email}</strong>. Open it to confirm
            your email address.
          </p>
        </Notice>
      ) : null}
      {actionData?.sent ? (
        <Notice tone="success">
          <p>We've emailed a new confirmation link to {user.email}.</p>
        </Notice>
      ) : null}
      <h1>Your account</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Name</dt>
          <dd>{user.name}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Email address</dt>
          <dd>
            {user.email}{' '}
            {user.verified ? <span className="tag tag--green">Confirmed</span> : <span className="tag tag--yellow">Not confirmed yet</span>}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Account type</dt>
          <dd>{ROLE_NAMES[user.role]}</dd>
        </div>
      </dl>
      {!user.verified ? (
        <section aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">Confirm your email address</h2>
          <p>We need to know this address is yours before you can vote or take part in consultations.</p>
          <Form method="post">
            <button type="submit" name="intent" value="resend-verification" className="button button--secondary">
              Send the link again
            </button>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="security-heading">
        <h2 id="security-heading">Security</h2>
        <p>If you signed in on a shared or lost device, sign out everywhere. You will need to sign in again here too.</p>
        <Form method="post">
          <button type="submit" name="intent" value="sign-out-everywhere" className="button button--warning">
            Sign out on all devices
          </button>
        </Form>
        <p>
          <a href="/forgot-password">Change your password</a>
        </p>
      </section>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Your account — Chorus' }]
