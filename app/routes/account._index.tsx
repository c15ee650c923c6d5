import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
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
import { redirectBackWithFlash, redirectWithFlash } from '~/utils/flash.server'
import { landingIn, saveLocale } from '~/domain/auth/landing.server'
import { asLocale, LANGUAGE_NAMES, localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useLocale, useShowText, useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const now = new Date()
  const locale = localeOf(request)
  const [preferences, membership, sessions, membershipRow] = await Promise.all([
    getPreferences(db, user.id),
    getMembershipCard(db, user.id, now, locale),
    readSessionId(request).then((currentSessionId) => listSessions(db, { userId: user.id, role: user.role, currentSessionId, locale })),
    getMembershipForUser(db, user.id),
  ])
  return {
    user: { name: user.name, email: user.email, role: user.role, verified: Boolean(user.emailVerifiedAt), locale: user.locale },
    preferences,
    membership,
    secondFactor: user.secondFactor,
    sessions: sessions.map((s) => ({
      ...s,
      createdAt: formatLondon(s.createdAt, locale),
      lastSeenAt: formatLondon(s.lastSeenAt, locale),
    })),
    voteNextStep: membershipRow ? voteNextStep(membershipRow, now) : null,
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const form = await readForm(request)
  const intent = form.get('intent')
  if (intent === 'save-language') {
    const locale = asLocale(form.get('locale'))
    if (!locale) return data({ problem: translateFor(request, msg('Choose Cymraeg or English.')) }, { status: 400 })
    await saveLocale(db, { userId: user.id, locale })
    // The account page opens again in the language chosen, saying so in it.
    return redirectWithFlash(landingIn(request, locale, '/account#language'), { message: msg('Your language is saved. Chorus pages and emails will be in {locale, select, cy {Welsh} other {English}}.'), values: { locale } })
  }
  if (intent === 'save-email-preferences') {
    const subscribed = form.getAll('topics').map(String).filter(isOptionalTopic)
    await setPreferences(db, { userId: user.id, subscribed })
    return redirectBackWithFlash(request, { message: msg('Your email choices are saved.') })
  }
  if (intent === 'sign-out-everywhere') {
    await deleteAllSessions(db, user.id)
    return endSession(request, '/login?signedOutEverywhere=1')
  }
  if (intent === 'sign-out-everywhere-else') {
    const current = await readSessionId(request)
    if (current) await deleteOtherSessions(db, user.id, current)
    return redirectBackWithFlash(request, { message: msg('You are signed out everywhere else.') })
  }
  if (intent === 'sign-out-session') {
    const handle = form.get('session')
    const ended = typeof handle === 'string' && handle.length <= 64 && (await deleteSessionByHandle(db, { userId: user.id, handle }))
    if (!ended) return data({ problem: translateFor(request, msg('That device is already signed out.')) }, { status: 404 })
    return redirectBackWithFlash(request, { message: msg('That device is signed out.') })
  }
  if (intent === 'resend-verification') {
    const sent = await renewEmailVerification(db, { userId: user.id, baseUrl: siteOrigin(request) })
    return redirectBackWithFlash(request, sent ? { message: msg("We've emailed a new confirmation link to {email}."), values: { email: user.email } } : { tone: 'info', message: msg('Your email address is already confirmed.') })
  }
  return data({ problem: translateFor(request, msg('Choose what to do.')) }, { status: 400 })
}

const ROLE_NAMES = { member: msg('Member'), officer: msg('Officer'), admin: msg('Administrator'), journalist: msg('Journalist') } as const

export default function AccountPage() {
  const { user, preferences, membership, secondFactor, sessions, voteNextStep } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const welcome = searchParams.get('welcome') === '1'
  const t = useT()
  const show = useShowText()
  const pageLocale = useLocale()
  const chosenLocale = asLocale(user.locale) ?? pageLocale
  return (
    <>
      {welcome && !user.verified ? (
        <Notice tone="success">
          <p>
            <T
              message="<strong>Your account is ready.</strong> We've emailed a link to <strong>{email}</strong>. Open it to confirm your email address."
              values={{ email: user.email, strong: (text: string) => <strong>{text}</strong> }}
            />
          </p>
        </Notice>
      ) : null}
      {actionData?.problem ? (
        <Notice tone="warning">
          <p>{actionData.problem}</p>
        </Notice>
      ) : null}
      <h1>{t('Your account')}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('Name')}</dt>
          <dd>{user.name}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Email address')}</dt>
          <dd>
            {user.email}{' '}
            {user.verified ? <span className="tag tag--green">{t('Confirmed')}</span> : <span className="tag tag--yellow">{t('Not confirmed yet')}</span>}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Account type')}</dt>
          <dd>{t(ROLE_NAMES[user.role])}</dd>
        </div>
      </dl>
      {membership ? (
        <MembershipCard card={membership} name={user.name} voteNextStep={voteNextStep} />
      ) : user.role === 'member' ? (
        <section aria-labelledby="membership-heading" id="membership">
          <h2 id="membership-heading">{t('Membership')}</h2>
          <p>{t('You have an account but are not a member yet. Members vote on what Chorus says and who leads it.')}</p>
          <p>
            <Link to="/join" className="button button--primary">
              {t('Join Chorus')}
            </Link>
          </p>
        </section>
      ) : null}
      {!user.verified ? (
        <section aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">{t('Confirm your email address')}</h2>
          <p>{t('We need to know this address is yours before you can vote or take part in consultations.')}</p>
          <Form method="post">
            <button type="submit" name="intent" value="resend-verification" className="button button--secondary">
              {t('Send the link again')}
            </button>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="language-heading" id="language">
        <h2 id="language-heading">{t('Language')}</h2>
        <Form method="post">
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('Language for Chorus pages and emails')}</legend>
            <div className="radios">
              {(['cy', 'en'] as const).map((code) => (
                <div className="radios__item" key={code}>
                  <input type="radio" id={`locale-${code}`} name="locale" value={code} defaultChecked={chosenLocale === code} />
                  <label htmlFor={`locale-${code}`} lang={code === 'cy' ? 'cy' : 'en-GB'}>
                    {LANGUAGE_NAMES[code]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" name="intent" value="save-language" className="button button--secondary">
            {t('Save language')}
          </button>
        </Form>
      </section>
      <section aria-labelledby="email-heading" id="email">
        <h2 id="email-heading">{t('Emails we send you')}</h2>
        <Form method="post">
          <fieldset className="fieldset" aria-describedby="email-hint">
            <legend className="fieldset__legend">{t('Choose what you want to hear about')}</legend>
            <p className="hint" id="email-hint">
              {t('Emails about your account, such as sign-in links and receipts, are always sent.')}
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
                    {show(label)}
                    <span className="hint" id={`topic-${topic}-hint`}>
                      {show(hint)}
                    </span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" name="intent" value="save-email-preferences" className="button button--secondary">
            {t('Save email choices')}
          </button>
        </Form>
      </section>
      <section aria-labelledby="security-heading" id="security">
        <h2 id="security-heading">{t('Security')}</h2>
        <p>
          <Link to="/account/password">{t('Change your password')}</Link>
        </p>
        <p>
          {secondFactor ? (
            <T message="Two-step verification is <strong>on</strong>." values={{ strong: (text: string) => <strong>{text}</strong> }} />
          ) : (
            <T message="Two-step verification is <strong>off</strong>." values={{ strong: (text: string) => <strong>{text}</strong> }} />
          )}{' '}
          <Link to="/account/two-factor">{secondFactor ? t('Manage two-step verification') : t('Set up two-step verification')}</Link>
        </p>
        <h3 id="sessions-heading">{t('Where you are signed in')}</h3>
        <DataTable columns={[t('Device'), t('Signed in'), t('Last seen'), { label: t('Action'), hidden: true }]} caption={t('Devices signed in to your account')}>
            {sessions.map((s) => (
              <tr key={s.handle} data-testid="session-row">
                <td>
                  {s.device} {s.current ? <span className="tag tag--green">{t('This device')}</span> : null}
                </td>
                <td>{s.createdAt}</td>
                <td>{s.current ? t('Now') : s.lastSeenAt}</td>
                <td>
                  {s.current ? null : (
                    <Form method="post">
                      <input type="hidden" name="session" value={s.handle} />
                      <button type="submit" name="intent" value="sign-out-session" className="button button--secondary button--small">
                        {t('Sign out')}
                        <span className="visually-hidden"> {t('{device}, last seen {when}', { device: s.device, when: s.lastSeenAt })}</span>
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
              {t('Sign out everywhere else')}
            </button>
          </Form>
        ) : null}
        <p>{t('If you signed in on a shared or lost device, sign out everywhere. You will need to sign in again here too.')}</p>
        <Form method="post">
          <button type="submit" name="intent" value="sign-out-everywhere" className="button button--warning">
            {t('Sign out on all devices')}
          </button>
        </Form>
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('Your data')}</h2>
        <p>
          <T
            message="<download>Download everything Chorus holds about you</download> (a JSON file)."
            values={{
              download: (text: string) => (
                <a href="/account/export" download>
                  {text}
                </a>
              ),
            }}
          />
        </p>
        <p>
          <T
            message="<delete>Delete your account</delete>: your membership ends and your personal details are erased."
            values={{ delete: (text: string) => <Link to="/account/delete">{text}</Link> }}
          />
        </p>
      </section>
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Your account — Chorus') }]
