import type { ActionFunctionArgs } from '@remix-run/node'
import { applyStripeEvent } from '~/domain/membership/stripe-webhooks.server'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { readBody } from '~/utils/request.server'
import { isDatabaseUnavailable, unavailableResponse } from '~/utils/db-unavailable.server'
import { getStripe } from '~/utils/stripe.server'

const plain = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain' } })

/** Verifies Stripe's signature on the exact bytes received, then hands the event to the membership domain. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== 'POST') return plain('Method not allowed', 405)
  // Stripe's events are a few kilobytes; the signature is checked on the exact bytes received.
  const payload = new TextDecoder().decode(await readBody(request, 512_000))
  const signature = request.headers.get('stripe-signature')
  if (!signature) return plain('Missing Stripe-Signature header', 400)
  let event
  try {
    event = getStripe().webhooks.constructEvent(payload, signature, getEnv().stripeWebhookSecret)
  } catch {
    return plain('Invalid signature', 400)
  }
  try {
    const outcome = await applyStripeEvent(db, event as never, { baseUrl: getEnv().appUrl })
    return plain(outcome, 200)
  } catch (error) {
    // Stripe retries anything that is not a 2xx: the event is applied when the database is back.
    if (isDatabaseUnavailable(error)) return unavailableResponse()
    throw error
  }
}

export function loader() {
  return plain('Method not allowed', 405)
}
