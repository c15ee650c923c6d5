import { desc, inArray } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { statements } from '../../../db/schema/index.ts'
import { buildAtom, buildJsonFeed, buildRss2, FEED_CONTENT_TYPES, type FeedItem } from '~/utils/feeds.ts'
import { type Locale, pathIn } from '~/i18n/locale.ts'
import { translate } from '~/i18n/translate.ts'
import { storedHtml } from './stored-html.ts'

export type FeedFormat = keyof typeof FEED_CONTENT_TYPES
const EXTENSION: Record<FeedFormat, string> = { rss: 'xml', atom: 'atom', json: 'json' }

/**
 * The profession's current positions, newest first: adopted statements and those under review.
 * A new version moves a statement up (its `updated` date), so readers see revisions too. The
 * feed's own title, description and links are in `locale` (the statements are as written).
 */
export async function statementsFeed(db: Db, input: { format: FeedFormat; origin: string; locale?: Locale }) {
  const locale = input.locale ?? 'en'
  const at = (path: string) => `${input.origin}${pathIn(locale, path)}`
  const rows = await db
    .select()
    .from(statements)
    .where(inArray(statements.status, ['adopted', 'under_review']))
    .orderBy(desc(statements.updatedAt))
    .limit(50)
  const items: FeedItem[] = rows.map((s) => {
    const url = at(`/statements/${s.slug}`)
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
    title: translate(locale, 'Chorus position statements'),
    description: translate(locale, 'What the social work profession says with one voice: position statements adopted by Chorus.'),
    siteUrl: at('/statements'),
    feedUrl: at(`/statements/feed.${EXTENSION[input.format]}`),
    authorName: 'Chorus',
  }
  const body = input.format === 'rss' ? buildRss2(meta, items) : input.format === 'atom' ? buildAtom(meta, items) : buildJsonFeed(meta, items)
  return { body, contentType: FEED_CONTENT_TYPES[input.format] }
}
