import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { FieldFrame } from '~/components/text-field-plain'
import { AnswerSchema } from '~/domain/voting/hustings-schemas'
import { answerQuestion, getHustingsPage, getQuestionForCandidate } from '~/domain/voting/hustings.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { refusalReply } from '~/utils/domain-refusal.server'
import { invalid } from '~/utils/forms.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { readForm } from '~/utils/request.server'
import { requireUser } from '~/utils/session.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const page = await getHustingsPage(db, { ballotId: params.id ?? '', userId: null, locale: localeOf(request) })
  const found = page ? await getQuestionForCandidate(db, { ballotId: page.election.id, questionId: params.questionId ?? '', userId: user.id }) : undefined
  if (!page || !found) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  if (!found.candidate) throw new Response(translateFor(request, 'Only the candidates in this election can answer its questions.'), { status: 403 })
  return { election: page.election, open: page.open, question: found.question, answeredHtml: found.answeredHtml }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: AnswerSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await answerQuestion(db, { questionId: params.questionId ?? '', userId: user.id, answer: submission.value.answer })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
  return redirectWithFlash(`/ballots/${params.id}/hustings`, { message: msg('Your answer is published beside the other candidates’ answers.') })
}

export default function AnswerPage() {
  const { election, open, question, answeredHtml } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const error = result?.error?.answer?.[0]
  const typed = result?.initialValue?.answer
  const answering = !answeredHtml && open
  return (
    <div className="narrow">
      <Link to={`/ballots/${election.id}/hustings`} className="back-link">
        {t('Hustings: {title}', { title: election.title })}
      </Link>
      <ServerErrorSummary errors={result?.error} order={answering ? ['answer'] : []} />
      <h1>{t('Answer a hustings question')}</h1>
      <blockquote className="hustings-question__text">{question}</blockquote>
      {answeredHtml ? (
        <>
          <p>{t('You have answered this question. Each candidate answers once.')}</p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: answeredHtml }} />
        </>
      ) : !open ? (
        <p className="inset-text">{t('The hustings have closed.')}</p>
      ) : (
        <Form method="post" noValidate>
          <FieldFrame
            name="answer"
            label={t('Your answer')}
            hint={t(
              'Up to {count, plural, one {# word} other {# words}}, counted as you would count them. You can use Markdown: **bold**, *italic*, lists and links. You cannot change it once published.',
              { count: election.wordLimit },
            )}
            error={error}
          >
            {(ids) => (
              <textarea
                id={ids.id}
                name="answer"
                className="textarea"
                rows={10}
                defaultValue={typeof typed === 'string' ? typed : undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={ids.describedBy}
              />
            )}
          </FieldFrame>
          <button type="submit" className="button button--primary">
            {t('Publish my answer')}
          </button>
        </Form>
      )}
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Answer a hustings question — Chorus') }]
