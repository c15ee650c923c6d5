import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PollAnswerForm } from '~/components/poll-questions'
import { PollStanding } from '~/components/poll-standing'
import { getPollForMember } from '~/domain/polls/polls.server'
import { db } from '~/utils/db.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { requireUser } from '~/utils/session.server'

/**
 * Where an option link in the invitation email lands. Safe for mail scanners: this page records
 * nothing; it shows the whole poll with the chosen answer ticked, and only its form's POST (to the
 * poll page) records the answers. A signed-out member signs in first and comes back here.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const found = await getPollForMember(db, { pollId: params.id ?? '', userId: user.id })
  if (!found) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const { poll, questions, open, standing, canAnswer } = found
  const url = new URL(request.url)
  const first = questions[0]
  const chosen = url.searchParams.get('q1')
  // Only an option the first question really has is ticked; anything else in the link is ignored.
  const valid = first && first.kind !== 'free_text' && first.options.some((o) => o.id === chosen)
  return {
    poll: { id: poll.id, title: poll.title, status: poll.status },
    questions,
    open,
    canAnswer,
    inAudience: Boolean(standing?.inAudience),
    responded: Boolean(standing?.responded),
    defaults: valid ? { q1: chosen! } : {},
  }
}

export default function PollAnswerPage() {
  const { poll, questions, open, canAnswer, inAudience, responded, defaults } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="narrow">
      <span className="caption">{t('Pulse poll')}</span>
      <h1>{poll.title}</h1>
      {canAnswer ? (
        <>
          <p>{t('Check your answer, answer the other questions, then send. Nothing is recorded until you do.')}</p>
          <PollAnswerForm pollId={poll.id} questions={questions} defaults={defaults} />
        </>
      ) : (
        <PollStanding pollId={poll.id} status={poll.status} open={open} signedIn inAudience={inAudience} responded={responded} returnTo={`/polls/${poll.id}`} />
      )}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => [{ title: `${args.data?.poll.title ?? metaT(args)('Pulse poll')} — Chorus` }]
