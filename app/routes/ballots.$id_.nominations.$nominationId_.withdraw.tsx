import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ReplySummary } from '~/components/forms'
import { IntentSchema } from '~/domain/voting/nomination-schemas'
import { getNominationView } from '~/domain/voting/nomination-view.server'
import { withdrawNomination } from '~/domain/voting/nominations.server'
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
  return { election: { id: found.election.view.id, title: found.election.view.title, close: found.election.view.nominationsClose }, nomination: { id: found.nomination.id } }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: IntentSchema('withdraw') })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await withdrawNomination(db, { nominationId: params.nominationId ?? '', userId: user.id })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
  return redirectWithFlash(`/ballots/${params.id}/nominations`, { message: msg('Your nomination is withdrawn. You will not be a candidate.') })
}

export default function WithdrawPage() {
  const { election, nomination } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <div className="narrow">
      <Link to={`/ballots/${election.id}/nominations/${nomination.id}`} className="back-link">
        {t('Your nomination')}
      </Link>
      <ReplySummary result={result} />
      <h1>{t('Withdraw your nomination?')}</h1>
      <p>{t('You will not be a candidate in {title}. Your supporters’ support lapses, and you cannot be nominated again in this election.', { title: election.title })}</p>
      <Form method="post" className="button-group">
        <button type="submit" name="intent" value="withdraw" className="button button--warning">
          {t('Yes, withdraw my nomination')}
        </button>
        <Link to={`/ballots/${election.id}/nominations/${nomination.id}`}>{t('No, keep it')}</Link>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Withdraw your nomination — Chorus') }]
