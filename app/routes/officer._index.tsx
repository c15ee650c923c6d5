import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listVerificationQueue } from '~/domain/membership/officers.server'
import { countStatementsNeedingAttention } from '~/domain/statements/officer.server'
import { countActiveEnquiries } from '~/domain/press/enquiries.server'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const [queue, statements, enquiries] = await Promise.all([listVerificationQueue(db), countStatementsNeedingAttention(db), countActiveEnquiries(db)])
  return { name: officer.name, waiting: queue.length, statements, enquiries }
}

export default function OfficerDashboard() {
  const { name, waiting, statements, enquiries } = useLoaderData<typeof loader>()
  return (
    <>
      <span className="caption">Signed in as {name}</span>
      <h1>Officer dashboard</h1>
      <p className="lead">Members, registration checks, position statements and ballots.</p>
      <ul className="card-grid">
        <li className="card">
          <h2>
            <Link to="/officer/verifications">Registration numbers to verify</Link>
          </h2>
          <p>{waiting === 0 ? 'Nothing waiting.' : `${waiting} waiting for a check.`}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/statements">Position statements</Link>
          </h2>
          <p>
            Draft, consult members, adopt and review.{' '}
            {[statements.consultations ? `${statements.consultations} open for consultation` : null, statements.reviewDue ? `${statements.reviewDue} due for review` : null].filter(Boolean).join(', ') || 'Nothing due for review.'}
          </p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/ballots">Ballots</Link>
          </h2>
          <p>Create motions and elections; they open and close on time by themselves.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/press">Press briefings</Link>
          </h2>
          <p>Rapid responses in three steps: choose the situation, write, publish or embargo.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/journalists">Press accounts</Link>
          </h2>
          <p>Approve journalists so they can read briefings under embargo.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/members">Members</Link>
          </h2>
          <p>Search, filter and download the membership list.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/enquiries">Media enquiries</Link>
          </h2>
          <p>{enquiries === 0 ? 'Nothing waiting for an answer.' : `${enquiries} waiting for an answer, nearest deadline first.`}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/spokespeople">Spokespeople</Link>
          </h2>
          <p>Who speaks for Chorus, on what, and when they can take a call.</p>
        </li>
      </ul>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Officer dashboard — Chorus' }]
