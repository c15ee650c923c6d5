import { getPrice } from './catalog.server.ts'
import { StripeApiError, badParam, noSuch } from './errors.server.ts'
import type { Emit, EventRequest } from './events.server.ts'
import type { Params } from './form-params.server.ts'
import { addInterval, newId, unixNow } from './ids.server.ts'
import { arrayParam, booleanParam, integerParam, mergeMetadata, objectParam, rejectUnknown, stringParam } from './params.server.ts'
import type { Metadata, Price, Store, Subscription, SubscriptionItem } from './store.server.ts'

export function getSubscription(store: Store, id: string) {
  const subscription = store.subscriptions.get(id)
  if (!subscription) throw noSuch('subscription', id)
  return subscription
}

export function periodEnd(start: number, price: Price) {
  return addInterval(start, price.recurring?.interval ?? 'month', price.recurring?.interval_count ?? 1)
}

function planFrom(price: Price) {
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: String(price.unit_amount),
    billing_scheme: 'per_unit',
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval,
    interval_count: price.recurring?.interval_count,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: 'licensed',
  }
}

function buildItem(subscriptionId: string, price: Price, quantity: number, period: { start: number; end: number }): SubscriptionItem {
  return {
    id: newId('si', 14),
    object: 'subscription_item',
    billing_thresholds: null,
    created: unixNow(),
    current_period_end: period.end,
    current_period_start: period.start,
    discounts: [],
    metadata: {},
    plan: planFrom(price),
    price: structuredClone(price),
    quantity,
    subscription: subscriptionId,
    tax_rates: [],
  }
}

/** An active subscription starting now; the period lives both top-level (pre-basil) and on each item (basil). */
export function createSubscription(store: Store, input: { customer: string; lineItems: { price: string; quantity: number }[]; metadata: Metadata }): Subscription {
  const now = unixNow()
  const id = newId('sub')
  const prices = input.lineItems.map((line) => getPrice(store, line.price))
  const period = { start: now, end: periodEnd(now, prices[0]) }
  const items = input.lineItems.map((line, index) => buildItem(id, prices[index], line.quantity, period))
  const subscription: Subscription = {
    id,
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: now,
    billing_cycle_anchor_config: null,
    billing_mode: { type: 'classic' },
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null },
    collection_method: 'charge_automatically',
    created: now,
    currency: prices[0].currency,
    current_period_end: period.end,
    current_period_start: period.start,
    customer: input.customer,
    days_until_due: null,
    default_payment_method: newId('pm'),
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, issuer: { type: 'self' } },
    items: { object: 'list', data: items, has_more: false, total_count: items.length, url: `/v1/subscription_items?subscription=${id}` },
    latest_invoice: null,
    livemode: false,
    metadata: { ...input.metadata },
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: 'off' },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: now,
    status: 'active',
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { missing_payment_method: 'create_invoice' } },
    trial_start: null,
  }
  store.subscriptions.set(id, subscription)
  return subscription
}

export function setPeriod(subscription: Subscription, period: { start: number; end: number }) {
  subscription.current_period_start = period.start
  subscription.current_period_end = period.end
  for (const item of subscription.items.data) {
    item.current_period_start = period.start
    item.current_period_end = period.end
  }
}

/** Cancel at period end (or undo it), as the billing portal does. */
export function scheduleCancellation(store: Store, emit: Emit, id: string, cancel: boolean, request?: EventRequest) {
  return updateSubscription(store, emit, id, { cancel_at_period_end: String(cancel) }, request)
}

/** Ends the subscription now (DELETE /v1/subscriptions/:id, or reaching the end of a cancelled period). */
export function endSubscription(store: Store, emit: Emit, id: string, params: Params = {}, request?: EventRequest) {
  rejectUnknown(params, ['invoice_now', 'prorate', 'cancellation_details', 'expand'])
  const subscription = getSubscription(store, id)
  assertNotCanceled(subscription)
  const details = objectParam(params, 'cancellation_details') ?? {}
  const now = unixNow()
  subscription.status = 'canceled'
  subscription.canceled_at = subscription.canceled_at ?? now
  subscription.ended_at = now
  subscription.cancellation_details = {
    comment: stringParam(details, 'comment') ?? null,
    feedback: stringParam(details, 'feedback') ?? null,
    reason: 'cancellation_requested',
  }
  emit('customer.subscription.deleted', subscription, { request })
  return subscription
}

export function updateSubscription(store: Store, emit: Emit, id: string, params: Params, request?: EventRequest) {
  rejectUnknown(params, ['items', 'cancel_at_period_end', 'metadata', 'proration_behavior', 'payment_behavior', 'cancellation_details', 'expand'])
  const subscription = getSubscription(store, id)
  const onlyBookkeeping = Object.keys(params).every((key) => ['metadata', 'cancellation_details', 'expand'].includes(key))
  if (subscription.status === 'canceled' && !onlyBookkeeping) {
    throw badParam('A canceled subscription can only update its cancellation_details and metadata.')
  }
  const previous: Record<string, unknown> = {}
  const cancel = booleanParam(params, 'cancel_at_period_end')
  if (cancel !== undefined && cancel !== subscription.cancel_at_period_end) {
    Object.assign(previous, pick(subscription, ['cancel_at', 'cancel_at_period_end', 'canceled_at', 'cancellation_details']))
    subscription.cancel_at_period_end = cancel
    subscription.cancel_at = cancel ? subscription.current_period_end : null
    subscription.canceled_at = cancel ? unixNow() : null
    subscription.cancellation_details = { comment: null, feedback: null, reason: cancel ? 'cancellation_requested' : null }
  }
  if (params.metadata !== undefined) {
    previous.metadata = subscription.metadata
    subscription.metadata = mergeMetadata(subscription.metadata, params)
  }
  const items = arrayParam(params, 'items')
  if (items) {
    previous.items = structuredClone(subscription.items)
    items.forEach((raw, index) => changeItem(store, subscription, raw, index))
  }
  if (Object.keys(previous).length > 0) emit('customer.subscription.updated', subscription, { previousAttributes: previous, request })
  return subscription
}

function changeItem(store: Store, subscription: Subscription, raw: unknown, index: number) {
  const path = `items[${index}]`
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw badParam(`Invalid object: ${path}`, path)
  const params = raw as Params
  rejectUnknown(params, ['id', 'price', 'quantity'], path)
  const itemId = stringParam(params, 'id', `${path}[id]`)
  const item = subscription.items.data.find((candidate) => candidate.id === itemId)
  // The emulator only changes existing items: Chorus subscriptions hold exactly one.
  if (!itemId) throw badParam(`Missing required param: ${path}[id].`, `${path}[id]`, 'parameter_missing')
  if (!item) throw noSuch('subscription_item', itemId, `${path}[id]`)
  const priceId = stringParam(params, 'price', `${path}[price]`)
  if (priceId) {
    const price = getPrice(store, priceId, `${path}[price]`)
    if (!price.recurring) throw badParam(`The price \`${price.id}\` is not recurring.`, `${path}[price]`)
    item.price = structuredClone(price)
    item.plan = planFrom(price)
  }
  item.quantity = integerParam(params, 'quantity', `${path}[quantity]`) ?? item.quantity
}

function assertNotCanceled(subscription: Subscription) {
  if (subscription.status === 'canceled') {
    throw new StripeApiError(400, `The subscription ${subscription.id} is already canceled.`, undefined, 'subscription_canceled')
  }
}

export function pick<T extends object, K extends keyof T>(object: T, keys: K[]) {
  return Object.fromEntries(keys.map((key) => [key, structuredClone(object[key])])) as Record<string, unknown>
}
