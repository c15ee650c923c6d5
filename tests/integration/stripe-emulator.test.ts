import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startStripeEmulator, type StripeEmulator } from '../../app/dev/stripe-emulator/index.server.ts'

const WEBHOOK_SECRET = 'whsec_chorus_emulator_test'
const SUCCESS_URL = 'https://chorus.test/join/welcome?session_id={CHECKOUT_SESSION_ID}'
const CANCEL_URL = 'https://chorus.test/join'

/** A stand-in for the app's webhook route: verifies every delivery with the real SDK. */
function startWebhookReceiver() {
  const verifier = new Stripe('sk_test_receiver')
  const received: Stripe.Event[] = []
  const rejected: string[] = []
  const state = { failNext: 0, attempts: 0 }
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    state.attempts++
    if (state.failNext > 0) {
      state.failNext--
      return response.writeHead(500).end()
    }
    try {
      received.push(verifier.webhooks.constructEvent(body, request.headers['stripe-signature'] ?? '', WEBHOOK_SECRET))
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}')
    } catch (error) {
      rejected.push(String(error))
      response.writeHead(400).end()
    }
  })
  return { server, received, rejected, state }
}

let receiver: ReturnType<typeof startWebhookReceiver>
let emulator: StripeEmulator
let stripe: Stripe

beforeAll(async () => {
  receiver = startWebhookReceiver()
  await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve))
  const { port } = receiver.server.address() as AddressInfo
  emulator = await startStripeEmulator({
    webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe`,
    webhookSecret: WEBHOOK_SECRET,
    retryDelaysMs: [20, 20, 20],
  })
  stripe = new Stripe('sk_test_chorus_emulator', { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0 })
})

afterAll(async () => {
  await emulator?.stop()
  await new Promise((resolve) => (receiver?.server as Server | undefined)?.close(resolve))
})

beforeEach(() => {
  receiver.received.length = 0
  receiver.rejected.length = 0
  receiver.state.failNext = 0
})

async function createAnnualPrice(lookupKey = `standard_${Math.random().toString(36).slice(2)}`) {
  return stripe.prices.create({
    currency: 'gbp',
    unit_amount: 12_450,
    recurring: { interval: 'year' },
    product_data: { name: 'Standard membership' },
    lookup_key: lookupKey,
  })
}

async function openCheckout(price: Stripe.Price, extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: price.id, quantity: 1 }],
    customer_email: 'ada.okafor@example.org',
    client_reference_id: 'member-42',
    metadata: { memberId: 'member-42' },
    subscription_data: { metadata: { memberId: 'member-42', tier: 'standard' } },
    success_url: SUCCESS_URL,
    cancel_url: CANCEL_URL,
    ...extra,
  })
}

function pay(session: Stripe.Checkout.Session, card: Partial<Record<'card_number' | 'card_expiry' | 'card_cvc' | 'card_name', string>> = {}) {
  const form = { card_number: '4242 4242 4242 4242', card_expiry: '12/39', card_cvc: '123', card_name: 'Ada Okafor', ...card }
  return fetch(session.url!, {
    method: 'POST',
    body: new URLSearchParams(form),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  })
}

/** The pre-basil top-level period fields, which the SDK's current types no longer declare. */
function topLevelPeriod(subscription: Stripe.Subscription) {
  return subscription as unknown as { current_period_start: number; current_period_end: number }
}

async function subscribe() {
  const price = await createAnnualPrice()
  const session = await openCheckout(price)
  const response = await pay(session)
  expect(response.status).toBe(303)
  const completed = await stripe.checkout.sessions.retrieve(session.id)
  receiver.received.length = 0
  return { price, session: completed, subscriptionId: completed.subscription as string }
}

describe('API basics', () => {
  it('refuses requests without a test secret key', async () => {
    const response = await fetch(`${emulator.url}/v1/prices/price_x`)
    expect(response.status).toBe(401)
    expect((await response.json()).error.type).toBe('invalid_request_error')
    const live = await fetch(`${emulator.url}/v1/prices/price_x`, { headers: { authorization: 'Bearer sk_live_x' } })
    expect(live.status).toBe(401)
    const sdk = new Stripe('sk_live_nope', { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0 })
    await expect(sdk.prices.retrieve('price_x')).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
  })

  it('creates products and prices and finds prices by lookup key', async () => {
    const product = await stripe.products.create({ name: 'Student membership', metadata: { tier: 'student' } })
    expect(product).toMatchObject({ object: 'product', name: 'Student membership', metadata: { tier: 'student' } })
    expect(product.id).toMatch(/^prod_/)
    const price = await stripe.prices.create({
      product: product.id,
      currency: 'gbp',
      unit_amount: 500,
      recurring: { interval: 'month' },
      lookup_key: 'student_monthly_test',
    })
    expect(price).toMatchObject({ object: 'price', unit_amount: 500, currency: 'gbp', type: 'recurring', recurring: { interval: 'month', interval_count: 1 } })
    expect(await stripe.prices.retrieve(price.id)).toEqual(price)
    expect(await stripe.products.retrieve(product.id)).toEqual(product)
    const listed = await stripe.prices.list({ lookup_keys: ['student_monthly_test'], expand: ['data.product'] })
    expect(listed.data.map((p) => p.id)).toEqual([price.id])
    expect((listed.data[0].product as Stripe.Product).name).toBe('Student membership')
  })

  it('refuses a lookup key already in use unless it is transferred', async () => {
    const first = await createAnnualPrice('reused_key')
    await expect(createAnnualPrice('reused_key')).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    const second = await stripe.prices.create({
      currency: 'gbp',
      unit_amount: 13_000,
      recurring: { interval: 'year' },
      product: first.product as string,
      lookup_key: 'reused_key',
      transfer_lookup_key: true,
    })
    const listed = await stripe.prices.list({ lookup_keys: ['reused_key'] })
    expect(listed.data.map((p) => p.id)).toEqual([second.id])
  })

  it('replays a request sent again with the same Idempotency-Key', async () => {
    const first = await stripe.customers.create({ email: 'once@example.org' }, { idempotencyKey: 'join-member-7' })
    const again = await stripe.customers.create({ email: 'once@example.org' }, { idempotencyKey: 'join-member-7' })
    expect(again.id).toBe(first.id)
    await expect(stripe.customers.create({ email: 'other@example.org' }, { idempotencyKey: 'join-member-7' })).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
  })

  it('creates, updates and retrieves customers', async () => {
    const customer = await stripe.customers.create({ email: 'sam@example.org', name: 'Sam Reid', metadata: { memberId: 'm-1' } })
    expect(customer.id).toMatch(/^cus_/)
    const updated = await stripe.customers.update(customer.id, { email: 'sam.reid@example.org', metadata: { regulator: 'SWE' } })
    expect(updated).toMatchObject({ email: 'sam.reid@example.org', name: 'Sam Reid', metadata: { memberId: 'm-1', regulator: 'SWE' } })
    expect(await stripe.customers.retrieve(customer.id)).toEqual(updated)
  })

  it('answers unknown ids with StripeInvalidRequestError and 404', async () => {
    for (const call of [
      () => stripe.prices.retrieve('price_missing'),
      () => stripe.products.retrieve('prod_missing'),
      () => stripe.customers.retrieve('cus_missing'),
      () => stripe.checkout.sessions.retrieve('cs_test_missing'),
      () => stripe.subscriptions.retrieve('sub_missing'),
      () => stripe.subscriptions.cancel('sub_missing'),
      () => stripe.invoices.retrieve('in_missing'),
    ]) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
      expect((error as Stripe.errors.StripeError).statusCode).toBe(404)
    }
  })

  it('answers bad parameters with 400 naming the parameter', async () => {
    const price = await createAnnualPrice()
    const cases: [() => Promise<unknown>, string][] = [
      [() => stripe.prices.create({ unit_amount: 100, product_data: { name: 'x' } } as Stripe.PriceCreateParams), 'currency'],
      [() => openCheckout(price, { line_items: [{ price: 'price_nope', quantity: 1 }] }), 'line_items[0][price]'],
      [() => openCheckout(price, { customer: 'cus_nope', customer_email: undefined }), 'customer'],
      [() => openCheckout(price, { success_url: 'not a url' }), 'success_url'],
      [() => stripe.customers.create({ emial: 'typo@example.org' } as Stripe.CustomerCreateParams), 'emial'],
    ]
    for (const [call, param] of cases) {
      const error = (await call().then(
        () => null,
        (e: unknown) => e,
      )) as Stripe.errors.StripeError
      expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
      expect(error.statusCode).toBe(400)
      expect(error.param).toBe(param)
    }
  })
})

describe('hosted checkout', () => {
  it('shows what is being bought, in pounds, with a test-mode card form', async () => {
    const session = await openCheckout(await createAnnualPrice())
    expect(session).toMatchObject({ object: 'checkout.session', status: 'open', mode: 'subscription', url: `${emulator.url}/checkout/${session.id}` })
    expect(session.id).toMatch(/^cs_test_/)
    const response = await fetch(session.url!)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('TEST MODE')
    expect(html).toContain('Standard membership')
    expect(html).toContain('£124.50')
    expect(html).toContain('per year')
    expect(html.match(/<h1[ >]/g)).toHaveLength(1)
    for (const label of ['Card number', 'Expiry date', 'Security code', 'Name on card']) expect(html).toContain(`>${label}</label>`)
    expect(html).toContain('4242 4242 4242 4242')
    expect(html).toContain(`href="${CANCEL_URL}"`)
    expect(html).not.toMatch(/<script|https?:\/\/(?!chorus\.test)[^"]*\.(css|js)/)
  })

  it('takes a 4242 payment, delivers signed webhooks in order, then redirects to success_url', async () => {
    const session = await openCheckout(await createAnnualPrice())
    const response = await pay(session)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`https://chorus.test/join/welcome?session_id=${session.id}`)

    expect(receiver.rejected).toEqual([])
    expect(receiver.received.map((e) => e.type)).toEqual(['checkout.session.completed', 'customer.subscription.created', 'invoice.paid'])
    const [completed, created, paid] = receiver.received
    expect(completed.data.object).toMatchObject({ id: session.id, status: 'complete', payment_status: 'paid', client_reference_id: 'member-42', metadata: { memberId: 'member-42' } })

    const retrieved = await stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription'] })
    const subscription = retrieved.subscription as Stripe.Subscription
    expect(retrieved).toMatchObject({ status: 'complete', payment_status: 'paid' })
    expect(subscription).toMatchObject({ object: 'subscription', status: 'active', customer: retrieved.customer, metadata: { memberId: 'member-42', tier: 'standard' } })
    expect(created.data.object).toMatchObject({ id: subscription.id, status: 'active' })
    const item = subscription.items.data[0]
    expect(item.price.unit_amount).toBe(12_450)
    expect(item.current_period_end).toBe(topLevelPeriod(subscription).current_period_end)
    expect(item.current_period_end - item.current_period_start).toBeGreaterThanOrEqual(365 * 24 * 3600)

    const customer = (await stripe.customers.retrieve(retrieved.customer as string)) as Stripe.Customer
    expect(customer).toMatchObject({ email: 'ada.okafor@example.org', name: 'Ada Okafor' })

    const invoice = await stripe.invoices.retrieve(subscription.latest_invoice as string)
    expect(invoice).toMatchObject({
      status: 'paid',
      billing_reason: 'subscription_create',
      amount_paid: 12_450,
      subscription: subscription.id,
      parent: { subscription_details: { subscription: subscription.id, metadata: { memberId: 'member-42', tier: 'standard' } } },
    })
    expect(paid.data.object).toMatchObject({ id: invoice.id, status: 'paid' })
    expect(
      emulator
        .deliveredEvents()
        .slice(-3)
        .map((e) => e.id),
    ).toEqual(receiver.received.map((e) => e.id))
    for (const event of receiver.received) expect(event).toMatchObject({ object: 'event', livemode: false, id: expect.stringMatching(/^evt_/) })
  })

  it('charges an existing customer when the session names one', async () => {
    const customer = await stripe.customers.create({ email: 'existing@example.org' })
    const session = await openCheckout(await createAnnualPrice(), { customer: customer.id, customer_email: undefined })
    expect((await pay(session)).status).toBe(303)
    const subscription = await stripe.subscriptions.retrieve((await stripe.checkout.sessions.retrieve(session.id)).subscription as string)
    expect(subscription.customer).toBe(customer.id)
  })

  it.each(['4000 0000 0000 0341', '4000000000000002'])('declines card %s: 402, nothing created, no webhook', async (number) => {
    const session = await openCheckout(await createAnnualPrice())
    const response = await pay(session, { card_number: number })
    expect(response.status).toBe(402)
    expect(await response.text()).toContain('Your card was declined. Try another card.')
    await emulator.waitForWebhooks()
    expect(receiver.received).toEqual([])
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'open', customer: null, subscription: null })
  })

  it('re-shows the form with messages for bad input', async () => {
    const session = await openCheckout(await createAnnualPrice())
    const response = await pay(session, { card_number: '4242 abcd', card_expiry: '01/20', card_cvc: '', card_name: ' ' })
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('There is a problem')
    expect(html).toContain('Card number must only include numbers and spaces')
    expect(html).toContain('The expiry date must be in the future')
    expect(html).toContain('Enter the security code')
    expect(html).toContain('Enter the name on the card')
    expect(html).toContain('href="#card_number"')
    expect(receiver.received).toEqual([])
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open')
  })

  it('explains an unknown or already-paid session', async () => {
    const missing = await fetch(`${emulator.url}/checkout/cs_test_nope`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Checkout session not found')
    const { session } = await subscribe()
    const again = await pay({ ...session, url: `${emulator.url}/checkout/${session.id}` })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('already complete')
    expect(receiver.received).toEqual([])
  })

  it('gives up on an event after three retries and still redirects', async () => {
    receiver.state.failNext = 4
    receiver.state.attempts = 0
    const session = await openCheckout(await createAnnualPrice())
    expect((await pay(session)).status).toBe(303)
    expect(receiver.state.attempts).toBe(4 + 2)
    expect(receiver.received.map((e) => e.type)).toEqual(['customer.subscription.created', 'invoice.paid'])
  })

  it('retries a failed delivery and still delivers in order', async () => {
    receiver.state.failNext = 2
    const session = await openCheckout(await createAnnualPrice())
    expect((await pay(session)).status).toBe(303)
    expect(receiver.received.map((e) => e.type)).toEqual(['checkout.session.completed', 'customer.subscription.created', 'invoice.paid'])
  })
})

describe('billing portal and subscription changes', () => {
  it('cancels membership payments at period end from the portal', async () => {
    const { session, subscriptionId } = await subscribe()
    const portal = await stripe.billingPortal.sessions.create({ customer: session.customer as string, return_url: 'https://chorus.test/account' })
    expect(portal).toMatchObject({ object: 'billing_portal.session', url: `${emulator.url}/portal/${portal.id}` })
    const page = await (await fetch(portal.url)).text()
    expect(page).toContain('TEST MODE')
    expect(page).toContain('Standard membership')
    expect(page).toContain('Cancel membership payments')
    expect(page).toContain('href="https://chorus.test/account">Return to Chorus')

    const response = await fetch(portal.url, {
      method: 'POST',
      body: new URLSearchParams({ subscription: subscriptionId, action: 'cancel' }),
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(receiver.received.map((e) => e.type)).toEqual(['customer.subscription.updated'])
    expect(receiver.received[0].data.previous_attributes).toMatchObject({ cancel_at_period_end: false })
    const subscription = await stripe.subscriptions.retrieve(subscriptionId)
    expect(subscription).toMatchObject({ status: 'active', cancel_at_period_end: true })
    expect(await (await fetch(portal.url)).text()).toContain('Payments stop on')
  })

  it('renews: new period, paid subscription_cycle invoice, invoice.paid then customer.subscription.updated', async () => {
    const { subscriptionId } = await subscribe()
    const before = topLevelPeriod(await stripe.subscriptions.retrieve(subscriptionId))
    await emulator.renewSubscription(subscriptionId)
    expect(receiver.received.map((e) => e.type)).toEqual(['invoice.paid', 'customer.subscription.updated'])
    const after = await stripe.subscriptions.retrieve(subscriptionId)
    expect(topLevelPeriod(after).current_period_start).toBe(before.current_period_end)
    expect(after.items.data[0].current_period_start).toBe(before.current_period_end)
    const invoice = await stripe.invoices.retrieve(after.latest_invoice as string)
    expect(invoice).toMatchObject({ status: 'paid', billing_reason: 'subscription_cycle' })
    expect(invoice.lines.data[0].period).toEqual({ start: after.items.data[0].current_period_start, end: after.items.data[0].current_period_end })
  })

  it('fails a renewal: open invoice, past_due, then recovers on the next renewal', async () => {
    const { subscriptionId } = await subscribe()
    await emulator.failRenewal(subscriptionId)
    expect(receiver.received.map((e) => e.type)).toEqual(['invoice.payment_failed', 'customer.subscription.updated'])
    expect(receiver.received[1].data.object).toMatchObject({ status: 'past_due' })
    const failed = await stripe.subscriptions.retrieve(subscriptionId)
    expect(failed.status).toBe('past_due')
    expect(await stripe.invoices.retrieve(failed.latest_invoice as string)).toMatchObject({ status: 'open', attempt_count: 1, amount_paid: 0 })

    receiver.received.length = 0
    const response = await fetch(`${emulator.url}/_emulator/subscriptions/${subscriptionId}/renew`, { method: 'POST' })
    expect(response.status).toBe(200)
    expect(receiver.received.map((e) => e.type)).toEqual(['invoice.paid', 'customer.subscription.updated'])
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe('active')
  })

  it('offers the renewal controls over HTTP and rejects unknown subscriptions', async () => {
    const { subscriptionId } = await subscribe()
    const response = await fetch(`${emulator.url}/_emulator/subscriptions/${subscriptionId}/fail_renewal`, { method: 'POST' })
    expect(response.status).toBe(200)
    expect((await response.json()).status).toBe('past_due')
    const missing = await fetch(`${emulator.url}/_emulator/subscriptions/sub_nope/renew`, { method: 'POST' })
    expect(missing.status).toBe(404)
  })

  it('changes price, schedules cancellation and updates metadata through the API', async () => {
    const { subscriptionId } = await subscribe()
    const reduced = await createAnnualPrice()
    const current = await stripe.subscriptions.retrieve(subscriptionId)
    const updated = await stripe.subscriptions.update(subscriptionId, {
      items: [{ id: current.items.data[0].id, price: reduced.id }],
      proration_behavior: 'none',
      metadata: { tier: 'reduced' },
    })
    expect(updated.items.data[0].price.id).toBe(reduced.id)
    expect(updated.metadata).toEqual({ memberId: 'member-42', tier: 'reduced' })
    await emulator.waitForWebhooks()
    expect(receiver.received.map((e) => e.type)).toEqual(['customer.subscription.updated'])
    expect(receiver.received[0].data.previous_attributes).toHaveProperty('items')
  })

  it('cancels now with DELETE and emits customer.subscription.deleted', async () => {
    const { subscriptionId } = await subscribe()
    const canceled = await stripe.subscriptions.cancel(subscriptionId)
    expect(canceled).toMatchObject({ status: 'canceled', ended_at: expect.any(Number) })
    await emulator.waitForWebhooks()
    expect(receiver.received.map((e) => e.type)).toEqual(['customer.subscription.deleted'])
    await expect(stripe.subscriptions.cancel(subscriptionId)).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    await expect(emulator.renewSubscription(subscriptionId)).rejects.toThrow(/canceled/)
  })
})
