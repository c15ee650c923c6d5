import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleApi, type ApiContext } from './api.server.ts'
import { clearBacsPayments } from './bacs.server.ts'
import { createEmitter } from './events.server.ts'
import { handleHosted } from './hosted.server.ts'
import { sendJson } from './http.server.ts'
import { failRenewal, renewSubscription } from './renewals.server.ts'
import { createStore, type StripeEventLike } from './store.server.ts'
import { createWebhookSender } from './webhook-sender.server.ts'

export type { StripeEventLike } from './store.server.ts'

export interface StripeEmulatorOptions {
  /** Where signed events are POSTed, e.g. `http://127.0.0.1:3000/webhooks/stripe`. */
  webhookUrl: string
  /** The `whsec_…` secret the app verifies `Stripe-Signature` with. */
  webhookSecret: string
  /** 0 (the default) picks a free port. */
  port?: number
  log?: (line: string) => void
  /** Waits before each retry of a failed delivery; defaults to Stripe-like 200ms, 1s, 3s. */
  retryDelaysMs?: number[]
}

export interface StripeEmulator {
  /** `http://127.0.0.1:PORT`, the base of hosted pages and the API. */
  url: string
  port: number
  stop(): Promise<void>
  /** Ends the current period with a successful charge; resolves once its webhooks are delivered. */
  renewSubscription(subscriptionId: string): Promise<void>
  /** Ends the current period with a failed charge (past_due); resolves once its webhooks are delivered. */
  failRenewal(subscriptionId: string): Promise<void>
  /** Settles every Bacs Direct Debit still processing (clears or fails by test account); resolves once its webhooks are delivered. */
  clearBacsPayments(): Promise<{ cleared: number; failed: number }>
  /** Events the webhook endpoint accepted (2xx), in delivery order. */
  deliveredEvents(): StripeEventLike[]
  /** Resolves once every event emitted so far has been delivered or given up on. */
  waitForWebhooks(): Promise<void>
}

/** Starts a local Stripe-compatible API + hosted Checkout/Portal pages, posting signed webhooks to the app. */
export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  const log = options.log ?? (() => {})
  const store = createStore()
  const sender = createWebhookSender({
    webhookUrl: options.webhookUrl,
    webhookSecret: options.webhookSecret,
    retryDelaysMs: options.retryDelaysMs ?? [200, 1000, 3000],
    log,
  })
  const emit = createEmitter(store, sender)
  const api: ApiContext = { store, emit, baseUrl: '', idempotency: new Map() }
  const hosted = { store, emit, settle: sender.idle, delivered: sender.delivered }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', api.baseUrl)
    try {
      if (url.pathname.startsWith('/v1/')) await handleApi(api, request, response, url)
      else if (!(await handleHosted(hosted, request, response, url)))
        sendJson(response, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${url.pathname}).` } })
    } catch (error) {
      log(`stripe emulator: ${request.method} ${url.pathname} failed: ${error instanceof Error ? error.stack : error}`)
      if (!response.headersSent) sendJson(response, 500, { error: { type: 'api_error', message: 'Emulator error' } })
      else response.end()
    }
    log(`stripe emulator: ${request.method} ${url.pathname} ${response.statusCode}`)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  api.baseUrl = `http://127.0.0.1:${port}`
  log(`stripe emulator: listening on ${api.baseUrl}, webhooks to ${options.webhookUrl}`)

  return {
    url: api.baseUrl,
    port,
    async stop() {
      await sender.stop()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    async renewSubscription(subscriptionId) {
      renewSubscription(store, emit, subscriptionId)
      await sender.idle()
    },
    async failRenewal(subscriptionId) {
      failRenewal(store, emit, subscriptionId)
      await sender.idle()
    },
    async clearBacsPayments() {
      const settled = clearBacsPayments(store, emit)
      await sender.idle()
      return settled
    },
    deliveredEvents: sender.delivered,
    waitForWebhooks: sender.idle,
  }
}
