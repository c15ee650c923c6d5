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
import { invalid, replyWithDomainError } from '~/utils/forms.server'
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
    await signUp(db, { ...submission.value, ip: clientIp(request, context), baseUrl: siteOrigin(request) })
  } catch (error) {
    return replyWithDomainError(submission, error, ['password'])
  }
  return { ...submission.reply(), sentTo: submission.value.email }
}

export default function SignupPage() {
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'signup',
    lastResult,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignupSchema }),
  })
  if (lastResult && 'sentTo' in lastResult) {
    return (
      <Panel title="Check your email">
        <p>
          We've sent an email to <strong>{lastResult.sentTo}</strong>. Follow the link in it to confirm your address, then sign in. The link works
          for 48 hours.
        </p>
        <p>
          Nothing arrived? Check your spam folder. If you already have an account, the email tells you how to sign in or reset your password.
        </p>
      </Panel>
    )
  }
  return (
    <div className="narrow">
      <ErrorSummary formErrors={form.errors} fields={[fields.name, fields.email, fields.password]} />
      <h1>Create your Chorus account</h1>
      <p className="lead">
        An account lets you take part in consultations and follow Chorus. You can join as a paying member once you are signed in.
      </p>
      <Form method="post" {...getFormProps(form)}>
        <TextField field={fields.name} label="Full name" autoComplete="name" />
        <TextField
          field={fields.email}
          label="Email address"
          type="email"
          autoComplete="email"
          hint="We'll send a link to confirm it. Use an address you can get to between visits."
        />
        <TextField
          field={fields.password}
          label="Password"
          type="password"
          autoComplete="new-password"
          width="medium"
          hint="At least 12 characters. A few unrelated words make a strong password that is easy to remember."
        />
        <SubmitButton pending={navigation.state === 'submitting'}>Create account</SubmitButton>
      </Form>
      <p>
        Already have an account? <Link to="/login">Sign in</Link>.
      </p>
    </div>
  )
}

export const meta: MetaFunction = () => [{ title: 'Create an account — Chorus' }]
