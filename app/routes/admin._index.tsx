import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { requireRole } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'admin')
  return null
}

export default function AdminDashboard() {
  const t = useT()
  return (
    <>
      <h1>{t('Admin')}</h1>
      <p className="lead">{t('Manage who can do what in Chorus, and see every change officers and admins have made.')}</p>
      <ul className="card-grid">
        <li className="card">
          <h2>
            <Link to="/admin/users">{t('People and roles')}</Link>
          </h2>
          <p>{t('Make someone an officer, admin or journalist.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/admin/security">{t('Sign-in security')}</Link>
          </h2>
          <p>{t('Who must use two-step verification to sign in.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/admin/tiers">{t('Membership types and dues')}</Link>
          </h2>
          <p>{t('Prices, voting rights and which types are open to new members.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/admin/outbox">{t('Outbox')}</Link>
          </h2>
          <p>{t('Emails waiting to send, and any that failed, with a way to retry them.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/admin/audit">{t('Audit log')}</Link>
          </h2>
          <p>{t('Who changed what, and when. Entries can never be edited or removed.')}</p>
        </li>
      </ul>
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Admin — Chorus') }]
