import { eq } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import * as briefingPage from '../../app/routes/press.$slug.tsx'
import * as pressRoom from '../../app/routes/press._index.tsx'
import * as rss from '../../app/routes/press.feed[.]xml.ts'
import * as atom from '../../app/routes/press.feed[.]atom.ts'
import * as json from '../../app/routes/press.feed[.]json.ts'
import * as topicRss from '../../app/routes/press.topics.$topic.feed[.]xml.ts'
import * as topicAtom from '../../app/routes/press.topics.$topic.feed[.]atom.ts'
import * as topicJson from '../../app/routes/press.topics.$topic.feed[.]json.ts'
import * as sitemap from '../../app/routes/sitemap[.]xml.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { getBriefing } from '../../app/domain/press/briefings.server.ts'
import { setPressClock } from '../../app/domain/press/clock.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import type { Db } from '../../db/client.server.ts'
import { briefingEmbargoViews } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createJournalist, sendBriefing } from '../helpers/press.ts'
import { callRoute, createUser, type RouteResult } from '../helpers/routes.ts'

/** A word found only in the embargoed briefing: if it shows up anywhere it should not, that is a leak. */
const MARK = 'Zephyrine'
const T0 = new Date(Date.now() + 24 * 3600_000)
const LIFT = new Date(T0.getTime() + 3600_000)
const BEFORE = new Date(LIFT.getTime() - 1000)
const AFTER = new Date(LIFT.getTime() + 1000)

const VIEWERS = ['anonymous', 'member', 'pending journalist', 'approved journalist', 'officer'] as const
type ViewerName = (typeof VIEWERS)[number]
const ENTITLED: ViewerName[] = ['approved journalist', 'officer']

async function cookieFor(db: Db, who: ViewerName) {
  if (who === 'anonymous') return undefined
  const user =
    who === 'member'
      ? await createUser(db)
      : who === 'officer'
        ? await createUser(db, { role: 'officer' })
        : await createJournalist(db, { status: who === 'approved journalist' ? 'approved' : 'pending', outlet: 'The Northfield Gazette' })
  const session = await createSession(db, { userId: user.id })
  return { cookie: await sessionCookieHeader(session.id), user }
}

const leaks = (r: RouteResult) => (typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? '')).toLowerCase().includes(MARK.toLowerCase())

async function surfaces(slug: string, cookie?: string) {
  const get = (handler: unknown, path: string, params: Record<string, string> = {}) => callRoute(handler as never, { path, cookie, params })
  const topic = { topic: 'serious-case-reviews' }
  return {
    page: await get(briefingPage.loader, `/press/${slug}`, { slug }),
    index: await get(pressRoom.loader, '/press'),
    search: await get(pressRoom.loader, '/press?q=review'),
    topicIndex: await get(pressRoom.loader, '/press?topic=serious-case-reviews'),
    rss: await get(rss.loader, '/press/feed.xml'),
    atom: await get(atom.loader, '/press/feed.atom'),
    json: await get(json.loader, '/press/feed.json'),
    topicRss: await get(topicRss.loader, '/press/topics/serious-case-reviews/feed.xml', topic),
    topicAtom: await get(topicAtom.loader, '/press/topics/serious-case-reviews/feed.atom', topic),
    topicJson: await get(topicJson.loader, '/press/topics/serious-case-reviews/feed.json', topic),
    sitemap: await get(sitemap.loader, '/sitemap.xml'),
  }
}

type PageData = { view: string; url: string; article: { headline: string; publishedAt: string | null } | null; embargo: { until: string; name?: string; outlet?: string } | null }
const metaOf = (data: PageData) => briefingPage.meta({ data, matches: [] } as never) as Record<string, string>[]

describe('the embargo holds on every surface, for every kind of visitor, until the lift', () => {
  const t = useTestDb()
  afterEach(() => setPressClock(null))

  async function setup() {
    setPressClock(() => T0)
    const officer = await createUser(t.db, { role: 'officer' })
    const id = await sendBriefing(t.db, { officerId: officer.id, embargoUntil: LIFT, now: T0, fields: { headline: `Chorus responds to the ${MARK} review`, topics: ['serious-case-reviews'] } })
    return (await getBriefing(t.db, id))!
  }

  for (const who of VIEWERS) {
    const entitled = ENTITLED.includes(who)
    it(`${who}: before the lift ${entitled ? 'reads it with the banner, nowhere else' : 'finds it nowhere (404)'}`, async () => {
      const b = await setup()
      const session = await cookieFor(t.db, who)
      setPressClock(() => BEFORE)
      const s = await surfaces(b.slug, session?.cookie)
      for (const [name, r] of Object.entries(s)) {
        if (name === 'page' || (entitled && ['index', 'topicIndex', 'search'].includes(name))) continue
        expect(r.status, name).toBe(200)
        expect(leaks(r), `${name} leaks the briefing`).toBe(false)
      }
      if (!entitled) {
        expect(s.page.status).toBe(404)
        expect(leaks(s.page)).toBe(false)
        expect(leaks(s.index) || leaks(s.topicIndex) || leaks(s.search)).toBe(false)
        return
      }
      // entitled: the press room lists it only in the "under embargo" box, never among published briefings
      for (const r of [s.index, s.topicIndex, s.search]) {
        const body = r.body as { items: { headline: string }[]; embargoed: { headline: string }[] }
        expect(body.items.map((i) => i.headline).join()).not.toContain(MARK)
        expect(body.embargoed.map((i) => i.headline).join()).toContain(MARK)
      }
      expect(s.page.status).toBe(200)
      const data = s.page.body as PageData
      expect(data.view).toBe('embargoed')
      expect(new Date(data.embargo!.until).getTime()).toBe(LIFT.getTime())
      if (who === 'approved journalist') expect(data.embargo).toMatchObject({ name: session!.user.name, outlet: 'The Northfield Gazette' })
      const meta = metaOf(data)
      expect(meta.some((m) => m.property?.startsWith('og:'))).toBe(false)
      expect(meta).toContainEqual({ name: 'robots', content: 'noindex, nofollow' })
      expect(s.page.headers.get('Cache-Control')).toBe('private, no-store')
      const views = await t.db.select().from(briefingEmbargoViews).where(eq(briefingEmbargoViews.briefingId, b.id))
      expect(views.map((v) => v.userId)).toEqual(who === 'approved journalist' ? [session!.user.id] : [])
    })

    it(`${who}: after the lift sees it everywhere at the same URL, with no job run`, async () => {
      const b = await setup()
      const session = await cookieFor(t.db, who)
      setPressClock(() => AFTER)
      const s = await surfaces(b.slug, session?.cookie)
      for (const [name, r] of Object.entries(s)) {
        expect(r.status, name).toBe(200)
        expect(leaks(r), `${name} lists the lifted briefing`).toBe(true)
      }
      const data = s.page.body as PageData
      expect(data).toMatchObject({ view: 'public', embargo: null })
      const meta = metaOf(data)
      expect(meta).toContainEqual({ property: 'og:title', content: `Chorus responds to the ${MARK} review` })
      expect(meta).toContainEqual({ tagName: 'link', rel: 'canonical', href: `http://localhost:3000/press/${b.slug}` })
      expect(await t.db.select().from(briefingEmbargoViews).where(eq(briefingEmbargoViews.briefingId, b.id))).toHaveLength(0)
    })
  }

  it('at the exact lift instant the briefing is public', async () => {
    const b = await setup()
    setPressClock(() => LIFT)
    expect((await callRoute(briefingPage.loader as never, { path: `/press/${b.slug}`, params: { slug: b.slug } })).status).toBe(200)
  })

  it('an unknown topic feed is a 404, not an empty feed', async () => {
    expect((await callRoute(topicRss.loader as never, { path: '/press/topics/nope/feed.xml', params: { topic: 'nope' } })).status).toBe(404)
  })
})
