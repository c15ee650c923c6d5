import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { Notice } from '~/components/panels'
import { authenticate } from '~/domain/auth/accounts.server'
import { signInAndLand } from '~/domain/auth/landing.server'
import { hasSecondFactor } from '~/domain/auth/totp.server'
import { LoginSchema } from '~/domain/auth/schemas'
import { db } from '~/utils/db.server'
import { T, useT } from '~/i18n/react'
import { metaT } from '~/i18n/meta'
import { invalid, replyWithError } from '~/utils/forms.server'
import { clientIp, readForm, safeRedirect } from '~/utils/request.server'
import { getUser, homeFor, startSignIn } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request)
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo'), homeFor(user.role)))
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: LoginSchema })
  if (submission.status !== 'success') return invalid(submission, ['password'])
  try {
    const user = await authenticate(db, { ...submission.value, ip: clientIp(request, context) })
    const target = safeRedirect(submission.value.redirectTo, homeFor(user.role))
    // With an authenticator app the language is settled once the second step is passed too.
    if (await hasSecondFactor(db, user.id)) return await startSignIn(request, user.id, target)
    return await signInAndLand(db, request, user.id, target)
  } catch (error) {
    return replyWithError(request, submission, error, ['password'])
  }
}

export default function LoginPage() {
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: 'login',
    lastResult,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
  })
  return (
    <div className="narrow">
      <ErrorSummary formErrors={form.errors} fields={[fields.email, fields.password]} />
      <h1>{t('Sign in to Chorus')}</h1>
      {searchParams.get('reset') === '1' ? <Notice tone="success">{t('Your password has been changed and you have been signed out on every device. Sign in with your new password.')}</Notice> : null}
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
        <TextField field={fields.email} label={t('Email address')} type="email" autoComplete="email" />
        <TextField field={fields.password} label={t('Password')} type="password" autoComplete="current-password" />
        <SubmitButton pending={navigation.state === 'submitting'}>{t('Sign in')}</SubmitButton>
      </Form>
      <p>
        <Link to="/forgot-password">{t('Forgotten your password?')}</Link>
      </p>
      <h2>{t('New to Chorus?')}</h2>
      <p>
        <T message="<signup>Create an account</signup> to vote, take part in consultations and manage your membership." values={{ signup: (text: string) => <Link to="/signup">{text}</Link> }} />
      </p>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Sign in — Chorus') }]
