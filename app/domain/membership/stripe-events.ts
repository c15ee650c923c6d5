import type { MembershipStatus } from '../../../db/schema/index.ts'

/** The parts of a Stripe event Chorus acts on, whatever API version shaped it. */
export type StripeChange =
  | { kind: 'ignored'; reason: string }
  | {
      kind: 'checkout' | 'subscription' | 'invoice_paid' | 'invoice_failed' | 'async_payment_failed'
      eventId: string
      /** Orders information: later versions win, whatever order events arrive in. */
      version: string
      status: MembershipStatus
      memberId: string | null
      customerId: string | null
      subscriptionId: string | null
      periodEnd: Date | null
      cancelAtPeriodEnd: boolean | null
      invoice: { id: string; amountPaid: number; currency: string; paidAt: Date } | null
    }

interface StripeEventLike {
  id: string
  type: string
  created: number
  data: { object: Record<string, unknown> }
}

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null)
const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null)
/** Stripe fields that may be an id or an expanded object. */
const idOf = (v: unknown) => str(v) ?? str(obj(v)?.id)
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const seconds = (v: unknown) => (num(v) === null ? null : new Date(num(v)! * 1000))

/** When equal in time, the later stage of the lifecycle wins, so the result never depends on arrival order. */
const PRECEDENCE: Record<Stage, number> = { pending_payment: 0, payment_processing: 1, subscription_active: 2, first_payment_failed: 3, active: 4, past_due: 5, lapsed: 6, cancelled: 7, resigned: 8 }

/**
 * A stage of the lifecycle as Stripe's events tell it. A first Direct Debit that failed leaves the
 * membership pending payment, but it comes after the processing it ends and before a payment
 * made afterwards, even within the same second. Stripe calls a subscription active while its first
 * Direct Debit is still processing, so a subscription saying so ranks below that payment's outcome.
 */
export type Stage = MembershipStatus | 'first_payment_failed' | 'subscription_active'

export function versionOf(created: number, status: Stage, eventId: string) {
  return `${String(created).padStart(12, '0')}:${PRECEDENCE[status]}:${eventId}`
}

function subscriptionStatusToMembership(status: string): MembershipStatus | null {
  switch (status) {
    case 'active':
    case 'trialing':
      return 'active'
    case 'past_due':
    case 'unpaid':
      return 'past_due'
    case 'canceled':
    case 'incomplete_expired':
      return 'cancelled'
    case 'incomplete':
      return 'pending_payment'
    default:
      return null
  }
}

function metadataMemberId(o: Obj | null) {
  return str(obj(o?.metadata)?.memberId)
}

/** The subscription an invoice belongs to: `subscription` before API 2025-03-31, `parent.subscription_details` after. */
function invoiceSubscription(invoice: Obj) {
  const details = obj(obj(invoice.parent)?.subscription_details)
  return { subscriptionId: idOf(invoice.subscription) ?? idOf(details?.subscription), memberId: metadataMemberId(details) ?? metadataMemberId(obj(invoice.subscription_details)) }
}

/** Reads a verified Stripe event into the change it means for a membership. */
export function readStripeEvent(event: StripeEventLike): StripeChange {
  const o = obj(event.data?.object)
  if (!o || typeof event.id !== 'string' || typeof event.created !== 'number') return { kind: 'ignored', reason: 'malformed event' }
  const base = { eventId: event.id, cancelAtPeriodEnd: null, invoice: null }

  switch (event.type) {
    case 'checkout.session.completed': {
      if (o.mode !== 'subscription') return { kind: 'ignored', reason: 'not a subscription checkout' }
      // A completed checkout still unpaid is a Direct Debit whose first payment takes days to clear.
      const status: MembershipStatus = o.payment_status === 'paid' || o.payment_status === 'no_payment_required' ? 'active' : 'payment_processing'
      return {
        ...base,
        kind: 'checkout',
        version: versionOf(event.created, status, event.id),
        status,
        memberId: str(o.client_reference_id) ?? metadataMemberId(o),
        customerId: idOf(o.customer),
        subscriptionId: idOf(o.subscription),
        periodEnd: null,
      }
    }
    case 'checkout.session.async_payment_succeeded':
    case 'checkout.session.async_payment_failed': {
      if (o.mode !== 'subscription') return { kind: 'ignored', reason: 'not a subscription checkout' }
      const succeeded = event.type === 'checkout.session.async_payment_succeeded'
      const status: MembershipStatus = succeeded ? 'active' : 'pending_payment'
      return {
        ...base,
        kind: succeeded ? 'checkout' : 'async_payment_failed',
        version: versionOf(event.created, succeeded ? 'active' : 'first_payment_failed', event.id),
        status,
        memberId: str(o.client_reference_id) ?? metadataMemberId(o),
        customerId: idOf(o.customer),
        subscriptionId: idOf(o.subscription),
        periodEnd: null,
      }
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const status = subscriptionStatusToMembership(String(o.status))
      if (!status) return { kind: 'ignored', reason: `subscription status ${String(o.status)}` }
      const item = obj((obj(o.items)?.data as unknown[] | undefined)?.[0])
      return {
        ...base,
        kind: 'subscription',
        version: versionOf(event.created, status === 'active' ? 'subscription_active' : status, event.id),
        status,
        memberId: metadataMemberId(o),
        customerId: idOf(o.customer),
        subscriptionId: idOf(o.id),
        periodEnd: seconds(o.current_period_end) ?? seconds(item?.current_period_end),
        cancelAtPeriodEnd: typeof o.cancel_at_period_end === 'boolean' ? o.cancel_at_period_end : null,
      }
    }
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const { subscriptionId, memberId } = invoiceSubscription(o)
      if (!subscriptionId) return { kind: 'ignored', reason: 'not a subscription invoice' }
      const paid = event.type === 'invoice.paid'
      const status: MembershipStatus = paid ? 'active' : 'past_due'
      const line = obj((obj(o.lines)?.data as unknown[] | undefined)?.[0])
      const transitions = obj(o.status_transitions)
      return {
        ...base,
        kind: paid ? 'invoice_paid' : 'invoice_failed',
        version: versionOf(event.created, status, event.id),
        status,
        memberId,
        customerId: idOf(o.customer),
        subscriptionId,
        periodEnd: seconds(obj(line?.period)?.end),
        invoice: paid
          ? {
              id: String(o.id),
              amountPaid: num(o.amount_paid) ?? 0,
              currency: str(o.currency) ?? 'gbp',
              paidAt: seconds(transitions?.paid_at) ?? new Date(event.created * 1000),
            }
          : null,
      }
    }
    default:
      return { kind: 'ignored', reason: `unhandled event type ${event.type}` }
  }
}
