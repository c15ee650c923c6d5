import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listMemberMotions } from '~/domain/voting/member-motions.server'
import { db } from '~/utils/db.server'

const STATUS = { gathering: 'Gathering support', awaiting_officers: 'Waiting for officers', scheduled: 'Going to a ballot', declined: 'Answered by officers' } as const

export async function loader(_: LoaderFunctionArgs) {
  const motions = await listMemberMotions(db)
  return { motions: motions.map((m) => ({ id: m.id, title: m.title, status: STATUS[m.status], supporters: m.supportCount, threshold: m.supportThreshold })) }
}

export default function MotionsPage() {
  const { motions } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>Member motions</h1>
      <p className="lead">Any member who can vote can put forward a motion. With a seconder and enough supporters, officers must put it to a ballot or answer publicly why not.</p>
      <p>
        <Link to="/motions/new" className="button button--primary">
          Propose a motion
        </Link>
      </p>
      {motions.length === 0 ? (
        <p>No member motions yet.</p>
      ) : (
        <ul className="card-grid">
          {motions.map((m) => (
            <li className="card" key={m.id}>
              <h2>
                <Link to={`/motions/${m.id}`}>{m.title}</Link>
              </h2>
              <p className="meta">
                {m.status} · {m.supporters} of {m.threshold} supporters
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Member motions — Chorus' }]
