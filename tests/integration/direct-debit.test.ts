import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as account from '../../app/routes/account._index.tsx'
import * as join from '../../app/routes/join.tsx'
import * as joinPay from '../../app/routes/join_.pay.tsx'
import { getStripe } from '../../app/utils/stripe.server.ts'
import { applyStripeEvent } from '../../app/domain/membership/stripe-webhooks.server.ts'
import { memberships, outboxJobs, payments, processedWebhooks, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute } from '../helpers/routes.ts'
import { joinForm, payByDirectDebit, payOnCheckout, useTestStripe } from '../helpers/stripe.ts'

let n = 0
/** A newcomer applies through /join and is sent to checkout, without paying yet. */
async function apply(overrides: Record<string, string> = {}) {
  n += 1
  const res = await callRoute(join.action, { path: '/join', form: joinForm({ email: `dd-${n}-${Date.now()}@example.test`, registrationNumber: `SW${880000 + n}`, ...overrides }) })
  expect(res.status).toBe(302)
  return { checkoutUrl: res.headers.get('location')!, cookie: res.headers.get('set-cookie')!.split(';')[0] }
}

describe('paying dues by Bacs Direct Debit', () => {
  const t = useTestDb()
  const stripe = useTestStripe()

  const membershipOf = async (cookie: string) => {
    const page = await callRoute(account.loader, { path: '/account', cookie })
    return (page.body as { membership: { status: string; statusLabel: string; canVote: boolean; voteReason: string | null; number: string } }).membership
  }
  const templates = async () => (await t.db.select().from(outboxJobs)).map((j) => j.template)

  it('offers Direct Debit beside cards on Stripe Checkout', async () => {
    const { checkoutUrl } = await apply()
    const session = await getStripe().checkout.sessions.retrieve(checkoutUrl.split('/').pop()!)
    expect(session.payment_method_types).toEqual(['card', 'bacs_debit'])
    const page = await (await fetch(checkoutUrl)).text()
    expect(page).toContain('Pay by Bacs Direct Debit')
    expect(page).toContain('Direct Debit Guarantee')
  })

  it('refuses bank details that are not Stripe’s test details, or without the mandate, and changes nothing', async () => {
    const { checkoutUrl, cookie } = await apply()
    const wrong = await fetch(checkoutUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ payment_method: 'bacs_debit', bacs_name: 'A', bacs_email: 'a@example.test', bacs_sort_code: '200000', bacs_account_number: '00012345' }),
    })
    expect(wrong.status).toBe(400)
    const html = await wrong.text()
    expect(html).toContain('Enter the test sort code 10-88-00')
    expect(html).toContain('Confirm that you are the account holder')
    expect((await membershipOf(cookie)).status).toBe('pending_payment')
  })

  it('a Direct Debit join is processing, cannot vote, then becomes active when the payment clears', async () => {
    const { checkoutUrl, cookie } = await apply()
    const set = await payByDirectDebit(checkoutUrl)
    expect(set.status).toBe(303)
    expect(set.headers.get('location')).toMatch(/\/join\/complete\?session_id=cs_/)

    const processing = await membershipOf(cookie)
    expect(processing).toMatchObject({ status: 'payment_processing', statusLabel: 'Direct Debit payment processing', canVote: false })
    expect(processing.voteReason).toMatch(/Direct Debit payment is being processed; it usually takes 3 working days/)
    const sessionId = checkoutUrl.split('/').pop()!
    const invoiceId = (await getStripe().checkout.sessions.retrieve(sessionId)).invoice as string
    expect(await getStripe().invoices.retrieve(invoiceId)).toMatchObject({ status: 'open', amount_paid: 0 })
    const processingIntent = stripe.emulator.deliveredEvents().find((e) => e.type === 'payment_intent.processing' && (e.data.object as { amount: number }).amount === 18000)!
    const { id: intentId, mandate } = processingIntent.data.object as { id: string; mandate: string }
    expect(await getStripe().paymentIntents.retrieve(intentId)).toMatchObject({ status: 'processing', payment_method_types: ['bacs_debit'] })
    expect(await getStripe().mandates.retrieve(mandate)).toMatchObject({ status: 'active', type: 'multi_use' })
    const [m] = await t.db.select().from(memberships).where(eq(memberships.status, 'payment_processing'))
    expect(m.joinedAt).toBeNull()
    expect(await t.db.$count(payments, eq(payments.membershipId, m.id))).toBe(0)
    expect(await templates()).not.toContain('membership-welcome')
    const rejoin = await callRoute(join.action, { path: '/join', cookie, form: joinForm({ registrationNumber: 'SW991199' }) })
    expect(rejoin.status).toBe(409)
    expect(JSON.stringify(rejoin.body)).toContain('Your Direct Debit payment is being processed')
    expect((await membershipOf(cookie)).status).toBe('payment_processing')

    expect(await stripe.emulator.clearBacsPayments()).toEqual({ cleared: 1, failed: 0 })
    const [active] = await t.db.select().from(memberships).where(eq(memberships.id, m.id))
    expect(active.status).toBe('active')
    expect(active.joinedAt).not.toBeNull()
    const [payment] = await t.db.select().from(payments).where(eq(payments.membershipId, m.id))
    expect(payment.amountPence).toBe(18000)
    expect((await templates()).filter((x) => x === 'membership-welcome' || x === 'payment-receipt').sort()).toEqual(['membership-welcome', 'payment-receipt'])
    expect((await membershipOf(cookie)).status).toBe('active')
  })

  it('a Direct Debit that fails returns the application to pending payment, with one email, and it can be paid again', async () => {
    const { checkoutUrl, cookie } = await apply()
    await payByDirectDebit(checkoutUrl, '90012345')
    expect((await membershipOf(cookie)).status).toBe('payment_processing')

    expect(await stripe.emulator.clearBacsPayments()).toEqual({ cleared: 0, failed: 1 })
    const failed = await membershipOf(cookie)
    expect(failed).toMatchObject({ status: 'pending_payment', canVote: false })
    const [m] = await t.db.select().from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.status, 'pending_payment'))
    expect(m.memberships.pastDueSince).toBeNull()
    const emails = (await t.db.select().from(outboxJobs)).filter((j) => j.template === 'direct-debit-failed')
    expect(emails).toHaveLength(1)
    expect(await templates()).not.toContain('payment-failed')

    const resumed = await callRoute(join.loader, { path: '/join', cookie })
    expect(resumed.body).toMatchObject({ waiting: { number: failed.number } })
    const again = await callRoute(joinPay.action, { path: '/join/pay', cookie, form: {} })
    expect(again.status).toBe(302)
    expect((await payOnCheckout(again.headers.get('location')!)).status).toBe(303)
    expect(await membershipOf(cookie)).toMatchObject({ status: 'active', number: failed.number })
  })

  /** Replays, newest first, the events one Direct Debit checkout produced, on the application as it was before them. */
  async function replayReversed(checkoutUrl: string) {
    const session = await getStripe().checkout.sessions.retrieve(checkoutUrl.split('/').pop()!)
    const ids = new Set([session.id, session.subscription, session.invoice, session.customer].filter(Boolean) as string[])
    const related = (e: { data: { object: Record<string, unknown> } }) => {
      const o = e.data.object
      return [o.id, o.subscription, o.invoice, o.customer].some((v) => typeof v === 'string' && ids.has(v))
    }
    const events = stripe.emulator.deliveredEvents().filter(related).reverse()
    expect(events.length).toBeGreaterThan(5)
    const membershipId = session.client_reference_id!
    await t.db.delete(processedWebhooks)
    await t.db.delete(payments).where(eq(payments.membershipId, membershipId))
    await t.db
      .update(memberships)
      .set({ status: 'pending_payment', stripeVersion: null, stripeSubscriptionId: null, joinedAt: null, pastDueSince: null, currentPeriodEnd: null })
      .where(eq(memberships.id, membershipId))
    for (const event of events) await applyStripeEvent(t.db, event, { baseUrl: 'http://localhost:3000' })
    const [after] = await t.db.select().from(memberships).where(eq(memberships.id, membershipId))
    return { membership: after, payments: await t.db.$count(payments, eq(payments.membershipId, after.id)) }
  }

  it('reaches the same outcome when a Direct Debit’s events arrive newest first', async () => {
    const good = await apply()
    await payByDirectDebit(good.checkoutUrl)
    const bad = await apply()
    await payByDirectDebit(bad.checkoutUrl, '90012345')
    await stripe.emulator.clearBacsPayments()
    expect((await membershipOf(good.cookie)).status).toBe('active')
    expect((await membershipOf(bad.cookie)).status).toBe('pending_payment')

    const cleared = await replayReversed(good.checkoutUrl)
    expect(cleared).toMatchObject({ membership: { status: 'active' }, payments: 1 })
    const failed = await replayReversed(bad.checkoutUrl)
    expect(failed).toMatchObject({ membership: { status: 'pending_payment', pastDueSince: null }, payments: 0 })
  })
})
