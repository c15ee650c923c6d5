import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listRoster } from '~/domain/press/spokespeople.server'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  return { roster: await listRoster(db, new Date()) }
}

export default function OfficerSpokespeoplePage() {
  const { roster } = useLoaderData<typeof loader>()
  return (
    <>
      <Link to="/officer" className="back-link">
        Officer dashboard
      </Link>
      <h1>Spokespeople</h1>
      <p className="lead">Members and officers who speak to journalists for Chorus. Active spokespeople appear in the press room with their availability.</p>
      <p>
        <Link to="/officer/spokespeople/new" className="button button--primary">
          Add a spokesperson
        </Link>{' '}
        <Link to="/press/spokespeople">See the public roster</Link>
      </p>
      {roster.length === 0 ? (
        <p>Nobody is on the roster yet.</p>
      ) : (
        <DataTable columns={['Name', 'Topics', 'Availability', 'Status']}>
          {roster.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/officer/spokespeople/${s.id}`}>{s.name}</Link>
                <div className="meta">
                  {s.role} · {s.email}
                </div>
              </td>
              <td>{s.topics.join(', ')}</td>
              <td>{s.active ? s.availabilityLabel : '—'}</td>
              <td>
                {s.active ? <span className="tag tag--green">Active</span> : <span className="tag tag--grey">Stood down</span>}{' '}
                {s.mediaTrained ? <span className="tag tag--blue">Media trained</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Spokespeople — Chorus' }]
