import Stripe from 'stripe'
import { newId, unixNow } from './ids.server.ts'
import type { Store, StripeEventLike } from './store.server.ts'
import type { WebhookSender } from './webhook-sender.server.ts'

export interface EventRequest {
  id: string | null
  idempotency_key: string | null
}

const NO_REQUEST: EventRequest = { id: null, idempotency_key: null }

/** Records an event with a snapshot of the object as it is now, and queues its delivery. */
export function createEmitter(store: Store, sender: WebhookSender) {
  return function emit(type: string, object: object, options: { previousAttributes?: Record<string, unknown>; request?: EventRequest } = {}) {
    const event: StripeEventLike = {
      id: newId('evt'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: unixNow(),
      data: {
        object: structuredClone(object) as Record<string, unknown>,
        ...(options.previousAttributes ? { previous_attributes: structuredClone(options.previousAttributes) } : {}),
      },
      livemode: false,
      pending_webhooks: 1,
      request: options.request ?? NO_REQUEST,
      type,
    }
    store.events.set(event.id, event)
    sender.send(event)
    return event
  }
}

export type Emit = ReturnType<typeof createEmitter>
