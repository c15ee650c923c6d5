import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ReplySummary } from '~/components/forms'
import { ElectorateLine } from '~/components/electorate-line'
import { IntentSchema } from '~/domain/voting/nomination-schemas'
import { getNominationView } from '~/domain/voting/nomination-view.server'
import { supportNomination } from '~/domain/voting/nominations.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { refusalReply } from '~/utils/domain-refusal.server'
import { invalid } from '~/utils/forms.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { readForm } from '~/utils/request.server'
import { getUser, requireUser } from '~/utils/session.server'

/** The link a nominee shares: the page shows the nomination; only the button (a POST) supports it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request)
  const found = await getNominationView(db, { ballotId: params.id ?? '', nominationId: params.nominationId ?? '', userId: user?.id ?? null, locale: localeOf(request) })
  if (!found) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  return {
    election: { id: found.election.view.id, title: found.election.view.title, taking: found.election.view.taking, supportersNeeded: found.election.view.supportersNeeded },
    electorate: found.election.electorate,
    nomination: { id: found.nomination.id, name: found.nomination.name, supporters: found.nomination.supporters, status: found.nomination.status },
    signedIn: Boolean(user),
    isNominee: found.isNominee,
    supported: found.supported,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: IntentSchema('support') })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await supportNomination(db, { nominationId: params.nominationId ?? '', userId: user.id })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
  return redirectWithFlash(`/ballots/${params.id}/nominations/${params.nominationId}`, { message: msg('Thank you: you support this nomination.') })
}

export default function SupportPage() {
  const { election, electorate, nomination, signedIn, isNominee, supported } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const here = `/ballots/${election.id}/nominations/${nomination.id}/support`
  return (
    <div className="narrow">
      <ReplySummary result={result} />
      <span className="caption">{election.title}</span>
      <h1>{t('Support {name}’s nomination', { name: nomination.name })}</h1>
      <ElectorateLine {...electorate} />
      <p>
        {t('A nomination needs the support of {needed, plural, one {# member} other {# members}} who can vote in this election. It has {count, number}.', {
          needed: election.supportersNeeded,
          count: nomination.supporters,
        })}
      </p>
      <p>
        <Link to={`/ballots/${election.id}/nominations/${nomination.id}`}>{t('Read the nomination and statement')}</Link>
      </p>
      {!election.taking ? (
        <p>{t('Nominations for this election have closed.')}</p>
      ) : !signedIn ? (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(here)}`}>{t('Sign in to support this nomination')}</Link>
        </p>
      ) : isNominee ? (
        <p>{t('This is your own nomination: share this page’s link with members who can vote in this election.')}</p>
      ) : supported ? (
        <p>
          <strong>{t('You support this nomination.')}</strong>
        </p>
      ) : (
        <Form method="post">
          <p>{t('Supporting says you want this member on the ballot paper; it does not commit your vote. You can support each nomination once.')}</p>
          <button type="submit" name="intent" value="support" className="button button--primary">
            {t('Support this nomination')}
          </button>
        </Form>
      )}
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Support a nomination — Chorus') }]
