import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import { Panel } from '~/components/panels'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { signUp } from '~/domain/auth/accounts.server'
import { SignupSchema } from '~/domain/auth/schemas'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { clientIp, readForm, siteOrigin } from '~/utils/request.server'
import { getUser } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect('/account')
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: SignupSchema })
  if (submission.status !== 'success') return invalid(submission, ['password'])
  try {
    // The same answer whether or not the address has an account (its owner is emailed instead).
    await signUp(db, { ...submission.value, ip: clientIp(request, context), baseUrl: siteOrigin(request), locale: localeOf(request) })
  } catch (error) {
    return replyWithError(request, submission, error, ['password'])
  }
  return { ...submission.reply(), sentTo: submission.value.email }
}

export default function SignupPage() {
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: 'signup',
    lastResult,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignupSchema }),
  })
  if (lastResult && 'sentTo' in lastResult) {
    return (
      <Panel title={t('Check your email')}>
        <p>
          <T
            message="We've sent an email to <strong>{email}</strong>. Follow the link in it to confirm your address, then sign in. The link works for 48 hours."
            values={{ email: lastResult.sentTo, strong: (text: string) => <strong>{text}</strong> }}
          />
        </p>
        <p>{t('Nothing arrived? Check your spam folder. If you already have an account, the email tells you how to sign in or reset your password.')}</p>
      </Panel>
    )
  }
  return (
    <div className="narrow">
      <ErrorSummary formErrors={form.errors} fields={[fields.name, fields.email, fields.password]} />
      <h1>{t('Create your Chorus account')}</h1>
      <p className="lead">{t('An account lets you take part in consultations and follow Chorus. You can join as a paying member once you are signed in.')}</p>
      <Form method="post" {...getFormProps(form)}>
        <TextField field={fields.name} label={t('Full name')} autoComplete="name" />
        <TextField field={fields.email} label={t('Email address')} type="email" autoComplete="email" hint={t("We'll send a link to confirm it. Use an address you can get to between visits.")} />
        <TextField
          field={fields.password}
          label={t('Password')}
          type="password"
          autoComplete="new-password"
          width="medium"
          hint={t('At least 12 characters. A few unrelated words make a strong password that is easy to remember.')}
        />
        <SubmitButton pending={navigation.state === 'submitting'}>{t('Create account')}</SubmitButton>
      </Form>
      <p>
        <T message="Already have an account? <signin>Sign in</signin>." values={{ signin: (text: string) => <Link to="/login">{text}</Link> }} />
      </p>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Create an account — Chorus') }]
