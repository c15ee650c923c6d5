import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { getBallot, settleIfClosed } from '~/domain/voting/ballots.server'
import type { ElectionResult } from '~/domain/voting/election-count'
import { ballotPhase, type MotionResult } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { siteOrigin } from '~/utils/request.server'

export async function loader({ params, request }: LoaderFunctionArgs) {
  const found = await getBallot(db, params.id ?? '')
  if (!found || found.status === 'draft') throw new Response('Not Found', { status: 404 })
  const ballot = await settleIfClosed(db, found, { baseUrl: siteOrigin(request) })
  if (ballotPhase(ballot, new Date()) !== 'published') throw new Response('The result is published when voting has closed and the votes are counted.', { status: 404 })
  return { id: ballot.id, title: ballot.title, kind: ballot.kind, counted: formatLondon(ballot.countedAt!), commitment: ballot.commitment, counts: { electorate: ballot.electorateCount ?? 0, voted: ballot.votedCount ?? 0, papers: ballot.papersCount }, result: ballot.result as MotionResult | ElectionResult }
}

/** A bar drawn in SVG: sized by attributes, which the strict CSP allows (inline styles it does not). */
function Bar({ percent, tone }: { percent: number; tone: 'for' | 'against' | 'abstain' }) {
  return (
    <svg className={`bars__bar bars__bar--${tone}`} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width={Math.max(percent, 0.5)} height="10" />
    </svg>
  )
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10)

function MotionOutcome({ r }: { r: MotionResult }) {
  const decided = r.for + r.against
  return (
    <>
      <p className={`outcome ${r.passed ? 'outcome--passed' : 'outcome--failed'}`}>{r.passed ? 'Carried' : 'Not carried'}</p>
      <div className="bars" role="img" aria-label={`For ${r.for}, against ${r.against}, abstain ${r.abstain}`}>
        {(['for', 'against', 'abstain'] as const).map((k) => (
          <div className="bars__row" key={k}>
            <span className="bars__label">{k === 'for' ? 'For' : k === 'against' ? 'Against' : 'Abstain'}</span>
            <Bar percent={percent(r[k], r.cast)} tone={k} />
            <span className="bars__value">
              {r[k]} ({percent(r[k], r.cast)}%)
            </span>
          </div>
        ))}
      </div>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Needed to pass</dt>
          <dd>
            {r.threshold === 'two_thirds' ? 'Two thirds' : 'More than half'} of the {decided} votes for or against
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Turnout</dt>
          <dd>
            {r.cast} of {r.electorate} members ({r.turnoutPercent}%)
            {r.quorumPercent !== null ? ` — quorum of ${r.quorumPercent}% ${r.quorumMet ? 'met' : 'not met'}` : ''}
          </dd>
        </div>
      </dl>
    </>
  )
}

function ElectionOutcome({ r }: { r: ElectionResult }) {
  const last = r.rounds[r.rounds.length - 1]
  const max = Math.max(r.quota, ...Object.values(last?.tallies ?? {}).map(Number))
  return (
    <>
      <h2>Elected</h2>
      <ol className="elected">
        {r.elected.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ol>
      <p>
        {r.papers} papers from {r.electorate} members; quota {r.quota} votes (Droop: valid papers ÷ ({r.seats} + 1), plus one).
        {r.tieBrokenByLot ? ' A tie was broken by lot, seeded by the final fingerprint so anyone can repeat it.' : ''}
      </p>
      <h2>Votes at the last stage</h2>
      <div className="bars" role="img" aria-label={`Final stage: ${Object.entries(last?.tallies ?? {}).map(([n, v]) => `${n} ${v}`).join(', ')}; quota ${r.quota}`}>
        {Object.entries(last?.tallies ?? {}).map(([name, votes]) => (
          <div className="bars__row" key={name}>
            <span className="bars__label">{name}</span>
            <Bar percent={percent(Number(votes), max)} tone={r.elected.includes(name) ? 'for' : 'abstain'} />
            <span className="bars__value">
              {votes}
              {r.elected.includes(name) ? ' — elected' : ''}
            </span>
          </div>
        ))}
      </div>
      <h2>Every stage of the count</h2>
      <div className="table-wrap">
        <table className="table table--numbers">
          <caption className="visually-hidden">Votes for each candidate at each stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">What happened</th>
              {r.candidates.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
              <th scope="col">Non-transferable</th>
            </tr>
          </thead>
          <tbody>
            {r.rounds.map((round, i) => (
              <tr key={i}>
                <td>{round.stage}</td>
                <td>
                  {round.action === 'elect' ? 'First preferences' : round.action === 'transfer-surplus' ? `Surplus of ${round.candidates.join(', ')} transferred` : round.action === 'exclude' ? `${round.candidates.join(', ')} excluded` : 'Remaining candidates elected'}
                  {round.elected.length ? ` — elected: ${round.elected.join(', ')}` : ''}
                </td>
                {r.candidates.map((c) => (
                  <td key={c}>{round.tallies[c] ?? '—'}</td>
                ))}
                <td>{round.nonTransferable}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

export default function ResultsPage() {
  const { id, title, kind, counted, commitment, counts, result } = useLoaderData<typeof loader>()
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
        {counts.electorate} on the electorate · {counts.voted} marked as having voted · {counts.papers} papers counted
      </p>
      <p className="meta fingerprint">
        Commitment, published at close before the count: <code>{commitment}</code>
      </p>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Result: ${data?.title ?? 'ballot'} — Chorus` }]
