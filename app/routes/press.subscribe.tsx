import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ChoiceGroup } from '~/components/choices'
import { ServerErrorSummary, SubmitButton } from '~/components/forms'
import { Panel } from '~/components/panels'
import { TextFieldPlain } from '~/components/text-field-plain'
import { EmailField } from '~/domain/auth/schemas'
import { DomainError, statusForCode } from '~/domain/errors'
import { confirmPressSubscription, requestPressSubscription } from '~/domain/press/subscribers.server'
import { PRESS_TOPIC_SLUGS, PRESS_TOPICS } from '~/domain/press/topics'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { translateFor } from '~/i18n/server'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { clientIp, readForm, siteOrigin } from '~/utils/request.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

/** With ?token= from the email: a page with a Confirm button (only the POST confirms, so link scanners do nothing). */
export async function loader({ request }: LoaderFunctionArgs) {
  return { token: (new URL(request.url).searchParams.get('token') ?? '').slice(0, 200) }
}

const SubscribeSchema = z.object({ email: EmailField, topics: z.array(z.enum(PRESS_TOPIC_SLUGS)).default([]) })

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request)
  try {
    if (form.get('intent') === 'confirm') {
      await confirmPressSubscription(db, { token: String(form.get('token') ?? '') })
      return { done: 'confirmed' as const, errors: null }
    }
    const parsed = SubscribeSchema.safeParse({ email: form.get('email') ?? '', topics: form.getAll('topics') })
    if (!parsed.success) return data({ done: null, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), [i.message]])) as Record<string, string[]> }, { status: 400 })
    await requestPressSubscription(db, { ...parsed.data, ip: clientIp(request, context), baseUrl: siteOrigin(request), locale: localeOf(request) === 'cy' ? 'cy' : undefined })
    return redirectBackWithFlash(request, { message: msg('Check your email: we’ve emailed a link to confirm. Briefings start once you press it.') })
  } catch (error) {
    if (error instanceof DomainError) return data({ done: null, errors: { '': [translateFor(request, error.message, error.values)] } as Record<string, string[]> }, { status: statusForCode[error.code] })
    throw error
  }
}

export default function PressSubscribePage() {
  const { token } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  if (result?.done === 'confirmed') return <Panel title={t('You’re subscribed')}>{t('Public Chorus press briefings will reach you by email. Each one has a link to stop them.')}</Panel>
  return (
    <div className="narrow">
      <ServerErrorSummary errors={result?.errors} order={['email', 'topics']} />
      {token ? (
        <>
          <h1>{t('Confirm your subscription')}</h1>
          <Form method="post">
            <input type="hidden" name="token" value={token} />
            <SubmitButton name="intent" value="confirm">{t('Confirm')}</SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <h1>{t('Get press briefings by email')}</h1>
          <p className="lead">{t('Public briefings as they are published. Journalists who want briefings under embargo should register for a press account instead.')}</p>
          <Form method="post" noValidate>
            <TextFieldPlain name="email" type="email" label={t('Email address')} autoComplete="email" error={result?.errors?.email?.[0]} />
            <ChoiceGroup type="checkbox" name="topics" legend={t('Topics')} hint={t('Choose none for every briefing.')} options={Object.entries(PRESS_TOPICS).map(([value, label]) => ({ value, label: t(label) }))} error={result?.errors?.topics?.[0]} />
            <SubmitButton>{t('Subscribe')}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Press briefings by email — Chorus') }]
