import { createCustomer, getCustomer } from './customers.server.ts'
import type { Emit } from './events.server.ts'
import { newId, unixNow } from './ids.server.ts'
import { createInvoice, markInvoicePaid } from './invoices.server.ts'
import type { CheckoutSession, Store } from './store.server.ts'
import { createSubscription } from './subscriptions.server.ts'

export interface BacsForm {
  name: string
  email: string
  sortCode: string
  accountNumber: string
  mandate: string
}
export type BacsErrors = Partial<Record<keyof BacsForm, string>>
export type BacsOutcome = { kind: 'accepted'; clears: boolean } | { kind: 'invalid'; errors: BacsErrors }

/** Stripe's Bacs test details: one sort code; the account number decides whether the payment clears. */
export const TEST_SORT_CODE = '108800'
export const TEST_ACCOUNTS = [
  { number: '00012345', result: 'payment succeeds', clears: true },
  { number: '90012345', result: 'payment fails', clears: false },
]

/** Decides what Stripe's test mode would do with these bank details, or asks for corrections. */
export function checkBacs(form: BacsForm): BacsOutcome {
  const errors: BacsErrors = {}
  const sortCode = form.sortCode.replace(/[\s-]/g, '')
  const account = form.accountNumber.replace(/\s/g, '')
  if (!form.name.trim()) errors.name = 'Enter the name of the account holder'
  if (!/^[^\s@]+@[^\s@]+$/.test(form.email.trim())) errors.email = 'Enter an email address for the Direct Debit confirmation, like name@example.com'
  if (!sortCode) errors.sortCode = 'Enter the sort code'
  else if (!/^\d{6}$/.test(sortCode)) errors.sortCode = 'Sort code must be 6 digits, like 10-88-00'
  else if (sortCode !== TEST_SORT_CODE) errors.sortCode = 'Enter the test sort code 10-88-00'
  const test = TEST_ACCOUNTS.find((candidate) => candidate.number === account)
  if (!account) errors.accountNumber = 'Enter the account number'
  else if (!/^\d{8}$/.test(account)) errors.accountNumber = 'Account number must be 8 digits'
  else if (!test) errors.accountNumber = `Enter a test account number: ${TEST_ACCOUNTS.map((a) => `${a.number} (${a.result})`).join(' or ')}`
  if (form.mandate !== 'accepted') errors.mandate = 'Confirm that you are the account holder and the only person needed to authorise Direct Debits'
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors }
  return { kind: 'accepted', clears: test!.clears }
}

/**
 * A Bacs Direct Debit set up through Checkout. As in Stripe: a mandate, a subscription that is
 * active at once, and a first invoice left open while its payment intent is `processing`; the
 * session completes unpaid. Emits checkout.session.completed, customer.subscription.created,
 * invoice.finalized and payment_intent.processing. The payment clears (or fails) only when
 * `clearBacsPayments` runs, standing in for the three working days Bacs takes.
 */
export function completeBacsCheckout(store: Store, emit: Emit, session: CheckoutSession, form: BacsForm, clears: boolean) {
  const plan = store.checkoutPlans.get(session.id)!
  const customer = session.customer ? getCustomer(store, session.customer) : createCustomer(store, { email: form.email.trim(), name: form.name.trim() })
  const subscription = createSubscription(store, { customer: customer.id, lineItems: plan.lineItems, metadata: plan.subscriptionMetadata })
  const now = unixNow()
  const invoice = createInvoice(store, subscription, { billingReason: 'subscription_create', paid: false, invoicePeriod: { start: now, end: now } })
  Object.assign(invoice, { attempt_count: 0, next_payment_attempt: null })
  const account = form.accountNumber.replace(/\s/g, '')
  const paymentMethod = {
    id: newId('pm'),
    object: 'payment_method',
    type: 'bacs_debit',
    created: now,
    livemode: false,
    customer: customer.id,
    billing_details: { email: form.email.trim(), name: form.name.trim() },
    bacs_debit: { fingerprint: newId('fp', 16), last4: account.slice(-4), sort_code: TEST_SORT_CODE },
  }
  const mandate = {
    id: newId('mandate'),
    object: 'mandate',
    livemode: false,
    payment_method: paymentMethod.id,
    status: 'active',
    type: 'multi_use',
    customer_acceptance: { accepted_at: now, online: { ip_address: '127.0.0.1', user_agent: 'Stripe emulator' }, type: 'online' },
    payment_method_details: { type: 'bacs_debit', bacs_debit: { network_status: 'accepted', reference: newId('', 12).slice(1).toUpperCase(), url: null } },
  }
  const paymentIntent = {
    id: newId('pi'),
    object: 'payment_intent',
    created: now,
    livemode: false,
    amount: invoice.amount_due,
    amount_received: 0,
    currency: invoice.currency,
    customer: customer.id,
    payment_method: paymentMethod.id,
    payment_method_types: ['bacs_debit'],
    mandate: mandate.id,
    status: 'processing',
    last_payment_error: null,
    metadata: {},
  }
  store.bacs.set(paymentIntent.id, { paymentIntent, mandate, paymentMethod, invoice: invoice.id, session: session.id, subscription: subscription.id, clears })
  Object.assign(session, {
    status: 'complete',
    payment_status: 'unpaid',
    customer: customer.id,
    subscription: subscription.id,
    invoice: invoice.id,
    url: null,
    customer_details: { address: null, business_name: null, email: customer.email, individual_name: null, name: form.name.trim(), phone: null, tax_exempt: 'none', tax_ids: [] },
  })
  emit('checkout.session.completed', session)
  emit('customer.subscription.created', subscription)
  emit('invoice.finalized', invoice)
  emit('payment_intent.processing', paymentIntent)
  return { customer, subscription, invoice, paymentIntent }
}

/** Direct Debit payments still waiting to clear, oldest first. */
export function pendingBacsPayments(store: Store) {
  return [...store.bacs.values()].filter((entry) => entry.paymentIntent.status === 'processing')
}

/**
 * Settles every processing Bacs payment now, as the bank would after three working days.
 * Clearing: payment_intent.succeeded, invoice.paid, checkout.session.async_payment_succeeded.
 * Failing (account 90012345): payment_intent.payment_failed, invoice.payment_failed,
 * checkout.session.async_payment_failed; the subscription is left incomplete_expired, so a new
 * checkout starts afresh.
 */
export function clearBacsPayments(store: Store, emit: Emit) {
  const settled = { cleared: 0, failed: 0 }
  for (const entry of pendingBacsPayments(store)) {
    const invoice = store.invoices.get(entry.invoice)!
    const session = store.checkoutSessions.get(entry.session)!
    const subscription = store.subscriptions.get(entry.subscription)!
    if (entry.clears) {
      Object.assign(entry.paymentIntent, { status: 'succeeded', amount_received: entry.paymentIntent.amount })
      markInvoicePaid(invoice)
      invoice.attempt_count = 1
      session.payment_status = 'paid'
      emit('payment_intent.succeeded', entry.paymentIntent)
      emit('invoice.paid', invoice)
      emit('checkout.session.async_payment_succeeded', session)
      settled.cleared++
    } else {
      Object.assign(entry.paymentIntent, {
        status: 'requires_payment_method',
        last_payment_error: { code: 'insufficient_funds', decline_code: 'insufficient_funds', message: 'The customer’s account has insufficient funds to cover this payment.', type: 'card_error' },
      })
      Object.assign(invoice, { attempt_count: 1, next_payment_attempt: null })
      subscription.status = 'incomplete_expired'
      emit('payment_intent.payment_failed', entry.paymentIntent)
      emit('invoice.payment_failed', invoice)
      emit('checkout.session.async_payment_failed', session)
      settled.failed++
    }
  }
  return settled
}
