import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { lapseOverdueMemberships } from '../../app/domain/membership/lapse.server.ts'
import * as account from '../../app/routes/account._index.tsx'
import * as changeMembership from '../../app/routes/account.membership.tsx'
import { auditLog, memberships, outboxJobs } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, flashOf } from '../helpers/routes.ts'
import { joinAndPay, useTestStripe } from '../helpers/stripe.ts'

type AccountData = Awaited<ReturnType<typeof account.loader>>

describe('membership over time', () => {
  const t = useTestDb()
  const stripe = useTestStripe()

  it('a failed renewal makes the member past due and emails them; paying again makes them active', async () => {
    const { cookie } = await joinAndPay()
    const [m] = await t.db.select().from(memberships).orderBy(memberships.createdAt).limit(1)
    await stripe.emulator.failRenewal(m.stripeSubscriptionId!)
    let card = ((await callRoute(account.loader, { path: '/account', cookie })).body as AccountData).membership!
    expect(card).toMatchObject({ status: 'past_due', statusLabel: 'Payment overdue' })
    expect((await t.db.select().from(outboxJobs)).map((j) => j.template)).toContain('payment-failed')

    // Stripe dates events to the second and retries a failed payment days later; within one
    // second the later lifecycle stage wins, so the recovery is dated a second on, as it would be.
    await new Promise((r) => setTimeout(r, 1_100))
    await stripe.emulator.renewSubscription(m.stripeSubscriptionId!)
    card = ((await callRoute(account.loader, { path: '/account', cookie })).body as AccountData).membership!
    expect(card.status).toBe('active')
    const [after] = await t.db.select().from(memberships).where(eq(memberships.id, m.id))
    expect(after.pastDueSince).toBeNull()
    expect(after.currentPeriodEnd!.getTime()).toBeGreaterThan(m.currentPeriodEnd!.getTime())
  })

  it('lapses memberships past due beyond the grace period, once, telling the member', async () => {
    const day = 86_400_000
    const { membership: overdue } = await createMember(t.db)
    const { membership: recent } = await createMember(t.db)
    await t.db
      .update(memberships)
      .set({ status: 'past_due', pastDueSince: new Date(Date.now() - 31 * day) })
      .where(eq(memberships.id, overdue.id))
    await t.db
      .update(memberships)
      .set({ status: 'past_due', pastDueSince: new Date(Date.now() - 5 * day) })
      .where(eq(memberships.id, recent.id))
    expect(await lapseOverdueMemberships(t.db, { baseUrl: 'http://localhost:3000' })).toBe(1)
    expect(await lapseOverdueMemberships(t.db, { baseUrl: 'http://localhost:3000' })).toBe(0)
    const statuses = await t.db.select({ id: memberships.id, status: memberships.status }).from(memberships)
    expect(statuses.find((s) => s.id === overdue.id)!.status).toBe('lapsed')
    expect(statuses.find((s) => s.id === recent.id)!.status).toBe('past_due')
    expect((await t.db.select().from(outboxJobs)).map((j) => j.template)).toEqual(['membership-lapsed'])
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'membership.lapsed'))).toBe(1)
  })
})

describe('changing a membership', () => {
  const t = useTestDb()
  const stripe = useTestStripe()

  it('moves a paying member to another tier in Stripe and in Chorus, audited', async () => {
    const { cookie } = await joinAndPay()
    const res = await callRoute(changeMembership.action, { path: '/account/membership', cookie, form: { intent: 'change-tier', tierId: 'asye', interval: 'month' } })
    expect(await flashOf(res)).toMatchObject({ tone: 'success' })
    const [m] = await t.db.select().from(memberships)
    expect(m).toMatchObject({ tierId: 'asye', interval: 'month' })
    const { stripeForEmulator } = await import('../../app/utils/stripe.server.ts')
    const subscription = await stripeForEmulator(stripe.emulator.port).subscriptions.retrieve(m.stripeSubscriptionId!, { expand: ['items.data.price'] })
    expect(subscription.items.data[0].price).toMatchObject({ unit_amount: 775, recurring: expect.objectContaining({ interval: 'month' }) })
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'membership.tier_change'))).toBe(1)

    const yearlyOnly = await callRoute(changeMembership.action, { path: '/account/membership', cookie, form: { intent: 'change-tier', tierId: 'retired', interval: 'month' } })
    expect(yearlyOnly.status).toBe(400)
    expect(JSON.stringify(yearlyOnly.body)).toContain('paid yearly')
  })

  it('a corrected registration number needs verifying again', async () => {
    const { user, membership } = await createMember(t.db)
    const { sessionCookieHeader } = await import('../../app/utils/session.server.ts')
    const { createSession } = await import('../../app/domain/auth/sessions.server.ts')
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: user.id })).id)
    const bad = await callRoute(changeMembership.action, { path: '/account/membership', cookie, form: { intent: 'update-registration', regulator: 'sssc', registrationNumber: 'SW12' } })
    expect(bad.status).toBe(400)
    const ok = await callRoute(changeMembership.action, { path: '/account/membership', cookie, form: { intent: 'update-registration', regulator: 'sssc', registrationNumber: '0098765' } })
    expect(await flashOf(ok)).toMatchObject({ tone: 'success' })
    const [m] = await t.db.select().from(memberships).where(eq(memberships.id, membership.id))
    expect(m).toMatchObject({ regulator: 'sssc', registrationNumber: '98765', registrationVerifiedAt: null })
  })
})
