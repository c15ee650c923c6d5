import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DomainError, statusForCode } from '~/domain/errors'
import { renderMarkdown } from '~/domain/statements/markdown'
import { endorsementsByNation, endorseStatement, getPublicStatement, listVersions, withdrawEndorsement } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { pressNow } from '~/domain/press/clock'
import { listBriefingsCitingStatement } from '~/domain/press/public.server'
import { db } from '~/utils/db.server'
import { useNonce } from '~/utils/nonce'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireUser } from '~/utils/session.server'

const NATION_NAMES: Record<string, string> = { england: 'England', scotland: 'Scotland', wales: 'Wales', northern_ireland: 'Northern Ireland', unknown: 'Not stated' }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const s = await getPublicStatement(db, params.slug ?? '')
  if (!s) throw new Response('Not Found', { status: 404 })
  const [versions, byNation, briefings] = await Promise.all([listVersions(db, s.id), endorsementsByNation(db, s.id), listBriefingsCitingStatement(db, { statementId: s.id, now: pressNow() })])
  return {
    url: `${siteOrigin(request)}/statements/${s.slug}`,
    statement: { id: s.id, slug: s.slug, title: s.title, summary: s.summary, html: renderMarkdown(s.body), status: s.status, statusLabel: STATEMENT_STATUS_LABELS[s.status], version: s.version, adopted: s.adoptedAt?.toISOString() ?? null, reviewBy: s.reviewBy, topics: s.topics, ballotId: s.adoptionBallotId, endorsements: s.endorsementCount },
    versions: versions.map((v) => ({ version: v.version, changeNote: v.changeNote, date: v.createdAt.toISOString() })),
    byNation: Object.entries(byNation).map(([nation, n]) => ({ nation: NATION_NAMES[nation] ?? nation, n })),
    briefings: briefings.map((b) => ({ slug: b.slug, headline: b.headline })),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const intent = (await readForm(request)).get('intent')
  const s = await getPublicStatement(db, params.slug ?? '')
  if (!s) throw new Response('Not Found', { status: 404 })
  try {
    if (intent === 'withdraw') {
      await withdrawEndorsement(db, { userId: user.id, statementId: s.id })
      return { message: 'You no longer endorse this statement.' }
    }
    await endorseStatement(db, { userId: user.id, statementId: s.id })
    return { message: 'Thank you. You stand behind this statement.' }
  } catch (error) {
    if (error instanceof DomainError) return data({ message: error.message }, { status: statusForCode[error.code] })
    throw error
  }
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' })

export default function StatementPage() {
  const { statement: s, versions, byNation, url, briefings } = useLoaderData<typeof loader>()
  const nonce = useNonce()
  const jsonLd = { '@context': 'https://schema.org', '@type': 'Article', headline: s.title, description: s.summary, url, datePublished: s.adopted, version: String(s.version), publisher: { '@type': 'Organization', name: 'Chorus' } }
  return (
    <article className="statement">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <span className="caption">Position statement · {s.statusLabel}</span>
      <h1>{s.title}</h1>
      <p className="lead">{s.summary}</p>
      <p className="meta">
        Version {s.version}
        {s.adopted ? ` · adopted ${day(s.adopted)}` : ''}
        {s.reviewBy ? ` · to be reviewed by ${day(s.reviewBy)}` : ''}
        {s.ballotId ? (
          <>
            {' · '}
            <Link to={`/ballots/${s.ballotId}/results`}>adopted by a vote of members</Link>
          </>
        ) : (
          ' · adopted by officers'
        )}
      </p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: s.html }} />
      <section aria-labelledby="endorse-heading" className="endorse">
        <h2 id="endorse-heading">
          {s.endorsements} {s.endorsements === 1 ? 'member stands' : 'members stand'} behind this
        </h2>
        {byNation.length ? (
          <ul className="meta">
            {byNation.map((n) => (
              <li key={n.nation}>
                {n.nation}: {n.n}
              </li>
            ))}
          </ul>
        ) : null}
        {s.status === 'adopted' || s.status === 'under_review' ? (
          <Form method="post" className="button-group">
            <button type="submit" name="intent" value="endorse" className="button button--primary">
              I stand behind this
            </button>
            <button type="submit" name="intent" value="withdraw" className="link-button link-button--dark">
              Withdraw my endorsement
            </button>
          </Form>
        ) : null}
      </section>
      {briefings.length ? (
        <section aria-labelledby="briefings-heading">
          <h2 id="briefings-heading">Related press briefings</h2>
          <ul>
            {briefings.map((b) => (
              <li key={b.slug}>
                <Link to={`/press/${b.slug}`}>{b.headline}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <ol className="versions">
          {versions.map((v) => (
            <li key={v.version}>
              Version {v.version}, {day(v.date)}: {v.changeNote}
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.statement.title} — Chorus` },
        { name: 'description', content: data.statement.summary },
        { property: 'og:title', content: data.statement.title },
        { property: 'og:description', content: data.statement.summary },
        { property: 'og:type', content: 'article' },
        { property: 'og:url', content: data.url },
        { tagName: 'link', rel: 'canonical', href: data.url },
      ]
    : [{ title: 'Statement not found — Chorus' }]
