/** Data and traffic shared by the load and fault tests: members with sessions, a ballot, Stripe events. */
import { randomBytes } from 'node:crypto'
import { createCookie } from '@remix-run/node'
import { sql } from 'drizzle-orm'
import Stripe from 'stripe'
import type { Db } from '../../../db/client.server.ts'
import { ballots, memberships, sessions, users } from '../../../db/schema/index.ts'
import { readTestdata } from '../../helpers/testdata.ts'

export const LOAD_SESSION_SECRET = 'chorus-load-session-secret-0123456789abcdef'
export const LOAD_STRIPE_WEBHOOK_SECRET = 'whsec_chorus_load_tests'

/** Settings every server in these tests runs with (on top of CHORUS_OFFLINE=1 from startServer). */
export function serverEnv(databaseUrl: string, extra: Record<string, string> = {}) {
  return {
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: LOAD_SESSION_SECRET,
    STRIPE_WEBHOOK_SECRET: LOAD_STRIPE_WEBHOOK_SECRET,
    // Any free port: another server (or another session's) may hold the usual one.
    STRIPE_EMULATOR_PORT: '0',
    OUTBOX_POLL_MS: '200',
    ...extra,
  }
}

const sessionCookie = createCookie('chorus_session', { secrets: [LOAD_SESSION_SECRET], path: '/' })

/** Active, verified members, each with a live session; returns their cookie headers. */
export async function seedMembers(db: Db, count: number, tag: string, extra: (i: number) => Partial<typeof memberships.$inferInsert> = () => ({})) {
  const people = await db
    .insert(users)
    .values(Array.from({ length: count }, (_, i) => ({ email: `${tag}${i}@load.test`, name: `Member ${tag} ${i}`, passwordHash: 'not-a-login', emailVerifiedAt: new Date() })))
    .returning({ id: users.id, email: users.email })
  const rows = await db
    .insert(memberships)
    .values(
      people.map((p, i) => ({
        userId: p.id,
        tierId: 'full',
        status: 'active' as const,
        regulator: 'swe' as const,
        registrationNumber: `SW${Math.floor(Math.random() * 1e6) + 1}${i}`,
        registrationVerifiedAt: new Date(),
        nation: 'england' as const,
        branch: 'London',
        sector: 'children',
        ...extra(i),
      })),
    )
    .returning({ id: memberships.id })
  const ids = people.map(() => randomBytes(32).toString('base64url'))
  await db.insert(sessions).values(people.map((p, i) => ({ id: ids[i], userId: p.id, expiresAt: new Date(Date.now() + 3 * 3600_000) })))
  const cookies = await Promise.all(ids.map(async (id) => (await sessionCookie.serialize(id)).split(';')[0]))
  return people.map((p, i) => ({ userId: p.id, email: p.email, membershipId: rows[i].id, cookie: cookies[i] }))
}

export async function openMotionBallot(db: Db, title: string) {
  const [ballot] = await db
    .insert(ballots)
    .values({
      kind: 'motion',
      title,
      description: 'A motion voted on under load.',
      status: 'scheduled',
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 3 * 3600_000),
      threshold: 'simple',
    })
    .returning()
  return ballot
}

export interface VoteOutcome {
  status: number
  /** The server said the vote is cast (redirected with a receipt). */
  cast: boolean
  retryAfter: string | null
  text: string
}

export async function castVote(baseUrl: string, ballotId: string, cookie: string, choice: 'for' | 'against'): Promise<VoteOutcome> {
  try {
    const res = await fetch(`${baseUrl}/ballots/${ballotId}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
      body: `choice=${choice}`,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    })
    const text = await res.text()
    // A cast vote answers 303 back to the ballot, with the receipt in a cookie for that page.
    const cast = res.status === 303 && res.headers.get('location') === `/ballots/${ballotId}` && res.headers.getSetCookie().some((c) => c.startsWith(`chorus_receipt_${ballotId}=`))
    return { status: res.status, cast, retryAfter: res.headers.get('retry-after'), text }
  } catch (error) {
    return { status: 0, cast: false, retryAfter: null, text: String(error) }
  }
}

const stripe = new Stripe('sk_test_signing_only')
const invoiceTemplate = () => JSON.parse(readTestdata('stripe', 'events', 'invoice.paid.json')) as { id: string; created: number; data: { object: Record<string, unknown> } }

/** Stripe's recorded invoice.paid payload, made out to one member's subscription. */
export function invoicePaidEvent(n: string, customer: string, subscription: string) {
  const event = invoiceTemplate()
  event.id = `evt_load_${n}`
  event.created = Math.floor(Date.now() / 1000)
  Object.assign(event.data.object, { id: `in_load_${n}`, customer, subscription, amount_paid: 6000, currency: 'gbp' })
  return JSON.stringify(event)
}

export async function deliverStripeEvent(baseUrl: string, payload: string) {
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: LOAD_STRIPE_WEBHOOK_SECRET })
  try {
    const res = await fetch(`${baseUrl}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body: payload,
      signal: AbortSignal.timeout(30_000),
    })
    return { status: res.status, text: await res.text(), retryAfter: res.headers.get('retry-after') }
  } catch (error) {
    return { status: 0, text: String(error), retryAfter: null }
  }
}

/** Rows of a raw query, as plain objects. */
export async function rows(db: Db, query: ReturnType<typeof sql>) {
  const result = (await db.execute(query)) as unknown
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[]
}

/** Runs `fn` over items with at most `limit` at once. */
export async function inParallel<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i], i)
      }
    }),
  )
  return out
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
