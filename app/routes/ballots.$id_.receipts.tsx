import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { getBallot, listPublishedPapers } from '~/domain/voting/ballots.server'
import { ballotPhase } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'

/** After the count: every receipt (ordered by fingerprint, not by time) and the chain's final hash. */
export async function loader({ params }: LoaderFunctionArgs) {
  const ballot = await getBallot(db, params.id ?? '')
  if (!ballot || ballotPhase(ballot, new Date()) !== 'published') throw new Response('Not Found', { status: 404 })
  const papers = await listPublishedPapers(db, ballot.id)
  return { id: ballot.id, title: ballot.title, kind: ballot.kind, chainHead: ballot.chainHead, receipts: papers.map((p) => p.receipt) }
}

export default function ReceiptsPage() {
  const { id, title, kind, chainHead, receipts } = useLoaderData<typeof loader>()
  return (
    <>
      <Link to={`/ballots/${id}/results`} className="back-link">
        Result of {title}
      </Link>
      <h1>Every receipt</h1>
      <p>
        {receipts.length} papers. Final fingerprint of the chain: <code>{chainHead}</code>
      </p>
      <p>
        Download the anonymised papers to check the chain and recount: <a href={`/ballots/${id}/papers.json`}>papers with their hashes (JSON)</a>
        {kind === 'election' ? (
          <>
            {' · '}
            <a href={`/ballots/${id}/ballots.blt`}>ballots in BLT format</a>
          </>
        ) : null}
      </p>
      <ul className="receipts">
        {receipts.map((r) => (
          <li key={r}>
            <code>{r}</code>
          </li>
        ))}
      </ul>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Receipts — Chorus' }]
