import { StripeApiError } from './errors.server.ts'
import type { Emit } from './events.server.ts'
import { createInvoice, markInvoicePaid } from './invoices.server.ts'
import type { Store, Subscription } from './store.server.ts'
import { endSubscription, getSubscription, periodEnd, pick, setPeriod } from './subscriptions.server.ts'

/**
 * Moves a subscription to the end of its period and charges successfully:
 * a cancelled-at-period-end subscription ends; a past_due one has its open invoice paid;
 * otherwise a new period starts with a paid `subscription_cycle` invoice.
 * Emits invoice.paid then customer.subscription.updated (or customer.subscription.deleted).
 */
export function renewSubscription(store: Store, emit: Emit, id: string) {
  const subscription = billable(store, id)
  if (subscription.cancel_at_period_end) return endSubscription(store, emit, id)
  const open = openInvoice(store, subscription)
  if (open) {
    const previous = pick(subscription, ['status'])
    markInvoicePaid(open)
    subscription.status = 'active'
    emit('invoice.paid', open)
    emit('customer.subscription.updated', subscription, { previousAttributes: previous })
    return subscription
  }
  const { previous, invoicePeriod } = startNextPeriod(subscription)
  const invoice = createInvoice(store, subscription, { billingReason: 'subscription_cycle', paid: true, invoicePeriod })
  emit('invoice.paid', invoice)
  emit('customer.subscription.updated', subscription, { previousAttributes: previous })
  return subscription
}

/**
 * Moves a subscription to the end of its period and the charge fails: an open invoice
 * (attempt_count 1) and status past_due. Emits invoice.payment_failed then
 * customer.subscription.updated. Failing again while past_due only re-emits the failure.
 */
export function failRenewal(store: Store, emit: Emit, id: string) {
  const subscription = billable(store, id)
  if (subscription.cancel_at_period_end) return endSubscription(store, emit, id)
  const open = openInvoice(store, subscription)
  if (open) {
    open.attempt_count += 1
    emit('invoice.payment_failed', open)
    return subscription
  }
  const { previous, invoicePeriod } = startNextPeriod(subscription)
  previous.status = subscription.status
  subscription.status = 'past_due'
  const invoice = createInvoice(store, subscription, { billingReason: 'subscription_cycle', paid: false, invoicePeriod })
  emit('invoice.payment_failed', invoice)
  emit('customer.subscription.updated', subscription, { previousAttributes: previous })
  return subscription
}

function billable(store: Store, id: string) {
  const subscription = getSubscription(store, id)
  if (subscription.status === 'canceled') {
    throw new StripeApiError(400, `The subscription ${id} is canceled and cannot renew.`, undefined, 'subscription_canceled')
  }
  return subscription
}

function openInvoice(store: Store, subscription: Subscription) {
  const latest = subscription.latest_invoice ? store.invoices.get(subscription.latest_invoice) : undefined
  return latest?.status === 'open' ? latest : undefined
}

function startNextPeriod(subscription: Subscription) {
  const previous = pick(subscription, ['current_period_start', 'current_period_end', 'items', 'latest_invoice'])
  const invoicePeriod = { start: subscription.current_period_start, end: subscription.current_period_end }
  const start = subscription.current_period_end
  setPeriod(subscription, { start, end: periodEnd(start, subscription.items.data[0].price) })
  return { previous, invoicePeriod }
}
