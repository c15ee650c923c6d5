import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ElectionOutcome, MotionOutcome } from '~/components/ballot-result'
import { useRefreshWhile } from '~/components/refresh'
import { getBallot, settleIfClosed } from '~/domain/voting/ballots.server'
import type { ElectionResult } from '~/domain/voting/election-count'
import { ballotPhase, type MotionResult } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'
import { displayVotes } from '~/domain/voting/result-display'
import { formatLondon } from '~/utils/london-time'
import { siteOrigin } from '~/utils/request.server'

export async function loader({ params, request }: LoaderFunctionArgs) {
  const found = await getBallot(db, params.id ?? '')
  if (!found || found.status === 'draft') throw new Response('Not Found', { status: 404 })
  const ballot = await settleIfClosed(db, found, { baseUrl: siteOrigin(request) })
  const phase = ballotPhase(ballot, new Date())
  // Closed but not yet counted (a vote still on its way into the urn): the page says so and refreshes itself.
  if (phase === 'closed') return { counting: true as const, id: ballot.id, title: ballot.title }
  if (phase !== 'published') throw new Response('The result is published when voting has closed and the votes are counted.', { status: 404 })
  return { counting: false as const, id: ballot.id, title: ballot.title, kind: ballot.kind, counted: formatLondon(ballot.countedAt!), commitment: ballot.commitment, counts: { electorate: ballot.electorateCount ?? 0, voted: ballot.votedCount ?? 0, papers: ballot.papersCount }, result: ballot.result as MotionResult | ElectionResult }
}

export default function ResultsPage() {
  const page = useLoaderData<typeof loader>()
  useRefreshWhile(page.counting)
  if (page.counting) {
    return (
      <div className="narrow">
        <Link to={`/ballots/${page.id}`} className="back-link">
          {page.title}
        </Link>
        <span className="caption">Result</span>
        <h1>{page.title}</h1>
        <p role="status">Voting has closed and the votes are being counted. The result appears here in a few seconds.</p>
        <p>
          <Link to={`/ballots/${page.id}/results`} reloadDocument>
            Refresh
          </Link>
        </p>
      </div>
    )
  }
  const { id, title, kind, counted, commitment, counts, result } = page
  return (
    <>
      <Link to="/ballots" className="back-link">
        Ballots
      </Link>
      <span className="caption">Result · counted {counted}</span>
      <h1>{title}</h1>
      {kind === 'motion' ? <MotionOutcome r={result as MotionResult} /> : <ElectionOutcome r={result as ElectionResult} />}
      <h2>Check it yourself</h2>
      <p>
        <Link to={`/ballots/${id}/verify`}>Check your receipt</Link> · <Link to={`/ballots/${id}/receipts`}>every receipt</Link> ·{' '}
        <a href={`/ballots/${id}/papers.json`}>anonymised papers (JSON)</a>
        {kind === 'election' ? (
          <>
            {' · '}
            <a href={`/ballots/${id}/ballots.blt`}>BLT file for any STV program</a>
          </>
        ) : null}
      </p>
      <p>
        {displayVotes(counts.electorate)} on the electorate · {displayVotes(counts.voted)} marked as having voted · {displayVotes(counts.papers)} {counts.papers === 1 ? 'paper' : 'papers'} counted
      </p>
      <p className="meta fingerprint">
        Commitment, published at close before the count: <code>{commitment}</code>
      </p>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Result: ${data?.title ?? 'ballot'} — Chorus` }]
