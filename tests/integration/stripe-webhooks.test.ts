import { eq, sql } from 'drizzle-orm'
import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'
import * as stripeWebhook from '../../app/routes/webhooks.stripe.ts'
import { getEnv } from '../../app/utils/env.server.ts'
import { memberships, outboxJobs, processedWebhooks } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, ORIGIN } from '../helpers/routes.ts'
import { readTestdata } from '../helpers/testdata.ts'

const stripe = new Stripe('sk_test_signing_only')
const TYPES = ['checkout.session.completed', 'customer.subscription.created', 'customer.subscription.updated', 'customer.subscription.deleted', 'invoice.paid', 'invoice.payment_failed']
/**
 * Stripe's own payloads in the order Stripe created them. Their ids were zeroed when they were
 * published, so all six share one; each gets back an id of its own, nothing else is changed.
 */
const fixtures = TYPES.map((type) => readTestdata('stripe', 'events', `${type}.json`).replace('"evt_000000000000000000000000"', `"evt_fixture_${type.replaceAll('.', '_')}"`)).sort(
  (a, b) => JSON.parse(a).created - JSON.parse(b).created,
)

function deliver(payload: string, options: { secret?: string; signature?: string | null } = {}) {
  const headers = new Headers({ 'content-type': 'application/json' })
  const signature = options.signature !== undefined ? options.signature : stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? getEnv().stripeWebhookSecret })
  if (signature) headers.set('stripe-signature', signature)
  const request = new Request(`${ORIGIN}/webhooks/stripe`, { method: 'POST', body: payload, headers })
  return callRoute(() => stripeWebhook.action({ request, params: {}, context: {} }))
}

/** Seeded shuffle, so a failure can be reproduced. */
function shuffled<T>(items: T[], seed: number) {
  const out = [...items]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

describe('Stripe webhooks with Stripe’s recorded payloads', () => {
  const t = useTestDb()

  const customer = 'cus_00000000000000'
  async function finalStateAfter(order: string[]) {
    await t.db.update(memberships).set({ stripeCustomerId: null, stripeSubscriptionId: null })
    await t.db.delete(processedWebhooks)
    const { membership } = await createMember(t.db, { status: 'pending_payment', stripeCustomerId: customer })
    for (const payload of order) expect((await deliver(payload)).status).toBe(200)
    const [m] = await t.db.select().from(memberships).where(eq(memberships.id, membership.id))
    return { status: m.status, currentPeriodEnd: m.currentPeriodEnd?.toISOString(), subscription: m.stripeSubscriptionId, version: m.stripeVersion }
  }

  it('reaches the same state in order, reversed and shuffled', async () => {
    const inOrder = await finalStateAfter(fixtures)
    expect(inOrder).toMatchObject({ status: 'active', subscription: 'sub_000000000000000000000000', currentPeriodEnd: new Date(1650998510 * 1000).toISOString() })
    expect(await finalStateAfter([...fixtures].reverse())).toEqual(inOrder)
    for (const seed of [1, 7, 42, 2026]) expect(await finalStateAfter(shuffled(fixtures, seed))).toEqual(inOrder)
  })

  it('never lets an older event overwrite a newer one', async () => {
    const [deleted] = fixtures.filter((f) => f.includes('"customer.subscription.deleted"'))
    const [created] = fixtures.filter((f) => f.includes('"customer.subscription.created"'))
    const { membership } = await createMember(t.db, { status: 'pending_payment', stripeCustomerId: 'cus_other' })
    const newer = created.replaceAll(customer, 'cus_other')
    const older = deleted.replaceAll(customer, 'cus_other')
    expect((await deliver(newer)).body).toBe('applied')
    expect((await deliver(older)).body).toBe('stale')
    const [m] = await t.db.select().from(memberships).where(eq(memberships.id, membership.id))
    expect(m.status).toBe('active')
  })

  it('changes nothing for a replayed event', async () => {
    await createMember(t.db, { status: 'pending_payment', stripeCustomerId: customer })
    const [created] = fixtures.filter((f) => f.includes('"customer.subscription.created"'))
    expect((await deliver(created)).body).toBe('applied')
    const jobsAfterFirst = await t.db.$count(outboxJobs)
    expect((await deliver(created)).body).toBe('duplicate')
    expect(await t.db.$count(outboxJobs)).toBe(jobsAfterFirst)
    expect(await t.db.$count(processedWebhooks)).toBe(1)
  })

  it('refuses a forged, missing or stale signature with 400 and changes nothing', async () => {
    const { membership } = await createMember(t.db, { status: 'pending_payment', stripeCustomerId: customer })
    const [created] = fixtures.filter((f) => f.includes('"customer.subscription.created"'))
    expect((await deliver(created, { secret: 'whsec_someone_else' })).status).toBe(400)
    expect((await deliver(created, { signature: null })).status).toBe(400)
    expect((await deliver(created, { signature: 't=1,v1=deadbeef' })).status).toBe(400)
    const old = stripe.webhooks.generateTestHeaderString({ payload: created, secret: getEnv().stripeWebhookSecret, timestamp: Math.floor(Date.now() / 1000) - 3600 })
    expect((await deliver(created, { signature: old })).status).toBe(400)
    // The body changed after signing: the signature no longer matches.
    const signed = stripe.webhooks.generateTestHeaderString({ payload: created, secret: getEnv().stripeWebhookSecret })
    expect((await deliver(created.replace('"active"', '"canceled"'), { signature: signed })).status).toBe(400)
    expect(await t.db.$count(processedWebhooks)).toBe(0)
    const [m] = await t.db.select().from(memberships).where(eq(memberships.id, membership.id))
    expect(m.status).toBe('pending_payment')
  })

  it('acknowledges and ignores unknown events and events for nobody', async () => {
    const unknown = JSON.stringify({ id: 'evt_unknown', object: 'event', type: 'charge.dispute.funds_reinstated', created: 1700000000, data: { object: { id: 'du_1' } } })
    expect(await deliver(unknown)).toMatchObject({ status: 200, body: 'ignored' })
    const [created] = fixtures.filter((f) => f.includes('"customer.subscription.created"'))
    expect(await deliver(created.replaceAll(customer, 'cus_nobody'))).toMatchObject({ status: 200, body: 'unmatched' })
    expect(await t.db.$count(memberships)).toBe(0)
    const rows = await t.db.execute(sql`select count(*)::int as n from processed_webhooks`)
    expect(JSON.stringify(rows)).toContain('2')
  })
})
