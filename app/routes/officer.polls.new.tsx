import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { PollBuilderFields } from '~/components/poll-builder'
import { PollQuestions } from '~/components/poll-questions'
import { listTiers } from '~/domain/membership/join.server'
import { createAndSendPoll, previewPoll } from '~/domain/polls/polls.server'
import { NewPollSchema } from '~/domain/polls/schemas'
import type { Question } from '~/domain/polls/questions'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  return {
    tiers: (await listTiers(db)).map((tier) => ({
      id: tier.id,
      name: tier.name,
    })),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), {
    schema: NewPollSchema,
  })
  if (submission.status !== 'success') return invalid(submission)
  const { intent, ...poll } = submission.value
  try {
    if (intent === 'preview')
      return data({
        ...submission.reply(),
        preview: await previewPoll(db, poll),
      })
    // Sending to the membership needs a recent sign-in, as opening a ballot does.
    requireRecentSignIn(request, officer, '/officer/polls/new')
    const sent = await createAndSendPoll(db, {
      ...poll,
      actorId: officer.id,
      baseUrl: siteOrigin(request),
    })
    return redirectWithFlash(`/officer/polls/${sent.id}`, {
      message: msg('Sent. The poll is open and the emails are on their way to {count, plural, one {# member} other {# members}}.'),
      values: { count: sent.audienceCount ?? 0 },
    })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

interface Preview {
  title: string
  questions: Question[]
  audience: number
  durationHours: number
}

const ORDER = ['title', ...[1, 2, 3, 4, 5].flatMap((n) => [`q${n}wording`, `q${n}kind`, `q${n}options`]), 'nations', 'branches', 'tiers', 'practiceAreas', 'durationHours']

export const handle: BreadcrumbHandle = { breadcrumb: [SECTION.polls, { label: msg('Create a poll') }] }

export default function NewPollPage() {
  const { tiers } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const errors = result?.error ?? {}
  const values = (result?.initialValue ?? {}) as Record<string, unknown>
  const preview = result && 'preview' in result ? (result.preview as Preview) : null
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={ORDER} choiceFields={['nations', 'branches', 'tiers', 'practiceAreas', 'durationHours']} />
      <h1>{preview ? t('Check your poll before sending') : t('Create a poll')}</h1>
      {preview ? (
        <Form method="post" noValidate>
          <section aria-labelledby="preview-heading" className="panel">
            <h2 id="preview-heading">{preview.title}</h2>
            <p>
              {t(
                '{count, plural, =0 {No member is} one {# member is} other {# members are}} in this audience now. The poll stays open for {hours, plural, one {# hour} other {# hours}} after you send it.',
                { count: preview.audience, hours: preview.durationHours },
              )}
            </p>
            <PollQuestions questions={preview.questions} preview />
            {/* Exactly what was previewed is sent: a change below needs a new preview. */}
            {Object.entries(values).flatMap(([name, value]) =>
              name === 'intent' ? [] : [value].flat().map((v, i) => <input key={`${name}-${i}`} type="hidden" name={name} value={String(v ?? '')} />),
            )}
            <button type="submit" name="intent" value="send" className="button button--primary">
              {t('Send to {count, plural, one {# member} other {# members}}', { count: preview.audience })}
            </button>
            <p>{t('Or change the poll below and preview it again.')}</p>
          </section>
        </Form>
      ) : null}
      <Form method="post" noValidate>
        <PollBuilderFields values={values} errors={errors} tiers={tiers} />
        <button type="submit" name="intent" value="preview" className={preview ? 'button button--secondary' : 'button button--primary'}>
          {t('Preview')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Create a poll — Chorus') }]
