import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { Notice } from '~/components/panels'
import { StatementText } from '~/components/statement-text'
import { FieldFrame } from '~/components/text-field-plain'
import { storedHtml } from '~/domain/statements/stored-html'
import { getConsultation, listOwnComments } from '~/domain/statements/officer.server'
import { CommentSchema } from '~/domain/statements/schemas'
import { commentOnConsultation } from '~/domain/statements/statements.server'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { invalid, replyWithDomainError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { getUser, requireUser } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const s = await getConsultation(db, params.slug ?? '')
  if (!s) throw new Response('Not Found', { status: 404 })
  const user = await getUser(request)
  const mine = user ? await listOwnComments(db, { userId: user.id, statementId: s.id }) : []
  return {
    statement: { slug: s.slug, title: s.title, summary: s.summary, html: storedHtml(s), closes: s.consultationClosesAt ? formatLondon(s.consultationClosesAt) : null, consulting: s.status === 'consultation', open: s.status === 'consultation' && (!s.consultationClosesAt || s.consultationClosesAt > new Date()), ballotId: s.adoptionBallotId },
    signedIn: Boolean(user),
    mine: mine.map((c) => ({ id: c.id, body: c.body, at: formatLondon(c.createdAt), addressed: Boolean(c.addressedAt) })),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request)
  const user = await requireUser(request)
  const s = await getConsultation(db, params.slug ?? '')
  if (!s) throw new Response('Not Found', { status: 404 })
  const submission = parseWithZod(form, { schema: CommentSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await commentOnConsultation(db, { userId: user.id, statementId: s.id, body: submission.value.body })
    return redirectBackWithFlash(request, { message: 'Thank you. Your comment is with the officers drafting this statement.' })
  } catch (error) {
    return replyWithDomainError(submission, error)
  }
}

export default function ConsultationPage() {
  const { statement: s, signedIn, mine } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const error = result?.error?.body?.[0]
  return (
    <article className="statement">
      <ServerErrorSummary errors={result?.error} order={['body']} />
      <span className="caption">Draft position statement · {s.consulting ? 'open for consultation' : 'put to members’ vote'}</span>
      <h1>{s.title}</h1>
      <p className="meta">{s.open ? `Members can comment until ${s.closes ?? 'the officers close the consultation'}.` : s.consulting ? `This consultation closed ${s.closes}.` : 'The consultation has closed.'}</p>
      {s.ballotId ? (
        <p className="inset-text">
          Members are voting on adopting this wording. <Link to={`/ballots/${s.ballotId}`}>Go to the ballot</Link>
        </p>
      ) : null}
      <StatementText summary={s.summary} html={s.html} />
      <section aria-labelledby="comment-heading" className="endorse">
        <h2 id="comment-heading">Have your say</h2>
        {!s.open ? (
          <p>Comments are closed. {s.ballotId ? 'Members now decide by vote whether to adopt it.' : 'Officers are considering what members said.'}</p>
        ) : signedIn ? (
          <Form method="post" noValidate>
            <p>Any member can comment, whether or not you can vote. Only officers read comments; they are not published.</p>
            <FieldFrame name="body" label="Your comment" hint="What should change, and why. Up to 5,000 characters." error={error}>
              {({ id, describedBy }) => <textarea id={id} name="body" rows={6} className={`textarea${error ? ' input--error' : ''}`} aria-describedby={describedBy} aria-invalid={error ? true : undefined} defaultValue={(result?.initialValue as { body?: string } | undefined)?.body ?? ''} key={mine.length} />}
            </FieldFrame>
            <button type="submit" className="button button--primary">
              Send my comment
            </button>
          </Form>
        ) : (
          <p>
            <Link to={`/login?redirectTo=${encodeURIComponent(`/statements/${s.slug}/consultation`)}`}>Sign in</Link> to comment. Any member can take part; not a member yet?{' '}
            <Link to="/join">Join Chorus</Link>.
          </p>
        )}
        {mine.length ? (
          <>
            <h3>Your comments</h3>
            <ul className="comments">
              {mine.map((c) => (
                <li key={c.id} className={c.addressed ? 'comments__addressed' : undefined}>
                  <p className="meta">
                    {c.at}
                    {c.addressed ? ' · officers have addressed this' : ''}
                  </p>
                  <blockquote>{c.body}</blockquote>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </article>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: `Consultation: ${data.statement.title} — Chorus` }, { name: 'description', content: data.statement.summary }] : [{ title: 'Consultation not found — Chorus' }])
