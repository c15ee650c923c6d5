import { describe, expect, it } from 'vitest'
import * as statement from '../../app/routes/account.fees-statement.tsx'
import { payments } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import type { Db } from '../../db/client.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

async function signIn(db: Db, userId: string) {
  return sessionCookieHeader((await createSession(db, { userId })).id)
}

describe('statement of fees paid for a tax year', () => {
  const t = useTestDb()

  it('totals the payments made from 6 April to 5 April, in UK time', async () => {
    const { user, membership } = await createMember(t.db)
    const paid = (id: string, at: string, pence: number) => ({ membershipId: membership.id, stripeInvoiceId: id, amountPence: pence, currency: 'gbp', paidAt: new Date(at) })
    await t.db.insert(payments).values([
      paid('in_before', '2026-04-05T22:59:00Z', 1500), // 23:59 BST on 5 April 2026: the tax year before
      paid('in_first', '2026-04-05T23:00:00Z', 1500), // 00:00 BST on 6 April 2026
      paid('in_winter', '2026-12-01T10:00:00Z', 1500),
      paid('in_last', '2027-04-05T22:30:00Z', 1500), // 23:30 BST on 5 April 2027
      paid('in_after', '2027-04-05T23:00:00Z', 1500),
    ])
    const cookie = await signIn(t.db, user.id)
    const res = await callRoute(statement.loader, { path: '/account/fees-statement?year=2026', cookie })
    expect(res.status).toBe(200)
    const body = res.body as { statement: { total: string; totalPence: number; payments: { reference: string; date: string }[]; taxYear: { label: string }; membershipNumber: string; name: string } }
    expect(body.statement.taxYear.label).toBe('6 April 2026 to 5 April 2027')
    expect(body.statement.payments.map((p) => p.reference)).toEqual(['in_first', 'in_winter', 'in_last'])
    expect(body.statement.payments[0].date).toBe('6 April 2026')
    expect(body.statement).toMatchObject({ totalPence: 4500, total: '£45.00', name: user.name })

    const before = await callRoute(statement.loader, { path: '/account/fees-statement?year=2025', cookie })
    expect((before.body as typeof body).statement.total).toBe('£15.00')
  })

  it('shows only the signed-in member’s own payments', async () => {
    const mine = await createMember(t.db)
    const theirs = await createMember(t.db)
    await t.db.insert(payments).values({ membershipId: theirs.membership.id, stripeInvoiceId: 'in_theirs', amountPence: 9900, currency: 'gbp', paidAt: new Date('2026-06-01T12:00:00Z') })
    const res = await callRoute(statement.loader, { path: '/account/fees-statement?year=2026', cookie: await signIn(t.db, mine.user.id) })
    expect((res.body as { statement: { totalPence: number; payments: unknown[] } }).statement).toMatchObject({ totalPence: 0, payments: [] })
  })

  it.each(['1999', 'next', '2026.5', '9999'])('refuses the year %s with a message', async (year) => {
    const user = await createUser(t.db)
    const res = await callRoute(statement.loader, { path: `/account/fees-statement?year=${year}`, cookie: await signIn(t.db, user.id) })
    expect(res.status).toBe(400)
    expect((res.body as { problem: string }).problem).toMatch(/Choose a tax year/)
  })
})
