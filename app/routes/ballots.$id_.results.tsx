import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ElectionOutcome, MotionOutcome } from '~/components/ballot-result'
import { useRefreshWhile } from '~/components/refresh'
import { getBallot, settleIfClosed } from '~/domain/voting/ballots.server'
import type { ElectionResult } from '~/domain/voting/election-count'
import { ballotPhase, type MotionResult } from '~/domain/voting/lifecycle'
import { electorateSummary } from '~/domain/voting/electorate.server'
import { ElectorateLine } from '~/components/electorate-line'
import { UnopposedOutcome, isUnopposed } from '~/components/unopposed-result'
import { db } from '~/utils/db.server'
import { displayVotes } from '~/domain/voting/result-display'
import { metaT } from '~/i18n/meta'
import { useLocale, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { formatLondon } from '~/utils/london-time'
import { siteOrigin } from '~/utils/request.server'

export async function loader({ params, request }: LoaderFunctionArgs) {
  const found = await getBallot(db, params.id ?? '')
  if (!found || found.status === 'draft') throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const ballot = await settleIfClosed(db, found, { baseUrl: siteOrigin(request) })
  const phase = ballotPhase(ballot, new Date())
  // Closed but not yet counted (a vote still on its way into the urn): the page says so and refreshes itself.
  if (phase === 'closed') return { counting: true as const, id: ballot.id, title: ballot.title }
  if (phase !== 'published') throw new Response(translateFor(request, 'The result is published when voting has closed and the votes are counted.'), { status: 404 })
  return {
    counting: false as const,
    id: ballot.id,
    title: ballot.title,
    kind: ballot.kind,
    counted: formatLondon(ballot.countedAt!, localeOf(request)),
    commitment: ballot.commitment,
    counts: { electorate: ballot.electorateCount ?? 0, voted: ballot.votedCount ?? 0, papers: ballot.papersCount },
    result: ballot.result as MotionResult | ElectionResult,
    electorate: await electorateSummary(db, ballot, localeOf(request), { count: false }),
  }
}

export default function ResultsPage() {
  const page = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  useRefreshWhile(page.counting)
  if (page.counting) {
    return (
      <div className="narrow">
        <Link to={`/ballots/${page.id}`} className="back-link">
          {page.title}
        </Link>
        <span className="caption">{t('Result')}</span>
        <h1>{page.title}</h1>
        <p role="status">{t('Voting has closed and the votes are being counted. The result appears here in a few seconds.')}</p>
        <p>
          <Link to={`/ballots/${page.id}/results`} reloadDocument>
            {t('Refresh')}
          </Link>
        </p>
      </div>
    )
  }
  const { id, title, kind, counted, commitment, counts, result, electorate } = page
  if (isUnopposed(result)) return <UnopposedOutcome id={id} title={title} counted={counted} result={result} scope={electorate.scope} />
  return (
    <>
      <Link to="/ballots" className="back-link">
        {t('Ballots')}
      </Link>
      <span className="caption">{t('Result · counted {when}', { when: counted })}</span>
      <h1>{title}</h1>
      <ElectorateLine {...electorate} />
      {kind === 'motion' ? <MotionOutcome r={result as MotionResult} /> : <ElectionOutcome r={result as ElectionResult} />}
      <p>
        <Link to={`/ballots/${id}/report`} data-testid="report-link">
          {t('Returning officer’s report')}
        </Link>{' '}
        ({t('to print or file with the minutes')})
      </p>
      <h2>{t('Check it yourself')}</h2>
      <p>
        <Link to={`/ballots/${id}/verify`}>{t('Check your receipt')}</Link> · <Link to={`/ballots/${id}/receipts`}>{t('every receipt')}</Link> ·{' '}
        <a href={`/ballots/${id}/papers.json`}>{t('anonymised papers (JSON)')}</a>
        {kind === 'election' ? (
          <>
            {' · '}
            <a href={`/ballots/${id}/ballots.blt`}>{t('BLT file for any STV program')}</a>
          </>
        ) : null}
      </p>
      <p>
        {t('{electorate} on the electorate · {voted} marked as having voted · {papers, plural, one {# paper} other {# papers}} counted', {
          electorate: displayVotes(counts.electorate, locale),
          voted: displayVotes(counts.voted, locale),
          papers: counts.papers,
        })}
      </p>
      <p className="meta fingerprint">
        {t('Commitment, published at close before the count:')} <code>{commitment}</code>
      </p>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: args.data?.title ? t('Result: {title} — Chorus', { title: args.data.title }) : t('Result — Chorus') }]
}
