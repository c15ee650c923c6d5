import type { LoaderFunctionArgs } from '@remix-run/node'
import { pressFeed, type FeedFormat } from '~/domain/press/feeds.server'
import { pressNow } from '~/domain/press/clock'
import { statementsFeed } from '~/domain/statements/feeds.server'
import { localeOf } from '~/i18n/locale.ts'
import { db } from './db.server.ts'
import { siteOrigin } from './request.server.ts'
import { nextEmbargoLift } from '~/domain/press/public.server'
import { publicCacheControl } from './page-cache.server.ts'
import { applySecurityHeaders } from './security-headers.server.ts'

function feedResponse(feed: { body: string; contentType: string } | null, changesAt: Date | null = null, now = new Date()) {
  if (!feed) throw new Response('Not Found', { status: 404 })
  // Feeds list only what is public (lifted briefings, published statements) and are alike for
  // everyone; the server's page cache adds the ETag and keeps the feed for a surge.
  const headers = applySecurityHeaders(new Headers({ 'Content-Type': feed.contentType, 'Cache-Control': publicCacheControl(changesAt, now) }))
  return new Response(feed.body, { headers })
}

/** The loader behind every press feed route: one per format, optionally per topic. */
export function pressFeedLoader(format: FeedFormat) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const now = pressNow()
    const [feed, nextLift] = await Promise.all([pressFeed(db, { format, topic: params.topic, now, origin: siteOrigin(request), locale: localeOf(request) }), nextEmbargoLift(db, now)])
    // The feed gains a briefing at its lift with no one acting: no cache keeps it past then.
    return feedResponse(feed, nextLift, now)
  }
}

/** The loader behind the statement feeds, one per format. */
export function statementsFeedLoader(format: FeedFormat) {
  return async ({ request }: LoaderFunctionArgs) => feedResponse(await statementsFeed(db, { format, origin: siteOrigin(request), locale: localeOf(request) }))
}
