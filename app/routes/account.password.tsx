import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useNavigation } from '@remix-run/react'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { Panel } from '~/components/panels'
import { changePassword } from '~/domain/auth/password-change.server'
import { ChangePasswordSchema } from '~/domain/auth/security-schemas'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { readForm } from '~/utils/request.server'
import { readSessionId, requireUser } from '~/utils/session.server'
import { redirectWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

const SECRET_FIELDS = ['currentPassword', 'password', 'confirmPassword']

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  return { email: user.email }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: ChangePasswordSchema })
  if (submission.status !== 'success') return invalid(submission, SECRET_FIELDS)
  try {
    await changePassword(db, { userId: user.id, sessionId: (await readSessionId(request)) ?? '', currentPassword: submission.value.currentPassword, password: submission.value.password })
  } catch (error) {
    return replyWithError(request, submission, error, SECRET_FIELDS)
  }
  return redirectWithFlash('/account', { message: msg('Your password has been changed. You are still signed in here; every other device signed in to your account has been signed out.') })
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Change your password') }

export default function ChangePasswordPage() {
  const lastResult = useActionData<typeof action>()
  const t = useT()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'change-password',
    lastResult,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
  })
  return (
    <div className="narrow">
      <ErrorSummary formErrors={form.errors} fields={[fields.currentPassword, fields.password, fields.confirmPassword]} />
      <h1>{t('Change your password')}</h1>
      <p>{t('Changing your password signs you out on every other device.')}</p>
      <Form method="post" {...getFormProps(form)}>
        <TextField field={fields.currentPassword} label={t('Current password')} type="password" autoComplete="current-password" width="medium" />
        <TextField field={fields.password} label={t('New password')} type="password" autoComplete="new-password" width="medium" hint={t('At least 12 characters.')} />
        <TextField field={fields.confirmPassword} label={t('Confirm new password')} type="password" autoComplete="new-password" width="medium" />
        <SubmitButton pending={navigation.state === 'submitting'}>{t('Change password')}</SubmitButton>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Change your password — Chorus') }]
