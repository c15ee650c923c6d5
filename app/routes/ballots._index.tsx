import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listBallots } from '~/domain/voting/ballots.server'
import { ballotPhase, PHASE_LABELS } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'

export async function loader(_: LoaderFunctionArgs) {
  const now = new Date()
  const ballots = (await listBallots(db)).filter((b) => b.status !== 'cancelled')
  return {
    ballots: ballots.map((b) => {
      const phase = ballotPhase(b, now)
      return { id: b.id, title: b.title, kind: b.kind, phase, label: PHASE_LABELS[phase], opens: formatLondon(b.opensAt), closes: formatLondon(b.closesAt) }
    }),
  }
}

export default function BallotsPage() {
  const { ballots } = useLoaderData<typeof loader>()
  const groups = [
    { title: 'Open for voting', items: ballots.filter((b) => b.phase === 'open') },
    { title: 'Coming up', items: ballots.filter((b) => b.phase === 'scheduled') },
    { title: 'Results', items: ballots.filter((b) => b.phase === 'published' || b.phase === 'closed') },
  ]
  return (
    <>
      <h1>Ballots</h1>
      <p className="lead">Members decide Chorus’s motions and elect its officers. Every vote is secret and every count can be checked.</p>
      <p>
        Members can also put forward their own motions: see <Link to="/motions">member motions</Link>.
      </p>
      {groups.map((g) => (
        <section key={g.title} aria-labelledby={`group-${g.title}`}>
          <h2 id={`group-${g.title}`}>{g.title}</h2>
          {g.items.length === 0 ? (
            <p>None at the moment.</p>
          ) : (
            <ul className="card-grid">
              {g.items.map((b) => (
                <li key={b.id} className="card">
                  <span className="caption">{b.kind === 'motion' ? 'Motion' : 'Election'}</span>
                  <h3>
                    <Link to={b.phase === 'published' ? `/ballots/${b.id}/results` : `/ballots/${b.id}`}>{b.title}</Link>
                  </h3>
                  <p className="meta">{b.phase === 'scheduled' ? `Opens ${b.opens}` : b.phase === 'open' ? `Closes ${b.closes}` : b.label}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Ballots — Chorus' }]
