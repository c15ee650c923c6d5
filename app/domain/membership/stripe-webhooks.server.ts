import { eq, or, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { memberships, payments, processedWebhooks, tiers, users, type Membership } from '../../../db/schema/index.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { membershipNumber, pounds } from './format.ts'
import { GRACE_DAYS } from './status.ts'
import { readStripeEvent, versionOf } from './stripe-events.ts'

type Change = Extract<ReturnType<typeof readStripeEvent>, { eventId: string }>

/**
 * A first Direct Debit payment takes days to clear. Meanwhile Stripe already calls the subscription
 * active, so subscription events do not make the member active: only the paid invoice (or the
 * checkout's async success) does. A failed first payment returns the application to pending payment
 * rather than past due, as the member never had a paid-up period. Returns null when the event
 * should change nothing, undefined when the usual reading applies.
 */
function firstPaymentStatus(m: Membership, change: Change): Membership['status'] | null | undefined {
  const neverPaid = !m.joinedAt && (m.status === 'payment_processing' || m.status === 'pending_payment')
  if (change.kind === 'async_payment_failed') return neverPaid ? 'pending_payment' : null
  if (m.status === 'payment_processing' && change.kind === 'subscription' && change.status !== 'cancelled') return null
  // A first payment that failed (Stripe sends several notices, in any order): its time is recorded,
  // so older "processing" or "subscription active" news cannot overwrite it. A failure of an
  // earlier, abandoned subscription changes nothing.
  if (change.kind === 'invoice_failed' && neverPaid) return m.stripeSubscriptionId && m.stripeSubscriptionId !== change.subscriptionId ? null : 'pending_payment'
  return undefined
}

export type WebhookOutcome = 'duplicate' | 'ignored' | 'unmatched' | 'applied' | 'stale'

/**
 * Applies a verified Stripe event exactly once. The event id is recorded first in the same
 * transaction (a replay changes nothing); the membership row is locked; information older than
 * what was already applied never overwrites it, so events may arrive in any order.
 */
export async function applyStripeEvent(db: Db, event: { id: string; type: string; created: number; data: { object: Record<string, unknown> } }, options: { baseUrl: string }): Promise<WebhookOutcome> {
  return db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(processedWebhooks)
      .values({ id: `stripe:${event.id}`, source: 'stripe' })
      .onConflictDoNothing()
      .returning()
    if (!fresh) return 'duplicate'
    const change = readStripeEvent(event)
    if (change.kind === 'ignored') return 'ignored'

    const conditions = [
      change.memberId && /^[0-9a-f-]{36}$/i.test(change.memberId) ? eq(memberships.id, change.memberId) : undefined,
      change.subscriptionId ? eq(memberships.stripeSubscriptionId, change.subscriptionId) : undefined,
    ].filter(Boolean)
    let [m] = conditions.length
      ? await tx
          .select()
          .from(memberships)
          .where(or(...conditions))
          .orderBy(sql`${memberships.createdAt} desc`)
          .limit(1)
          .for('update')
      : []
    if (!m && change.customerId) {
      ;[m] = await tx
        .select()
        .from(memberships)
        .where(eq(memberships.stripeCustomerId, change.customerId))
        .orderBy(sql`${memberships.createdAt} desc`)
        .limit(1)
        .for('update')
    }
    if (!m) return 'unmatched'
    if (m.status === 'resigned') return 'ignored'

    const now = new Date()
    const links: Partial<Membership> = {}
    if (change.customerId && !m.stripeCustomerId) links.stripeCustomerId = change.customerId
    if (change.subscriptionId && m.stripeSubscriptionId !== change.subscriptionId && (!m.stripeSubscriptionId || change.kind === 'checkout')) {
      links.stripeSubscriptionId = change.subscriptionId
    }

    const [tier] = await tx.select().from(tiers).where(eq(tiers.id, m.tierId))
    const [user] = m.userId ? await tx.select().from(users).where(eq(users.id, m.userId)) : []
    const recipient = user ? { email: user.email, name: user.name, userId: user.id } : null
    const number = membershipNumber(m.number)

    if (change.invoice) {
      const [payment] = await tx
        .insert(payments)
        .values({
          membershipId: m.id,
          stripeInvoiceId: change.invoice.id,
          amountPence: change.invoice.amountPaid,
          currency: change.invoice.currency,
          paidAt: change.invoice.paidAt,
          periodEnd: change.periodEnd,
        })
        .onConflictDoNothing()
        .returning()
      if (payment && recipient) {
        await enqueueEmail(tx, {
          template: 'payment-receipt',
          topic: 'membership',
          to: recipient,
          data: {
            membershipNumber: number,
            amount: pounds(payment.amountPence),
            // Dates travel as instants: the email writes them in its reader's language.
            paidOn: payment.paidAt.toISOString(),
            paidUntil: payment.periodEnd?.toISOString() ?? null,
            invoiceId: payment.stripeInvoiceId,
          },
          dedupeKey: `receipt:${payment.stripeInvoiceId}`,
        })
      }
    }

    // The paid-up date only moves forward, whatever order events come in.
    if (change.periodEnd && (!m.currentPeriodEnd || change.periodEnd > m.currentPeriodEnd)) links.currentPeriodEnd = change.periodEnd

    const firstPayment = firstPaymentStatus(m, change)
    if ((m.stripeVersion && change.version <= m.stripeVersion) || firstPayment === null) {
      if (Object.keys(links).length)
        await tx
          .update(memberships)
          .set({ ...links, updatedAt: now })
          .where(eq(memberships.id, m.id))
      return 'stale'
    }

    const status = firstPayment ?? change.status
    const update: Partial<Membership> = {
      ...links,
      status,
      stripeVersion: firstPayment === 'pending_payment' ? versionOf(event.created, 'first_payment_failed', change.eventId) : change.version,
      updatedAt: now,
      pastDueSince: status === 'past_due' ? (m.pastDueSince ?? now) : null,
      ...(change.cancelAtPeriodEnd !== null ? { cancelAtPeriodEnd: change.cancelAtPeriodEnd } : {}),
      ...(status === 'active' && !m.joinedAt ? { joinedAt: now } : {}),
      ...(status === 'cancelled' ? { endedAt: now } : {}),
    }
    await tx.update(memberships).set(update).where(eq(memberships.id, m.id))

    if (recipient && status !== m.status) {
      if (status === 'active' && !m.joinedAt) {
        await enqueueEmail(tx, {
          template: 'membership-welcome',
          topic: 'membership',
          to: recipient,
          data: { membershipNumber: number, tierName: tier.name, accountUrl: `${options.baseUrl}/account`, needsVerification: tier.requiresRegistration && !m.registrationVerifiedAt },
          dedupeKey: `welcome:${m.id}`,
        })
      }
      if (status === 'pending_payment' && m.status === 'payment_processing') {
        await enqueueEmail(tx, {
          template: 'direct-debit-failed',
          topic: 'membership',
          to: recipient,
          data: { membershipNumber: number, payUrl: `${options.baseUrl}/join` },
          dedupeKey: `direct-debit-failed:${m.id}:${change.eventId}`,
        })
      }
      if (status === 'past_due') {
        await enqueueEmail(tx, {
          template: 'payment-failed',
          topic: 'membership',
          to: recipient,
          data: { membershipNumber: number, billingUrl: `${options.baseUrl}/account#membership`, graceEnds: new Date((update.pastDueSince ?? now).getTime() + GRACE_DAYS * 86_400_000).toISOString() },
        })
      }
    }
    return 'applied'
  })
}
