import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ElectorateLine } from '~/components/electorate-line'
import { NominationRules } from '~/components/nomination-rules'
import { getElectionForNominations } from '~/domain/voting/nomination-pages.server'
import { NOMINATION_STATUS_LABELS } from '~/domain/voting/nomination-rules'
import { getNominationStanding, listNominations } from '~/domain/voting/nominations.server'
import { metaT } from '~/i18n/meta'
import { useShowText, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { db } from '~/utils/db.server'
import { getUser } from '~/utils/session.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const election = await getElectionForNominations(db, params.id ?? '', localeOf(request))
  if (!election) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const user = await getUser(request)
  // While nominations are open, every nomination being made is public; after, the valid ones.
  const shown = await listNominations(db, election.ballot.id, { statuses: election.view.taking ? ['submitted', 'valid'] : ['valid'] })
  const standing = user ? await getNominationStanding(db, election.ballot, user.id) : null
  return {
    election: election.view,
    electorate: election.electorate,
    nominations: shown.map((n) => ({ id: n.id, name: n.name, status: n.status, supporters: n.supportCount })),
    signedIn: Boolean(user),
    standing: standing ? { own: standing.own, canNominate: standing.canNominate, canStand: standing.canStand, reason: standing.reason, reasonValues: standing.reasonValues } : null,
  }
}

export default function NominationsPage() {
  const { election, electorate, nominations, signedIn, standing } = useLoaderData<typeof loader>()
  const t = useT()
  const show = useShowText()
  return (
    <div className="narrow">
      <Link to={`/ballots/${election.id}`} className="back-link">
        {election.title}
      </Link>
      <span className="caption">{election.taking ? t('Nominations open') : t('Nominations closed')}</span>
      <h1>{t('Nominations: {title}', { title: election.title })}</h1>
      <ElectorateLine {...electorate} />
      <NominationRules rules={election} />
      {!election.taking && !election.unopposed ? (
        <p>
          <Link to={`/ballots/${election.id}/hustings`}>{t('Hustings: questions to the candidates and their answers')}</Link>
        </p>
      ) : null}
      {election.unopposed ? (
        <p>
          <strong>{t('Elected unopposed: there were no more valid nominations than seats.')}</strong> <Link to={`/ballots/${election.id}/results`}>{t('See the result')}</Link>
        </p>
      ) : null}
      {election.taking ? (
        !signedIn ? (
          <p>
            <Link to={`/login?redirectTo=${encodeURIComponent(`/ballots/${election.id}/nominations`)}`}>{t('Sign in to stand or to nominate a member')}</Link>
          </p>
        ) : standing?.own ? (
          <p>
            {t('You are nominated ({status}).', { status: t(NOMINATION_STATUS_LABELS[standing.own.status]) })}{' '}
            <Link to={`/ballots/${election.id}/nominations/${standing.own.id}`}>{t('Your nomination')}</Link>
          </p>
        ) : standing?.canNominate ? (
          <>
            {!standing.canStand && standing.reason ? <p className="inset-text">{t(standing.reason, standing.reasonValues)}</p> : null}
            <p>
              <Link to={`/ballots/${election.id}/nominations/new`} className="button button--primary">
                {standing.canStand ? t('Stand, or nominate a member') : t('Nominate a member')}
              </Link>
            </p>
          </>
        ) : (
          <div className="inset-text" role="status">
            <strong>{t('You cannot take part in these nominations.')}</strong> {standing?.reason ? show(standing.reason) : null}
          </div>
        )
      ) : null}
      <h2>{election.taking ? t('Nominations so far') : t('Candidates')}</h2>
      {nominations.length === 0 ? (
        <p>{t('No nominations yet.')}</p>
      ) : (
        <ul className="list" data-testid="nominations">
          {nominations.map((n) => (
            <li key={n.id}>
              <Link to={`/ballots/${election.id}/nominations/${n.id}`}>{n.name}</Link> — {t(NOMINATION_STATUS_LABELS[n.status])}
              {election.taking ? ` · ${t('{count, plural, one {# supporter} other {# supporters}} of {needed, number}', { count: n.supporters, needed: election.supportersNeeded })}` : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => [{ title: metaT(args)('Nominations: {title} — Chorus', { title: args.data?.election.title ?? '' }) }]
