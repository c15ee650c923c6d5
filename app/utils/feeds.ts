/**
 * RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed 1.1 from one item shape. Content-agnostic: any
 * list of dated, linked items (press briefings, statements) can be published with it.
 */

export interface FeedItem {
  /** A permanent, unique id; usually the item's URL. */
  id: string
  url: string
  title: string
  summary?: string
  /** Trusted, already sanitised HTML. */
  contentHtml?: string
  published: Date
  updated?: Date
  authorName?: string
  tags?: string[]
}

export interface FeedMeta {
  title: string
  description: string
  /** The page the feed belongs to. */
  siteUrl: string
  /** This feed's own URL. */
  feedUrl: string
  /** Defaults to feedUrl. */
  id?: string
  language?: string
  authorName: string
  /** Defaults to the newest item's date (or the epoch for an empty feed, so the output is stable). */
  updated?: Date
}

/**
 * Removes what XML 1.0 forbids: control characters other than tab, newline and carriage return,
 * lone surrogates, U+FFFE and U+FFFF. Applied to every string that goes into XML.
 */
export function stripInvalidXmlChars(value: string) {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
}

export function escapeXml(value: string) {
  return stripInvalidXmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** A CDATA section that stays one, whatever the text holds (`]]>` is split across two sections). */
export function cdata(value: string) {
  return `<![CDATA[${stripInvalidXmlChars(value).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

function updatedOf(meta: FeedMeta, items: FeedItem[]) {
  if (meta.updated) return meta.updated
  const times = items.map((i) => (i.updated ?? i.published).getTime())
  return new Date(times.length ? Math.max(...times) : 0)
}

const el = (name: string, value: string | undefined) => (value === undefined || value === '' ? '' : `<${name}>${escapeXml(value)}</${name}>`)

export function buildRss2(meta: FeedMeta, items: FeedItem[]) {
  const channel = [
    el('title', meta.title),
    el('link', meta.siteUrl),
    el('description', meta.description),
    el('language', meta.language ?? 'en-GB'),
    el('lastBuildDate', updatedOf(meta, items).toUTCString()),
    `<atom:link href="${escapeXml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items.map((item) =>
      [
        '<item>',
        el('title', item.title),
        el('link', item.url),
        `<guid isPermaLink="${item.id === item.url}">${escapeXml(item.id)}</guid>`,
        el('pubDate', item.published.toUTCString()),
        el('description', item.summary ?? ''),
        item.contentHtml ? `<content:encoded>${cdata(item.contentHtml)}</content:encoded>` : '',
        ...(item.tags ?? []).map((t) => el('category', t)),
        item.authorName ? el('dc:creator', item.authorName) : '',
        '</item>',
      ].join(''),
    ),
  ]
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel.join('')}</channel></rss>\n`
}

export function buildAtom(meta: FeedMeta, items: FeedItem[]) {
  const parts = [
    el('id', meta.id ?? meta.feedUrl),
    `<title type="text">${escapeXml(meta.title)}</title>`,
    `<subtitle type="text">${escapeXml(meta.description)}</subtitle>`,
    el('updated', updatedOf(meta, items).toISOString()),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(meta.feedUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(meta.siteUrl)}"/>`,
    `<author><name>${escapeXml(meta.authorName)}</name></author>`,
    ...items.map((item) =>
      [
        '<entry>',
        el('id', item.id),
        `<title type="text">${escapeXml(item.title)}</title>`,
        `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
        el('published', item.published.toISOString()),
        el('updated', (item.updated ?? item.published).toISOString()),
        item.authorName ? `<author><name>${escapeXml(item.authorName)}</name></author>` : '',
        item.summary ? `<summary type="text">${escapeXml(item.summary)}</summary>` : '',
        item.contentHtml ? `<content type="html">${escapeXml(item.contentHtml)}</content>` : '',
        ...(item.tags ?? []).map((t) => `<category term="${escapeXml(t)}"/>`),
        '</entry>',
      ].join(''),
    ),
  ]
  return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(meta.language ?? 'en-GB')}">${parts.join('')}</feed>\n`
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function buildJsonFeed(meta: FeedMeta, items: FeedItem[]) {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.siteUrl,
    feed_url: meta.feedUrl,
    description: meta.description,
    language: meta.language ?? 'en-GB',
    authors: [{ name: meta.authorName }],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      ...(item.contentHtml ? { content_html: item.contentHtml } : { content_text: item.summary ?? item.title }),
      ...(item.summary ? { summary: item.summary } : {}),
      date_published: item.published.toISOString(),
      ...(item.updated ? { date_modified: item.updated.toISOString() } : {}),
      ...(item.authorName ? { authors: [{ name: item.authorName }] } : {}),
      ...(item.tags?.length ? { tags: item.tags } : {}),
    })),
  }
  return JSON.stringify(feed, null, 2)
}

export const FEED_CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const
