import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { getBallot, getPublishedRecord } from '~/domain/voting/ballots.server'
import { db } from '~/utils/db.server'

/** After the count: the counts that must agree, the commitment, and every receipt in sorted order. */
export async function loader({ params }: LoaderFunctionArgs) {
  const ballot = await getBallot(db, params.id ?? '')
  const record = ballot?.countedAt ? await getPublishedRecord(db, ballot.id) : null
  if (!ballot || !record) throw new Response('Not Found', { status: 404 })
  return { id: ballot.id, title: ballot.title, kind: ballot.kind, commitment: record.commitment, counts: record.counts, receipts: record.receipts }
}

export default function ReceiptsPage() {
  const { id, title, kind, commitment, counts, receipts } = useLoaderData<typeof loader>()
  const agree = counts.voted === counts.receipts && counts.receipts === counts.papers && counts.voted <= counts.electorate
  return (
    <>
      <Link to={`/ballots/${id}/results`} className="back-link">
        Result of {title}
      </Link>
      <h1>Every receipt</h1>
      <dl className="summary-list" data-testid="record-counts">
        <div className="summary-list__row">
          <dt>On the electorate</dt>
          <dd>{counts.electorate}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Marked as having voted</dt>
          <dd>{counts.voted}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Receipts</dt>
          <dd>{counts.receipts}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Papers counted</dt>
          <dd>{counts.papers}</dd>
        </div>
      </dl>
      <p role="status">{agree ? 'These numbers agree.' : 'These numbers do not agree: the returning officer has been told and will explain.'}</p>
      <p className="fingerprint">
        Commitment, published at close before the count: <code>{commitment}</code>
      </p>
      <p>
        Receipts are listed in sorted order and papers in a random order, so neither says when anyone voted, and no receipt is linked to a paper. Download the record to check it
        yourself with <code>npm run verify-ballot</code>: <a href={`/ballots/${id}/papers.json`}>the public record (JSON)</a>
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
