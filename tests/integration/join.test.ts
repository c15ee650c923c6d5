import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getPreferences } from '../../app/domain/outbox/preferences.server.ts'
import * as account from '../../app/routes/account._index.tsx'
import * as join from '../../app/routes/join.tsx'
import * as joinComplete from '../../app/routes/join_.complete.tsx'
import { memberships, outboxJobs, payments, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute } from '../helpers/routes.ts'
import { joinForm, payOnCheckout, useTestStripe } from '../helpers/stripe.ts'

const form = joinForm()

describe('joining and paying', () => {
  const t = useTestDb()
  const stripe = useTestStripe()

  it('a newcomer joins, is sent to checkout, a declined card changes nothing, a good card makes them an active member', async () => {
    const res = await callRoute(join.action, { path: '/join', form })
    expect(res.status).toBe(302)
    const checkoutUrl = res.headers.get('location')!
    expect(checkoutUrl).toMatch(new RegExp(`^${stripe.emulator.url}/checkout/cs_`))
    const cookie = res.headers.get('set-cookie')!.split(';')[0]

    const [user] = await t.db.select().from(users).where(eq(users.email, form.email))
    const [pending] = await t.db.select().from(memberships).where(eq(memberships.userId, user.id))
    expect(pending).toMatchObject({ status: 'pending_payment', registrationNumber: 'SW123456', regulator: 'swe', tierId: 'full', branch: 'London' })
    expect(await getPreferences(t.db, user.id)).toMatchObject({ ballots: true, press_alerts: false })

    const declined = await payOnCheckout(checkoutUrl, '4000 0000 0000 0341')
    expect(declined.status).toBe(402)
    expect(await declined.text()).toContain('Your card was declined')
    expect((await callRoute(joinComplete.loader, { path: '/join/complete', cookie })).body).toMatchObject({ status: 'pending_payment' })

    const paid = await payOnCheckout(checkoutUrl)
    expect(paid.status).toBe(303)
    expect(paid.headers.get('location')).toMatch(/\/join\/complete\?session_id=cs_/)
    const [active] = await t.db.select().from(memberships).where(eq(memberships.userId, user.id))
    expect(active.status).toBe('active')
    expect(active.currentPeriodEnd!.getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000)
    expect(active.stripeSubscriptionId).toMatch(/^sub_/)
    const [payment] = await t.db.select().from(payments).where(eq(payments.membershipId, active.id))
    expect(payment.amountPence).toBe(18000)
    const templates = (await t.db.select().from(outboxJobs)).map((j) => j.template).sort()
    expect(templates).toEqual(['membership-welcome', 'payment-receipt', 'verify-email'])

    const page = await callRoute(account.loader, { path: '/account', cookie })
    expect((page.body as { membership: object }).membership).toMatchObject({
      status: 'active',
      statusLabel: 'Active',
      tierName: 'Full',
      registration: 'Social Work England SW123456',
      verified: false,
      canVote: false,
    })
  })

  const badNumbers: [string, string][] = [
    ['swe', '123456'],
    ['sssc', 'SW123456'],
    ['scw', 'ABC123'],
    ['niscc', '123456789'],
  ]
  for (const [regulator, number] of badNumbers) {
    it(`rejects ${regulator} registration number ${number}, saying what is expected, and writes nothing`, async () => {
      const before = { users: await t.db.$count(users), memberships: await t.db.$count(memberships) }
      const res = await callRoute(join.action, { path: '/join', form: { ...form, email: `bad-${regulator}@example.test`, regulator, registrationNumber: number } })
      expect(res.status).toBe(400)
      const message = (res.body as { error: Record<string, string[]> }).error.registrationNumber[0]
      expect(message).toMatch(/^Enter your .+ registration number: (SW followed by up to 7 digits|up to 7 digits), like \w+$/)
      expect({ users: await t.db.$count(users), memberships: await t.db.$count(memberships) }).toEqual(before)
    })
  }

  it('asks a registered tier for a registration number, and refuses a number already on another membership', async () => {
    const missing = await callRoute(join.action, { path: '/join', form: { ...form, email: 'none@example.test', registrationNumber: '' } })
    expect(missing.status).toBe(400)
    expect((missing.body as { error: Record<string, string[]> }).error.registrationNumber[0]).toMatch(/registered social workers/)
    await callRoute(join.action, { path: '/join', form: { ...form, email: 'first@example.test', registrationNumber: 'SW777' } })
    const clash = await callRoute(join.action, { path: '/join', form: { ...form, email: 'second@example.test', registrationNumber: 'sw0777' } })
    expect(clash.status).toBe(409)
    expect((clash.body as { error: Record<string, string[]> }).error.registrationNumber[0]).toMatch(/already on another membership/)
    expect(await t.db.$count(users, eq(users.email, 'second@example.test'))).toBe(0)
  })
})
