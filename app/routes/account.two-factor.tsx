import { parseWithZod } from '@conform-to/zod/v4'
import { useState } from 'react'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { Notice } from '~/components/panels'
import { PasskeyButton } from '~/components/passkey-button'
import { listPasskeys, passkeyRegistrationOptions, registerPasskey, removePasskey } from '~/domain/auth/passkeys.server'
import { twoFactorFormSchema } from '~/domain/auth/security-schemas'
import { QR_LABEL, beginTotpEnrolment, confirmTotpEnrolment, disableTotp, getSecondFactorStatus, regenerateRecoveryCodes, secondFactorRequired } from '~/domain/auth/totp.server'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { readForm, safeRedirect, siteOrigin } from '~/utils/request.server'
import { readSessionId, requireRecentSignIn, requireUser } from '~/utils/session.server'
import { readFlash, redirectBackWithFlash } from '~/utils/flash.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { FieldError, FieldFrame } from '~/components/text-field-plain'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const locale = localeOf(request)
  const status = await getSecondFactorStatus(db, user.id)
  const required = await secondFactorRequired(db, user.role)
  const setup = status.enabled ? null : await beginTotpEnrolment(db, { userId: user.id, email: user.email, qrLabel: translateFor(request, QR_LABEL) })
  const next = safeRedirect(new URL(request.url).searchParams.get('redirectTo'))
  // New recovery codes come once, with the message the form left (they are kept nowhere else).
  const { flash } = await readFlash(request)
  const codes = flash?.lines?.length ? flash.lines : null
  const keys = status.enabled
    ? (await listPasskeys(db, user.id)).map((k) => ({ id: k.id, name: k.name, added: formatLondon(k.createdAt, locale), lastUsed: k.lastUsedAt ? formatLondon(k.lastUsedAt, locale) : null }))
    : []
  return { next, codes, passkeys: keys, enabled: status.enabled, since: status.since ? formatLondon(status.since, locale) : null, recoveryCodesLeft: status.recoveryCodesLeft, required, setup }
}

/** The code and the device's answer are not sent back: neither is typed again. */
const HIDDEN = ['code', 'response']

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: twoFactorFormSchema(localeOf(request)) })
  if (submission.status !== 'success') return invalid(submission, HIDDEN)
  const input = submission.value
  try {
    switch (input.intent) {
      case 'confirm': {
        const sessionId = await readSessionId(request)
        const codes = await confirmTotpEnrolment(db, { userId: user.id, sessionId: sessionId ?? '', code: input.code })
        return redirectBackWithFlash(request, { message: msg('Two-step verification is on. From now on, Chorus asks for a code from your app after your password.'), lines: codes })
      }
      case 'new-recovery-codes': {
        requireRecentSignIn(request, user)
        const codes = await regenerateRecoveryCodes(db, { userId: user.id })
        return redirectBackWithFlash(request, { message: msg('Here are your new recovery codes. The old ones no longer work.'), lines: codes })
      }
      case 'passkey-options':
        requireRecentSignIn(request, user)
        return data({ options: await passkeyRegistrationOptions(db, { userId: user.id, origin: siteOrigin(request) }) })
      case 'passkey':
        requireRecentSignIn(request, user)
        await registerPasskey(db, { userId: user.id, response: input.response, name: input.name, origin: siteOrigin(request) })
        return redirectBackWithFlash(request, { message: msg('Passkey added. Next time you sign in, you can use it instead of a code from your app.') })
      case 'remove-passkey':
        requireRecentSignIn(request, user)
        await removePasskey(db, { userId: user.id, passkeyId: input.passkeyId })
        return redirectBackWithFlash(request, { message: msg('Passkey removed.') })
      case 'turn-off':
        requireRecentSignIn(request, user)
        await disableTotp(db, { userId: user.id, role: user.role })
        return redirectBackWithFlash(request, { message: msg('Two-step verification is off. Chorus will ask only for your password when you sign in.') })
    }
  } catch (error) {
    return replyWithError(request, submission, error, HIDDEN)
  }
}

function Passkeys({ passkeys, nameError }: { passkeys: { id: string; name: string; added: string; lastUsed: string | null }[]; nameError?: string }) {
  const [name, setName] = useState('')
  const t = useT()
  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{t('Passkeys')}</h2>
      <p>
        {t(
          'On a phone or computer that has passkeys, you can sign in with your fingerprint, face or screen lock instead of typing a code from your app. Your authenticator app stays as the fallback.',
        )}
      </p>
      {passkeys.length ? (
        <ul className="list" data-testid="passkeys">
          {passkeys.map((k) => (
            <li key={k.id}>
              {k.lastUsed ? (
                <T message="{name}, added {added}, last used {lastUsed}" values={{ added: k.added, lastUsed: k.lastUsed, name: <bdi key="name">{k.name}</bdi> }} />
              ) : (
                <T message="{name}, added {added}, not used yet" values={{ added: k.added, name: <bdi key="name">{k.name}</bdi> }} />
              )}{' '}
              <Form method="post" className="inline-form">
                <input type="hidden" name="passkeyId" value={k.id} />
                <button type="submit" name="intent" value="remove-passkey" className="link-button">
                  {t('Remove')}
                  <span className="visually-hidden"> {k.name}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('You have no passkeys.')}</p>
      )}
      <div className={`form-group${nameError ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="passkey-name">
          {t('Name for a new passkey')}
        </label>
        <div className="hint" id="passkey-name-hint">
          {t('So you can tell your passkeys apart, for example “Work laptop”.')}
        </div>
        {nameError ? <FieldError id="passkey-name-error" error={nameError} /> : null}
        <input
          id="passkey-name"
          className={`input input--medium${nameError ? ' input--error' : ''}`}
          aria-describedby={nameError ? 'passkey-name-hint passkey-name-error' : 'passkey-name-hint'}
          aria-invalid={nameError ? true : undefined}
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <PasskeyButton mode="register" label={t('Add a passkey')} fields={{ name }} />
    </section>
  )
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useT()
  return (
    <section aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('Your recovery codes')}</h2>
      <p>
        <T
          message="If you lose your phone, each of these codes signs you in once instead of a code from the app. Keep them somewhere safe, apart from your phone — <strong>this is the only time Chorus shows them</strong>."
          values={{ strong: (text: string) => <strong>{text}</strong> }}
        />
      </p>
      <ul className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  )
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Two-step verification') }

export default function TwoFactorPage() {
  const { next, codes, passkeys, enabled, since, recoveryCodesLeft, required, setup } = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  const result = answer && 'error' in answer ? answer : undefined
  const codeError = result?.error?.code?.[0]
  const [searchParams] = useSearchParams()
  const t = useT()
  return (
    <div className="narrow">
      {/* The app's code and a new passkey's name are the fields shown here; other problems are the form's own. */}
      <ServerErrorSummary errors={result?.error} order={setup && !codes ? ['code'] : enabled && !codes ? ['name'] : []} anchors={{ name: 'passkey-name' }} />
      <h1>{t('Two-step verification')}</h1>
      {codes ? (
        <>
          <RecoveryCodes codes={codes} />
          <p>
            <Link to={next} className="button button--primary">
              {t('I have saved my recovery codes')}
            </Link>
          </p>
        </>
      ) : enabled ? (
        <>
          <p>
            {since
              ? t('Two-step verification is on since {since}. When you sign in, Chorus asks for a code from your authenticator app after your password.', { since })
              : t('Two-step verification is on. When you sign in, Chorus asks for a code from your authenticator app after your password.')}
          </p>
          <p>
            <T
              message="You have <strong>{count}</strong> unused {count, plural, one {recovery code} other {recovery codes}}."
              values={{ count: recoveryCodesLeft, strong: (text: string) => <strong>{text}</strong> }}
            />
          </p>
          <Form method="post">
            <button type="submit" name="intent" value="new-recovery-codes" className="button button--secondary">
              {t('Make new recovery codes')}
            </button>
          </Form>
          <Passkeys passkeys={passkeys} nameError={result?.error?.name?.[0]} />
          {required ? (
            <p>{t('Your role needs two-step verification, so it stays on.')}</p>
          ) : (
            <Form method="post">
              <button type="submit" name="intent" value="turn-off" className="button button--warning">
                {t('Turn off two-step verification')}
              </button>
            </Form>
          )}
        </>
      ) : setup ? (
        <>
          {required || searchParams.get('required') === '1' ? (
            <Notice tone="warning">
              <p>{t('Your role can act in the name of Chorus, so it needs two-step verification. Set it up to continue.')}</p>
            </Notice>
          ) : (
            <p>{t('With two-step verification, someone who learns your password still cannot sign in without your phone.')}</p>
          )}
          <ol className="steps">
            <li>{t('Install an authenticator app on your phone if you have none (for example one from your phone’s maker, or any app that supports “TOTP”).')}</li>
            <li>
              {t('In the app, add an account and scan this QR code:')}
              <div className="qr-code" dangerouslySetInnerHTML={{ __html: setup.qr }} />
              <p>
                {t('Cannot scan it? Choose to enter a setup key instead, and type this key (time-based, 6 digits):')}
                <br />
                <code data-testid="totp-secret">{setup.secret}</code>
              </p>
            </li>
            <li>
              <Form method="post">
                <input type="hidden" name="intent" value="confirm" />
                <FieldFrame name="code" label={t('Code from the app')} hint={t('Enter the 6-digit code the app now shows for Chorus.')} error={codeError}>
                  {({ id, describedBy }) => (
                    <input
                      id={id}
                      name="code"
                      className={`input input--short${codeError ? ' input--error' : ''}`}
                      inputMode="numeric"
                      autoComplete="one-time-code"
                      aria-describedby={describedBy}
                      aria-invalid={codeError ? true : undefined}
                      required
                    />
                  )}
                </FieldFrame>
                <button type="submit" className="button button--primary">
                  {t('Turn on two-step verification')}
                </button>
              </Form>
            </li>
          </ol>
        </>
      ) : null}
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Two-step verification — Chorus') }]
