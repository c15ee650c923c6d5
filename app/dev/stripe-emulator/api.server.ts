import type { IncomingMessage, ServerResponse } from 'node:http'
import { createPrice, createProduct, getPrice, getProduct, listPrices } from './catalog.server.ts'
import { createCheckoutSession, expireCheckoutSession, getCheckoutSession, listCheckoutSessions } from './checkout.server.ts'
import { createCustomer, getCustomer, updateCustomer } from './customers.server.ts'
import { StripeApiError, noSuch } from './errors.server.ts'
import type { Emit, EventRequest } from './events.server.ts'
import { expand } from './expand.server.ts'
import { parseFormParams, type Params } from './form-params.server.ts'
import { readBody, sendJson } from './http.server.ts'
import { newId } from './ids.server.ts'
import { getInvoice } from './invoices.server.ts'
import { rejectUnknown, stringArrayParam } from './params.server.ts'
import { createPortalSession } from './portal.server.ts'
import type { Store } from './store.server.ts'
import { endSubscription, getSubscription, updateSubscription } from './subscriptions.server.ts'

export interface ApiContext {
  store: Store
  emit: Emit
  baseUrl: string
  /** Responses replayed for a repeated `Idempotency-Key`, as Stripe does. */
  idempotency: Map<string, { body: string; json: unknown }>
}

interface Call {
  ctx: ApiContext
  params: Params
  id: string
  request: EventRequest
}
type Handler = (call: Call) => object

/** Plain reads accept only `expand`, as Stripe's retrieve endpoints do. */
const retrieve =
  (get: (store: Store, id: string) => object): Handler =>
  ({ ctx, params, id }) => {
    rejectUnknown(params, ['expand'])
    return get(ctx.store, id)
  }

const ROUTES: [string, RegExp, Handler][] = [
  ['POST', /^\/v1\/products$/, ({ ctx, params }) => createProduct(ctx.store, params)],
  ['GET', /^\/v1\/products\/([^/]+)$/, retrieve(getProduct)],
  ['POST', /^\/v1\/prices$/, ({ ctx, params }) => createPrice(ctx.store, params)],
  ['GET', /^\/v1\/prices$/, ({ ctx, params }) => listPrices(ctx.store, params)],
  ['GET', /^\/v1\/prices\/([^/]+)$/, retrieve(getPrice)],
  ['POST', /^\/v1\/customers$/, ({ ctx, params }) => createCustomer(ctx.store, params)],
  ['GET', /^\/v1\/customers\/([^/]+)$/, retrieve(getCustomer)],
  ['POST', /^\/v1\/customers\/([^/]+)$/, ({ ctx, params, id }) => updateCustomer(ctx.store, id, params)],
  ['POST', /^\/v1\/checkout\/sessions$/, ({ ctx, params }) => createCheckoutSession(ctx.store, ctx.baseUrl, params)],
  ['GET', /^\/v1\/checkout\/sessions$/, ({ ctx, params }) => listCheckoutSessions(ctx.store, params)],
  ['GET', /^\/v1\/checkout\/sessions\/([^/]+)$/, retrieve(getCheckoutSession)],
  ['POST', /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/, ({ ctx, params, id }) => expireCheckoutSession(ctx.store, ctx.emit, id, params)],
  ['POST', /^\/v1\/billing_portal\/sessions$/, ({ ctx, params }) => createPortalSession(ctx.store, ctx.baseUrl, params)],
  ['GET', /^\/v1\/subscriptions\/([^/]+)$/, retrieve(getSubscription)],
  ['POST', /^\/v1\/subscriptions\/([^/]+)$/, ({ ctx, params, id, request }) => updateSubscription(ctx.store, ctx.emit, id, params, request)],
  ['DELETE', /^\/v1\/subscriptions\/([^/]+)$/, ({ ctx, params, id, request }) => endSubscription(ctx.store, ctx.emit, id, params, request)],
  ['GET', /^\/v1\/invoices\/([^/]+)$/, retrieve(getInvoice)],
  ['GET', /^\/v1\/payment_intents\/([^/]+)$/, retrieve((store, id) => bacsPart(store, id, 'paymentIntent', 'payment_intent'))],
  ['GET', /^\/v1\/mandates\/([^/]+)$/, retrieve((store, id) => bacsPart(store, id, 'mandate', 'mandate'))],
  [
    'GET',
    /^\/v1\/events\/([^/]+)$/,
    retrieve((store, id) => {
      const event = store.events.get(id)
      if (!event) throw noSuch('event', id)
      return event
    }),
  ],
]

/** Payment intents and mandates exist here only for Direct Debits set up through Checkout. */
function bacsPart(store: Store, id: string, part: 'paymentIntent' | 'mandate', object: string) {
  const found = [...store.bacs.values()].find((entry) => entry[part].id === id)
  if (!found) throw noSuch(object, id)
  return found[part]
}

export async function handleApi(ctx: ApiContext, request: IncomingMessage, response: ServerResponse, url: URL) {
  const requestId = newId('req', 14)
  const reply = (status: number, body: unknown) => sendJson(response, status, body, { 'request-id': requestId })
  try {
    authenticate(request)
    const method = request.method ?? 'GET'
    const route = ROUTES.find(([m, pattern]) => m === method && pattern.test(url.pathname))
    if (!route) throw new StripeApiError(404, `Unrecognized request URL (${method}: ${url.pathname}).`)
    const body = method === 'GET' ? '' : await readBody(request)
    const params = { ...parseFormParams(url.search.slice(1)), ...parseFormParams(body) }
    const id = decodeURIComponent(route[1].exec(url.pathname)?.[1] ?? '')
    const idempotencyKey = method === 'POST' ? headerValue(request, 'idempotency-key') : null
    const cacheKey = `${url.pathname} ${idempotencyKey}`
    const replay = idempotencyKey ? ctx.idempotency.get(cacheKey) : undefined
    if (replay) {
      if (replay.body !== body) {
        throw new StripeApiError(400, `Keys for idempotent requests can only be used with the same parameters they were first used with.`, undefined, 'idempotency_key_in_use', 'idempotency_error')
      }
      return sendJson(response, 200, replay.json, { 'request-id': requestId, 'idempotent-replayed': 'true' })
    }
    const result = route[2]({ ctx, params, id, request: { id: requestId, idempotency_key: idempotencyKey } })
    const json = expand(ctx.store, result, stringArrayParam(params, 'expand'))
    if (idempotencyKey) ctx.idempotency.set(cacheKey, { body, json })
    reply(200, json)
  } catch (error) {
    if (error instanceof StripeApiError) return reply(error.status, error.toJSON())
    reply(500, { error: { type: 'api_error', message: error instanceof Error ? error.message : String(error) } })
  }
}

function authenticate(request: IncomingMessage) {
  const header = headerValue(request, 'authorization') ?? ''
  const key = /^Bearer (\S+)$/.exec(header)?.[1]
  if (!key) {
    throw new StripeApiError(401, 'You did not provide an API key. Provide it as `Authorization: Bearer sk_test_…`.')
  }
  if (!key.startsWith('sk_test_')) {
    throw new StripeApiError(401, `Invalid API Key provided: ${key.slice(0, 8)}… (the emulator accepts only sk_test_ keys).`)
  }
}

function headerValue(request: IncomingMessage, name: string) {
  const value = request.headers[name]
  return (Array.isArray(value) ? value[0] : value) ?? null
}
