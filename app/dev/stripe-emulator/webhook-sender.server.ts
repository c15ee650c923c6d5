import Stripe from 'stripe'
import type { StripeEventLike } from './store.server.ts'

export interface WebhookSenderOptions {
  webhookUrl: string
  webhookSecret: string
  retryDelaysMs: number[]
  log: (line: string) => void
}

/**
 * Posts signed events to the app one at a time, in the order they were emitted,
 * retrying a failed delivery after each delay in `retryDelaysMs` before giving up.
 */
export function createWebhookSender(options: WebhookSenderOptions) {
  const signer = new Stripe('sk_test_chorus_emulator').webhooks
  const delivered: StripeEventLike[] = []
  const stopping = new AbortController()
  let queue: Promise<void> = Promise.resolve()

  async function attempt(payload: string) {
    // Signed per attempt so a retry carries a fresh timestamp, as Stripe's do.
    const header = signer.generateTestHeaderString({ payload, secret: options.webhookSecret })
    try {
      const response = await fetch(options.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': header },
        body: payload,
        signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(10_000)]),
      })
      await response.arrayBuffer()
      return response.ok ? null : `HTTP ${response.status}`
    } catch (error) {
      return error instanceof Error ? error.message : String(error)
    }
  }

  async function deliver(event: StripeEventLike) {
    const payload = JSON.stringify(event, null, 2)
    for (let tries = 0; !stopping.signal.aborted; tries++) {
      const failure = await attempt(payload)
      if (!failure) {
        delivered.push(event)
        options.log(`webhook ${event.type} ${event.id} delivered`)
        return
      }
      const delay = options.retryDelaysMs[tries]
      if (delay === undefined || stopping.signal.aborted) {
        options.log(`webhook ${event.type} ${event.id} failed (${failure}); giving up after ${tries + 1} attempts`)
        return
      }
      options.log(`webhook ${event.type} ${event.id} failed (${failure}); retrying in ${delay}ms`)
      await sleep(delay, stopping.signal)
    }
  }

  return {
    send(event: StripeEventLike) {
      queue = queue.then(() => deliver(event))
    },
    /** Resolves once every event sent so far has been delivered or given up on. */
    idle: () => queue,
    delivered: () => [...delivered],
    stop() {
      stopping.abort()
      return queue
    },
  }
}

export type WebhookSender = ReturnType<typeof createWebhookSender>

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        resolve()
      },
      { once: true },
    )
  })
}
