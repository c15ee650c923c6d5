import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { ItemReasonField } from '~/components/item-reason-field'
import { QUESTION_STATUS_LABELS } from '~/domain/voting/hustings-rules'
import { ModerateSchema } from '~/domain/voting/hustings-schemas'
import { getHustingsPage, listQuestionsForModeration, moderateQuestion } from '~/domain/voting/hustings.server'
import { metaT } from '~/i18n/meta'
import { useShowText, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { refusalReply } from '~/utils/domain-refusal.server'
import { invalid } from '~/utils/forms.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const page = await getHustingsPage(db, { ballotId: params.id ?? '', userId: null, locale: localeOf(request) })
  if (!page) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const questions = await listQuestionsForModeration(db, page.election.id)
  return {
    election: page.election,
    open: page.open,
    closedReason: page.closedReason,
    moderator: page.returningOfficerId === officer.id || officer.role === 'admin',
    questions: questions.map((q) => ({ id: q.id, question: q.question, status: q.status, reason: q.rejectedReason, askedBy: q.askedBy })),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: ModerateSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await moderateQuestion(db, { ...submission.value, ballotId: params.id ?? '', actorId: officer.id, actorRole: officer.role, baseUrl: siteOrigin(request) })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
  return redirectBackWithFlash(request, {
    message: submission.value.decision === 'approved' ? msg('The question is approved and published. We have emailed the candidates.') : msg('The question is rejected. Members will not see it.'),
  })
}

export const handle: BreadcrumbHandle = {
  breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.ballots, { text: d.election.title, to: `/officer/ballots/${d.election.id}` }, { label: msg('Hustings') }]),
}

export default function OfficerHustingsPage() {
  const { election, open, closedReason, moderator, questions } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const show = useShowText()
  const waiting = questions.filter((q) => q.status === 'pending')
  const decided = questions.filter((q) => q.status !== 'pending')
  // A refused form is one question's: its reason's message goes beside that question's reason.
  const sentFor = waiting.find((q) => q.id === result?.initialValue?.questionId)?.id
  return (
    <>
      <Link to={`/officer/ballots/${election.id}`} className="back-link">
        {election.title}
      </Link>
      <ServerErrorSummary errors={result?.error} order={sentFor && moderator && open ? ['reason'] : []} anchors={{ reason: `field-reason-${sentFor}` }} />
      <span className="caption">{t('Hustings')}</span>
      <h1>{t('Hustings questions: {title}', { title: election.title })}</h1>
      <p>
        <Link to={`/ballots/${election.id}/hustings`}>{t('See the hustings page')}</Link>
      </p>
      {closedReason ? <p className="inset-text">{show(closedReason)}</p> : null}
      {!moderator ? <p className="inset-text">{t('Only the returning officer for this election can moderate its hustings.')}</p> : null}
      <h2>{t('Waiting for moderation ({count, number})', { count: waiting.length })}</h2>
      {waiting.length === 0 ? <p>{t('No questions are waiting.')}</p> : null}
      {waiting.map((q) => (
        <section key={q.id} className="card" data-testid="hustings-pending">
          <blockquote className="hustings-question__text">{q.question}</blockquote>
          <p className="hint">{t('Asked by {name}', { name: q.askedBy })}</p>
          {moderator && open ? (
            <Form method="post">
              <input type="hidden" name="questionId" value={q.id} />
              <ItemReasonField itemId={q.id} sentFor={sentFor} result={result} label={t('Reason for rejecting (optional, kept in the audit log)')} />
              <div className="button-group">
                <button type="submit" name="decision" value="approved" className="button button--primary">
                  {t('Approve')}
                </button>
                <button type="submit" name="decision" value="rejected" className="button button--warning">
                  {t('Reject')}
                </button>
              </div>
            </Form>
          ) : null}
        </section>
      ))}
      <h2>{t('Moderated')}</h2>
      {decided.length === 0 ? <p>{t('None yet.')}</p> : null}
      <ul className="list">
        {decided.map((q) => (
          <li key={q.id}>
            <strong>{t(QUESTION_STATUS_LABELS[q.status])}</strong>: {q.question}
            {q.reason ? ` — ${t('Reason given: {reason}', { reason: q.reason })}` : null}
          </li>
        ))}
      </ul>
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Hustings questions — Chorus') }]
