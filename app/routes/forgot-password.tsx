import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { Panel } from '~/components/panels'
import { requestPasswordReset } from '~/domain/auth/accounts.server'
import { ForgotPasswordSchema } from '~/domain/auth/schemas'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { clientIp, readForm, siteOrigin } from '~/utils/request.server'

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ForgotPasswordSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await requestPasswordReset(db, { email: submission.value.email, baseUrl: siteOrigin(request), ip: clientIp(request, context) })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
  return { ...submission.reply(), sentTo: submission.value.email }
}

export default function ForgotPasswordPage() {
  const lastResult = useActionData<typeof action>()
  const t = useT()
  const [form, fields] = useForm({
    id: 'forgot-password',
    lastResult,
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotPasswordSchema }),
  })
  if (lastResult && 'sentTo' in lastResult) {
    return (
      <Panel title={t('Check your email')}>
        <p>
          <T
            message="If there is a Chorus account for <strong>{email}</strong>, we've emailed a link to reset its password. The link works for 1 hour."
            values={{ email: lastResult.sentTo, strong: (text: string) => <strong>{text}</strong> }}
          />
        </p>
        <p>
          <T message="Nothing arrived? Check your spam folder, or <again>try again</again>." values={{ again: (text: string) => <Link to="/forgot-password">{text}</Link> }} />
        </p>
      </Panel>
    )
  }
  return (
    <div className="narrow">
      <ErrorSummary formErrors={form.errors} fields={[fields.email]} />
      <h1>{t('Reset your password')}</h1>
      <p>{t("Enter the email address you use for Chorus and we'll email you a link to choose a new password.")}</p>
      <Form method="post" {...getFormProps(form)}>
        <TextField field={fields.email} label={t('Email address')} type="email" autoComplete="email" />
        <SubmitButton>{t('Send reset link')}</SubmitButton>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Reset your password — Chorus') }]
