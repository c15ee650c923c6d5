import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { Notice } from '~/components/panels'
import { PasskeyButton } from '~/components/passkey-button'
import { canSignInWithPasskey, completeSignInWithPasskey, passkeySignInOptions } from '~/domain/auth/passkeys.server'
import { DomainError, statusForCode } from '~/domain/errors'
import { SecondFactorSchema, SignInSecondStepSchema } from '~/domain/auth/security-schemas'
import { checkSignInChallenge, completeSignInChallenge } from '~/domain/auth/totp.server'
import { db } from '~/utils/db.server'
import { firstProblem, invalid, replyWithError } from '~/utils/forms.server'
import { readForm, safeRedirect, siteOrigin } from '~/utils/request.server'
import { signInChallengeCookie } from '~/utils/session.server'
import { signInAndLand } from '~/domain/auth/landing.server'
import { useT } from '~/i18n/react'
import { metaT } from '~/i18n/meta'
import { translateFor } from '~/i18n/server'

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

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request)
  const token = await readChallenge(request)
  if (!token) return startAgain(request)
  const submission = parseWithZod(form, { schema: SignInSecondStepSchema })
  if (submission.status !== 'success') {
    // The passkey button shows its problem in a line of its own, not in the code form's summary.
    if (submission.payload.intent === 'passkey' || submission.payload.intent === 'passkey-options') return data({ problem: translateFor(request, firstProblem(submission)) }, { status: 400 })
    return invalid(submission, ['code'])
  }
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
    if (input.intent !== 'code' && error instanceof DomainError) return data({ problem: translateFor(request, error.message, error.values) }, { status: statusForCode[error.code] })
    return replyWithError(request, submission, error, ['code'])
  }
}

export default function SignInCodePage() {
  const { passkey } = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  const problem = answer && 'problem' in answer ? answer.problem : null
  const lastResult = answer && !('problem' in answer) && !('options' in answer) ? answer : undefined
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
  return (
    <div className="narrow">
      <ErrorSummary formErrors={[...(form.errors ?? []), ...(lastResult?.error?.intent ?? [])]} fields={[fields.code]} />
      <h1>{t('Enter your sign-in code')}</h1>
      {problem ? <Notice tone="warning">{problem}</Notice> : null}
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
