import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { ChoiceGroup } from '~/components/choices'
import { ServerErrorSummary, SubmitButton } from '~/components/forms'
import { Notice } from '~/components/panels'
import { getJournalist, setAlertTopics } from '~/domain/press/journalists.server'
import { AlertTopicsSchema } from '~/domain/press/schemas'
import { PRESS_TOPICS } from '~/domain/press/topics'
import { db } from '~/utils/db.server'
import { invalid, replyWithDomainError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, 'journalist')
  const j = await getJournalist(db, user.id)
  if (!j) throw new Response('You do not have a press account.', { status: 404 })
  return { verified: Boolean(user.emailVerifiedAt), email: user.email, status: j.status, outlet: j.outlet, declineReason: j.declineReason, all: j.alertAllTopics, topics: j.alertTopics }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, 'journalist')
  const submission = parseWithZod(await readForm(request), { schema: AlertTopicsSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await setAlertTopics(db, { userId: user.id, all: submission.value.scope === 'all', topics: submission.value.topics })
    return redirectBackWithFlash(request, { message: 'Your alert topics are saved.' })
  } catch (error) {
    return replyWithDomainError(submission, error)
  }
}

export default function PressAlertsPage() {
  const j = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const errors = result?.error ?? {}
  return (
    <div className="narrow">
      {params.get('registered') ? <Notice tone="success">Your press account is registered. We’ve emailed a link to {j.email}: open it to confirm your address.</Notice> : null}
      <ServerErrorSummary errors={errors} order={['scope', 'topics']} choiceFields={['scope', 'topics']} />
      <span className="caption">Press account · {j.outlet}</span>
      <h1>Press alerts</h1>
      {!j.verified ? (
        <p>Confirm your work email first: open the link we sent to {j.email}. Then the press office will check your account, usually within a working day.</p>
      ) : j.status === 'pending' ? (
        <p>The press office is checking your account, usually within a working day. We’ll email you when it is approved.</p>
      ) : j.status === 'declined' ? (
        <>
          <p>We could not approve your press account.{j.declineReason ? ` The press office said: “${j.declineReason}”` : ''}</p>
          <p>
            Public briefings are in the <Link to="/press">press room</Link>.
          </p>
        </>
      ) : (
        <Form method="post">
          <ChoiceGroup
            type="radio"
            name="scope"
            legend="Which briefings should we alert you to?"
            hint="Alerts under embargo carry the lift time. You always see every briefing in the press room."
            options={[
              { value: 'all', label: 'Every briefing' },
              { value: 'chosen', label: 'Only briefings on the topics I choose below' },
            ]}
            defaultValue={j.all ? 'all' : 'chosen'}
            error={errors.scope?.[0]}
          />
          <ChoiceGroup type="checkbox" name="topics" legend="Topics" options={Object.entries(PRESS_TOPICS).map(([value, label]) => ({ value, label }))} defaultValue={j.topics} error={errors.topics?.[0]} />
          <SubmitButton>Save alert topics</SubmitButton>
        </Form>
      )}
      <p>
        To stop all press alerts, use the link in any alert or your <Link to="/account">email preferences</Link>.
      </p>
    </div>
  )
}

export const meta: MetaFunction = () => [{ title: 'Press alerts — Chorus' }]
