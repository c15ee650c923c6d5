import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { correctBriefing, withdrawBriefing } from '../../app/domain/press/briefings.server.ts'
import * as briefingPage from '../../app/routes/press.$slug.tsx'
import * as pressRoom from '../../app/routes/press._index.tsx'
import * as pressFeed from '../../app/routes/press.feed[.]atom.ts'
import { setDb } from '../../app/utils/db.server.ts'
import { clearPageCache, isListeningForChanges, PAGE_CACHE_CHANNEL, withPageCache } from '../../app/utils/page-cache.server.ts'
import type { Connection } from '../../db/client.server.ts'
import { briefingEmbargoViews, briefings } from '../../db/schema/index.ts'
import { createTestDatabase, useTestDb } from '../helpers/db.ts'
import { BASE_URL, briefingFields, createJournalist, sendBriefing } from '../helpers/press.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import type { Db } from '../../db/client.server.ts'
import { callRoute, createUser, ORIGIN } from '../helpers/routes.ts'
import { changeUnannounced } from '../helpers/unannounced.ts'

async function cookieOf(db: Db, userId: string) {
  return sessionCookieHeader((await createSession(db, { userId })).id)
}

type Page = { view: string; article: { headline: string } | null; notice: string | null }

const PUBLIC = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/

async function slugOf(db: Connection['db'], id: string) {
  const [row] = await db
    .select({ slug: briefings.slug })
    .from(briefings)
    .where(sql`${briefings.id} = ${id}`)
  return row.slug
}

/** The Cache-Control a route's document carries, as Remix composes it from the loader's headers. */
function documentHeaders(result: { status: number; headers: Headers }) {
  if (result.status !== 200) return new Headers({ 'Cache-Control': result.headers.get('cache-control') ?? '' })
  return new Headers(briefingPage.headers({ loaderHeaders: result.headers, parentHeaders: new Headers(), actionHeaders: new Headers(), errorHeaders: undefined }) as HeadersInit)
}

describe('what caches in front of Chorus may keep', () => {
  const t = useTestDb()

  it('a lifted briefing, the press room and the feeds are public for a visitor without a session', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const slug = await slugOf(t.db, await sendBriefing(t.db, { officerId: officer.id }))

    const page = await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug } })
    expect(page.status).toBe(200)
    expect(documentHeaders(page).get('cache-control')).toMatch(PUBLIC)
    expect(documentHeaders(page).get('vary')).toBe('Cookie, Accept-Language')
    expect((await callRoute(pressRoom.loader, { path: '/press' })).headers.get('cache-control')).toMatch(PUBLIC)
    const feed = await callRoute(pressFeed.loader, { path: '/press/feed.atom' })
    expect(feed.status).toBe(200)
    expect(feed.headers.get('cache-control')).toMatch(PUBLIC)
  })

  it('the press room and feeds are kept no longer than until the next embargo lifts', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const lifts = Date.now() + 3_000
    await sendBriefing(t.db, { officerId: officer.id, embargoUntil: new Date(lifts) })
    for (const call of [() => callRoute(pressRoom.loader, { path: '/press' }), () => callRoute(pressFeed.loader, { path: '/press/feed.atom' })]) {
      const asked = Date.now()
      const cacheControl = (await call()).headers.get('cache-control') ?? ''
      // kept for whole seconds that end by the time the embargo lifts, or not kept at all
      expect(cacheControl).toMatch(/^public, (no-cache|max-age=0, s-maxage=\d+)/)
      const seconds = Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1] ?? 0)
      expect(asked + seconds * 1000).toBeLessThanOrEqual(lifts)
    }
  })

  it('a briefing under embargo is private and never stored, for the journalist who reads it and as the visitor’s 404', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const slug = await slugOf(t.db, await sendBriefing(t.db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 3_600_000) }))
    const journalist = await createJournalist(t.db, { status: 'approved', outlet: 'The Eastbrook Courier' })
    const cookie = await cookieOf(t.db, journalist.id)

    const read = await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug }, cookie })
    expect((read.body as Page).view).toBe('embargoed')
    expect(documentHeaders(read).get('cache-control')).toBe('private, no-store')
    const visitor = await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug } })
    expect(visitor.status).toBe(404)
    // A 404 may be kept by a cache that is told nothing; this one would hide the briefing past its lift.
    expect(visitor.headers.get('cache-control')).toBe('private, no-store')
    expect((await callRoute(pressRoom.loader, { path: '/press', cookie })).headers.get('cache-control')).toBe('private, no-store')
  })

  it('a signed-in reader’s copy of a lifted briefing is private', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const slug = await slugOf(t.db, await sendBriefing(t.db, { officerId: officer.id }))
    const member = await createUser(t.db, { role: 'member' })
    const read = await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug }, cookie: await cookieOf(t.db, member.id) })
    expect((read.body as Page).view).toBe('public')
    expect(documentHeaders(read).get('cache-control')).toBe('private, no-store')
  })
})

/**
 * The server hook around a stand-in for Remix that runs the real briefing loader, on a database
 * of its own (not a rolled-back transaction): changes are committed and the notification is real.
 */
describe('shared copies of a lifted briefing', () => {
  let connection: Connection
  let renders = 0
  const serve = withPageCache(async (request: Request) => {
    renders += 1
    const slug = new URL(request.url).pathname.split('/').pop()!
    const result = await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug }, cookie: request.headers.get('cookie') ?? undefined })
    const headers = documentHeaders(result)
    headers.set('Content-Type', 'text/html; charset=utf-8')
    return new Response(JSON.stringify(result.body), { status: result.status, headers })
  })
  const read = async (slug: string, cookie?: string) => {
    const response = await serve(new Request(`${ORIGIN}/press/${slug}`, { headers: cookie ? { cookie } : {} }), {})
    return { status: response.status, page: JSON.parse(await response.text()) as Page }
  }

  beforeAll(async () => {
    connection = await createTestDatabase({ max: 3 })
    setDb(connection.db)
    clearPageCache()
  })
  afterAll(async () => {
    await connection?.close()
  })

  async function listening() {
    await read('not-a-briefing')
    for (let i = 0; i < 100 && !isListeningForChanges(); i++) await new Promise((r) => setTimeout(r, 20))
    expect(isListeningForChanges()).toBe(true)
  }

  it('hands one copy to visitors without a session, never to a signed-in reader, and forgets it when the briefing is withdrawn', async () => {
    await listening()
    const officer = await createUser(connection.db, { role: 'officer' })
    const id = await sendBriefing(connection.db, { officerId: officer.id })
    const slug = await slugOf(connection.db, id)

    const before = renders
    for (let i = 0; i < 3; i++) expect((await read(slug)).page.view).toBe('public')
    expect(renders - before).toBe(1)
    const member = await createUser(connection.db, { role: 'member' })
    await read(slug, await cookieOf(connection.db, member.id))
    expect(renders - before).toBe(2)

    await withdrawBriefing(connection.db, { actorId: officer.id, briefingId: id, notice: 'Withdrawn: the figures were wrong.', now: new Date(), baseUrl: BASE_URL })
    expect((await read(slug)).page).toMatchObject({ view: 'withdrawn', article: null, notice: 'Withdrawn: the figures were wrong.' })
  })

  it('forgets its copies when another server announces a change through PostgreSQL', async () => {
    await listening()
    const officer = await createUser(connection.db, { role: 'officer' })
    const id = await sendBriefing(connection.db, { officerId: officer.id })
    const slug = await slugOf(connection.db, id)
    expect((await read(slug)).page.article?.headline).toBe(briefingFields().headline)

    // As another server would: the change and its notification, without touching this process's copies.
    await changeUnannounced(connection.db, (tx) =>
      tx
        .update(briefings)
        .set({ headline: 'A corrected headline' })
        .where(sql`${briefings.id} = ${id}`),
    )
    expect((await read(slug)).page.article?.headline).toBe(briefingFields().headline)
    await connection.db.execute(sql`select pg_notify(${PAGE_CACHE_CHANNEL}, '')`)
    let seen = ''
    for (let i = 0; i < 50 && seen !== 'A corrected headline'; i++) {
      seen = (await read(slug)).page.article?.headline ?? ''
      if (seen !== 'A corrected headline') await new Promise((r) => setTimeout(r, 10))
    }
    expect(seen).toBe('A corrected headline')
  })

  it('a signed-in reader of a lifted briefing is served the rows read for everyone, and sees a withdrawal at once', async () => {
    await listening()
    const officer = await createUser(connection.db, { role: 'officer' })
    const id = await sendBriefing(connection.db, { officerId: officer.id })
    const slug = await slugOf(connection.db, id)
    const member = await cookieOf(connection.db, (await createUser(connection.db, { role: 'member' })).id)
    expect((await read(slug, member)).page.article?.headline).toBe(briefingFields().headline)

    // Changed underneath without a word: the kept rows still answer (what a change that public
    // pages show must always announce)...
    await changeUnannounced(connection.db, (tx) =>
      tx
        .update(briefings)
        .set({ headline: 'Changed without telling anyone' })
        .where(sql`${briefings.id} = ${id}`),
    )
    expect((await read(slug, member)).page.article?.headline).toBe(briefingFields().headline)
    // ...and a withdrawal, which announces itself, reaches the signed-in reader on the next request.
    await withdrawBriefing(connection.db, { actorId: officer.id, briefingId: id, notice: 'Withdrawn: the figures were wrong.', now: new Date(), baseUrl: BASE_URL })
    expect((await read(slug, member)).page).toMatchObject({ view: 'withdrawn', article: null, notice: 'Withdrawn: the figures were wrong.' })
  })

  it('a briefing under embargo is read afresh for every journalist’s view, each logged', async () => {
    await listening()
    const officer = await createUser(connection.db, { role: 'officer' })
    const id = await sendBriefing(connection.db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 3_600_000) })
    const slug = await slugOf(connection.db, id)
    const journalist = await createJournalist(connection.db)
    const cookie = await cookieOf(connection.db, journalist.id)
    for (let i = 0; i < 2; i++) expect((await read(slug, cookie)).page.view).toBe('embargoed')
    expect(await connection.db.$count(briefingEmbargoViews, sql`${briefingEmbargoViews.briefingId} = ${id}`)).toBe(2)
    expect((await read(slug)).status).toBe(404)
  })

  it('a correction shows to the next visitor on this server at once', async () => {
    await listening()
    const officer = await createUser(connection.db, { role: 'officer' })
    const id = await sendBriefing(connection.db, { officerId: officer.id })
    const slug = await slugOf(connection.db, id)
    await read(slug)
    await correctBriefing(connection.db, {
      actorId: officer.id,
      briefingId: id,
      fields: briefingFields({ headline: 'Corrected: the review’s figures' }),
      correctionNote: 'The figures were wrong.',
      now: new Date(),
      baseUrl: ORIGIN,
    })
    expect((await read(slug)).page.article?.headline).toBe('Corrected: the review’s figures')
  })
})
