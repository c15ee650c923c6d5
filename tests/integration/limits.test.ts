import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consumeRateLimits, LIMITS, pruneRateLimits } from '../../app/domain/auth/rate-limit.server.ts'
import { THROTTLES } from '../../app/domain/auth/throttle.server.ts'
import { proposeMotion } from '../../app/domain/voting/member-motions.server.ts'
import * as join from '../../app/routes/join.tsx'
import * as login from '../../app/routes/login.tsx'
import * as motionPage from '../../app/routes/motions.$id.tsx'
import * as motionsNew from '../../app/routes/motions.new.tsx'
import * as signup from '../../app/routes/signup.tsx'
import * as stripeWebhook from '../../app/routes/webhooks.stripe.ts'
import { applySecurityHeaders } from '../../app/utils/security-headers.server.ts'
import { FORM_LIMIT_BYTES } from '../../app/utils/request.server.ts'
import { memberMotions, motionSupports, rateLimits, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { changedTables, snapshotTables } from '../helpers/db-snapshot.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, signedInAs } from '../helpers/routes.ts'
import { startTestStripe } from '../helpers/stripe.ts'

const messageOf = (body: unknown) => JSON.stringify(body)

describe('rate limits on sign-in, sign-up, join and motion support', () => {
  const t = useTestDb()
  let stripe: Awaited<ReturnType<typeof startTestStripe>>
  beforeAll(async () => {
    stripe = await startTestStripe()
  })
  afterAll(async () => {
    await stripe.stop()
  })

  it('sign-in: past the free tries at one account from one address, the next is slowed with 429, even with the right password', async () => {
    const { user } = await signedInAs(t.db, 'member')
    for (let i = 0; i < THROTTLES.loginPair.free; i++) expect((await callRoute(login.action, { form: { email: user.email, password: 'wrong password' } })).status).toBe(400)
    const res = await callRoute(login.action, { form: { email: user.email, password: user.password } })
    expect(res.status).toBe(429)
    expect(messageOf(res.body)).toMatch(/Too many attempts. Wait \d+ seconds? and try again/)
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('sign-up: past the free sign-ups from one address no account is made', async () => {
    const context = { remoteAddress: '203.0.113.40' }
    const make = (i: number) =>
      callRoute(signup.action, { context, form: { name: `Sam ${i}`, email: `sam${i}-${Date.now()}@example.test`, password: 'a long enough password', confirmPassword: 'a long enough password' } })
    for (let i = 0; i < THROTTLES.signupAddress.free; i++) expect((await make(i)).status).toBeLessThan(400)
    const before = (await t.db.select({ n: count() }).from(users))[0].n
    const res = await make(99)
    expect(res.status).toBe(429)
    expect(messageOf(res.body)).toMatch(/Too many attempts/)
    expect((await t.db.select({ n: count() }).from(users))[0].n).toBe(before)
  })

  it('join: a signed-in person trying to join over and over is refused with 429 after the limit', async () => {
    const { cookie } = await signedInAs(t.db, 'member')
    const form = { tierId: 'full', interval: 'year', regulator: 'swe', registrationNumber: 'SW765432', nation: 'england', branch: 'London', sector: 'children', consentTerms: 'on' }
    for (let i = 0; i < LIMITS.joinPerAccount.max; i++) expect((await callRoute(join.action, { path: '/join', cookie, form })).status).toBe(302)
    const res = await callRoute(join.action, { path: '/join', cookie, form })
    expect(res.status).toBe(429)
    expect(messageOf(res.body)).toMatch(/Too many attempts/)
  })

  it('motion support: a member backing motion after motion is stopped at the hourly limit, and the refused backing is not counted', async () => {
    const proposer = await createMember(t.db)
    const { user } = await createMember(t.db)
    const { createSession } = await import('../../app/domain/auth/sessions.server.ts')
    const { sessionCookieHeader } = await import('../../app/utils/session.server.ts')
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: user.id })).id)
    const motions = []
    for (let i = 0; i <= LIMITS.motionBackingPerAccount.max; i++) {
      motions.push(
        await proposeMotion(t.db, { userId: proposer.user.id, title: `Motion number ${i}`, text: 'That Chorus campaigns for something useful.', rationale: 'Because it would help social workers.' }),
      )
    }
    for (const m of motions.slice(0, -1)) {
      expect((await callRoute(motionPage.action, { path: `/motions/${m.id}`, params: { id: m.id }, cookie, form: { intent: 'support' } })).status).toBe(303)
    }
    const last = motions.at(-1)!
    const res = await callRoute(motionPage.action, { path: `/motions/${last.id}`, params: { id: last.id }, cookie, form: { intent: 'support' } })
    expect(res.status).toBe(429)
    expect(messageOf(res.body)).toMatch(/Too many attempts/)
    expect(await t.db.$count(motionSupports, eq(motionSupports.motionId, last.id))).toBe(1)
    expect((await t.db.select().from(memberMotions).where(eq(memberMotions.id, last.id)))[0].supportCount).toBe(1)
  })
})

describe('rate-limit upkeep', () => {
  const t = useTestDb()

  it('forgets windows older than a day and keeps the current ones', async () => {
    const now = new Date()
    await consumeRateLimits(t.db, [{ key: 'login:ip:old', max: 10, windowSeconds: 60 }], new Date(now.getTime() - 2 * 86_400_000))
    await consumeRateLimits(t.db, [{ key: 'login:ip:new', max: 10, windowSeconds: 60 }], now)
    await pruneRateLimits(t.db, now)
    expect((await t.db.select().from(rateLimits)).map((r) => r.key)).toEqual(['login:ip:new'])
  })
})

describe('request body limits', () => {
  const t = useTestDb()

  it('refuses a form over 1 MB with 413 and a plain message, whether or not it declares its size, and changes nothing', async () => {
    const { cookie } = await signedInAs(t.db, 'member')
    const huge = `title=${'a'.repeat(FORM_LIMIT_BYTES)}&text=x&rationale=y`
    const before = await snapshotTables(t.db)
    const declared = await callRoute(motionsNew.action, {
      path: '/motions/new',
      cookie,
      body: huge,
      contentType: 'application/x-www-form-urlencoded',
      headers: { 'content-length': String(huge.length) },
    })
    expect(declared.status).toBe(413)
    expect(declared.body).toMatch(/too much to send at once \(the limit is 1000 kB\)/)
    // A streamed body declares no length: the limit is enforced on what actually arrives.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(i === 0 ? 'title=' : 'a'.repeat(100_000)))
        controller.close()
      },
    })
    const streamed = await callRoute(motionsNew.action, { path: '/motions/new', cookie, body: stream, contentType: 'application/x-www-form-urlencoded' })
    expect(streamed.status).toBe(413)
    expect(changedTables(before, await snapshotTables(t.db))).toEqual([])
  })

  it('refuses a Stripe webhook body over 512 kB with 413 before checking anything', async () => {
    const res = await callRoute(stripeWebhook.action, {
      path: '/webhooks/stripe',
      origin: null,
      body: `{"id":"evt_${'x'.repeat(600_000)}"}`,
      contentType: 'application/json',
      headers: { 'stripe-signature': 't=1,v1=abc' },
    })
    expect(res.status).toBe(413)
  })
})

describe('security headers', () => {
  const csp = (headers: Headers) =>
    Object.fromEntries(
      (headers.get('content-security-policy') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    )

  it('binds scripts to the nonce, allows no inline script or style, and forbids framing', () => {
    const headers = applySecurityHeaders(new Headers(), 'bm9uY2U=', { NODE_ENV: 'production', CHORUS_OFFLINE: false })
    const policy = csp(headers)
    expect(policy['script-src']).toEqual(["'self'", "'nonce-bm9uY2U='"])
    expect(headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['base-uri']).toEqual(["'none'"])
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('x-frame-options')).toBe('DENY')
  })

  it('sends HSTS only in production (not in development, tests, or offline demos served over plain HTTP)', () => {
    expect(applySecurityHeaders(new Headers(), undefined, { NODE_ENV: 'production', CHORUS_OFFLINE: false }).get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')
    expect(applySecurityHeaders(new Headers(), undefined, { NODE_ENV: 'production', CHORUS_OFFLINE: true }).get('strict-transport-security')).toBeNull()
    expect(applySecurityHeaders(new Headers(), undefined, { NODE_ENV: 'development', CHORUS_OFFLINE: false }).get('strict-transport-security')).toBeNull()
    expect(applySecurityHeaders(new Headers(), undefined, { NODE_ENV: 'test', CHORUS_OFFLINE: false }).get('strict-transport-security')).toBeNull()
  })
})
