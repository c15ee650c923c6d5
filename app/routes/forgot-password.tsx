import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { Panel } from '~/components/panels'
import { requestPasswordReset } from '~/domain/auth/accounts.server'
import { ForgotPasswordSchema } from '~/domain/auth/schemas'
import { db } from '~/utils/db.server'
import { invalid, replyWithDomainError } from '~/utils/forms.server'
import { clientIp, readForm, siteOrigin } from '~/utils/request.server'

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ForgotPasswordSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await requestPasswordReset(db, { email: submission.value.email, baseUrl: siteOrigin(request), ip: clientIp(request, context) })
  } catch (error) {
    return replyWithDomainError(submission, error)
  }
  return { ...submission.reply(), sentTo: submission.value.email }
}

export default function ForgotPasswordPage() {
  const lastResult = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'forgot-password',
    lastResult,
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotPasswordSchema }),
  })
  if (lastResult && 'sentTo' in lastResult) {
    return (
      <Panel title="Check your email">
        <p>
          If there is a Chorus account for <strong>{lastResult.sentTo}</strong>, we've emailed a link to reset its password. The
          link works for 1 hour.
        </p>
        <p>
          Nothing arrived? Check your spam folder, or <Link to="/forgot-password">try again</Link>.
        </p>
      </Panel>
    )
  }
  return (
    <div className="narrow">
      <ErrorSummary formErrors={form.errors} fields={[fields.email]} />
      <h1>Reset your password</h1>
      <p>Enter the email address you use for Chorus and we'll email you a link to choose a new password.</p>
      <Form method="post" {...getFormProps(form)}>
        <TextField field={fields.email} label="Email address" type="email" autoComplete="email" />
        <SubmitButton>Send reset link</SubmitButton>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = () => [{ title: 'Reset your password — Chorus' }]
