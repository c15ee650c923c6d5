import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import { ChoiceGroup } from '~/components/choices'
import { Panel } from '~/components/panels'
import { ServerErrorSummary, SubmitButton } from '~/components/forms'
import { TextFieldPlain } from '~/components/text-field-plain'
import { registerJournalist } from '~/domain/press/journalists.server'
import { JournalistRegistrationSchema } from '~/domain/press/schemas'
import { PRESS_TOPICS } from '~/domain/press/topics'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { clientIp, readForm, siteOrigin } from '~/utils/request.server'
import { getUser } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect('/account')
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: JournalistRegistrationSchema })
  if (submission.status !== 'success') return invalid(submission, ['password'])
  try {
    // The same answer whether or not the address has an account (its owner is emailed instead).
    await registerJournalist(db, { ...submission.value, ip: clientIp(request, context), baseUrl: siteOrigin(request) })
  } catch (error) {
    return replyWithError(request, submission, error, ['password'])
  }
  return { ...submission.reply(), sentTo: submission.value.email }
}

const ORDER = ['name', 'outlet', 'jobTitle', 'email', 'password', 'beats']

export default function PressRegisterPage() {
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const errors = result?.error ?? {}
  const values = (result?.initialValue ?? {}) as Record<string, string | string[] | undefined>
  const first = (name: string) => errors[name]?.[0] ?? undefined
  const t = useT()
  if (result && 'sentTo' in result) {
    return (
      <Panel title={t('Check your email')}>
        <p>
          <T
            message="We've sent an email to <strong>{email}</strong>. Follow the link in it to confirm your work address, then sign in. The press office checks every account before approving it, and we'll email you when they have."
            values={{ email: result.sentTo, strong: (text: string) => <strong key="e">{text}</strong> }}
          />
        </p>
        <p>{t('Nothing arrived? Check your spam folder. If you already have an account, the email tells you how to sign in.')}</p>
      </Panel>
    )
  }
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={ORDER} choiceFields={['beats']} />
      <h1>{t('Register for a press account')}</h1>
      <p className="lead">{t('Journalists with a press account read briefings under embargo and get alerts the moment the press office issues one. We check every account before it is approved.')}</p>
      <Form method="post" noValidate>
        <TextFieldPlain name="name" label={t('Full name')} autoComplete="name" defaultValue={value('name')} error={first('name')} />
        <TextFieldPlain name="outlet" label={t('Outlet')} hint={t('The publication, programme or agency you work for, or “Freelance”.')} defaultValue={value('outlet')} error={first('outlet')} />
        <TextFieldPlain name="jobTitle" label={t('Your role')} hint={t('For example, social affairs correspondent.')} defaultValue={value('jobTitle')} error={first('jobTitle')} width="medium" />
        <TextFieldPlain
          name="email"
          type="email"
          label={t('Work email address')}
          hint={t('Use your work address: it helps us confirm who you write for. We’ll send a link to confirm it.')}
          autoComplete="email"
          defaultValue={value('email')}
          error={first('email')}
        />
        <TextFieldPlain name="password" type="password" label={t('Password')} hint={t('At least 12 characters.')} autoComplete="new-password" error={first('password')} width="medium" />
        <ChoiceGroup
          type="checkbox"
          name="beats"
          legend={t('Which topics do you cover?')}
          hint={t('Choose all that apply. You can choose which alerts you get once approved.')}
          options={Object.entries(PRESS_TOPICS).map(([slug, label]) => ({ value: slug, label: t(label) }))}
          defaultValue={Array.isArray(values.beats) ? values.beats : value('beats')}
          error={first('beats')}
        />
        <SubmitButton pending={navigation.state === 'submitting'}>{t('Register')}</SubmitButton>
      </Form>
      <p>
        <T
          message="Already registered? <login>Sign in</login>. Not a journalist? Everything we publish is in the <press>press room</press>."
          values={{
            login: (text: string) => (
              <Link key="l" to="/login">
                {text}
              </Link>
            ),
            press: (text: string) => (
              <Link key="p" to="/press">
                {text}
              </Link>
            ),
          }}
        />
      </p>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Register for a press account — Chorus') }]
