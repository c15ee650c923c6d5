import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useRouteLoaderData, useSearchParams } from '@remix-run/react'
import { Notice } from '~/components/panels'
import { getHomeFigures } from '~/domain/site/site.server'
import { db } from '~/utils/db.server'
import type { RootData } from '~/root'

export async function loader(_: LoaderFunctionArgs) {
  return getHomeFigures(db)
}

export default function HomePage() {
  const figures = useLoaderData<typeof loader>()
  const root = useRouteLoaderData<RootData>('root')
  const [params] = useSearchParams()
  return (
    <>
      {params.get('deleted') === '1' ? (
        <Notice tone="success">
          <p>Your account is deleted and your personal details are erased. Thank you for being part of Chorus.</p>
        </Notice>
      ) : null}
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading">One voice for social work</h1>
        <p className="lead">
          Social workers are too often blamed in public and rarely heard. Chorus is the national professional body that speaks for
          the profession — with evidence, quickly, and with the authority of its members.
        </p>
        {root?.user ? (
          <Link to="/account" className="button button--primary button--large">
            Go to your account
          </Link>
        ) : (
          <div className="button-group">
            <Link to="/join" className="button button--primary button--large">
              Join Chorus
            </Link>
            <Link to="/login" className="button button--secondary button--large">
              Sign in
            </Link>
          </div>
        )}
      </section>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What Chorus does</h2>
        <ul className="card-grid">
          <li className="card">
            <h3>Join and belong</h3>
            <p>Registered social workers in all four nations join with their regulator number and pay dues online.</p>
          </li>
          <li className="card">
            <h3>Vote on what we say</h3>
            <p>Members elect officers and decide motions in secret ballots that anyone can recount.</p>
          </li>
          <li className="card">
            <h3>Position statements</h3>
            <p>Officers consult members before Chorus takes a public position on caseloads, funding or case review reform.</p>
          </li>
          <li className="card">
            <h3>Rapid response</h3>
            <p>When a story breaks, our press office briefs journalists within minutes, so the profession's view is in the first report.</p>
          </li>
        </ul>
      </section>
      <p className="figure">
        <strong>{figures.members.toLocaleString('en-GB')}</strong> {figures.members === 1 ? 'member has' : 'members have'} an account
        with Chorus.
      </p>
    </>
  )
}

export const meta: MetaFunction = () => [
  { title: 'Chorus — the voice of social work' },
  { name: 'description', content: 'The national professional body for social workers: join, vote, and be heard.' },
]
