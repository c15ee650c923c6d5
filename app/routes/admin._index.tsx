import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { requireRole } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'admin')
  return null
}

export default function AdminDashboard() {
  return (
    <>
      <h1>Admin</h1>
      <p className="lead">Manage who can do what in Chorus, and see every change officers and admins have made.</p>
      <ul className="card-grid">
        <li className="card">
          <h2>
            <Link to="/admin/users">People and roles</Link>
          </h2>
          <p>Make someone an officer, admin or journalist.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/admin/security">Sign-in security</Link>
          </h2>
          <p>Who must use two-step verification to sign in.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/admin/tiers">Membership types and dues</Link>
          </h2>
          <p>Prices, voting rights and which types are open to new members.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/admin/outbox">Outbox</Link>
          </h2>
          <p>Emails waiting to send, and any that failed, with a way to retry them.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/admin/audit">Audit log</Link>
          </h2>
          <p>Who changed what, and when. Entries can never be edited or removed.</p>
        </li>
      </ul>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Admin — Chorus' }]
