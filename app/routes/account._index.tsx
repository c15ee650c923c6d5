import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { replyProblems } from '~/components/forms'
import { Notice } from '~/components/panels'
import { z } from 'zod'
import { renewEmailVerification } from '~/domain/auth/accounts.server'
import { deleteAllSessions, deleteOtherSessions, deleteSessionByHandle, listSessions } from '~/domain/auth/sessions.server'
import { DataTable } from '~/components/data-table'
import { MembershipCard } from '~/components/membership-card'
import { getMembershipForUser, membershipCard } from '~/domain/membership/join.server'
import { voteNextStep } from '~/domain/membership/vote-next-step'
import { getPreferences, setPreferences } from '~/domain/outbox/preferences.server'
import { isOptionalTopic, OPTIONAL_TOPICS } from '~/domain/outbox/topics'
import { db } from '~/utils/db.server'
import { invalid, refuse } from '~/utils/forms.server'
import { formatLondon } from '~/utils/london-time'
import { keepForThisReader } from '~/utils/page-cache.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { endSession, readSessionId, requireUser } from '~/utils/session.server'
import { redirectBackWithFlash, redirectWithFlash } from '~/utils/flash.server'
import { landingIn, saveLocale } from '~/domain/auth/landing.server'
import { asLocale, LANGUAGE_NAMES, localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useLocale, useShowText, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const now = new Date()
  const locale = localeOf(request)
  const [preferences, sessions, membershipRow] = await Promise.all([
    getPreferences(db, user.id),
    readSessionId(request).then((currentSessionId) => listSessions(db, { userId: user.id, role: user.role, currentSessionId, locale })),
    getMembershipForUser(db, user.id),
  ])
  const membership = membershipRow ? membershipCard(membershipRow, now, locale) : null
  keepForThisReader(context)
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

const AccountSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('save-language'), locale: z.enum(['cy', 'en'], { error: msg('Choose Cymraeg or English.') }) }),
    // Topics Chorus no longer offers are left out rather than refused: an old page still saves.
    z.object({ intent: z.literal('save-email-preferences'), topics: z.array(z.string().max(64)).default([]) }),
    z.object({ intent: z.literal('sign-out-everywhere') }),
    z.object({ intent: z.literal('sign-out-everywhere-else') }),
    z.object({ intent: z.literal('sign-out-session'), session: z.string().max(64).optional() }),
    z.object({ intent: z.literal('resend-verification') }),
  ],
  { error: msg('Choose what to do.') },
)

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: AccountSchema })
  if (submission.status !== 'success') return invalid(submission)
  const input = submission.value
  switch (input.intent) {
    case 'save-language':
      await saveLocale(db, { userId: user.id, locale: input.locale })
      // The account page opens again in the language chosen, saying so in it.
      return redirectWithFlash(landingIn(request, input.locale, '/account#language'), {
        message: msg('Your language is saved. Chorus pages and emails will be in {locale, select, cy {Welsh} other {English}}.'),
        values: { locale: input.locale },
      })
    case 'save-email-preferences':
      await setPreferences(db, { userId: user.id, subscribed: input.topics.filter(isOptionalTopic) })
      return redirectBackWithFlash(request, { message: msg('Your email choices are saved.') })
    case 'sign-out-everywhere':
      await deleteAllSessions(db, user.id)
      return redirectWithFlash('/login', { message: msg('You are signed out on every device.') }, { headers: await endSession(request) })
    case 'sign-out-everywhere-else': {
      const current = await readSessionId(request)
      if (current) await deleteOtherSessions(db, user.id, current)
      return redirectBackWithFlash(request, { message: msg('You are signed out everywhere else.') })
    }
    case 'sign-out-session': {
      const ended = input.session !== undefined && (await deleteSessionByHandle(db, { userId: user.id, handle: input.session }))
      if (!ended) return refuse(request, submission, msg('That device is already signed out.'), 404)
      return redirectBackWithFlash(request, { message: msg('That device is signed out.') })
    }
    case 'resend-verification': {
      const sent = await renewEmailVerification(db, { userId: user.id, baseUrl: siteOrigin(request) })
      return redirectBackWithFlash(
        request,
        sent ? { message: msg("We've emailed a new confirmation link to {email}."), values: { email: user.email } } : { tone: 'info', message: msg('Your email address is already confirmed.') },
      )
    }
  }
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
      {replyProblems(actionData).length ? (
        <Notice tone="warning">
          {replyProblems(actionData).map((problem) => (
            <p key={problem}>{show(problem)}</p>
          ))}
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
            {user.email} {user.verified ? <span className="tag tag--green">{t('Confirmed')}</span> : <span className="tag tag--yellow">{t('Not confirmed yet')}</span>}
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
                  <input type="checkbox" id={`topic-${topic}`} name="topics" value={topic} defaultChecked={preferences[topic as keyof typeof preferences]} aria-describedby={`topic-${topic}-hint`} />
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
