import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ChoiceGroup } from '~/components/choices'
import { ServerErrorSummary, SubmitButton } from '~/components/forms'
import { TextFieldPlain } from '~/components/text-field-plain'
import { EmailField } from '~/domain/auth/schemas'
import { confirmPressSubscription, requestPressSubscription } from '~/domain/press/subscribers.server'
import { PRESS_TOPIC_SLUGS, PRESS_TOPICS } from '~/domain/press/topics'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { clientIp, readForm, siteOrigin } from '~/utils/request.server'
import { redirectBackWithFlash, redirectWithFlash } from '~/utils/flash.server'

/** With ?token= from the email: a page with a Confirm button (only the POST confirms, so link scanners do nothing). */
export async function loader({ request }: LoaderFunctionArgs) {
  return { token: (new URL(request.url).searchParams.get('token') ?? '').slice(0, 200) }
}

const SubscribeSchema = z.object({ email: EmailField, topics: z.array(z.enum(PRESS_TOPIC_SLUGS)).default([]) })

const PressSubscribeSchema = z.discriminatedUnion('intent', [
  // The button on the page the confirmation email links to.
  z.object({ intent: z.literal('confirm'), token: z.string().max(200).default('') }),
  SubscribeSchema.extend({ intent: z.literal('subscribe') }),
])

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request)
  // The subscribe form has one button and may be sent without its name (Enter in the field).
  if (!form.has('intent')) form.set('intent', 'subscribe')
  const submission = parseWithZod(form, { schema: PressSubscribeSchema })
  if (submission.status !== 'success') return invalid(submission)
  const input = submission.value
  try {
    if (input.intent === 'confirm') {
      await confirmPressSubscription(db, { token: input.token })
      return redirectWithFlash('/press', { message: msg('You’re subscribed. Public Chorus press briefings will reach you by email. Each one has a link to stop them.') })
    }
    await requestPressSubscription(db, {
      email: input.email,
      topics: input.topics,
      ip: clientIp(request, context),
      baseUrl: siteOrigin(request),
      locale: localeOf(request) === 'cy' ? 'cy' : undefined,
    })
    return redirectBackWithFlash(request, { message: msg('Check your email: we’ve emailed a link to confirm. Briefings start once you press it.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export default function PressSubscribePage() {
  const { token } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <div className="narrow">
      <ServerErrorSummary errors={result?.error} order={['email', 'topics']} />
      {token ? (
        <>
          <h1>{t('Confirm your subscription')}</h1>
          <Form method="post">
            <input type="hidden" name="token" value={token} />
            <SubmitButton name="intent" value="confirm">
              {t('Confirm')}
            </SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <h1>{t('Get press briefings by email')}</h1>
          <p className="lead">{t('Public briefings as they are published. Journalists who want briefings under embargo should register for a press account instead.')}</p>
          <Form method="post" noValidate>
            <TextFieldPlain name="email" type="email" label={t('Email address')} autoComplete="email" error={result?.error?.email?.[0] ?? undefined} />
            <ChoiceGroup
              type="checkbox"
              name="topics"
              legend={t('Topics')}
              hint={t('Choose none for every briefing.')}
              options={Object.entries(PRESS_TOPICS).map(([value, label]) => ({ value, label: t(label) }))}
              error={result?.error?.topics?.[0] ?? undefined}
            />
            <SubmitButton>{t('Subscribe')}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Press briefings by email — Chorus') }]
