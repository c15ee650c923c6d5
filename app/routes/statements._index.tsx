import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { listOpenConsultations } from '~/domain/statements/officer.server'
import { searchStatements } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { FeedLinks } from '~/components/press-room'
import { formatDate } from '~/i18n/format'
import { pathIn } from '~/i18n/locale'
import { metaLocale, metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { localeOf } from '~/i18n/server'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { queryText } from '~/utils/request.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams
  const q = queryText(params.get('q'), 200)
  const topic = queryText(params.get('topic'), 60)
  const locale = localeOf(request)
  const [rows, consultations] = await Promise.all([searchStatements(db, { q, topic: topic || undefined, locale }), listOpenConsultations(db)])
  return {
    consultations: consultations.map((c) => ({ slug: c.slug, title: c.title, closes: c.closesAt ? formatLondon(c.closesAt, locale) : null })),
    results: rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      status: STATEMENT_STATUS_LABELS[r.status],
      current: r.status === 'adopted' || r.status === 'under_review',
      topics: r.topics,
      endorsements: r.endorsementCount,
      adopted: r.adoptedAt ? formatDate(locale, r.adoptedAt, 'long') : null,
    })),
  }
}

export default function StatementsPage() {
  const { results, consultations } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  const t = useT()
  return (
    <>
      <h1>{t('Position statements')}</h1>
      <p className="lead">{t('What the profession says with one voice, agreed with members and kept up to date.')}</p>
      {consultations.length ? (
        <section aria-labelledby="consultations-heading" className="inset-text">
          <h2 id="consultations-heading">{t('Open for consultation')}</h2>
          <p>{t('Officers want members’ views on these drafts.')}</p>
          <ul>
            {consultations.map((c) => (
              <li key={c.slug}>
                <Link to={`/statements/${c.slug}/consultation`}>{c.title}</Link>
                {c.closes ? t(', until {date}', { date: c.closes }) : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form method="get" role="search" className="filters">
        <div className="form-group">
          <label className="label" htmlFor="q">
            {t('Search statements')}
          </label>
          <input id="q" name="q" type="search" className="input input--medium" defaultValue={params.get('q') ?? ''} />
        </div>
        {params.get('topic') ? <input type="hidden" name="topic" value={params.get('topic')!} /> : null}
        <button type="submit" className="button button--secondary">
          {t('Search')}
        </button>
      </Form>
      {params.get('topic') ? (
        <p>
          <T
            message="Topic: <strong>{topic}</strong> · <all>all topics</all>"
            values={{ topic: params.get('topic'), strong: (text: string) => <strong>{text}</strong>, all: (text: string) => <Link to="/statements">{text}</Link> }}
          />
        </p>
      ) : null}
      {results.length === 0 ? (
        <p>{t('No statements match. Try fewer or different words.')}</p>
      ) : (
        <ul className="statement-list">
          {results.map((s) => (
            <li key={s.slug} className="card">
              <h2>
                <Link to={`/statements/${s.slug}`}>{s.title}</Link>
              </h2>
              <p>{s.summary}</p>
              <p className="meta">
                <span className={`tag ${s.current ? 'tag--green' : 'tag--grey'}`}>{t(s.status)}</span> {s.adopted ? t('Adopted {date}', { date: s.adopted }) : ''} ·{' '}
                {t('{count, plural, one {# member stands} other {# members stand}} behind it', { count: s.endorsements })}
                {s.topics.map((topic) => (
                  <span key={topic}>
                    {' · '}
                    <Link to={`/statements?topic=${encodeURIComponent(topic)}`}>{topic}</Link>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">{t('Follow new statements')}</h2>
        <FeedLinks base="/statements/feed" />
      </section>
    </>
  )
}

export const meta: MetaFunction = (args) => {
  const t = metaT(args)
  const locale = metaLocale(args)
  return [
    { title: t('Position statements — Chorus') },
    { name: 'description', content: t('What social workers say with one voice, through Chorus.') },
    { tagName: 'link', rel: 'alternate', type: 'application/rss+xml', title: t('Chorus position statements ({format})', { format: 'RSS' }), href: pathIn(locale, '/statements/feed.xml') },
    { tagName: 'link', rel: 'alternate', type: 'application/atom+xml', title: t('Chorus position statements ({format})', { format: 'Atom' }), href: pathIn(locale, '/statements/feed.atom') },
    { tagName: 'link', rel: 'alternate', type: 'application/feed+json', title: t('Chorus position statements ({format})', { format: 'JSON Feed' }), href: pathIn(locale, '/statements/feed.json') },
  ]
}
