import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listAllBallots } from '~/domain/voting/ballots.server'
import { ballotPhase, PHASE_LABELS } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const now = new Date()
  const ballots = await listAllBallots(db)
  return {
    ballots: ballots.map((b) => ({
      id: b.id,
      title: b.title,
      kind: b.kind,
      phase: PHASE_LABELS[ballotPhase(b, now)],
      opens: formatLondon(b.opensAt),
      closes: formatLondon(b.closesAt),
      papers: b.papersCount,
      electorate: b.electorateCount,
    })),
  }
}

export default function OfficerBallots() {
  const { ballots } = useLoaderData<typeof loader>()
  return (
    <>
      <Link to="/officer" className="back-link">
        Officer dashboard
      </Link>
      <h1>Ballots</h1>
      <p>
        <Link to="/officer/ballots/new" className="button button--primary">
          Create a ballot
        </Link>
      </p>
      {ballots.length === 0 ? (
        <p>No ballots yet.</p>
      ) : (
        <DataTable columns={['Ballot', 'Status', 'Voting', 'Turnout']}>
          {ballots.map((b) => (
            <tr key={b.id}>
              <td>
                <Link to={`/officer/ballots/${b.id}`}>{b.title}</Link>
                <div className="meta">{b.kind === 'motion' ? 'Motion' : 'Election'}</div>
              </td>
              <td>{b.phase}</td>
              <td>
                {b.opens} to {b.closes}
              </td>
              <td>{b.electorate === null ? '—' : `${b.papers} of ${b.electorate}`}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Ballots — Chorus' }]
