/** In-memory state of one emulator. Objects are stored in their API shape and cloned on the way out. */

export type Metadata = Record<string, string>

interface ApiObject {
  id: string
  object: string
  created: number
  livemode: false
  [key: string]: unknown
}

export interface Product extends ApiObject {
  object: 'product'
  name: string
  active: boolean
  metadata: Metadata
}

export interface Price extends ApiObject {
  object: 'price'
  product: string
  currency: string
  unit_amount: number
  recurring: { interval: string; interval_count: number; [key: string]: unknown } | null
  lookup_key: string | null
  metadata: Metadata
  active: boolean
}

export interface Customer extends ApiObject {
  object: 'customer'
  email: string | null
  name: string | null
  metadata: Metadata
  invoice_prefix: string
}

export interface CheckoutSession extends ApiObject {
  object: 'checkout.session'
  status: 'open' | 'complete' | 'expired'
  payment_status: 'paid' | 'unpaid'
  customer: string | null
  customer_email: string | null
  subscription: string | null
  invoice: string | null
  success_url: string
  cancel_url: string | null
  amount_total: number
  currency: string
  metadata: Metadata
  url: string | null
  payment_method_types: string[]
}

/** A Bacs Direct Debit set up through Checkout, waiting for its first payment to clear. */
export interface BacsPayment {
  paymentIntent: Record<string, unknown> & { id: string; status: string; amount: number }
  mandate: Record<string, unknown> & { id: string }
  paymentMethod: Record<string, unknown> & { id: string }
  invoice: string
  session: string
  subscription: string
  /** Whether the bank will pay (decided by the test account number). */
  clears: boolean
}

/** What a checkout session will buy; Stripe keeps this off the session object itself. */
export interface CheckoutPlan {
  lineItems: { price: string; quantity: number }[]
  subscriptionMetadata: Metadata
}

export interface PortalSession extends ApiObject {
  object: 'billing_portal.session'
  customer: string
  return_url: string | null
  url: string
}

export interface SubscriptionItem {
  id: string
  object: 'subscription_item'
  price: Price
  quantity: number
  current_period_start: number
  current_period_end: number
  [key: string]: unknown
}

export interface Subscription extends ApiObject {
  object: 'subscription'
  status: 'active' | 'past_due' | 'canceled' | 'unpaid' | 'incomplete' | 'incomplete_expired'
  customer: string
  currency: string
  metadata: Metadata
  items: { object: 'list'; data: SubscriptionItem[]; has_more: false; total_count: number; url: string }
  current_period_start: number
  current_period_end: number
  cancel_at_period_end: boolean
  cancel_at: number | null
  canceled_at: number | null
  ended_at: number | null
  latest_invoice: string | null
}

export interface Invoice extends ApiObject {
  object: 'invoice'
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible'
  customer: string
  subscription: string | null
  billing_reason: string
  amount_due: number
  amount_paid: number
  amount_remaining: number
  attempt_count: number
  attempted: boolean
}

export interface StripeEventLike {
  id: string
  object: 'event'
  api_version: string
  created: number
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> }
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
}

export function createStore() {
  return {
    products: new Map<string, Product>(),
    prices: new Map<string, Price>(),
    customers: new Map<string, Customer>(),
    checkoutSessions: new Map<string, CheckoutSession>(),
    checkoutPlans: new Map<string, CheckoutPlan>(),
    portalSessions: new Map<string, PortalSession>(),
    subscriptions: new Map<string, Subscription>(),
    invoices: new Map<string, Invoice>(),
    events: new Map<string, StripeEventLike>(),
    bacs: new Map<string, BacsPayment>(),
  }
}

export type Store = ReturnType<typeof createStore>

/** Finds any stored object by id (used to expand ids into objects). */
export function findById(store: Store, id: string): ApiObject | undefined {
  for (const map of Object.values(store)) {
    const found = (map as Map<string, unknown>).get(id)
    if (found && typeof found === 'object' && 'object' in found) return found as ApiObject
  }
  return undefined
}
