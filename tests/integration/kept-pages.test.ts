/**
 * Pages kept for a signed-in reader (app/utils/page-cache.server.ts): the account, the ballots
 * and a lifted briefing, which members and journalists refresh at a ballot's close or an embargo
 * lift. A kept page is handed back only to the browser it was made for, and never after anything
 * it was made from changes — whoever changes it, on whichever server.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as root from '../../app/root.tsx'
import * as account from '../../app/routes/account._index.tsx'
import * as ballotsPage from '../../app/routes/ballots._index.tsx'
import * as briefingPage from '../../app/routes/press.$slug.tsx'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { createBallot, scheduleBallot } from '../../app/domain/voting/ballots.server.ts'
import { setDb } from '../../app/utils/db.server.ts'
import { clearPageCache, isListeningForChanges, withPageCache } from '../../app/utils/page-cache.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import type { Connection, Db } from '../../db/client.server.ts'
import { briefings, memberships, sessions } from '../../db/schema/index.ts'
import { createTestDatabase, useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { createJournalist, sendBriefing } from '../helpers/press.ts'
import { callRoute, createUser, ORIGIN } from '../helpers/routes.ts'

type Loader = Parameters<typeof callRoute>[0]

async function cookieOf(db: Db, userId: string) {
  return sessionCookieHeader((await createSession(db, { userId })).id)
}

async function slugOf(db: Db, id: string) {
  const [row] = await db
    .select({ slug: briefings.slug })
    .from(briefings)
    .where(sql`${briefings.id} = ${id}`)
  return row.slug
}

/** The loaders of a page, the root's and the page's own, for one request, as Remix runs them. */
async function load(loader: Loader, path: string, cookie: string | undefined, context: Record<string, unknown>, params: Record<string, string> = {}) {
  const rootData = await callRoute(root.loader as Loader, { path, cookie, context })
  const page = await callRoute(loader, { path, cookie, context, params })
  return { root: rootData, page }
}

/** A motion scheduled to open at `opensAt`, voting for an hour. */
async function scheduledMotion(db: Db, officerId: string, opensAt: Date) {
  const ballot = await createBallot(db, {
    actorId: officerId,
    kind: 'motion',
    title: 'Motion: caseload limits',
    description: 'That caseloads are capped.',
    opensAt,
    closesAt: new Date(opensAt.getTime() + 3_600_000),
  })
  await scheduleBallot(db, { ballotId: ballot.id, actorId: officerId })
  return ballot
}

const rowsOf = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Array<Record<string, unknown>>

describe('what a page kept for a reader is made from', () => {
  const t = useTestDb()

  /** Index and table scans so far in this test's transaction, per table. */
  async function scans() {
    const rows = rowsOf(await t.db.execute(sql`select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) as scans from pg_stat_xact_user_tables`))
    return new Map(rows.map((r) => [String(r.relname), Number(r.scans)]))
  }

  it('every table the kept pages read announces its changes to every server', async () => {
    const announcing = new Set(
      rowsOf(
        await t.db.execute(sql`
          select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
          where p.proname in ('announce_reader_change', 'announce_shared_change')`),
      ).map((r) => String(r.relname)),
    )
    const officer = await createUser(t.db, { role: 'officer' })
    const slug = await slugOf(t.db, await sendBriefing(t.db, { officerId: officer.id }))
    await scheduledMotion(t.db, officer.id, new Date(Date.now() + 60_000))
    const member = await cookieOf(t.db, (await createMember(t.db)).user.id)
    const journalist = await cookieOf(t.db, (await createJournalist(t.db, { status: 'approved' })).id)

    const pages: Array<[string, Loader, string, string, Record<string, string>?]> = [
      ['a member’s account', account.loader as Loader, '/account', member],
      ['the ballots, for a member', ballotsPage.loader as Loader, '/ballots', member],
      ['a lifted briefing, for a member', briefingPage.loader as Loader, `/press/${slug}`, member, { slug }],
      ['a lifted briefing, for a journalist', briefingPage.loader as Loader, `/press/${slug}`, journalist, { slug }],
    ]
    for (const [name, loader, path, cookie, params] of pages) {
      const before = await scans()
      const { page } = await load(loader, path, cookie, {}, params)
      expect(page.status, name).toBe(200)
      const read = [...(await scans())].filter(([table, n]) => n > (before.get(table) ?? 0)).map(([table]) => table)
      expect(read.length, name).toBeGreaterThan(0)
      expect(
        read.filter((table) => !announcing.has(table)),
        `${name} reads tables whose changes no server hears of`,
      ).toEqual([])
    }
  })
})

/**
 * The server hook around a stand-in for Remix that runs the real loaders, on a database of its
 * own: changes are committed and notifications are real. A change made straight on the database
 * stands for one made on another server.
 */
describe('a page kept for a signed-in reader', () => {
  let connection: Connection
  let db: Db
  let renders = 0
  const serve = withPageCache(async (request: Request, context: Record<string, unknown>) => {
    renders += 1
    const { pathname } = new URL(request.url)
    const cookie = request.headers.get('cookie') ?? undefined
    const [loader, params]: [Loader, Record<string, string>] = pathname.startsWith('/press/')
      ? [briefingPage.loader as Loader, { slug: pathname.split('/').pop()! }]
      : pathname === '/ballots'
        ? [ballotsPage.loader as Loader, {}]
        : [account.loader as Loader, {}]
    const { root: rootData, page } = await load(loader, pathname, cookie, context, params)
    if (page.status !== 200) return new Response(String(page.body), { status: page.status, headers: page.headers })
    return new Response(JSON.stringify({ root: rootData.body, page: page.body }), { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
  })
  const get = async (path: string, cookie: string) => {
    const response = await serve(new Request(`${ORIGIN}${path}`, { headers: { cookie } }), {})
    return { status: response.status, cacheControl: response.headers.get('cache-control'), text: await response.text() }
  }
  /** Reads until `seen` holds, for at most `ms`; the time it took, or null. */
  async function within(ms: number, read: () => Promise<boolean>) {
    const started = Date.now()
    while (Date.now() - started <= ms) {
      if (await read()) return Date.now() - started
      await new Promise((r) => setTimeout(r, 10))
    }
    return null
  }

  beforeAll(async () => {
    connection = await createTestDatabase({ max: 3 })
    db = connection.db
    setDb(db)
    clearPageCache()
    await serve(new Request(`${ORIGIN}/account`), {})
    for (let i = 0; i < 100 && !isListeningForChanges(); i++) await new Promise((r) => setTimeout(r, 20))
    expect(isListeningForChanges()).toBe(true)
  })
  afterAll(async () => {
    await connection?.close()
  })

  it('answers the same browser’s refresh from its copy, private to the browser, and never another reader', async () => {
    const first = await createMember(db)
    const second = await createMember(db)
    const [mine, theirs] = [await cookieOf(db, first.user.id), await cookieOf(db, second.user.id)]
    const before = renders
    const pages = [await get('/account', mine), await get('/account', mine), await get('/account', mine)]
    expect(renders - before).toBe(1)
    for (const page of pages) {
      expect(page.status).toBe(200)
      expect(page.text).toContain(first.user.email)
      expect(page.cacheControl).toBe('private, no-store')
    }
    const other = await get('/account', theirs)
    expect(renders - before).toBe(2)
    expect(other.text).toContain(second.user.email)
    expect(other.text).not.toContain(first.user.email)
  })

  it('shows a change to the reader’s own rows made elsewhere within 200 ms: a membership lapsing', async () => {
    const { user } = await createMember(db)
    const cookie = await cookieOf(db, user.id)
    expect((await get('/account', cookie)).text).toContain('"status":"active"')
    await db
      .update(memberships)
      .set({ status: 'lapsed' })
      .where(sql`${memberships.userId} = ${user.id}`)
    expect(await within(200, async () => (await get('/account', cookie)).text.includes('"status":"lapsed"'))).not.toBeNull()
  })

  it('a session ended elsewhere is not answered from its copy: signed out everywhere means signed out here', async () => {
    const { user } = await createMember(db)
    const cookie = await cookieOf(db, user.id)
    expect((await get('/account', cookie)).status).toBe(200)
    await db.delete(sessions).where(sql`${sessions.userId} = ${user.id}`)
    expect(await within(200, async () => (await get('/account', cookie)).status === 302)).not.toBeNull()
  })

  it('a session’s last-seen time moving on is not a change: the copy stays, and a real change to the session still forgets it', async () => {
    const { user } = await createMember(db)
    const cookie = await cookieOf(db, user.id)
    await get('/account', cookie)
    const before = renders
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date() })
      .where(sql`${sessions.userId} = ${user.id}`)
    await new Promise((r) => setTimeout(r, 150))
    await get('/account', cookie)
    expect(renders - before).toBe(0)
    await db
      .update(sessions)
      .set({ authenticatedAt: new Date() })
      .where(sql`${sessions.userId} = ${user.id}`)
    expect(
      await within(200, async () => {
        await get('/account', cookie)
        return renders - before === 1
      }),
    ).not.toBeNull()
  })

  it('a form sent by the browser forgets its copies at once', async () => {
    const { user } = await createMember(db)
    const cookie = await cookieOf(db, user.id)
    await get('/account', cookie)
    const before = renders
    await serve(new Request(`${ORIGIN}/account`, { method: 'POST', headers: { cookie, origin: ORIGIN } }), {})
    await get('/account', cookie)
    expect(renders - before).toBe(2)
  })

  it('the ballots page is kept no longer than until the clock opens a ballot', async () => {
    const officer = await createUser(db, { role: 'officer' })
    const ballot = await scheduledMotion(db, officer.id, new Date(Date.now() + 1_500))
    const cookie = await cookieOf(db, (await createMember(db)).user.id)
    const phase = async () => (JSON.parse((await get('/ballots', cookie)).text) as { page: { ballots: Array<{ id: string; phase: string }> } }).page.ballots.find((b) => b.id === ballot.id)?.phase
    expect(await phase()).toBe('scheduled')
    await new Promise((r) => setTimeout(r, Math.max(0, ballot.opensAt.getTime() - Date.now())))
    expect(await phase()).toBe('open')
  })

  it('a journalist’s view of an embargoed briefing is never kept: each is read afresh and logged', async () => {
    const officer = await createUser(db, { role: 'officer' })
    const slug = await slugOf(db, await sendBriefing(db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 3_600_000) }))
    const cookie = await cookieOf(db, (await createJournalist(db, { status: 'approved' })).id)
    const before = renders
    for (let i = 0; i < 2; i++) expect((await get(`/press/${slug}`, cookie)).text).toContain('"view":"embargoed"')
    expect(renders - before).toBe(2)
  })

  it('a lifted briefing kept for a member shows its correction at once', async () => {
    const officer = await createUser(db, { role: 'officer' })
    const id = await sendBriefing(db, { officerId: officer.id })
    const slug = await slugOf(db, id)
    const cookie = await cookieOf(db, (await createMember(db)).user.id)
    await get(`/press/${slug}`, cookie)
    await db
      .update(briefings)
      .set({ headline: 'A corrected headline' })
      .where(sql`${briefings.id} = ${id}`)
    expect(await within(200, async () => (await get(`/press/${slug}`, cookie)).text.includes('A corrected headline'))).not.toBeNull()
  })
})
