import type { IncomingMessage, ServerResponse } from 'node:http'
import { checkCard } from './card.server.ts'
import { checkBacs, clearBacsPayments, completeBacsCheckout, pendingBacsPayments } from './bacs.server.ts'
import { renderCheckoutGone, renderCheckoutPage, readBacsForm, readCardForm, type CheckoutView } from './checkout-page.server.ts'
import { completeCheckout, successUrl } from './checkout.server.ts'
import { StripeApiError } from './errors.server.ts'
import type { Emit } from './events.server.ts'
import { readBody, redirect, sendHtml, sendJson } from './http.server.ts'
import { renderBacsPage } from './bacs-page.server.ts'
import { renderPortalMissing, renderPortalPage } from './portal-page.server.ts'
import { customerSubscriptions } from './portal.server.ts'
import { failRenewal, renewSubscription } from './renewals.server.ts'
import type { CheckoutSession, Store } from './store.server.ts'
import { scheduleCancellation } from './subscriptions.server.ts'

export interface HostedContext {
  store: Store
  emit: Emit
  /** Resolves when every webhook emitted so far has been delivered (or given up on). */
  settle: () => Promise<void>
  delivered: () => unknown[]
}

/** Hosted checkout and portal pages, and the `/_emulator` test controls. Returns false when no route matches. */
export async function handleHosted(ctx: HostedContext, request: IncomingMessage, response: ServerResponse, url: URL) {
  const method = request.method ?? 'GET'
  const checkout = /^\/checkout\/([^/]+)$/.exec(url.pathname)
  if (checkout && (method === 'GET' || method === 'POST')) {
    await checkoutPage(ctx, request, response, decodeURIComponent(checkout[1]))
    return true
  }
  const portal = /^\/portal\/([^/]+)$/.exec(url.pathname)
  if (portal && (method === 'GET' || method === 'POST')) {
    await portalPage(ctx, request, response, decodeURIComponent(portal[1]))
    return true
  }
  const control = /^\/_emulator\/subscriptions\/([^/]+)\/(renew|fail_renewal)$/.exec(url.pathname)
  if (control && method === 'POST') {
    await testControl(ctx, response, decodeURIComponent(control[1]), control[2] === 'renew' ? renewSubscription : failRenewal)
    return true
  }
  if (url.pathname === '/_emulator/bacs' && method === 'GET') {
    sendHtml(response, 200, renderBacsPage(pendingBacsPayments(ctx.store).length))
    return true
  }
  if (url.pathname === '/_emulator/bacs/clear' && method === 'POST') {
    const settled = clearBacsPayments(ctx.store, ctx.emit)
    await ctx.settle()
    // A browser (the control page's form) goes back to the page; tests get the counts.
    if ((request.headers.accept ?? '').includes('text/html')) redirect(response, '/_emulator/bacs')
    else sendJson(response, 200, settled)
    return true
  }
  if (url.pathname === '/_emulator/events' && method === 'GET') {
    sendJson(response, 200, { object: 'list', data: ctx.delivered() })
    return true
  }
  return false
}

async function checkoutPage(ctx: HostedContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = ctx.store.checkoutSessions.get(id)
  if (!session) return sendHtml(response, 404, renderCheckoutGone('missing'))
  if (session.status === 'expired') return sendHtml(response, 410, renderCheckoutGone('expired', session))
  if (session.status !== 'open') return sendHtml(response, 409, renderCheckoutGone('complete', session, successUrl(session)))
  if (request.method === 'GET') return sendHtml(response, 200, renderCheckoutPage(checkoutView(ctx.store, session)))

  const body = new URLSearchParams(await readBody(request))
  if (body.get('payment_method') === 'bacs_debit' && session.payment_method_types.includes('bacs_debit')) {
    const bacs = readBacsForm(body)
    const checked = checkBacs(bacs)
    if (checked.kind === 'invalid') return sendHtml(response, 400, renderCheckoutPage({ ...checkoutView(ctx.store, session), bacsForm: bacs, bacsErrors: checked.errors }))
    completeBacsCheckout(ctx.store, ctx.emit, session, bacs, checked.clears)
    await ctx.settle()
    return redirect(response, successUrl(session))
  }
  const form = readCardForm(body)
  const outcome = checkCard(form)
  const view = { ...checkoutView(ctx.store, session), form: { ...form, cvc: '' } }
  if (outcome.kind === 'invalid') return sendHtml(response, 400, renderCheckoutPage({ ...view, errors: outcome.errors }))
  if (outcome.kind === 'declined') return sendHtml(response, 402, renderCheckoutPage({ ...view, declined: outcome.message }))
  // A second submit racing this one sees status 'complete' and gets the 409 page.
  completeCheckout(ctx.store, ctx.emit, session, { name: form.name.trim() })
  await ctx.settle()
  redirect(response, successUrl(session))
}

function checkoutView(store: Store, session: CheckoutSession): CheckoutView {
  const plan = store.checkoutPlans.get(session.id)!
  const lines = plan.lineItems.map((line) => {
    const price = store.prices.get(line.price)!
    return { price, product: store.products.get(price.product), quantity: line.quantity }
  })
  const knownEmail = session.customer ? (store.customers.get(session.customer)?.email ?? null) : null
  return { session, lines, knownEmail }
}

async function portalPage(ctx: HostedContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = ctx.store.portalSessions.get(id)
  const customer = session && ctx.store.customers.get(session.customer)
  if (!session || !customer) return sendHtml(response, 404, renderPortalMissing())
  const subscriptions = customerSubscriptions(ctx.store, customer.id)
  if (request.method === 'POST') {
    const form = new URLSearchParams(await readBody(request))
    const subscription = subscriptions.find((candidate) => candidate.id === form.get('subscription'))
    if (subscription && subscription.status !== 'canceled') {
      scheduleCancellation(ctx.store, ctx.emit, subscription.id, form.get('action') !== 'resume')
      await ctx.settle()
    }
    return redirect(response, `/portal/${session.id}`)
  }
  const entries = subscriptions.map((subscription) => ({
    subscription,
    product: ctx.store.products.get(subscription.items.data[0].price.product),
  }))
  sendHtml(response, 200, renderPortalPage({ session, customer, subscriptions: entries }))
}

async function testControl(ctx: HostedContext, response: ServerResponse, id: string, action: typeof renewSubscription) {
  try {
    const subscription = action(ctx.store, ctx.emit, id)
    await ctx.settle()
    sendJson(response, 200, subscription)
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error
    sendJson(response, error.status, error.toJSON())
  }
}
