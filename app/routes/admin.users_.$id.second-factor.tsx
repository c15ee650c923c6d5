import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { ErrorSummary, SubmitButton, TextField } from '~/components/forms'
import { Notice } from '~/components/panels'
import { getUserById } from '~/domain/auth/accounts.server'
import { resetSecondFactor } from '~/domain/auth/second-factor-reset.server'
import { getSecondFactorStatus } from '~/domain/auth/totp.server'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { redirectWithFlash } from '~/utils/flash.server'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

async function requirePerson(id: string | undefined) {
  const person = id && z.uuid().safeParse(id).success ? await getUserById(db, id) : null
  if (!person) throw new Response('Not Found', { status: 404 })
  return person
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  const person = await requirePerson(params.id)
  const status = await getSecondFactorStatus(db, person.id)
  return { person: { id: person.id, name: person.name, email: person.email }, self: person.id === admin.id, enabled: status.enabled }
}

const ResetSchema = z.object({
  reason: z
    .string({ error: msg('Say how you checked who asked for this') })
    .trim()
    .min(10, { error: msg('Say how you checked who asked for this, in a sentence') })
    .max(500, { error: msg('Keep the reason to 500 characters or fewer') }),
})

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  requireRecentSignIn(request, admin)
  const person = await requirePerson(params.id)
  const submission = parseWithZod(await readForm(request), { schema: ResetSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await resetSecondFactor(db, { actorId: admin.id, userId: person.id, reason: submission.value.reason, baseUrl: siteOrigin(request) })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
  return redirectWithFlash('/admin/users', { message: msg('Two-step verification reset for {name}. They have been signed out and emailed.'), values: { name: person.name } })
}

export const handle: BreadcrumbHandle = { breadcrumb: [SECTION.users, { label: msg('Reset two-step verification') }] }

export default function ResetSecondFactorPage() {
  const { person, self, enabled } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({ id: 'reset-second-factor', lastResult, shouldValidate: 'onBlur', onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetSchema }) })
  return (
    <div className="narrow">
      <ErrorSummary formErrors={form.errors} fields={[fields.reason]} />
      <h1>
        <T message="Reset two-step verification for <name>{person}</name>" values={{ person: person.name, name: (text: string) => <bdi>{text}</bdi> }} />
      </h1>
      <p>{person.email}</p>
      {self ? (
        <Notice tone="warning">{t('You cannot reset your own two-step verification here. Use your account page, or ask another admin.')}</Notice>
      ) : !enabled ? (
        <p>{t('This account has no authenticator app, so there is nothing to reset.')}</p>
      ) : (
        <>
          <p>
            {t('Do this only for someone who has lost their authenticator app and their recovery codes, after checking it is really them — for example by calling them on a number you already hold.')}
          </p>
          <ul className="list list--bullet">
            <li>{t('Their authenticator app, recovery codes and passkeys stop working.')}</li>
            <li>{t('They are signed out everywhere. Their password does not change.')}</li>
            <li>{t('If their role needs two-step verification, they set it up again when they next sign in.')}</li>
            <li>{t('They get an email saying it was done. The reason goes in the audit log.')}</li>
          </ul>
          <Form method="post" {...getFormProps(form)}>
            <TextField field={fields.reason} label={t('How did you check who asked?')} hint={t('For example: “Called on the number in the membership record, 29 November”.')} />
            <SubmitButton variant="warning" pending={navigation.state === 'submitting'}>
              {t('Reset two-step verification')}
            </SubmitButton>
          </Form>
        </>
      )}
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Reset two-step verification — Chorus') }]
