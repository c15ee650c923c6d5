import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { Locale } from '~/i18n/locale.ts'
import type { Db } from '../../../db/client.server.ts'
import { briefingEmbargoViews, briefings, briefingStatements, statements, type Briefing } from '../../../db/schema/index.ts'
import { isSlug } from '~/domain/statements/diff.ts'
import { listBriefingVersions, listCitations } from './briefings.server.ts'
import { isEntitled, viewFor, type Viewer } from './embargo.ts'
import { readPublicRows } from '~/utils/page-cache.server.ts'

/** The SQL twin of embargo.ts `isListed`: sent, and the lift time (if any) has passed at `now`. */
export function liftedAt(now: Date): SQL {
  return sql`(${briefings.status} in ('scheduled', 'published') and (${briefings.embargoUntil} is null or ${briefings.embargoUntil} <= ${now.toISOString()}::timestamptz))`
}

/**
 * The next moment a briefing under embargo lifts after `now`, or null: pages listing lifted
 * briefings change then with no one acting, so no cache may keep them past it.
 */
export async function nextEmbargoLift(db: Db, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string | null>`min(${briefings.embargoUntil})` })
    .from(briefings)
    .where(and(sql`${briefings.status} = 'scheduled'`, sql`${briefings.embargoUntil} > ${now.toISOString()}::timestamptz`))
  return row?.at ? new Date(row.at) : null
}

/**
 * A briefing's public page as `viewer` may see it at `now`, or null (a 404). Every view of an
 * embargoed briefing by a journalist is logged.
 */
export async function getBriefingPage(db: Db, input: { slug: string; viewer: Viewer & { userId?: string; name?: string; outlet?: string }; now: Date }) {
  if (!isSlug(input.slug)) return null
  // A briefing everyone may read is read once for all its readers for a few seconds (the page
  // cache's rule); one under embargo, or nobody's yet, is read for each request.
  const publicPage = await readPublicRows(
    `briefing:${input.slug}`,
    async () => {
      const [b] = await db.select().from(briefings).where(eq(briefings.slug, input.slug))
      if (!b || viewFor(b, { kind: 'anonymous' }, input.now) !== 'public') return null
      const [citations, versions] = await Promise.all([listCitations(db, b.id), listBriefingVersions(db, b.id)])
      return { briefing: b, citations, versions }
    },
    (page) => page !== null,
  )
  if (publicPage) {
    const view = viewFor(publicPage.briefing, input.viewer, input.now)
    return view ? { ...publicPage, view } : null
  }
  const [b] = await db.select().from(briefings).where(eq(briefings.slug, input.slug))
  if (!b) return null
  const view = viewFor(b, input.viewer, input.now)
  if (!view) return null
  if (view === 'embargoed' && input.viewer.kind === 'journalist' && input.viewer.userId) {
    await db.insert(briefingEmbargoViews).values({ briefingId: b.id, userId: input.viewer.userId, viewerName: input.viewer.name ?? '', viewerOutlet: input.viewer.outlet ?? '', viewedAt: input.now })
  }
  const [citations, versions] = await Promise.all([listCitations(db, b.id), listBriefingVersions(db, b.id)])
  return { briefing: b, view, citations, versions }
}

export interface ListInput {
  now: Date
  topic?: string
  q?: string
  limit?: number
  /** On Welsh pages a search looks in the Welsh versions too (word for word, accents folded). */
  locale?: Locale
}

/** Lifted briefings, newest first (or best match when searching): the press room, feeds, search. */
export async function listLiftedBriefings(db: Db, input: ListInput): Promise<Briefing[]> {
  const text = input.q?.trim().slice(0, 200)
  const query = text ? sql`websearch_to_tsquery('english', ${text})` : null
  const welsh = text && input.locale === 'cy' ? sql`websearch_to_tsquery('simple', chorus_unaccent(${text}))` : null
  const matches = query ? (welsh ? sql`(${briefings.search} @@ ${query} or ${briefings.searchCy} @@ ${welsh})` : sql`${briefings.search} @@ ${query}`) : undefined
  const rank = query && welsh ? sql`greatest(ts_rank(${briefings.search}, ${query}), ts_rank(${briefings.searchCy}, ${welsh}))` : sql`ts_rank(${briefings.search}, ${query})`
  return db
    .select()
    .from(briefings)
    .where(and(liftedAt(input.now), input.topic ? sql`${input.topic} = any(${briefings.topics})` : undefined, matches))
    .orderBy(query ? desc(rank) : desc(briefings.publishedAt))
    .limit(input.limit ?? 50)
}

/** Lifted briefings citing a statement, for its page. */
export function listBriefingsCitingStatement(db: Db, input: { statementId: string; now: Date }) {
  return db
    .select({ slug: briefings.slug, headline: briefings.headline, publishedAt: briefings.publishedAt })
    .from(briefingStatements)
    .innerJoin(briefings, eq(briefings.id, briefingStatements.briefingId))
    .where(and(eq(briefingStatements.statementId, input.statementId), liftedAt(input.now)))
    .orderBy(desc(briefings.publishedAt))
    .limit(10)
}

/** Everything public for /sitemap.xml: published statements and lifted briefings. */
export async function listSitemapEntries(db: Db, now: Date) {
  const [s, b] = await Promise.all([
    db
      .select({ slug: statements.slug, updatedAt: statements.updatedAt })
      .from(statements)
      .where(sql`${statements.status} in ('adopted', 'under_review', 'superseded', 'withdrawn')`)
      .orderBy(asc(statements.slug)),
    db.select({ slug: briefings.slug, updatedAt: briefings.updatedAt, publishedAt: briefings.publishedAt }).from(briefings).where(liftedAt(now)).orderBy(desc(briefings.publishedAt)),
  ])
  return [
    ...s.map((r) => ({ path: `/statements/${r.slug}`, lastModified: r.updatedAt })),
    ...b.map((r) => ({ path: `/press/${r.slug}`, lastModified: r.publishedAt && r.publishedAt > r.updatedAt ? r.publishedAt : r.updatedAt })),
  ]
}

/** Briefings under embargo right now, for those entitled to read them (approved journalists, officers). */
export async function listUnderEmbargo(db: Db, input: { viewer: Viewer; now: Date }) {
  if (!isEntitled(input.viewer)) return []
  return db
    .select({ slug: briefings.slug, headline: briefings.headline, embargoUntil: briefings.embargoUntil })
    .from(briefings)
    .where(and(sql`${briefings.status} in ('scheduled', 'published')`, sql`${briefings.embargoUntil} > ${input.now.toISOString()}::timestamptz`))
    .orderBy(asc(briefings.embargoUntil))
}
