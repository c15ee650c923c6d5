import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { checkToken, resetPassword } from '~/domain/auth/accounts.server'
import { ResetPasswordSchema } from '~/domain/auth/schemas'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { readForm } from '~/utils/request.server'

const readToken = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null)

export async function loader({ request }: LoaderFunctionArgs) {
  const token = readToken(new URL(request.url).searchParams.get('token'))
  if (!token) return data({ token: null, problem: translateFor(request, msg('This link is not complete. Check you used the whole link from the email.')) }, { status: 400 })
  const check = await checkToken(db, 'reset_password', token)
  return check.ok ? { token, problem: null } : data({ token: null, problem: translateFor(request, check.problem) }, { status: 400 })
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ResetPasswordSchema })
  if (submission.status !== 'success') return invalid(submission, ['password', 'confirmPassword'])
  try {
    await resetPassword(db, { token: submission.value.token, password: submission.value.password })
  } catch (error) {
    return replyWithError(request, submission, error, ['password', 'confirmPassword'])
  }
  // Redirect-after-POST: the link is used up now, so showing this page again would be an error.
  return redirect('/login?reset=1')
}

export default function ResetPasswordPage() {
  const { token, problem } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const t = useT()
  const [form, fields] = useForm({
    id: 'reset-password',
    lastResult,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
  })
  if (!token) {
    return (
      <div className="narrow">
        <h1>{t('This link cannot be used')}</h1>
        <p>{problem}</p>
        <p>
          <Link to="/forgot-password">{t('Ask for a new link')}</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="narrow">
      <ErrorSummary formErrors={form.errors} fields={[fields.password, fields.confirmPassword]} />
      <h1>{t('Choose a new password')}</h1>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="token" value={token} />
        <TextField field={fields.password} label={t('New password')} type="password" autoComplete="new-password" width="medium" hint={t('At least 12 characters.')} />
        <TextField field={fields.confirmPassword} label={t('Confirm new password')} type="password" autoComplete="new-password" width="medium" />
        <SubmitButton>{t('Change password')}</SubmitButton>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Choose a new password — Chorus') }]
