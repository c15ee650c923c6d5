import { noSuch } from './errors.server.ts'
import { formatMoney } from './money.server.ts'
import { newId, unixNow } from './ids.server.ts'
import type { Invoice, Store, Subscription } from './store.server.ts'

interface InvoiceInput {
  billingReason: 'subscription_create' | 'subscription_cycle' | 'subscription_update'
  paid: boolean
  /** Stripe's invoice-level period is the *previous* period (equal start and end on the first invoice). */
  invoicePeriod: { start: number; end: number }
}

/** A finalised invoice for a subscription's current period, either paid or open after one failed attempt. */
export function createInvoice(store: Store, subscription: Subscription, input: InvoiceInput): Invoice {
  const customer = store.customers.get(subscription.customer)
  const now = unixNow()
  const id = newId('in')
  const lines = subscription.items.data.map((item) => ({
    id: newId('il'),
    object: 'line_item',
    amount: item.price.unit_amount * item.quantity,
    currency: item.price.currency,
    description: `${item.quantity} × ${store.products.get(item.price.product)?.name ?? 'Membership'} (at ${formatMoney(item.price.unit_amount, item.price.currency)} / ${item.price.recurring?.interval})`,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: id,
    livemode: false,
    metadata: { ...subscription.metadata },
    parent: {
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: false,
        proration_details: { credited_items: null },
        subscription: subscription.id,
        subscription_item: item.id,
      },
      type: 'subscription_item_details',
    },
    period: { start: item.current_period_start, end: item.current_period_end },
    pretax_credit_amounts: [],
    price: item.price,
    pricing: { price_details: { price: item.price.id, product: item.price.product }, type: 'price_details', unit_amount_decimal: item.price.unit_amount_decimal },
    quantity: item.quantity,
    subscription: subscription.id,
    taxes: [],
  }))
  const total = lines.reduce((sum, line) => sum + line.amount, 0)
  const sequence = customer ? Number(customer.next_invoice_sequence ?? 1) : 1
  if (customer) customer.next_invoice_sequence = sequence + 1
  const invoice: Invoice = {
    id,
    object: 'invoice',
    account_country: 'GB',
    account_name: 'Chorus (test mode)',
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: input.paid ? total : 0,
    amount_remaining: input.paid ? 0 : total,
    amount_shipping: 0,
    application: null,
    attempt_count: 1,
    attempted: true,
    auto_advance: !input.paid,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: 'charge_automatically',
    created: now,
    currency: subscription.currency,
    custom_fields: null,
    customer: subscription.customer,
    customer_address: null,
    customer_email: customer?.email ?? null,
    customer_name: customer?.name ?? null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: now,
    ending_balance: 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: 'list', data: lines, has_more: false, total_count: lines.length, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: input.paid ? null : now + 3 * 24 * 60 * 60,
    number: `${customer?.invoice_prefix ?? 'CHORUS'}-${String(sequence).padStart(4, '0')}`,
    on_behalf_of: null,
    parent: {
      quote_details: null,
      subscription_details: { metadata: { ...subscription.metadata }, subscription: subscription.id },
      type: 'subscription_details',
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: input.invoicePeriod.end,
    period_start: input.invoicePeriod.start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: input.paid ? 'paid' : 'open',
    status_transitions: { finalized_at: now, marked_uncollectible_at: null, paid_at: input.paid ? now : null, voided_at: null },
    subscription: subscription.id,
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: now,
  }
  store.invoices.set(invoice.id, invoice)
  subscription.latest_invoice = invoice.id
  return invoice
}

/** A retried payment that succeeds. */
export function markInvoicePaid(invoice: Invoice) {
  invoice.status = 'paid'
  invoice.amount_paid = invoice.amount_due
  invoice.amount_remaining = 0
  invoice.attempt_count += 1
  invoice.auto_advance = false
  invoice.next_payment_attempt = null
  invoice.status_transitions = { ...(invoice.status_transitions as object), paid_at: unixNow() }
}

export function getInvoice(store: Store, id: string) {
  const invoice = store.invoices.get(id)
  if (!invoice) throw noSuch('invoice', id)
  return invoice
}
