import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Notice } from '~/components/panels'
import { renewEmailVerification } from '~/domain/auth/accounts.server'
import { deleteAllSessions, deleteOtherSessions, deleteSessionByHandle, listSessions } from '~/domain/auth/sessions.server'
import { DataTable } from '~/components/data-table'
import { MembershipCard } from '~/components/membership-card'
import { getMembershipCard, getMembershipForUser } from '~/domain/membership/join.server'
import { voteNextStep } from '~/domain/membership/vote-next-step'
import { getPreferences, setPreferences } from '~/domain/outbox/preferences.server'
import { isOptionalTopic, OPTIONAL_TOPICS } from '~/domain/outbox/topics'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { readForm, siteOrigin } from '~/utils/request.server'
import { endSession, readSessionId, requireUser } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const now = new Date()
  const [preferences, membership, sessions, membershipRow] = await Promise.all([
    getPreferences(db, user.id),
    getMembershipCard(db, user.id, now),
    readSessionId(request).then((currentSessionId) => listSessions(db, { userId: user.id, role: user.role, currentSessionId })),
    getMembershipForUser(db, user.id),
  ])
  return {
    user: { name: user.name, email: user.email, role: user.role, verified: Boolean(user.emailVerifiedAt) },
    preferences,
    membership,
    secondFactor: user.secondFactor,
    sessions: sessions.map((s) => ({
      ...s,
      createdAt: formatLondon(s.createdAt),
      lastSeenAt: formatLondon(s.lastSeenAt),
    })),
    voteNextStep: membershipRow ? voteNextStep(membershipRow, now) : null,
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const form = await readForm(request)
  const intent = form.get('intent')
  if (intent === 'save-email-preferences') {
    const subscribed = form.getAll('topics').map(String).filter(isOptionalTopic)
    await setPreferences(db, { userId: user.id, subscribed })
    return redirectBackWithFlash(request, { message: 'Your email choices are saved.' })
  }
  if (intent === 'sign-out-everywhere') {
    await deleteAllSessions(db, user.id)
    return endSession(request, '/login?signedOutEverywhere=1')
  }
  if (intent === 'sign-out-everywhere-else') {
    const current = await readSessionId(request)
    if (current) await deleteOtherSessions(db, user.id, current)
    return redirectBackWithFlash(request, { message: 'You are signed out everywhere else.' })
  }
  if (intent === 'sign-out-session') {
    const handle = form.get('session')
    const ended = typeof handle === 'string' && handle.length <= 64 && (await deleteSessionByHandle(db, { userId: user.id, handle }))
    if (!ended) return data({ problem: 'That device is already signed out.' }, { status: 404 })
    return redirectBackWithFlash(request, { message: 'That device is signed out.' })
  }
  if (intent === 'resend-verification') {
    const sent = await renewEmailVerification(db, { userId: user.id, baseUrl: siteOrigin(request) })
    return redirectBackWithFlash(request, sent ? { message: `We've emailed a new confirmation link to ${user.email}.` } : { tone: 'info', message: 'Your email address is already confirmed.' })
  }
  return data({ problem: 'Choose what to do.' }, { status: 400 })
}

const ROLE_NAMES = { member: 'Member', officer: 'Officer', admin: 'Administrator', journalist: 'Journalist' } as const

export default function AccountPage() {
  const { user, preferences, membership, secondFactor, sessions, voteNextStep } = useLoaderData<typeof loader>()
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
      {actionData?.problem ? (
        <Notice tone="warning">
          <p>{actionData.problem}</p>
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
      {membership ? (
        <MembershipCard card={membership} name={user.name} voteNextStep={voteNextStep} />
      ) : user.role === 'member' ? (
        <section aria-labelledby="membership-heading" id="membership">
          <h2 id="membership-heading">Membership</h2>
          <p>You have an account but are not a member yet. Members vote on what Chorus says and who leads it.</p>
          <p>
            <a href="/join" className="button button--primary">
              Join Chorus
            </a>
          </p>
        </section>
      ) : null}
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
      <section aria-labelledby="email-heading" id="email">
        <h2 id="email-heading">Emails we send you</h2>
        <Form method="post">
          <fieldset className="fieldset" aria-describedby="email-hint">
            <legend className="fieldset__legend">Choose what you want to hear about</legend>
            <p className="hint" id="email-hint">
              Emails about your account, such as sign-in links and receipts, are always sent.
            </p>
            <div className="checkboxes">
              {Object.entries(OPTIONAL_TOPICS).map(([topic, { label, hint }]) => (
                <div className="checkboxes__item" key={topic}>
                  <input
                    type="checkbox"
                    id={`topic-${topic}`}
                    name="topics"
                    value={topic}
                    defaultChecked={preferences[topic as keyof typeof preferences]}
                    aria-describedby={`topic-${topic}-hint`}
                  />
                  <label htmlFor={`topic-${topic}`}>
                    {label}
                    <span className="hint" id={`topic-${topic}-hint`}>
                      {hint}
                    </span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" name="intent" value="save-email-preferences" className="button button--secondary">
            Save email choices
          </button>
        </Form>
      </section>
      <section aria-labelledby="security-heading" id="security">
        <h2 id="security-heading">Security</h2>
        <p>
          <a href="/account/password">Change your password</a>
        </p>
        <p>
          Two-step verification is <strong>{secondFactor ? 'on' : 'off'}</strong>. <a href="/account/two-factor">{secondFactor ? 'Manage two-step verification' : 'Set up two-step verification'}</a>
        </p>
        <h3 id="sessions-heading">Where you are signed in</h3>
        <DataTable columns={['Device', 'Signed in', 'Last seen', { label: 'Action', hidden: true }]} caption="Devices signed in to your account">
            {sessions.map((s) => (
              <tr key={s.handle} data-testid="session-row">
                <td>
                  {s.device} {s.current ? <span className="tag tag--green">This device</span> : null}
                </td>
                <td>{s.createdAt}</td>
                <td>{s.current ? 'Now' : s.lastSeenAt}</td>
                <td>
                  {s.current ? null : (
                    <Form method="post">
                      <input type="hidden" name="session" value={s.handle} />
                      <button type="submit" name="intent" value="sign-out-session" className="button button--secondary button--small">
                        Sign out<span className="visually-hidden"> {s.device}, last seen {s.lastSeenAt}</span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
        </DataTable>
        {sessions.length > 1 ? (
          <Form method="post">
            <button type="submit" name="intent" value="sign-out-everywhere-else" className="button button--secondary">
              Sign out everywhere else
            </button>
          </Form>
        ) : null}
        <p>If you signed in on a shared or lost device, sign out everywhere. You will need to sign in again here too.</p>
        <Form method="post">
          <button type="submit" name="intent" value="sign-out-everywhere" className="button button--warning">
            Sign out on all devices
          </button>
        </Form>
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          <a href="/account/export" download>
            Download everything Chorus holds about you
          </a>{' '}
          (a JSON file).
        </p>
        <p>
          <a href="/account/delete">Delete your account</a>: your membership ends and your personal details are erased.
        </p>
      </section>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Your account — Chorus' }]
