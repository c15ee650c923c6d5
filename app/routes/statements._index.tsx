import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { listOpenConsultations } from '~/domain/statements/officer.server'
import { searchStatements } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { FeedLinks } from '~/components/press-room'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { queryText } from '~/utils/request.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams
  const q = queryText(params.get('q'), 200)
  const topic = queryText(params.get('topic'), 60)
  const [rows, consultations] = await Promise.all([searchStatements(db, { q, topic: topic || undefined }), listOpenConsultations(db)])
  return {
    consultations: consultations.map((c) => ({ slug: c.slug, title: c.title, closes: c.closesAt ? formatLondon(c.closesAt) : null })),
    results: rows.map((r) => ({ slug: r.slug, title: r.title, summary: r.summary, status: STATEMENT_STATUS_LABELS[r.status], current: r.status === 'adopted' || r.status === 'under_review', topics: r.topics, endorsements: r.endorsementCount, adopted: r.adoptedAt?.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' }) ?? null })),
  }
}

export default function StatementsPage() {
  const { results, consultations } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  return (
    <>
      <h1>Position statements</h1>
      <p className="lead">What the profession says with one voice, agreed with members and kept up to date.</p>
      {consultations.length ? (
        <section aria-labelledby="consultations-heading" className="inset-text">
          <h2 id="consultations-heading">Open for consultation</h2>
          <p>Officers want members’ views on these drafts.</p>
          <ul>
            {consultations.map((c) => (
              <li key={c.slug}>
                <Link to={`/statements/${c.slug}/consultation`}>{c.title}</Link>
                {c.closes ? `, until ${c.closes}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form method="get" role="search" className="filters">
        <div className="form-group">
          <label className="label" htmlFor="q">
            Search statements
          </label>
          <input id="q" name="q" type="search" className="input input--medium" defaultValue={params.get('q') ?? ''} />
        </div>
        {params.get('topic') ? <input type="hidden" name="topic" value={params.get('topic')!} /> : null}
        <button type="submit" className="button button--secondary">
          Search
        </button>
      </Form>
      {params.get('topic') ? (
        <p>
          Topic: <strong>{params.get('topic')}</strong> · <Link to="/statements">all topics</Link>
        </p>
      ) : null}
      {results.length === 0 ? (
        <p>No statements match. Try fewer or different words.</p>
      ) : (
        <ul className="statement-list">
          {results.map((s) => (
            <li key={s.slug} className="card">
              <h2>
                <Link to={`/statements/${s.slug}`}>{s.title}</Link>
              </h2>
              <p>{s.summary}</p>
              <p className="meta">
                <span className={`tag ${s.current ? 'tag--green' : 'tag--grey'}`}>{s.status}</span> {s.adopted ? `Adopted ${s.adopted}` : ''} · {s.endorsements}{' '}
                {s.endorsements === 1 ? 'member stands' : 'members stand'} behind it
                {s.topics.map((t) => (
                  <span key={t}>
                    {' · '}
                    <Link to={`/statements?topic=${encodeURIComponent(t)}`}>{t}</Link>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Follow new statements</h2>
        <FeedLinks base="/statements/feed" />
      </section>
    </>
  )
}

export const meta: MetaFunction = () => [
  { title: 'Position statements — Chorus' },
  { name: 'description', content: 'What social workers say with one voice, through Chorus.' },
  { tagName: 'link', rel: 'alternate', type: 'application/rss+xml', title: 'Chorus position statements (RSS)', href: '/statements/feed.xml' },
  { tagName: 'link', rel: 'alternate', type: 'application/atom+xml', title: 'Chorus position statements (Atom)', href: '/statements/feed.atom' },
  { tagName: 'link', rel: 'alternate', type: 'application/feed+json', title: 'Chorus position statements (JSON Feed)', href: '/statements/feed.json' },
]
