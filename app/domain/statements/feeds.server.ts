import { desc, inArray } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { statements } from '../../../db/schema/index.ts'
import { buildAtom, buildJsonFeed, buildRss2, FEED_CONTENT_TYPES, type FeedItem } from '../../utils/feeds.ts'
import { storedHtml } from './stored-html.ts'

export type FeedFormat = keyof typeof FEED_CONTENT_TYPES
const EXTENSION: Record<FeedFormat, string> = { rss: 'xml', atom: 'atom', json: 'json' }

/**
 * The profession's current positions, newest first: adopted statements and those under review.
 * A new version moves a statement up (its `updated` date), so readers see revisions too.
 */
export async function statementsFeed(db: Db, input: { format: FeedFormat; origin: string }) {
  const rows = await db
    .select()
    .from(statements)
    .where(inArray(statements.status, ['adopted', 'under_review']))
    .orderBy(desc(statements.updatedAt))
    .limit(50)
  const items: FeedItem[] = rows.map((s) => {
    const url = `${input.origin}/statements/${s.slug}`
    return {
      id: url,
      url,
      title: s.title,
      summary: s.summary,
      contentHtml: storedHtml(s),
      published: s.adoptedAt ?? s.createdAt,
      updated: s.version > 1 ? s.updatedAt : undefined,
      authorName: 'Chorus',
      tags: s.topics,
    }
  })
  const meta = {
    title: 'Chorus position statements',
    description: 'What the social work profession says with one voice: position statements adopted by Chorus.',
    siteUrl: `${input.origin}/statements`,
    feedUrl: `${input.origin}/statements/feed.${EXTENSION[input.format]}`,
    authorName: 'Chorus',
  }
  const body = input.format === 'rss' ? buildRss2(meta, items) : input.format === 'atom' ? buildAtom(meta, items) : buildJsonFeed(meta, items)
  return { body, contentType: FEED_CONTENT_TYPES[input.format] }
}
