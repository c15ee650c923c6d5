import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireRole } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  return { name: officer.name }
}

export default function OfficerDashboard() {
  const { name } = useLoaderData<typeof loader>()
  return (
    <>
      <span className="caption">Signed in as {name}</span>
      <h1>Officer dashboard</h1>
      <p className="lead">Statements, consultations, ballots and press briefings will be managed from here.</p>
      <div className="empty-state">
        <h2>Nothing needs your attention</h2>
        <p>There are no drafts, open consultations, ballots or briefings yet.</p>
      </div>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Officer dashboard — Chorus' }]
