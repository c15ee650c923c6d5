import { and, eq } from 'drizzle-orm'
import type Stripe from 'stripe'
import type { Db } from '../../../db/client.server.ts'
import { memberships, tiers, type Regulator } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { getMembershipForUser, priceFor } from './join.server.ts'
import { normaliseRegistrationNumber } from './registration.ts'
import { describeError, log } from '~/utils/log.server.ts'
import { msg } from '~/i18n/translate.ts'

/**
 * Moves a member to another tier or payment interval. Stripe is changed first (with proration);
 * only when it has agreed does Chorus record the new tier.
 */
export async function changeTier(db: Db, stripe: Stripe, input: { userId: string; tierId: string; interval: 'year' | 'month' }) {
  const m = await getMembershipForUser(db, input.userId)
  if (!m || (m.status !== 'active' && m.status !== 'past_due')) throw new DomainError('invalid_state', msg('Only a current membership can change type.'))
  const [tier] = await db
    .select()
    .from(tiers)
    .where(and(eq(tiers.id, input.tierId), eq(tiers.active, true)))
  if (!tier) throw new DomainError('invalid_input', msg('Select a membership type'), 'tierId')
  if (tier.id === m.tierId && input.interval === m.interval)
    throw new DomainError('invalid_input', msg('You are already a {tier} member paying every {interval, select, month {month} other {year}}'), 'tierId', { tier: tier.name, interval: m.interval })
  if (input.interval === 'month' && !tier.monthlyPricePence) throw new DomainError('invalid_input', msg('{tier} membership is paid yearly'), 'interval', { tier: tier.name })
  if (tier.requiresRegistration && !m.registrationNumber) throw new DomainError('invalid_input', msg('{tier} membership needs a registration number. Add yours first.'), 'tierId', { tier: tier.name })

  if (m.stripeSubscriptionId) {
    try {
      const subscription = await stripe.subscriptions.retrieve(m.stripeSubscriptionId)
      const item = subscription.items.data[0]
      await stripe.subscriptions.update(m.stripeSubscriptionId, {
        items: [{ id: item.id, price: await priceFor(stripe, tier, input.interval) }],
        proration_behavior: 'create_prorations',
      })
    } catch (error) {
      if (error instanceof DomainError) throw error
      log.error({ err: describeError(error) }, 'could not change the subscription')
      throw new DomainError('invalid_state', msg('We could not reach our payment provider, so nothing has changed. Try again in a minute.'))
    }
  }
  await db.transaction(async (tx) => {
    await tx.update(memberships).set({ tierId: tier.id, interval: input.interval, updatedAt: new Date() }).where(eq(memberships.id, m.id))
    await audit(tx, {
      actorId: input.userId,
      action: 'membership.tier_change',
      subjectType: 'membership',
      subjectId: m.id,
      before: { tier: m.tierId, interval: m.interval },
      after: { tier: tier.id, interval: input.interval },
    })
  })
  return tier
}

/** A member corrects their registration number; it must be verified again before they can vote. */
export async function updateRegistration(db: Db, input: { userId: string; regulator: Regulator; registrationNumber: string }) {
  const normalised = normaliseRegistrationNumber(input.regulator, input.registrationNumber)
  if (!normalised.ok) throw new DomainError('invalid_input', normalised.message, 'registrationNumber')
  const m = await getMembershipForUser(db, input.userId)
  if (!m || m.status === 'resigned') throw new DomainError('invalid_state', msg('There is no membership on this account.'))
  if (m.regulator === input.regulator && m.registrationNumber === normalised.number && !m.registrationRejectedReason) {
    throw new DomainError('invalid_input', msg('That is the number we already have'), 'registrationNumber')
  }
  try {
    await db.transaction(async (tx) => {
      await tx
        .update(memberships)
        .set({ regulator: input.regulator, registrationNumber: normalised.number, registrationVerifiedAt: null, registrationVerifiedBy: null, registrationRejectedReason: null, updatedAt: new Date() })
        .where(eq(memberships.id, m.id))
      await audit(tx, {
        actorId: input.userId,
        action: 'membership.registration_changed',
        subjectType: 'membership',
        subjectId: m.id,
        before: { regulator: m.regulator, registrationNumber: m.registrationNumber },
        after: { regulator: input.regulator, registrationNumber: normalised.number },
      })
    })
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === '23505') {
      throw new DomainError('conflict', msg('This registration number is already on another membership. Contact us if you think this is wrong.'), 'registrationNumber')
    }
    throw error
  }
  return normalised.number
}
