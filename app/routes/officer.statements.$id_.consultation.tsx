import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ServerErrorSummary } from '~/components/forms'
import { Notice } from '~/components/panels'
import { StatementOfficerNav } from '~/components/statement-officer-nav'
import { TextFieldPlain } from '~/components/text-field-plain'
import { DomainError, statusForCode } from '~/domain/errors'
import { getStatementForOfficers } from '~/domain/statements/officer.server'
import { ConsultationSchema } from '~/domain/statements/schemas'
import { closeConsultation, markCommentAddressed, openConsultation } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const found = await getStatementForOfficers(db, params.id ?? '')
  if (!found) throw new Response('Not Found', { status: 404 })
  const { statement: s, comments } = found
  return {
    statement: { id: s.id, slug: s.slug, title: s.title, status: s.status, statusLabel: STATEMENT_STATUS_LABELS[s.status], closes: s.consultationClosesAt ? formatLondon(s.consultationClosesAt) : null, closed: Boolean(s.consultationClosesAt && s.consultationClosesAt <= new Date()) },
    comments: comments.map((c) => ({ id: c.id, body: c.body, author: c.author ?? 'A former member', at: formatLondon(c.createdAt), addressed: c.addressedAt ? formatLondon(c.addressedAt) : null })),
  }
}

const Intent = z.object({ intent: z.enum(['open', 'close', 'address']), commentId: z.uuid().optional() })
type Errors = Record<string, string[]>

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const form = await readForm(request)
  const found = await getStatementForOfficers(db, params.id ?? '')
  if (!found) throw new Response('Not Found', { status: 404 })
  const statementId = found.statement.id
  const intent = Intent.safeParse({ intent: form.get('intent'), commentId: form.get('commentId') ?? undefined })
  if (!intent.success) return data({ errors: { '': ['Choose what to do'] } as Errors }, { status: 400 })
  try {
    if (intent.data.intent === 'open') {
      const parsed = parseWithZod(form, { schema: ConsultationSchema })
      if (parsed.status !== 'success') return data({ errors: (parsed.reply().error ?? {}) as Errors }, { status: 400 })
      await openConsultation(db, { actorId: officer.id, statementId, closesAt: parsed.value.closesAt, baseUrl: siteOrigin(request) })
      return redirectBackWithFlash(request, { message: 'The consultation is open. Members who asked to hear about consultations are being emailed.' })
    }
    if (intent.data.intent === 'close') {
      await closeConsultation(db, { actorId: officer.id, statementId })
      return redirectBackWithFlash(request, { message: 'The consultation is closed. The statement is a draft again: revise it, then publish it or put it to a vote.' })
    }
    if (!intent.data.commentId || !found.comments.some((c) => c.id === intent.data.commentId)) return data({ errors: { '': ['That comment is not on this statement'] } as Errors }, { status: 404 })
    await markCommentAddressed(db, { actorId: officer.id, commentId: intent.data.commentId })
    return redirectBackWithFlash(request, { message: 'Marked as addressed.' })
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    return data({ errors: (error.field ? { [error.field]: [error.message] } : { '': [error.message] }) as Errors }, { status: statusForCode[error.code] })
  }
}

export default function OfficerConsultationPage() {
  const { statement: s, comments } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const waiting = comments.filter((c) => !c.addressed).length
  return (
    <div className="narrow">
      <Link to="/officer/statements" className="back-link">
        Position statements
      </Link>
      <ServerErrorSummary errors={result?.errors} order={['closesAt']} />
      <span className="caption">{s.statusLabel}</span>
      <h1>Consultation: {s.title}</h1>
      <StatementOfficerNav id={s.id} current="consultation" />
      {s.status === 'consultation' ? (
        <>
          <p>
            {s.closed ? `Comments closed ${s.closes}.` : `Members can comment until ${s.closes}.`} <Link to={`/statements/${s.slug}/consultation`}>See the members’ page</Link>
          </p>
          <Form method="post">
            <button type="submit" name="intent" value="close" className="button button--secondary">
              Close the consultation
            </button>
          </Form>
        </>
      ) : s.status === 'draft' ? (
        <Form method="post" noValidate>
          <h2>Open a consultation</h2>
          <p>Members see the draft and can comment until the closing time. Members who chose the consultations topic get an email.</p>
          <TextFieldPlain name="closesAt" type="datetime-local" label="Comments close (UK time)" hint="For example 2026-12-14T17:00" error={result?.errors?.closesAt?.[0]} width="medium" />
          <button type="submit" name="intent" value="open" className="button button--primary">
            Open the consultation
          </button>
        </Form>
      ) : (
        <p>This statement is {s.statusLabel.toLowerCase()}; consultations are held on drafts.</p>
      )}
      <h2>
        Comments ({comments.length}
        {comments.length ? `, ${waiting} to address` : ''})
      </h2>
      {comments.length === 0 ? <p>No comments yet.</p> : null}
      <ul className="comments">
        {comments.map((c) => (
          <li key={c.id} className={c.addressed ? 'comments__addressed' : undefined}>
            <p className="meta">
              {c.author}, {c.at}
            </p>
            <blockquote>{c.body}</blockquote>
            {c.addressed ? (
              <p className="meta">
                <strong className="tag tag--green">Addressed</strong> {c.addressed}
              </p>
            ) : (
              <Form method="post" className="inline-form">
                <input type="hidden" name="commentId" value={c.id} />
                <button type="submit" name="intent" value="address" className="button button--secondary button--small">
                  Mark as addressed<span className="visually-hidden"> (comment by {c.author}, {c.at})</span>
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Consultation: ${data?.statement.title ?? 'statement'} — Chorus` }]
