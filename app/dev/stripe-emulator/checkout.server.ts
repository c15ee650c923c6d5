import { getPrice } from './catalog.server.ts'
import { createCustomer, getCustomer } from './customers.server.ts'
import { badParam, noSuch } from './errors.server.ts'
import type { Emit } from './events.server.ts'
import type { Params } from './form-params.server.ts'
import { newId, unixNow } from './ids.server.ts'
import { createInvoice } from './invoices.server.ts'
import { arrayParam, integerParam, mergeMetadata, objectParam, rejectUnknown, requiredString, stringArrayParam, stringParam } from './params.server.ts'
import type { CheckoutSession, Store } from './store.server.ts'
import { createSubscription } from './subscriptions.server.ts'

const ACCEPTED = [
  'mode',
  'line_items',
  'customer',
  'customer_email',
  'client_reference_id',
  'metadata',
  'subscription_data',
  'success_url',
  'cancel_url',
  'expand',
  'allow_promotion_codes',
  'billing_address_collection',
  'payment_method_types',
  'allowed_payment_method_types',
  'locale',
  'customer_update',
  'expires_at',
]

export function createCheckoutSession(store: Store, baseUrl: string, params: Params): CheckoutSession {
  rejectUnknown(params, ACCEPTED)
  const mode = requiredString(params, 'mode')
  if (mode !== 'subscription') throw badParam('The emulator supports only mode=subscription.', 'mode')
  const customerId = stringParam(params, 'customer')
  const customerEmail = stringParam(params, 'customer_email')
  if (customerId && customerEmail) {
    throw badParam('You may only specify one of these parameters: customer, customer_email.', 'customer_email')
  }
  if (customerId) getCustomer(store, customerId, 'customer')
  const lineItems = lineItemsFrom(store, params)
  const subscriptionData = objectParam(params, 'subscription_data') ?? {}
  rejectUnknown(subscriptionData, ['metadata', 'description'], 'subscription_data')
  const now = unixNow()
  const id = newId('cs_test', 58)
  const currency = getPrice(store, lineItems[0].price).currency
  const methods = paymentMethodTypes(params, currency)
  const amount = lineItems.reduce((sum, line) => sum + getPrice(store, line.price).unit_amount * line.quantity, 0)
  const session: CheckoutSession = {
    id,
    object: 'checkout.session',
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: amount,
    amount_total: amount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: urlParam(params, 'cancel_url') ?? null,
    client_reference_id: stringParam(params, 'client_reference_id') ?? null,
    client_secret: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency: getPrice(store, lineItems[0].price).currency,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: customerId ?? null,
    customer_creation: customerId ? null : 'always',
    customer_details: null,
    customer_email: customerEmail ?? null,
    discounts: [],
    expires_at: now + 24 * 60 * 60,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    metadata: mergeMetadata({}, params),
    mode,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'always',
    payment_method_options: {},
    payment_method_types: methods,
    payment_status: 'unpaid',
    phone_number_collection: { enabled: false },
    recovered_from: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: urlParam(params, 'success_url', true)!,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted',
    url: `${baseUrl}/checkout/${id}`,
  }
  store.checkoutSessions.set(id, session)
  store.checkoutPlans.set(id, {
    lineItems,
    subscriptionMetadata: mergeMetadata({}, subscriptionData, 'metadata', 'subscription_data[metadata]'),
  })
  return session
}

/**
 * Cards, and Bacs Direct Debit for sterling, as Stripe offers them; anything else is refused as Stripe
 * would. Newer API versions name the list `allowed_payment_method_types`, older ones `payment_method_types`.
 */
function paymentMethodTypes(params: Params, currency: string) {
  const name = params.allowed_payment_method_types !== undefined ? 'allowed_payment_method_types' : 'payment_method_types'
  const requested = stringArrayParam(params, name)
  if (requested.length === 0) return ['card']
  for (const [index, type] of requested.entries()) {
    if (type !== 'card' && type !== 'bacs_debit') throw badParam(`Invalid ${name}[${index}]: the emulator offers card and bacs_debit`, `${name}[${index}]`)
  }
  if (requested.includes('bacs_debit') && currency !== 'gbp') {
    throw badParam('The payment method type `bacs_debit` requires the currency to be `gbp`.', name)
  }
  return [...new Set(requested)]
}

function lineItemsFrom(store: Store, params: Params) {
  const raw = arrayParam(params, 'line_items')
  if (!raw || raw.length === 0) throw badParam('Missing required param: line_items.', 'line_items', 'parameter_missing')
  return raw.map((item, index) => {
    const path = `line_items[${index}]`
    if (typeof item !== 'object' || Array.isArray(item)) throw badParam(`Invalid object: ${path}`, path)
    rejectUnknown(item, ['price', 'quantity'], path)
    const price = getPrice(store, requiredString(item, 'price', `${path}[price]`), `${path}[price]`)
    if (!price.recurring) {
      throw badParam('You must provide at least one recurring price in `subscription` mode when using prices.', `${path}[price]`)
    }
    const quantity = integerParam(item, 'quantity', `${path}[quantity]`)
    if (!quantity) throw badParam(`Missing required param: ${path}[quantity].`, `${path}[quantity]`, 'parameter_missing')
    return { price: price.id, quantity }
  })
}

function urlParam(params: Params, name: string, required = false) {
  const value = required ? requiredString(params, name) : stringParam(params, name)
  if (value === undefined) return undefined
  if (!/^https?:\/\/[^\s]+$/.test(value)) throw badParam('Not a valid URL', name, 'url_invalid')
  return value
}

export function getCheckoutSession(store: Store, id: string) {
  const session = store.checkoutSessions.get(id)
  if (!session) throw noSuch('checkout.session', id)
  return session
}

/**
 * A successful card payment: customer (if none), active subscription, paid invoice, completed session.
 * Emits checkout.session.completed, customer.subscription.created, invoice.paid, in that order.
 */
export function completeCheckout(store: Store, emit: Emit, session: CheckoutSession, card: { name: string }) {
  const plan = store.checkoutPlans.get(session.id)!
  const customer = session.customer ? getCustomer(store, session.customer) : createCustomer(store, { email: session.customer_email ?? '', name: card.name })
  const subscription = createSubscription(store, {
    customer: customer.id,
    lineItems: plan.lineItems,
    metadata: plan.subscriptionMetadata,
  })
  const now = unixNow()
  const invoice = createInvoice(store, subscription, {
    billingReason: 'subscription_create',
    paid: true,
    invoicePeriod: { start: now, end: now },
  })
  Object.assign(session, {
    status: 'complete',
    payment_status: 'paid',
    customer: customer.id,
    subscription: subscription.id,
    invoice: invoice.id,
    url: null,
    customer_details: {
      address: null,
      business_name: null,
      email: customer.email,
      individual_name: null,
      name: card.name,
      phone: null,
      tax_exempt: 'none',
      tax_ids: [],
    },
  })
  emit('checkout.session.completed', session)
  emit('customer.subscription.created', subscription)
  emit('invoice.paid', invoice)
  return { customer, subscription, invoice }
}

/** Lists sessions newest first, filtered by customer and status as Stripe's list endpoint does. */
export function listCheckoutSessions(store: Store, params: Params) {
  rejectUnknown(params, ['customer', 'status', 'limit', 'expand', 'starting_after', 'ending_before'])
  const customer = stringParam(params, 'customer')
  const status = stringParam(params, 'status')
  if (status && !['open', 'complete', 'expired'].includes(status)) throw badParam('Invalid status: must be one of open, complete, or expired', 'status')
  const limit = integerParam(params, 'limit') ?? 10
  const matching = [...store.checkoutSessions.values()]
    .reverse()
    .filter((session) => !customer || session.customer === customer)
    .filter((session) => !status || session.status === status)
  return { object: 'list', data: matching.slice(0, limit), has_more: matching.length > limit, url: '/v1/checkout/sessions' }
}

/** Expires an open session so it can no longer be paid; Stripe refuses any other status. */
export function expireCheckoutSession(store: Store, emit: Emit, id: string, params: Params) {
  rejectUnknown(params, ['expand'])
  const session = getCheckoutSession(store, id)
  if (session.status !== 'open') {
    throw badParam(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`, undefined, 'checkout_session_not_open')
  }
  Object.assign(session, { status: 'expired', url: null })
  emit('checkout.session.expired', session)
  return session
}

export function successUrl(session: CheckoutSession) {
  return session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id)
}
