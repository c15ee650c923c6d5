import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { FieldFrame } from '~/components/text-field-plain'
import { StatementSchema } from '~/domain/voting/nomination-schemas'
import { getNominationView } from '~/domain/voting/nomination-view.server'
import { saveNominationStatement } from '~/domain/voting/nominations.server'
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
  if (submission.status !== 'success') return invalid(submission)
  try {
    await saveNominationStatement(db, { nominationId: params.nominationId ?? '', userId: user.id, statement: submission.value.statement, statementCy: submission.value.statementCy })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
  return redirectWithFlash(`/ballots/${params.id}/nominations/${params.nominationId}`, { message: msg('Your statement is saved.') })
}

export default function StatementPage() {
  const { election, nomination } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const errors = result?.error
  // What was typed comes back with a refusal, so nothing is lost when the page is sent without JavaScript.
  const typed = (name: 'statement' | 'statementCy') => {
    const value = result?.initialValue?.[name]
    return typeof value === 'string' ? value : nomination[name]
  }
  return (
    <div className="narrow">
      <Link to={`/ballots/${election.id}/nominations/${nomination.id}`} className="back-link">
        {t('Your nomination')}
      </Link>
      <ServerErrorSummary errors={errors} order={['statement', 'statementCy']} />
      <h1>{t('Your statement')}</h1>
      <Form method="post" noValidate>
        <FieldFrame
          name="statement"
          label={t('Why members should elect you')}
          hint={t(
            'Up to {count, plural, one {# word} other {# words}}, counted as you would count them: hyphenated words and numbers count as one. You can use Markdown: **bold**, *italic*, lists and links.',
            { count: election.wordLimit },
          )}
          error={errors?.statement?.[0]}
        >
          {(ids) => (
            <textarea
              id={ids.id}
              name="statement"
              className="textarea"
              rows={12}
              defaultValue={typed('statement')}
              aria-invalid={errors?.statement ? true : undefined}
              aria-describedby={ids.describedBy}
            />
          )}
        </FieldFrame>
        <FieldFrame
          name="statementCy"
          label={t('The same statement in Welsh (optional)')}
          hint={t('Members reading Chorus in Welsh see this instead; without it they see your statement in English. The same word limit applies.')}
          error={errors?.statementCy?.[0]}
        >
          {(ids) => (
            <textarea
              id={ids.id}
              name="statementCy"
              lang="cy"
              className="textarea"
              rows={12}
              defaultValue={typed('statementCy')}
              aria-invalid={errors?.statementCy ? true : undefined}
              aria-describedby={ids.describedBy}
            />
          )}
        </FieldFrame>
        <button type="submit" className="button button--primary">
          {t('Save my statement')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Your statement — Chorus') }]
