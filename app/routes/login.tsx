import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { Notice } from '~/components/panels'
import { authenticate } from '~/domain/auth/accounts.server'
import { LoginSchema } from '~/domain/auth/schemas'
import { db } from '~/utils/db.server'
import { invalid, replyWithDomainError } from '~/utils/forms.server'
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
    return await startSignIn(request, user.id, safeRedirect(submission.value.redirectTo, homeFor(user.role)))
  } catch (error) {
    return replyWithDomainError(submission, error, ['password'])
  }
}

export default function LoginPage() {
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
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
      <h1>Sign in to Chorus</h1>
      {searchParams.get('reset') === '1' ? (
        <Notice tone="success">Your password has been changed and you have been signed out on every device. Sign in with your new password.</Notice>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
        <TextField field={fields.email} label="Email address" type="email" autoComplete="email" />
        <TextField field={fields.password} label="Password" type="password" autoComplete="current-password" />
        <SubmitButton pending={navigation.state === 'submitting'}>Sign in</SubmitButton>
      </Form>
      <p>
        <Link to="/forgot-password">Forgotten your password?</Link>
      </p>
      <h2>New to Chorus?</h2>
      <p>
        <Link to="/signup">Create an account</Link> to vote, take part in consultations and manage your membership.
      </p>
    </div>
  )
}

export const meta: MetaFunction = () => [{ title: 'Sign in — Chorus' }]
