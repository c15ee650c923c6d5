import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { buildAtom, buildJsonFeed, buildRss2, cdata, escapeXml, stripInvalidXmlChars, type FeedItem, type FeedMeta } from './feeds.ts'

const HOSTILE = [
  '<script>alert("x")</script> & “quotes”',
  'Ends a CDATA section ]]> and starts one <![CDATA[',
  'Control\u0000chars\u0001\u0008\u000B\u000C\u001F\uFFFE here',
  'Emoji 🧒🏽👩‍⚕️ and a lone surrogate \uD800 end',
]

const meta: FeedMeta = {
  title: 'Chorus press briefings & <more>',
  description: 'Briefings',
  siteUrl: 'https://chorus.example/press',
  feedUrl: 'https://chorus.example/press/feed.xml',
  authorName: 'Chorus press office',
}

function items(): FeedItem[] {
  return HOSTILE.map((title, i) => ({
    id: `https://chorus.example/press/item-${i}`,
    url: `https://chorus.example/press/item-${i}`,
    title,
    summary: `Summary of ${title}`,
    contentHtml: `<p>${title.replace(/</g, '&lt;')}</p><p>Raw ]]> inside</p>`,
    published: new Date(Date.UTC(2026, 10, 20 + i, 9, 30)),
    tags: ['Serious case reviews', title],
    authorName: 'Chorus press office',
  }))
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  cdataPropName: '#cdata',
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
})
/** XML 1.0's Char production: anything else makes a document ill-formed, whatever a lenient parser says. */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

const text = (node: unknown): string => (typeof node === 'string' ? node : ((node as Record<string, string>)['#text'] ?? (node as Record<string, string>)['#cdata'] ?? ''))
const clean = (s: string) => stripInvalidXmlChars(s)

describe('XML escaping', () => {
  it('escapes markup and drops characters XML forbids, keeping emoji', () => {
    expect(escapeXml('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
    expect(stripInvalidXmlChars('a\u0000b\u0008c\td\ne\uFFFF🧒')).toBe('abc\td\ne🧒')
  })

  it('keeps CDATA one section per text, even with ]]> inside', () => {
    const parsed = new XMLParser({ cdataPropName: '#cdata' }).parse(`<x>${cdata('a ]]> b')}</x>`)
    expect([parsed.x['#cdata']].flat().join('')).toBe('a ]]> b')
  })
})

describe('RSS 2.0', () => {
  const xml = buildRss2(meta, items())
  const doc = parser.parse(xml)

  it('is well-formed XML with only legal characters', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(ILLEGAL_XML.test(xml)).toBe(false)
  })

  it('has the required channel elements and, per item, a title, link and unique guid', () => {
    expect(doc.rss['@version']).toBe('2.0')
    const channel = doc.rss.channel
    expect(text(channel.title)).toBe(meta.title)
    expect(channel.link).toEqual([meta.siteUrl])
    expect(channel['atom:link']['@rel']).toBe('self')
    expect(text(channel.description)).toBe('Briefings')
    expect(channel.item).toHaveLength(HOSTILE.length)
    channel.item.forEach((item: Record<string, unknown>, i: number) => {
      expect(text(item.title)).toBe(clean(HOSTILE[i]))
      expect(item.link).toEqual([`https://chorus.example/press/item-${i}`])
      expect(text(item.guid)).toBe(`https://chorus.example/press/item-${i}`)
      expect(new Date(text(item.pubDate)).toISOString()).toBe(new Date(Date.UTC(2026, 10, 20 + i, 9, 30)).toISOString())
      expect([(item['content:encoded'] as Record<string, unknown>)['#cdata']].flat().join('')).toContain('Raw ]]> inside')
    })
  })
})

describe('Atom 1.0 (RFC 4287)', () => {
  const xml = buildAtom(meta, items())
  const doc = parser.parse(xml)

  it('is well-formed XML with only legal characters', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(ILLEGAL_XML.test(xml)).toBe(false)
  })

  it('has the feed’s required id, title, updated, author and self link, and each entry’s id, title, updated and link', () => {
    const feed = doc.feed
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(text(feed.id)).toBe(meta.feedUrl)
    expect(text(feed.title)).toBe(meta.title)
    expect(Number.isNaN(Date.parse(text(feed.updated)))).toBe(false)
    expect(text(feed.author.name)).toBe('Chorus press office')
    expect(feed.link.map((l: Record<string, string>) => l['@rel'])).toEqual(['self', 'alternate'])
    expect(feed.entry).toHaveLength(HOSTILE.length)
    const ids = new Set<string>()
    feed.entry.forEach((entry: Record<string, unknown>, i: number) => {
      ids.add(text(entry.id))
      expect(text(entry.title)).toBe(clean(HOSTILE[i]))
      expect(text(entry.updated)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
      expect((entry.link as Record<string, string>[])[0]['@href']).toBe(`https://chorus.example/press/item-${i}`)
      expect(text(entry.content)).toContain('Raw ]]> inside')
    })
    expect(ids.size).toBe(HOSTILE.length)
  })

  it('gives an empty feed a fixed updated date', () => {
    expect(XMLValidator.validate(buildAtom(meta, []))).toBe(true)
    expect(buildAtom(meta, [])).toContain('<updated>1970-01-01T00:00:00.000Z</updated>')
  })
})

/** JSON Feed 1.1's rules (https://www.jsonfeed.org/version/1.1/), written out as a schema. */
const Author = z.object({ name: z.string().optional(), url: z.url().optional(), avatar: z.url().optional() }).refine((a) => a.name || a.url || a.avatar)
const JsonFeed11 = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string().min(1),
  home_page_url: z.url().optional(),
  feed_url: z.url().optional(),
  description: z.string().optional(),
  language: z.string().optional(),
  authors: z.array(Author).optional(),
  items: z.array(
    z
      .object({
        id: z.string().min(1),
        url: z.url().optional(),
        title: z.string().optional(),
        content_html: z.string().optional(),
        content_text: z.string().optional(),
        summary: z.string().optional(),
        date_published: z.iso.datetime({ offset: true }).optional(),
        date_modified: z.iso.datetime({ offset: true }).optional(),
        authors: z.array(Author).optional(),
        tags: z.array(z.string()).optional(),
      })
      .strict()
      .refine((i) => i.content_html !== undefined || i.content_text !== undefined, 'content_html or content_text is required'),
  ),
})

describe('JSON Feed 1.1', () => {
  it('matches the specification’s schema, hostile titles included, and keeps them as they are', () => {
    const feed = JSON.parse(buildJsonFeed(meta, items()))
    expect(JsonFeed11.safeParse(feed).error).toBeUndefined()
    expect(feed.items.map((i: { title: string }) => i.title)).toEqual(HOSTILE)
  })
})
