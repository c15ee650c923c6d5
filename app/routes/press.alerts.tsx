import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { ChoiceGroup } from '~/components/choices'
import { ServerErrorSummary, SubmitButton } from '~/components/forms'
import { Notice } from '~/components/panels'
import { getJournalist, setAlertLanguage, setAlertTopics } from '~/domain/press/journalists.server'
import { AlertSettingsSchema } from '~/domain/press/schemas'
import { PRESS_TOPICS } from '~/domain/press/topics'
import { metaT } from '~/i18n/meta'
import { translateFor } from '~/i18n/server'
import { T, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, 'journalist')
  const j = await getJournalist(db, user.id)
  if (!j) throw new Response(translateFor(request, msg('You do not have a press account.')), { status: 404 })
  return {
    verified: Boolean(user.emailVerifiedAt),
    email: user.email,
    status: j.status,
    outlet: j.outlet,
    declineReason: j.declineReason,
    all: j.alertAllTopics,
    topics: j.alertTopics,
    language: j.alertLanguageInUse,
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, 'journalist')
  const submission = parseWithZod(await readForm(request), { schema: AlertSettingsSchema })
  if (submission.status !== 'success') return invalid(submission)
  const chosen = submission.value
  try {
    if (chosen.intent === 'language') {
      await setAlertLanguage(db, { userId: user.id, language: chosen.alertLanguage })
      return redirectBackWithFlash(request, { message: msg('Your alert language is saved.') })
    }
    await setAlertTopics(db, { userId: user.id, all: chosen.scope === 'all', topics: chosen.topics })
    return redirectBackWithFlash(request, { message: msg('Your alert topics are saved.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export default function PressAlertsPage() {
  const j = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const errors = result?.error ?? {}
  const t = useT()
  return (
    <div className="narrow">
      {params.get('registered') ? <Notice tone="success">{t('Your press account is registered. We’ve emailed a link to {email}: open it to confirm your address.', { email: j.email })}</Notice> : null}
      <ServerErrorSummary errors={errors} order={['scope', 'topics', 'alertLanguage']} choiceFields={['scope', 'topics', 'alertLanguage']} />
      <span className="caption">{t('Press account · {outlet}', { outlet: j.outlet })}</span>
      <h1>{t('Press alerts')}</h1>
      {!j.verified ? (
        <p>{t('Confirm your work email first: open the link we sent to {email}. Then the press office will check your account, usually within a working day.', { email: j.email })}</p>
      ) : j.status === 'pending' ? (
        <p>{t('The press office is checking your account, usually within a working day. We’ll email you when it is approved.')}</p>
      ) : j.status === 'declined' ? (
        <>
          <p>{j.declineReason ? t('We could not approve your press account. The press office said: “{reason}”', { reason: j.declineReason }) : t('We could not approve your press account.')}</p>
          <p>
            <T
              message="Public briefings are in the <link>press room</link>."
              values={{
                link: (text: string) => (
                  <Link key="p" to="/press">
                    {text}
                  </Link>
                ),
              }}
            />
          </p>
        </>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="topics" />
          <ChoiceGroup
            type="radio"
            name="scope"
            legend={t('Which briefings should we alert you to?')}
            hint={t('Alerts under embargo carry the lift time. You always see every briefing in the press room.')}
            options={[
              { value: 'all', label: t('Every briefing') },
              { value: 'chosen', label: t('Only briefings on the topics I choose below') },
            ]}
            defaultValue={j.all ? 'all' : 'chosen'}
            error={errors.scope?.[0]}
          />
          <ChoiceGroup
            type="checkbox"
            name="topics"
            legend={t('Topics')}
            options={Object.entries(PRESS_TOPICS).map(([value, label]) => ({ value, label: t(label) }))}
            defaultValue={j.topics}
            error={errors.topics?.[0]}
          />
          <SubmitButton>{t('Save alert topics')}</SubmitButton>
        </Form>
      )}
      {j.status === 'approved' && j.verified ? (
        <Form method="post">
          <input type="hidden" name="intent" value="language" />
          <ChoiceGroup
            type="radio"
            name="alertLanguage"
            legend={t('Which language should your alerts be in?')}
            hint={t('For Welsh media: when the press office writes a Welsh version of a briefing, your alert carries it. When there is no Welsh version, the alert says so and gives the English.')}
            options={[
              { value: 'cy', label: t('Welsh') },
              { value: 'en', label: t('English') },
              { value: 'both', label: t('Welsh and English, in one email') },
            ]}
            defaultValue={j.language}
            error={errors.alertLanguage?.[0]}
          />
          <SubmitButton>{t('Save alert language')}</SubmitButton>
        </Form>
      ) : null}
      <p>
        <T
          message="To stop all press alerts, use the link in any alert or your <link>email preferences</link>."
          values={{
            link: (text: string) => (
              <Link key="a" to="/account">
                {text}
              </Link>
            ),
          }}
        />
      </p>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Press alerts — Chorus') }]
