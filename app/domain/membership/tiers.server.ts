import { asc, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../../../db/client.server.ts'
import { tiers } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'

const pounds = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,5}(\.\d{1,2})?$/, message)
    .transform((v) => Math.round(Number(v) * 100))

const stripePriceId = z
  .string()
  .trim()
  .regex(/^price_\w{1,100}$/, msg('A Stripe price id starts with price_'))
  .optional()
  .transform((v) => v ?? null)

/** An admin's edit of a tier. Prices are typed in pounds and stored in pence. */
export const TierEditSchema = z.object({
  tierId: z.string().max(40),
  name: z.string().trim().min(1, msg('Enter a name')).max(60, msg('Name must be 60 characters or fewer')),
  description: z.string().trim().min(1, msg('Enter a description')).max(300, msg('Description must be 300 characters or fewer')),
  annualPrice: pounds(msg('Enter the yearly price in pounds, like 180 or 15.50')),
  // Blank fields arrive as undefined (Conform drops empty strings): no monthly option, no fixed Stripe price.
  monthlyPrice: pounds(msg('Enter the monthly price in pounds, like 180 or 15.50'))
    .optional()
    .transform((v) => v ?? null),
  stripeAnnualPriceId: stripePriceId,
  stripeMonthlyPriceId: stripePriceId,
  votingRights: z
    .literal('on')
    .optional()
    .transform((v) => v === 'on'),
  active: z
    .literal('on')
    .optional()
    .transform((v) => v === 'on'),
})

export function listAllTiers(db: Db) {
  return db.select().from(tiers).orderBy(asc(tiers.sortOrder))
}

/**
 * Changes a tier, recorded in the audit log. New prices apply to people who join from now on;
 * existing subscriptions keep the Stripe price they were sold.
 */
export async function updateTier(db: Db, input: z.output<typeof TierEditSchema> & { actorId: string }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(tiers).where(eq(tiers.id, input.tierId)).for('update')
    if (!before) throw new DomainError('not_found', msg('No such membership type'))
    if (input.annualPrice < 100) throw new DomainError('invalid_input', msg('The yearly price must be at least £1'), 'annualPrice')
    const [after] = await tx
      .update(tiers)
      .set({
        name: input.name,
        description: input.description,
        annualPricePence: input.annualPrice,
        monthlyPricePence: input.monthlyPrice,
        stripeAnnualPriceId: input.stripeAnnualPriceId,
        stripeMonthlyPriceId: input.stripeMonthlyPriceId,
        votingRights: input.votingRights,
        active: input.active,
        updatedAt: new Date(),
      })
      .where(eq(tiers.id, before.id))
      .returning()
    const pick = (t: typeof before) => ({
      name: t.name,
      annualPricePence: t.annualPricePence,
      monthlyPricePence: t.monthlyPricePence,
      votingRights: t.votingRights,
      active: t.active,
      stripeAnnualPriceId: t.stripeAnnualPriceId,
      stripeMonthlyPriceId: t.stripeMonthlyPriceId,
    })
    await audit(tx, { actorId: input.actorId, action: 'tier.update', subjectType: 'tier', subjectId: before.id, before: pick(before), after: pick(after) })
    return after
  })
}
