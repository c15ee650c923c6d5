import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { Notice } from '~/components/panels'
import { StatementOfficerNav } from '~/components/statement-officer-nav'
import { TextFieldPlain } from '~/components/text-field-plain'
import { getStatementForOfficers } from '~/domain/statements/officer.server'
import { ConsultationSchema } from '~/domain/statements/schemas'
import { closeConsultation, markCommentAddressed, openConsultation } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { localeOf, translatorFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, refuse, replyWithError } from '~/utils/forms.server'
import { formatLondon } from '~/utils/london-time'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const found = await getStatementForOfficers(db, params.id ?? '')
  if (!found) throw new Response(null, { status: 404 })
  const { statement: s, comments } = found
  const locale = localeOf(request)
  const t = translatorFor(locale)
  return {
    statement: {
      id: s.id,
      slug: s.slug,
      title: s.title,
      status: s.status,
      statusLabel: STATEMENT_STATUS_LABELS[s.status],
      closes: s.consultationClosesAt ? formatLondon(s.consultationClosesAt, locale) : null,
      closed: Boolean(s.consultationClosesAt && s.consultationClosesAt <= new Date()),
    },
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      author: c.author ?? t('A former member'),
      at: formatLondon(c.createdAt, locale),
      addressed: c.addressedAt ? formatLondon(c.addressedAt, locale) : null,
    })),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const form = await readForm(request)
  const found = await getStatementForOfficers(db, params.id ?? '')
  if (!found) throw new Response(null, { status: 404 })
  const statementId = found.statement.id
  const submission = parseWithZod(form, { schema: ConsultationSchema })
  if (submission.status !== 'success') return invalid(submission)
  const input = submission.value
  try {
    switch (input.intent) {
      case 'open':
        await openConsultation(db, { actorId: officer.id, statementId, closesAt: input.closesAt, baseUrl: siteOrigin(request) })
        return redirectBackWithFlash(request, { message: msg('The consultation is open. Members who asked to hear about consultations are being emailed.') })
      case 'close':
        await closeConsultation(db, { actorId: officer.id, statementId })
        return redirectBackWithFlash(request, { message: msg('The consultation is closed. The statement is a draft again: revise it, then publish it or put it to a vote.') })
      case 'address':
        if (!found.comments.some((c) => c.id === input.commentId)) return refuse(request, submission, msg('That comment is not on this statement'), 404)
        await markCommentAddressed(db, { actorId: officer.id, commentId: input.commentId })
        return redirectBackWithFlash(request, { message: msg('Marked as addressed.') })
    }
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = {
  breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.statements, { text: d.statement.title, to: `/officer/statements/${d.statement.id}` }, { label: msg('Consultation') }]),
}

export default function OfficerConsultationPage() {
  const { statement: s, comments } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const waiting = comments.filter((c) => !c.addressed).length
  const t = useT()
  return (
    <div className="narrow">
      <ServerErrorSummary errors={result?.error} order={['closesAt']} />
      <span className="caption">{t(s.statusLabel)}</span>
      <h1>{t('Consultation: {title}', { title: s.title })}</h1>
      <StatementOfficerNav id={s.id} current="consultation" />
      {s.status === 'consultation' ? (
        <>
          <p>
            {s.closed ? t('Comments closed {date}.', { date: s.closes }) : t('Members can comment until {date}.', { date: s.closes })}{' '}
            <Link to={`/statements/${s.slug}/consultation`}>{t('See the members’ page')}</Link>
          </p>
          <Form method="post">
            <button type="submit" name="intent" value="close" className="button button--secondary">
              {t('Close the consultation')}
            </button>
          </Form>
        </>
      ) : s.status === 'draft' ? (
        <Form method="post" noValidate>
          <h2>{t('Open a consultation')}</h2>
          <p>{t('Members see the draft and can comment until the closing time. Members who chose the consultations topic get an email.')}</p>
          <TextFieldPlain name="closesAt" type="datetime-local" label={t('Comments close (UK time)')} hint={t('For example 2026-12-14T17:00')} error={result?.error?.closesAt?.[0]} width="medium" />
          <button type="submit" name="intent" value="open" className="button button--primary">
            {t('Open the consultation')}
          </button>
        </Form>
      ) : (
        <p>
          {t(
            '{status, select, adopted {This statement is adopted; consultations are held on drafts.} under_review {This statement is under review; consultations are held on drafts.} superseded {This statement is superseded; consultations are held on drafts.} other {This statement is withdrawn; consultations are held on drafts.}}',
            { status: s.status },
          )}
        </p>
      )}
      <h2>{comments.length ? t('Comments ({count, number}, {waiting, number} to address)', { count: comments.length, waiting }) : t('Comments ({count, number})', { count: 0 })}</h2>
      {comments.length === 0 ? <p>{t('No comments yet.')}</p> : null}
      <ul className="comments">
        {comments.map((c) => (
          <li key={c.id} className={c.addressed ? 'comments__addressed' : undefined}>
            <p className="meta">
              {c.author}, {c.at}
            </p>
            <blockquote>{c.body}</blockquote>
            {c.addressed ? (
              <p className="meta">
                <strong className="tag tag--green">{t('Addressed')}</strong> {c.addressed}
              </p>
            ) : (
              <Form method="post" className="inline-form">
                <input type="hidden" name="commentId" value={c.id} />
                <button type="submit" name="intent" value="address" className="button button--secondary button--small">
                  <T
                    message="Mark as addressed<hidden> (comment by {author}, {date})</hidden>"
                    values={{ author: c.author, date: c.at, hidden: (text: string) => <span className="visually-hidden">{text}</span> }}
                  />
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: t('Consultation: {title} — Chorus', { title: args.data?.statement.title ?? t('statement') }) }]
}
