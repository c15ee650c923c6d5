import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as adminTiers from '../../app/routes/admin.tiers.tsx'
import { auditLog, tiers } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, flashOf, signedInAs } from '../helpers/routes.ts'
import { translate } from '../../app/i18n/translate.ts'

describe('admin edits membership types', () => {
  const t = useTestDb()
  const form = { tierId: 'full', name: 'Full', description: 'Registered social workers.', annualPrice: '190', monthlyPrice: '16.25', votingRights: 'on', active: 'on' }

  it('saves prices in pence with an audit record of before and after', async () => {
    const { user: admin, cookie } = await signedInAs(t.db, 'admin')
    const res = await callRoute(adminTiers.action, { path: '/admin/tiers', cookie, form })
    const saved = (await flashOf(res))!
    expect(translate('en', saved.message, saved.values)).toContain('Full saved')
    const [full] = await t.db.select().from(tiers).where(eq(tiers.id, 'full'))
    expect(full).toMatchObject({ annualPricePence: 19000, monthlyPricePence: 1625, stripeAnnualPriceId: null, votingRights: true })
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'tier.update'))
    expect(entry).toMatchObject({ actorId: admin.id, before: expect.objectContaining({ annualPricePence: 18000 }), after: expect.objectContaining({ annualPricePence: 19000 }) })
  })

  it('refuses bad prices and ids with a message, changing nothing', async () => {
    const { cookie } = await signedInAs(t.db, 'admin')
    const cases: Record<string, string>[] = [{ annualPrice: 'lots' }, { annualPrice: '0.50' }, { monthlyPrice: '-3' }, { stripeAnnualPriceId: 'prod_123' }, { name: '' }, { tierId: 'platinum' }]
    for (const bad of cases) {
      const res = await callRoute(adminTiers.action, { path: '/admin/tiers', cookie, form: { ...form, ...bad } })
      expect(res.status, JSON.stringify(bad)).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
    }
    const [full] = await t.db.select().from(tiers).where(eq(tiers.id, 'full'))
    expect(full.annualPricePence).toBe(18000)
  })
})
