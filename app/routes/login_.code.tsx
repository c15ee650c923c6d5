import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { useMemo } from 'react'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { PasskeyButton } from '~/components/passkey-button'
import { canSignInWithPasskey, completeSignInWithPasskey, passkeySignInOptions } from '~/domain/auth/passkeys.server'
import { SecondFactorSchema, SignInSecondStepSchema } from '~/domain/auth/security-schemas'
import { checkSignInChallenge, completeSignInChallenge } from '~/domain/auth/totp.server'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm, safeRedirect, siteOrigin } from '~/utils/request.server'
import { signInChallengeCookie } from '~/utils/session.server'
import { signInAndLand } from '~/domain/auth/landing.server'
import { useT } from '~/i18n/react'
import { metaT } from '~/i18n/meta'

async function readChallenge(request: Request) {
  const value = await signInChallengeCookie().parse(request.headers.get('cookie'))
  return typeof value === 'string' && value.length > 0 && value.length < 100 ? value : null
}

/** Back to the password step, dropping a challenge that can no longer be used. */
async function startAgain(request: Request) {
  const back = new URL(request.url).searchParams.get('redirectTo')
  const to = back ? `/login?redirectTo=${encodeURIComponent(safeRedirect(back))}` : '/login'
  return redirect(to, { headers: { 'Set-Cookie': await signInChallengeCookie().serialize('', { maxAge: 0 }) } })
}

export async function loader({ request }: LoaderFunctionArgs) {
  const token = await readChallenge(request)
  if (!token || !(await checkSignInChallenge(db, token))) throw await startAgain(request)
  return { passkey: await canSignInWithPasskey(db, token) }
}

const HIDDEN = ['code', 'response']

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request)
  const token = await readChallenge(request)
  if (!token) return startAgain(request)
  const submission = parseWithZod(form, { schema: SignInSecondStepSchema })
  // The code and the device's answer are not sent back: neither is typed again.
  if (submission.status !== 'success') return invalid(submission, HIDDEN)
  const input = submission.value
  try {
    if (input.intent === 'passkey-options') return { options: await passkeySignInOptions(db, { token, origin: siteOrigin(request) }) }
    const userId =
      input.intent === 'passkey'
        ? await completeSignInWithPasskey(db, { token, response: input.response, origin: siteOrigin(request) })
        : await completeSignInChallenge(db, { token, code: input.code })
    const response = await signInAndLand(db, request, userId, safeRedirect(input.redirectTo))
    response.headers.append('Set-Cookie', await signInChallengeCookie().serialize('', { maxAge: 0 }))
    return response
  } catch (error) {
    return replyWithError(request, submission, error, HIDDEN)
  }
}

export default function SignInCodePage() {
  const { passkey } = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  const lastResult = answer && !('options' in answer) ? answer : undefined
  // A refused passkey (the device's answer, the sign-in it was for) is said with the form's own problems.
  const elsewhere = useMemo(() => Object.entries(lastResult?.error ?? {}).flatMap(([name, list]) => (name === '' || name === 'code' ? [] : (list ?? []))), [lastResult])
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: 'sign-in-code',
    lastResult,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SecondFactorSchema }),
  })
  const formErrors = useMemo(() => [...(form.errors ?? []), ...elsewhere], [form.errors, elsewhere])
  return (
    <div className="narrow">
      <ErrorSummary formErrors={formErrors} fields={[fields.code]} />
      <h1>{t('Enter your sign-in code')}</h1>
      <p>
        {passkey
          ? t('Your password is right. To finish signing in, open the authenticator app you set up for Chorus, or use your passkey.')
          : t('Your password is right. To finish signing in, open the authenticator app you set up for Chorus.')}
      </p>
      {passkey ? <PasskeyButton mode="sign-in" label={t('Use a passkey')} fields={{ redirectTo: searchParams.get('redirectTo') ?? '' }} /> : null}
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
        <TextField
          field={fields.code}
          label={t('Code')}
          width="medium"
          autoComplete="one-time-code"
          hint={t('The 6-digit code your app shows now. Lost your phone? Enter one of your recovery codes instead (each works once).')}
        />
        <SubmitButton pending={navigation.state === 'submitting'}>{t('Continue')}</SubmitButton>
      </Form>
      <p>
        <Link to="/login">{t('Start again')}</Link>
      </p>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Enter your sign-in code — Chorus') }]
