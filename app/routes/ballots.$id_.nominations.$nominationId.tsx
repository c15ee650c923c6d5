import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ReplySummary } from '~/components/forms'
import { NOMINATION_STATUS_LABELS } from '~/domain/voting/nomination-rules'
import { getNominationView } from '~/domain/voting/nomination-view.server'
import { acceptNomination } from '~/domain/voting/nominations.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { refusalReply } from '~/utils/domain-refusal.server'
import { invalid } from '~/utils/forms.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { getUser, requireUser } from '~/utils/session.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request)
  const found = await getNominationView(db, { ballotId: params.id ?? '', nominationId: params.nominationId ?? '', userId: user?.id ?? null, locale: localeOf(request) })
  if (!found) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const { election, nomination, isNominee, supported } = found
  return {
    election: { id: election.view.id, title: election.view.title, taking: election.view.taking, supportersNeeded: election.view.supportersNeeded },
    nomination,
    isNominee,
    supported,
    shareUrl: `${siteOrigin(request)}/ballots/${election.view.id}/nominations/${nomination.id}/support`,
  }
}

const AcceptSchema = z.object({ intent: z.literal('accept', { error: msg('Choose what to do') }) })

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: AcceptSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await acceptNomination(db, { nominationId: params.nominationId ?? '', userId: user.id })
    return redirectBackWithFlash(request, { message: msg('You have accepted the nomination. Now write your statement and share the link for supporters.') })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
}

export default function NominationPage() {
  const { election, nomination, isNominee, supported, shareUrl } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const base = `/ballots/${election.id}/nominations/${nomination.id}`
  const open = election.taking && nomination.status !== 'withdrawn'
  return (
    <div className="narrow">
      <Link to={`/ballots/${election.id}/nominations`} className="back-link">
        {t('Nominations: {title}', { title: election.title })}
      </Link>
      <ReplySummary result={result} />
      <span className="caption">{t(NOMINATION_STATUS_LABELS[nomination.status])}</span>
      <h1>{nomination.name}</h1>
      {election.taking ? (
        <p data-testid="supporters">
          {t('{count, plural, one {# supporter} other {# supporters}} of the {needed, number} needed', { count: nomination.supporters, needed: election.supportersNeeded })}
        </p>
      ) : null}
      {nomination.rejectedReason ? (
        <div className="inset-text">
          <strong>{t('The returning officer rejected this nomination:')}</strong> {nomination.rejectedReason}
        </div>
      ) : null}
      <h2>{t('Statement')}</h2>
      {nomination.statementHtml ? <div className="prose" lang={nomination.statementLang} dangerouslySetInnerHTML={{ __html: nomination.statementHtml }} /> : <p>{t('No statement yet.')}</p>}
      {isNominee && open ? (
        <>
          <h2>{t('Your nomination')}</h2>
          {nomination.status === 'awaiting_acceptance' ? (
            <Form method="post">
              <p>{t('Another member nominated you. You stand only if you accept.')}</p>
              <button type="submit" name="intent" value="accept" className="button button--primary">
                {t('Accept the nomination')}
              </button>
            </Form>
          ) : (
            <>
              <p>{t('Share this link with members who can vote in this election and ask them to support you:')}</p>
              <p className="receipt" data-testid="share-link">
                {shareUrl}
              </p>
            </>
          )}
          <p>
            <Link to={`${base}/statement`}>{t('Write or edit your statement')}</Link> · <Link to={`${base}/withdraw`}>{t('Withdraw')}</Link>
          </p>
        </>
      ) : open && !isNominee && (nomination.status === 'submitted' || nomination.status === 'valid') ? (
        <p>{supported ? <strong>{t('You support this nomination.')}</strong> : <Link to={`${base}/support`}>{t('Support this nomination')}</Link>}</p>
      ) : null}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => [{ title: metaT(args)('Nomination: {name} — Chorus', { name: args.data?.nomination.name ?? '' }) }]
