import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as join from '../../app/routes/join.tsx'
import { memberships, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute } from '../helpers/routes.ts'
import { joinForm, useTestStripe } from '../helpers/stripe.ts'

describe('/join for someone who applied but did not pay', () => {
  const t = useTestDb()
  useTestStripe()

  it('offers to finish paying, or to change the saved details, and keeps one application', async () => {
    const form = joinForm({ email: 'resume@example.test', nation: 'wales', branch: 'North Wales', regulator: 'scw', registrationNumber: '1012345' })
    const first = await callRoute(join.action, { path: '/join', form })
    expect(first.status).toBe(302)
    const cookie = first.headers.get('set-cookie')!.split(';')[0]
    const [applied] = await t.db.select().from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(users.email, 'resume@example.test'))

    const back = await callRoute(join.loader, { path: '/join', cookie })
    expect(back.body).toMatchObject({ waiting: { tierName: 'Full', price: '£180.00 a year', number: `CH-${String(applied.memberships.number).padStart(6, '0')}` } })

    const change = await callRoute(join.loader, { path: '/join?change=1', cookie })
    expect(change.body).toMatchObject({
      waiting: null,
      saved: { tierId: 'full', interval: 'year', regulator: 'scw', registrationNumber: '1012345', nation: 'wales', branch: 'North Wales', sector: 'children' },
    })

    const { name: _n, email: _e, password: _p, ...membershipOnly } = form
    const changed = await callRoute(join.action, { path: '/join?change=1', cookie, form: { ...membershipOnly, branch: 'South East Wales' } })
    expect(changed.status).toBe(302)
    const rows = await t.db.select().from(memberships).where(eq(memberships.userId, applied.users.id))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ id: applied.memberships.id, number: applied.memberships.number, branch: 'South East Wales', status: 'pending_payment' })
  })

  it('shows an empty form to someone who has not applied', async () => {
    const page = await callRoute(join.loader, { path: '/join' })
    expect(page.body).toMatchObject({ waiting: null, saved: {} })
  })

  it('refuses a branch outside the chosen nation, saying which nation, and writes nothing', async () => {
    const before = { users: await t.db.$count(users), memberships: await t.db.$count(memberships) }
    const res = await callRoute(join.action, { path: '/join', form: joinForm({ email: 'wrong-branch@example.test', nation: 'scotland', branch: 'London' }) })
    expect(res.status).toBe(400)
    expect((res.body as { error: Record<string, string[]> }).error.branch).toEqual(['Select a branch in Scotland'])
    expect({ users: await t.db.$count(users), memberships: await t.db.$count(memberships) }).toEqual(before)
  })
})
