import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { PollAnswerForm } from '~/components/poll-questions'
import { PollStanding } from '~/components/poll-standing'
import { getPollForMember, respondToPoll } from '~/domain/polls/polls.server'
import { AnswersSchema, answersFromForm } from '~/domain/polls/schemas'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatLondon } from '~/utils/london-time'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { readForm } from '~/utils/request.server'
import { getUser, requireUser } from '~/utils/session.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request)
  const found = await getPollForMember(db, { pollId: params.id ?? '', userId: user?.id ?? null })
  if (!found) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const { poll, questions, open, standing, canAnswer } = found
  return {
    poll: { id: poll.id, title: poll.title, status: poll.status, closes: poll.closesAt ? formatLondon(poll.closesAt, localeOf(request)) : null },
    questions,
    open,
    canAnswer,
    signedIn: Boolean(user),
    inAudience: Boolean(standing?.inAudience),
    responded: Boolean(standing?.responded),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: AnswersSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await respondToPoll(db, { pollId: params.id ?? '', userId: user.id, answers: answersFromForm(submission.value) })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
  return redirectWithFlash(`/polls/${params.id}`, { message: msg('Thank you. Your answers are in, anonymously.') })
}

export default function PollPage() {
  const { poll, questions, open, canAnswer, signedIn, inAudience, responded } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const errors = result?.error ?? {}
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={questions.map((q) => `q${q.position}`)} choiceFields={questions.filter((q) => q.kind !== 'free_text').map((q) => `q${q.position}`)} />
      <span className="caption">{t('Pulse poll')}</span>
      <h1>{poll.title}</h1>
      {open && poll.closes ? <p className="meta">{t('Open until {closes}', { closes: poll.closes })}</p> : null}
      {canAnswer ? (
        <PollAnswerForm pollId={poll.id} questions={questions} defaults={(result?.initialValue ?? {}) as Record<string, string>} errors={errors} />
      ) : (
        <PollStanding pollId={poll.id} status={poll.status} open={open} signedIn={signedIn} inAudience={inAudience} responded={responded} returnTo={`/polls/${poll.id}`} />
      )}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => [{ title: `${args.data?.poll.title ?? metaT(args)('Pulse poll')} — Chorus` }]
