/**
 * The page cache across servers: two production servers on one PostgreSQL database. A lifted
 * briefing read on server B is handed out from B's memory; an officer withdraws it (or corrects
 * another) through server A, and B must show the change within 200 ms; likewise a member's
 * account page kept on B stops answering within 200 ms of their signing out everywhere on A.
 * Also the headers a CDN in
 * front relies on: public pages carry s-maxage, stale-while-revalidate and an ETag (304 on a
 * match); embargoed and signed-in answers are private, no-store.
 */
import assert from 'node:assert/strict'
import { createCookie } from '@remix-run/node'
import { eq } from 'drizzle-orm'
import { randomBytes } from 'node:crypto'
import { connectPostgres } from '../../db/client.server.ts'
import { briefings, sessions, users } from '../../db/schema/index.ts'
import { createDatabase, startServer, type RunningServer } from '../e2e/lib/server.ts'
import { briefingFields, createJournalist, sendBriefing } from '../helpers/press.ts'
import { createUser } from '../helpers/routes.ts'
import { changeUnannounced } from '../helpers/unannounced.ts'
import { LOAD_SESSION_SECRET, serverEnv, sleep } from './lib/fixtures.ts'

/** How soon the other server must show a withdrawal or correction (issue 12). */
const BOUND_MS = 200
const PUBLIC = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/

const sessionCookie = createCookie('chorus_session', { secrets: [LOAD_SESSION_SECRET], path: '/' })

/** The message a form's 303 leaves for the next page (the signed cookie's JSON, unchecked). */
function flashMessage(res: Response) {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('chorus_flash='))
  if (!cookie) return ''
  const value = decodeURIComponent(cookie.slice('chorus_flash='.length).split(';')[0])
  return Buffer.from(value.slice(0, value.lastIndexOf('.')), 'base64').toString('utf8')
}

async function text(url: string, init: RequestInit = {}) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) })
  return { res, body: await res.text() }
}

/**
 * Polls `url` until its page contains `wanted`. Returns how long after `since` the first request
 * that got it was sent (how long B went on serving the old page) and when its answer arrived (which
 * adds B's own time to render the fresh page).
 */
async function msUntil(url: string, wanted: string, since: number, limitMs = 5_000) {
  for (;;) {
    const sent = performance.now()
    const { body } = await text(url)
    if (body.includes(wanted)) return { staleMs: sent - since, answeredMs: performance.now() - since }
    if (performance.now() - since > limitMs) throw new Error(`${url} still did not show “${wanted}” after ${limitMs} ms`)
    await sleep(5)
  }
}

export async function withdrawalAndCorrectionSeenOnTheOtherServer() {
  const adminUrl = process.env.LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const database = await createDatabase(adminUrl, 'chorus_cache')
  const servers: RunningServer[] = []
  const connection = connectPostgres(database.url, { max: 2 })
  try {
    const env = serverEnv(database.url, { CHORUS_WORKER: '0' })
    servers.push(await startServer({ env }))
    servers.push(await startServer({ env }))
    const [a, b] = servers
    const db = connection.db

    const officer = await createUser(db, { role: 'officer' })
    const sessionId = randomBytes(32).toString('base64url')
    await db.insert(sessions).values({ id: sessionId, userId: officer.id, expiresAt: new Date(Date.now() + 3600_000) })
    const officerCookie = (await sessionCookie.serialize(sessionId)).split(';')[0]
    const lifted = async (headline: string) => {
      const id = await sendBriefing(db, { officerId: officer.id, fields: { headline } })
      const [row] = await db.select({ slug: briefings.slug }).from(briefings).where(eq(briefings.id, id))
      return { id, url: `${b.baseUrl}/press/${row.slug}` }
    }
    // The form answers 303 back to the briefing with its message in a one-off cookie.
    const officerPost = (id: string, form: Record<string, string>) =>
      text(`${a.baseUrl}/officer/press/${id}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: officerCookie, origin: a.baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      })

    /** B hands out a kept copy: a change made behind its back (its triggers off, so nobody is told) does not show. */
    async function keptOnB(id: string, url: string, headline: string) {
      for (let i = 0; i < 3; i++) assert.match((await text(url)).body, new RegExp(headline))
      await changeUnannounced(db, (tx) =>
        tx
          .update(briefings)
          .set({ headline: `${headline} (changed quietly)` })
          .where(eq(briefings.id, id)),
      )
      assert.match((await text(url)).body, new RegExp(headline), 'server B serves its kept copy')
      assert.doesNotMatch((await text(url)).body, /changed quietly/, 'server B serves its kept copy')
    }

    // Withdrawal through A, seen on B.
    const first = await lifted('Chorus answers the caseload inquiry')
    await keptOnB(first.id, first.url, 'Chorus answers the caseload inquiry')
    const notice = 'Withdrawn: this briefing quoted figures that were wrong.'
    const withdrawn = await officerPost(first.id, { intent: 'withdraw', confirm: 'yes', notice })
    // The withdrawal is done (committed) when server A answers the officer: the clock starts there.
    let started = performance.now()
    assert.equal(withdrawn.res.status, 303, `the withdrawal on server A: ${withdrawn.body.slice(0, 200)}`)
    assert.match(flashMessage(withdrawn.res), /Withdrawn\. The briefing’s page now shows your notice/)
    const withdrawalMs = await msUntil(first.url, notice, started)

    // Correction through A, seen on B.
    const second = await lifted('Chorus welcomes the funding settlement')
    await keptOnB(second.id, second.url, 'Chorus welcomes the funding settlement')
    const fields = briefingFields({ headline: 'Chorus welcomes the funding settlement, with one caution' })
    const corrected = await officerPost(second.id, {
      intent: 'correct',
      headline: fields.headline,
      standfirst: fields.standfirst,
      body: fields.body,
      correctionNote: 'The first version left out our caution on the timetable.',
    })
    assert.equal(corrected.res.status, 303, `the correction on server A: ${corrected.body.slice(0, 200)}`)
    // The message travels as its English wording with its values, and is written in the reader's language when shown.
    assert.match(flashMessage(corrected.res), /Corrected: version \{version\} is live.*"values":\{"version":2\}/)
    started = performance.now()
    const correctionMs = await msUntil(second.url, 'with one caution', started)

    console.log(
      `     after server A answered the officer, server B served the old page for ${withdrawalMs.staleMs.toFixed(0)} ms (withdrawal) and ${correctionMs.staleMs.toFixed(0)} ms (correction); ` +
        `the first fresh answers arrived at ${withdrawalMs.answeredMs.toFixed(0)} and ${correctionMs.answeredMs.toFixed(0)} ms`,
    )
    assert.ok(withdrawalMs.staleMs <= BOUND_MS, `server B served the withdrawn briefing for ${withdrawalMs.staleMs.toFixed(0)} ms after the withdrawal (bound ${BOUND_MS} ms)`)
    assert.ok(correctionMs.staleMs <= BOUND_MS, `server B served the uncorrected briefing for ${correctionMs.staleMs.toFixed(0)} ms after the correction (bound ${BOUND_MS} ms)`)

    await signOutSeenOnTheOtherServer(a, b, db)
    await cacheHeaders(b, db, second.url, officerCookie, officer.id)
  } catch (error) {
    for (const s of servers) console.log(s.output().split('\n').slice(-20).join('\n'))
    throw error
  } finally {
    await Promise.all(servers.map((s) => s.stop().catch(() => {})))
    await connection.close().catch(() => {})
    await database.drop().catch(() => {})
  }
}

/**
 * A member's /account is kept on server B for their browser; they sign out everywhere through
 * server A. From then on B must not hand that browser its kept page: within 200 ms the old cookie
 * gets the sign-in page.
 */
async function signOutSeenOnTheOtherServer(a: RunningServer, b: RunningServer, db: ReturnType<typeof connectPostgres>['db']) {
  const member = await createUser(db, { role: 'member' })
  const sessionId = randomBytes(32).toString('base64url')
  await db.insert(sessions).values({ id: sessionId, userId: member.id, expiresAt: new Date(Date.now() + 3600_000) })
  const cookie = (await sessionCookie.serialize(sessionId)).split(';')[0]
  const account = () => text(`${b.baseUrl}/account`, { headers: { cookie }, redirect: 'manual' })
  for (let i = 0; i < 3; i++) assert.equal((await account()).res.status, 200, 'the member reads their account on server B')
  // B hands out its kept copy: a rename made behind its back does not show.
  await changeUnannounced(db, (tx) => tx.update(users).set({ name: 'Renamed Quietly' }).where(eq(users.id, member.id)))
  const kept = await account()
  assert.ok(kept.body.includes(member.name) && !kept.body.includes('Renamed Quietly'), 'server B serves the account page it kept')

  const signedOut = await text(`${a.baseUrl}/account?index`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, origin: a.baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ intent: 'sign-out-everywhere' }).toString(),
  })
  const started = performance.now()
  assert.equal(signedOut.res.status, 303, `signing out everywhere on server A: ${signedOut.body.slice(0, 200)}`)
  let staleMs = 0
  for (;;) {
    const sent = performance.now()
    const { res } = await account()
    if (res.status === 302 && /\/login/.test(res.headers.get('location') ?? '')) break
    assert.equal(res.status, 200)
    staleMs = sent - started
    assert.ok(staleMs <= BOUND_MS, `server B still answered a session signed out everywhere ${staleMs.toFixed(0)} ms later (bound ${BOUND_MS} ms)`)
    await sleep(5)
  }
  console.log(`     after server A signed the member out everywhere, server B answered their old session for ${staleMs.toFixed(0)} ms`)
}

/** What a CDN in front of server B is told, for a public page, a feed, an embargoed briefing and a signed-in reader. */
async function cacheHeaders(b: RunningServer, db: ReturnType<typeof connectPostgres>['db'], publicUrl: string, officerCookie: string, officerId: string) {
  for (const url of [publicUrl, `${b.baseUrl}/press`, `${b.baseUrl}/press/feed.atom`, `${b.baseUrl}/statements/feed.xml`]) {
    const { res, body } = await text(url)
    assert.equal(res.status, 200, url)
    assert.match(res.headers.get('cache-control') ?? '', PUBLIC, `${url}: public for a CDN`)
    const etag = res.headers.get('etag')
    assert.ok(etag, `${url}: an ETag`)
    assert.ok(body.length > 0)
    const again = await text(url, { headers: { 'if-none-match': etag } })
    assert.equal(again.res.status, 304, `${url}: 304 when the ETag matches`)
    assert.equal(again.body, '', `${url}: no body with the 304`)
    // Another copy of the same page, with another nonce, still matches.
    assert.equal((await text(url)).res.headers.get('etag'), etag, `${url}: the same tag for the same page`)
  }

  // A signed-in reader: never a 304 from a visitor's tag, never shared, never stored.
  const visitorTag = (await text(publicUrl)).res.headers.get('etag')!
  const signedIn = await text(publicUrl, { headers: { cookie: officerCookie, 'if-none-match': visitorTag } })
  assert.equal(signedIn.res.status, 200, 'a signed-in reader gets the page itself')
  assert.equal(signedIn.res.headers.get('cache-control'), 'private, no-store', 'signed-in: private, no-store')
  assert.equal(signedIn.res.headers.get('etag'), null)
  assert.match(signedIn.body, /Sign out|Log out|sign out/i, 'the signed-in reader’s own page, not a visitor’s copy')

  // Under embargo: a 404 nobody may keep for the visitor, private for the journalist who may read it.
  const embargoedId = await sendBriefing(db, { officerId, embargoUntil: new Date(Date.now() + 3600_000), fields: { headline: 'Chorus on the workforce strategy' } })
  const [row] = await db.select({ slug: briefings.slug }).from(briefings).where(eq(briefings.id, embargoedId))
  const embargoedUrl = `${b.baseUrl}/press/${row.slug}`
  for (let i = 0; i < 2; i++) {
    const visitor = await text(embargoedUrl)
    assert.equal(visitor.res.status, 404, 'the briefing under embargo, to a visitor')
    assert.equal(visitor.res.headers.get('cache-control'), 'private, no-store', 'the 404 before the lift is not kept')
    assert.equal(visitor.res.headers.get('etag'), null)
  }
  const journalist = await createJournalist(db, { status: 'approved', outlet: 'The Eastbrook Courier' })
  const sessionId = randomBytes(32).toString('base64url')
  await db.insert(sessions).values({ id: sessionId, userId: journalist.id, expiresAt: new Date(Date.now() + 3600_000) })
  const journalistCookie = (await sessionCookie.serialize(sessionId)).split(';')[0]
  const read = await text(embargoedUrl, { headers: { cookie: journalistCookie } })
  assert.equal(read.res.status, 200, 'the journalist reads it under embargo')
  assert.match(read.body, /Chorus on the workforce strategy/)
  assert.equal(read.res.headers.get('cache-control'), 'private, no-store', 'embargoed: private, no-store')
  assert.equal(read.res.headers.get('etag'), null)
  // And a visitor right after still gets the 404, not the journalist's page.
  assert.equal((await text(embargoedUrl)).res.status, 404)
}
