import type { Db } from '../../../db/client.server.ts'
import { buildAtom, buildJsonFeed, buildRss2, FEED_CONTENT_TYPES, type FeedItem } from '../../utils/feeds.ts'
import { storedHtml } from '../statements/stored-html.ts'
import { listLiftedBriefings } from './public.server.ts'
import { isPressTopic, PRESS_TOPICS, topicLabel } from './topics.ts'

export type FeedFormat = keyof typeof FEED_CONTENT_TYPES
const EXTENSION: Record<FeedFormat, string> = { rss: 'xml', atom: 'atom', json: 'json' }

/** The press room's feed (all topics, or one), built at request time from lifted briefings only. */
export async function pressFeed(db: Db, input: { format: FeedFormat; topic?: string; now: Date; origin: string }) {
  if (input.topic !== undefined && !isPressTopic(input.topic)) return null
  const rows = await listLiftedBriefings(db, { now: input.now, topic: input.topic, limit: 50 })
  const items: FeedItem[] = rows.map((b) => {
    const url = `${input.origin}/press/${b.slug}`
    return {
      id: url,
      url,
      title: b.headline,
      summary: b.standfirst || undefined,
      contentHtml: storedHtml(b),
      published: b.publishedAt!,
      updated: b.correctedAt ?? undefined,
      authorName: 'Chorus press office',
      tags: b.topics.map(topicLabel),
    }
  })
  const path = input.topic ? `/press/topics/${input.topic}/feed.${EXTENSION[input.format]}` : `/press/feed.${EXTENSION[input.format]}`
  const meta = {
    title: input.topic ? `Chorus press briefings: ${PRESS_TOPICS[input.topic as keyof typeof PRESS_TOPICS]}` : 'Chorus press briefings',
    description: 'Rapid-response press briefings from Chorus, the national professional body for social workers.',
    siteUrl: input.topic ? `${input.origin}/press?topic=${input.topic}` : `${input.origin}/press`,
    feedUrl: `${input.origin}${path}`,
    authorName: 'Chorus press office',
  }
  const body = input.format === 'rss' ? buildRss2(meta, items) : input.format === 'atom' ? buildAtom(meta, items) : buildJsonFeed(meta, items)
  return { body, contentType: FEED_CONTENT_TYPES[input.format] }
}
