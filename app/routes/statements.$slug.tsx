import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { RelatedBriefings } from '~/components/related-briefings'
import { StatementEndorse } from '~/components/statement-endorse'
import { StatementText } from '~/components/statement-text'
import { StatementVersions } from '~/components/statement-versions'
import { DomainError, statusForCode } from '~/domain/errors'
import { storedHtml } from '~/domain/statements/stored-html'
import { getConsultation, getStatement, hasEndorsed } from '~/domain/statements/officer.server'
import { endorsementsByNation, endorseStatement, getPublicStatement, listVersions, withdrawEndorsement } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { pressNow } from '~/domain/press/clock'
import { listBriefingsCitingStatement } from '~/domain/press/public.server'
import { db } from '~/utils/db.server'
import { useNonce } from '~/utils/nonce'
import { readForm, siteOrigin } from '~/utils/request.server'
import { getUser, requireUser } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

const NATION_NAMES: Record<string, string> = { england: 'England', scotland: 'Scotland', wales: 'Wales', northern_ireland: 'Northern Ireland', unknown: 'Not stated' }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const s = await getPublicStatement(db, params.slug ?? '')
  if (!s) {
    if (await getConsultation(db, params.slug ?? '')) throw redirect(`/statements/${params.slug}/consultation`)
    throw new Response('Not Found', { status: 404 })
  }
  const user = await getUser(request)
  const [versions, byNation, replacement, endorsed, briefings] = await Promise.all([
    listVersions(db, s.id),
    endorsementsByNation(db, s.id),
    s.supersededById ? getStatement(db, s.supersededById) : null,
    user ? hasEndorsed(db, { userId: user.id, statementId: s.id }) : false,
    listBriefingsCitingStatement(db, { statementId: s.id, now: pressNow() }),
  ])
  return {
    signedIn: Boolean(user),
    endorsed,
    url: `${siteOrigin(request)}/statements/${s.slug}`,
    origin: siteOrigin(request),
    supersededBy: replacement ? { slug: replacement.slug, title: replacement.title } : null,
    statement: { id: s.id, slug: s.slug, title: s.title, summary: s.summary, html: storedHtml(s), status: s.status, statusLabel: STATEMENT_STATUS_LABELS[s.status], version: s.version, adopted: s.adoptedAt?.toISOString() ?? null, reviewBy: s.reviewBy, topics: s.topics, appliesIn: s.nations.length === 0 || s.nations.length === 4 ? 'across the UK' : `in ${new Intl.ListFormat('en-GB').format(s.nations.map((n) => NATION_NAMES[n]))}`, ballotId: s.adoptionBallotId, endorsements: s.endorsementCount },
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
      return redirectBackWithFlash(request, { message: 'You no longer endorse this statement.' })
    }
    if (intent !== 'endorse') return data({ message: 'Choose whether to endorse this statement.' }, { status: 400 })
    await endorseStatement(db, { userId: user.id, statementId: s.id })
    return redirectBackWithFlash(request, { message: 'Thank you. You stand behind this statement.' })
  } catch (error) {
    if (error instanceof DomainError) return data({ message: error.message, ok: false }, { status: statusForCode[error.code] })
    throw error
  }
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' })

export default function StatementPage() {
  const { statement: s, versions, byNation, url, origin, supersededBy, signedIn, endorsed, briefings } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const nonce = useNonce()
  const jsonLd = { '@context': 'https://schema.org', '@type': 'Article', headline: s.title, description: s.summary, url, datePublished: s.adopted, version: String(s.version), publisher: { '@type': 'Organization', name: 'Chorus' } }
  return (
    <article className="statement">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <span className="caption">Position statement · {s.statusLabel}</span>
      <h1>{s.title}</h1>
      {s.status === 'superseded' ? (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>Chorus no longer holds this position as written.</strong>{' '}
            {supersededBy ? (
              <>
                It has been replaced by <Link to={`/statements/${supersededBy.slug}`}>{supersededBy.title}</Link>.
              </>
            ) : (
              'It has been replaced by a newer statement.'
            )}
          </p>
        </div>
      ) : s.status === 'withdrawn' ? (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>This statement has been withdrawn.</strong> Chorus no longer holds this position; the page is kept as a record.
          </p>
        </div>
      ) : null}
      <p className="meta">
        Version {s.version}
        {s.adopted ? ` · adopted ${day(s.adopted)}` : ''}
        {` · applies ${s.appliesIn}`}
        {s.reviewBy ? ` · to be reviewed by ${day(s.reviewBy)}` : ''}
        {s.ballotId ? (
          <>
            {' · '}
            <a href={`${origin}/ballots/${s.ballotId}/results`}>adopted by a vote of members</a>
          </>
        ) : (
          ' · adopted by officers'
        )}
      </p>
      <StatementText summary={s.summary} html={s.html} />
      <p className="meta cite">
        To cite this version: Chorus, “{s.title}”, version {s.version}
        {s.adopted ? `, ${day(s.adopted)}` : ''}. <a href={`${url}/versions/${s.version}`}>{`${url}/versions/${s.version}`}</a>
      </p>
      <StatementEndorse slug={s.slug} count={s.endorsements} byNation={byNation} open={s.status === 'adopted' || s.status === 'under_review'} signedIn={signedIn} endorsed={endorsed} result={result} />
      <RelatedBriefings briefings={briefings} />
      <StatementVersions slug={s.slug} versions={versions} />
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
