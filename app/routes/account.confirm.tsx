import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { ConfirmIdentitySchema } from '~/domain/auth/security-schemas'
import { reauthenticate } from '~/domain/auth/totp.server'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { readForm, safeRedirect } from '~/utils/request.server'
import { readSessionId, requireUser } from '~/utils/session.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { msg } from '~/i18n/translate'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  return { email: user.email, secondFactor: user.secondFactor }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: ConfirmIdentitySchema })
  if (submission.status !== 'success') return invalid(submission, ['password', 'code'])
  try {
    await reauthenticate(db, { userId: user.id, sessionId: (await readSessionId(request)) ?? '', password: submission.value.password, code: submission.value.code })
  } catch (error) {
    return replyWithError(request, submission, error, ['password', 'code'])
  }
  return redirect(safeRedirect(submission.value.redirectTo))
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Confirm it’s you') }

export default function ConfirmItsYouPage() {
  const { email, secondFactor } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: 'confirm-its-you',
    lastResult,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ConfirmIdentitySchema }),
  })
  return (
    <div className="narrow">
      <ErrorSummary formErrors={form.errors} fields={secondFactor ? [fields.password, fields.code] : [fields.password]} />
      <h1>{t('Confirm it’s you')}</h1>
      <p>
        {t('You signed in a while ago, and what you are about to do acts in the name of Chorus. Confirm that you are still {email}; then you go back to where you were, to do it again.', { email })}
      </p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
        <input type="text" name="email" value={email} autoComplete="username" readOnly hidden />
        <TextField field={fields.password} label={t('Password')} type="password" autoComplete="current-password" />
        {secondFactor ? <TextField field={fields.code} label={t('Code from your authenticator app')} width="medium" autoComplete="one-time-code" hint={t('Or one of your recovery codes.')} /> : null}
        <SubmitButton pending={navigation.state === 'submitting'}>{t('Confirm')}</SubmitButton>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Confirm it’s you — Chorus') }]
