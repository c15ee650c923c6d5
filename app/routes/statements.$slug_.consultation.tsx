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
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { localeOf } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { getUser, requireUser } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const s = await getConsultation(db, params.slug ?? '')
  if (!s) throw new Response(null, { status: 404 })
  const user = await getUser(request)
  const locale = localeOf(request)
  const mine = user ? await listOwnComments(db, { userId: user.id, statementId: s.id }) : []
  return {
    statement: {
      slug: s.slug,
      title: s.title,
      summary: s.summary,
      html: storedHtml(s),
      closes: s.consultationClosesAt ? formatLondon(s.consultationClosesAt, locale) : null,
      consulting: s.status === 'consultation',
      open: s.status === 'consultation' && (!s.consultationClosesAt || s.consultationClosesAt > new Date()),
      ballotId: s.adoptionBallotId,
    },
    signedIn: Boolean(user),
    mine: mine.map((c) => ({ id: c.id, body: c.body, at: formatLondon(c.createdAt, locale), addressed: Boolean(c.addressedAt) })),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request)
  const user = await requireUser(request)
  const s = await getConsultation(db, params.slug ?? '')
  if (!s) throw new Response(null, { status: 404 })
  const submission = parseWithZod(form, { schema: CommentSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await commentOnConsultation(db, { userId: user.id, statementId: s.id, body: submission.value.body })
    return redirectBackWithFlash(request, { message: msg('Thank you. Your comment is with the officers drafting this statement.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export default function ConsultationPage() {
  const { statement: s, signedIn, mine } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const error = result?.error?.body?.[0]
  const t = useT()
  return (
    <article className="statement">
      <ServerErrorSummary errors={result?.error} order={['body']} />
      <span className="caption">{s.consulting ? t('Draft position statement · open for consultation') : t('Draft position statement · put to members’ vote')}</span>
      <h1>{s.title}</h1>
      <p className="meta">
        {s.open
          ? s.closes
            ? t('Members can comment until {date}.', { date: s.closes })
            : t('Members can comment until the officers close the consultation.')
          : s.consulting
            ? t('This consultation closed {date}.', { date: s.closes })
            : t('The consultation has closed.')}
      </p>
      {s.ballotId ? (
        <p className="inset-text">
          {t('Members are voting on adopting this wording.')} <Link to={`/ballots/${s.ballotId}`}>{t('Go to the ballot')}</Link>
        </p>
      ) : null}
      <StatementText summary={s.summary} html={s.html} />
      <section aria-labelledby="comment-heading" className="endorse">
        <h2 id="comment-heading">{t('Have your say')}</h2>
        {!s.open ? (
          <p>
            {t('Comments are closed.')} {s.ballotId ? t('Members now decide by vote whether to adopt it.') : t('Officers are considering what members said.')}
          </p>
        ) : signedIn ? (
          <Form method="post" noValidate>
            <p>{t('Any member can comment, whether or not you can vote. Only officers read comments; they are not published.')}</p>
            <FieldFrame name="body" label={t('Your comment')} hint={t('What should change, and why. Up to 5,000 characters.')} error={error}>
              {({ id, describedBy }) => (
                <textarea
                  id={id}
                  name="body"
                  rows={6}
                  className={`textarea${error ? ' input--error' : ''}`}
                  aria-describedby={describedBy}
                  aria-invalid={error ? true : undefined}
                  defaultValue={(result?.initialValue as { body?: string } | undefined)?.body ?? ''}
                  key={mine.length}
                />
              )}
            </FieldFrame>
            <button type="submit" className="button button--primary">
              {t('Send my comment')}
            </button>
          </Form>
        ) : (
          <p>
            <T
              message="<signin>Sign in</signin> to comment. Any member can take part; not a member yet? <join>Join Chorus</join>."
              values={{
                signin: (text: string) => <Link to={`/login?redirectTo=${encodeURIComponent(`/statements/${s.slug}/consultation`)}`}>{text}</Link>,
                join: (text: string) => <Link to="/join">{text}</Link>,
              }}
            />
          </p>
        )}
        {mine.length ? (
          <>
            <h3>{t('Your comments')}</h3>
            <ul className="comments">
              {mine.map((c) => (
                <li key={c.id} className={c.addressed ? 'comments__addressed' : undefined}>
                  <p className="meta">
                    {c.at}
                    {c.addressed ? ` · ${t('officers have addressed this')}` : ''}
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

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  const { data } = args
  return data
    ? [{ title: t('Consultation: {title} — Chorus', { title: data.statement.title }) }, { name: 'description', content: data.statement.summary }]
    : [{ title: t('Consultation not found — Chorus') }]
}
