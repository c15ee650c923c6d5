import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { FieldFrame } from '~/components/text-field-plain'
import { QUESTION_MAX_LENGTH } from '~/domain/voting/hustings-rules'
import { AskSchema } from '~/domain/voting/hustings-schemas'
import { askQuestion, getHustingsPage } from '~/domain/voting/hustings.server'
import { metaT } from '~/i18n/meta'
import { useShowText, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { refusalReply } from '~/utils/domain-refusal.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { readForm } from '~/utils/request.server'
import { getUser, requireUser } from '~/utils/session.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request)
  const page = await getHustingsPage(db, { ballotId: params.id ?? '', userId: user?.id ?? null, locale: localeOf(request) })
  if (!page) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const { returningOfficerId: _officer, ...shown } = page
  return { ...shown, signedIn: Boolean(user) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: AskSchema })
  // The length limit is a placeholder of its message, so the message is said here, in the page's language.
  if (submission.status !== 'success')
    return data(submission.reply({ fieldErrors: { question: (submission.error?.question ?? []).map((m) => translateFor(request, m, { max: QUESTION_MAX_LENGTH })) } }), { status: 400 })
  try {
    await askQuestion(db, { ballotId: params.id ?? '', userId: user.id, question: submission.value.question })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
  return redirectWithFlash(`/ballots/${params.id}/hustings`, { message: msg('Thank you. Your question will appear here once the returning officer approves it.') })
}

export default function HustingsPage() {
  const { election, open, closedReason, candidates, questions, standing, signedIn } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const show = useShowText()
  const typed = result?.initialValue?.question
  return (
    <div>
      <Link to={`/ballots/${election.id}`} className="back-link">
        {election.title}
      </Link>
      <ServerErrorSummary errors={result?.error} order={open && standing?.canAsk ? ['question'] : []} />
      <span className="caption">{t('Hustings')}</span>
      <h1>{t('Hustings: {title}', { title: election.title })}</h1>
      <p className="narrow">
        {t(
          'Members who can vote in this election ask the candidates questions. The returning officer approves each question before it appears here, and every candidate may answer each question once.',
        )}
      </p>
      <p>
        <Link to={`/ballots/${election.id}/nominations`}>{t('Nominations and candidates’ statements')}</Link>
      </p>
      {closedReason ? <p className="inset-text">{show(closedReason)}</p> : null}
      {open && !signedIn ? (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(`/ballots/${election.id}/hustings`)}`}>{t('Sign in to ask the candidates a question')}</Link>
        </p>
      ) : null}
      {standing?.waiting ? <p>{t('{count, plural, one {Your question is} other {# of your questions are}} waiting for the returning officer.', { count: standing.waiting })}</p> : null}
      {open && standing && standing.canAsk ? (
        <Form method="post" noValidate className="narrow">
          <FieldFrame
            name="question"
            label={t('Your question to the candidates')}
            hint={t('Up to {max, number} characters. Your name is not shown with your question.', { max: QUESTION_MAX_LENGTH })}
            error={result?.error?.question?.[0]}
          >
            {(ids) => (
              <textarea
                id={ids.id}
                name="question"
                className="textarea"
                rows={4}
                maxLength={QUESTION_MAX_LENGTH}
                defaultValue={typeof typed === 'string' ? typed : undefined}
                aria-invalid={result?.error?.question ? true : undefined}
                aria-describedby={ids.describedBy}
              />
            )}
          </FieldFrame>
          <button type="submit" className="button button--primary">
            {t('Send my question')}
          </button>
        </Form>
      ) : null}
      {open && standing && !standing.canAsk && standing.candidatePosition === null ? (
        <div className="inset-text" role="status">
          <strong>{t('You cannot ask a question in these hustings.')}</strong> {standing.reason ? show(standing.reason) : null}
        </div>
      ) : null}
      <h2>{t('Questions and answers')}</h2>
      {questions.length === 0 ? <p>{t('No questions have been approved yet.')}</p> : null}
      {questions.map((q, i) => (
        <section key={q.id} className="hustings-question" data-testid="hustings-question" aria-labelledby={`question-${q.id}`}>
          <h3 id={`question-${q.id}`}>{t('Question {n, number}', { n: i + 1 })}</h3>
          <blockquote className="hustings-question__text">{q.question}</blockquote>
          <div className="hustings-answers">
            {q.answers.map((a) => (
              <article key={a.position} className="hustings-answer" data-testid="hustings-answer">
                <h4>{a.name}</h4>
                {a.html ? <div className="prose" dangerouslySetInnerHTML={{ __html: a.html }} /> : <p className="hint">{t('No answer yet.')}</p>}
                {!a.html && open && standing?.candidatePosition === a.position ? <Link to={`/ballots/${election.id}/hustings/${q.id}/answer`}>{t('Answer this question')}</Link> : null}
              </article>
            ))}
          </div>
        </section>
      ))}
      {candidates.length === 0 && questions.length === 0 ? null : <p className="hint">{t('Candidates are shown in the order they appear on the ballot paper.')}</p>}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => [{ title: metaT(args)('Hustings: {title} — Chorus', { title: args.data?.election.title ?? '' }) }]
