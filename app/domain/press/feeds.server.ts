import type { Db } from '../../../db/client.server.ts'
import { buildAtom, buildJsonFeed, buildRss2, FEED_CONTENT_TYPES, type FeedItem } from '~/utils/feeds.ts'
import { languageTag, type Locale, pathIn } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { storedHtml } from '~/domain/statements/stored-html.ts'
import { listLiftedBriefings } from './public.server.ts'
import { isPressTopic, PRESS_TOPICS, topicLabel } from './topics.ts'

export type FeedFormat = keyof typeof FEED_CONTENT_TYPES
const EXTENSION: Record<FeedFormat, string> = { rss: 'xml', atom: 'atom', json: 'json' }

/**
 * The press room's feed (all topics, or one), built at request time from lifted briefings only,
 * in the language of the address it was asked for (`/cy/press/feed.xml` is Welsh: its title,
 * description and links to the Welsh pages).
 */
export async function pressFeed(db: Db, input: { format: FeedFormat; topic?: string; now: Date; origin: string; locale?: Locale }) {
  const locale = input.locale ?? 'en'
  const t = (message: string, values?: Record<string, string>) => translate(locale, message, values)
  const page = (path: string) => `${input.origin}${pathIn(locale, path)}`
  if (input.topic !== undefined && !isPressTopic(input.topic)) return null
  const rows = await listLiftedBriefings(db, { now: input.now, topic: input.topic, limit: 50 })
  const items: FeedItem[] = rows.map((b) => {
    const url = page(`/press/${b.slug}`)
    return {
      id: url,
      url,
      title: b.headline,
      summary: b.standfirst || undefined,
      contentHtml: storedHtml(b),
      published: b.publishedAt!,
      updated: b.correctedAt ?? undefined,
      authorName: t(msg('Chorus press office')),
      tags: b.topics.map((topic) => t(topicLabel(topic))),
    }
  })
  const path = input.topic ? `/press/topics/${input.topic}/feed.${EXTENSION[input.format]}` : `/press/feed.${EXTENSION[input.format]}`
  const meta = {
    title: input.topic ? t(msg('Chorus press briefings: {topic}'), { topic: t(PRESS_TOPICS[input.topic as keyof typeof PRESS_TOPICS]) }) : t(msg('Chorus press briefings')),
    description: t(msg('Rapid-response press briefings from Chorus, the national professional body for social workers.')),
    siteUrl: input.topic ? page(`/press?topic=${input.topic}`) : page('/press'),
    feedUrl: page(path),
    authorName: t(msg('Chorus press office')),
    language: languageTag(locale),
  }
  const body = input.format === 'rss' ? buildRss2(meta, items) : input.format === 'atom' ? buildAtom(meta, items) : buildJsonFeed(meta, items)
  return { body, contentType: FEED_CONTENT_TYPES[input.format] }
}
