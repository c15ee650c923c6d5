import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Notice } from '~/components/panels'
import { StatementSchema } from '~/domain/voting/nomination-schemas'
import { getNominationView } from '~/domain/voting/nomination-view.server'
import { saveNominationStatement } from '~/domain/voting/nominations.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { domainRefusal } from '~/utils/domain-refusal.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { readForm } from '~/utils/request.server'
import { requireUser } from '~/utils/session.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const found = await getNominationView(db, { ballotId: params.id ?? '', nominationId: params.nominationId ?? '', userId: user.id, locale: localeOf(request) })
  if (!found) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  if (!found.isNominee) throw new Response(translateFor(request, 'Only the nominee can do that.'), { status: 403 })
  return {
    election: { id: found.election.view.id, title: found.election.view.title, wordLimit: found.election.view.wordLimit, taking: found.election.view.taking },
    nomination: { id: found.nomination.id, statement: found.nomination.statement, statementCy: found.nomination.statementCy },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: StatementSchema })
  if (submission.status !== 'success') {
    const field = submission.error?.statement ? 'statement' : 'statementCy'
    return { ok: false as const, message: translateFor(request, submission.error?.[field]?.[0] ?? 'Write your statement'), field }
  }
  try {
    await saveNominationStatement(db, { nominationId: params.nominationId ?? '', userId: user.id, statement: submission.value.statement, statementCy: submission.value.statementCy })
  } catch (error) {
    return domainRefusal(request, error)
  }
  return redirectWithFlash(`/ballots/${params.id}/nominations/${params.nominationId}`, { message: msg('Your statement is saved.') })
}

export default function StatementPage() {
  const { election, nomination } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <div className="narrow">
      <Link to={`/ballots/${election.id}/nominations/${nomination.id}`} className="back-link">
        {t('Your nomination')}
      </Link>
      <h1>{t('Your statement')}</h1>
      {result && !result.ok && result.field !== 'statement' ? <Notice tone="warning">{result.message}</Notice> : null}
      <Form method="post" noValidate>
        <div className={`form-group${result && !result.ok && result.field === 'statement' ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="field-statement">
            {t('Why members should elect you')}
          </label>
          <div className="hint" id="field-statement-hint">
            {t(
              'Up to {count, plural, one {# word} other {# words}}, counted as you would count them: hyphenated words and numbers count as one. You can use Markdown: **bold**, *italic*, lists and links.',
              { count: election.wordLimit },
            )}
          </div>
          {result && !result.ok && result.field === 'statement' ? (
            <p className="error-message" id="field-statement-error">
              {result.message}
            </p>
          ) : null}
          <textarea id="field-statement" name="statement" className="textarea" rows={12} defaultValue={nomination.statement} aria-describedby="field-statement-hint" />
        </div>
        <div className={`form-group${result && !result.ok && result.field === 'statementCy' ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="field-statementCy">
            {t('The same statement in Welsh (optional)')}
          </label>
          <div className="hint" id="field-statementCy-hint">
            {t('Members reading Chorus in Welsh see this instead; without it they see your statement in English. The same word limit applies.')}
          </div>
          {result && !result.ok && result.field === 'statementCy' ? (
            <p className="error-message" id="field-statementCy-error">
              {result.message}
            </p>
          ) : null}
          <textarea id="field-statementCy" name="statementCy" lang="cy" className="textarea" rows={12} defaultValue={nomination.statementCy} aria-describedby="field-statementCy-hint" />
        </div>
        <button type="submit" className="button button--primary">
          {t('Save my statement')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Your statement — Chorus') }]
