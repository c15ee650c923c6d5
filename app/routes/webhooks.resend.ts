import type { ActionFunctionArgs } from '@remix-run/node'
import { Resend } from 'resend'
import { DomainError } from '~/domain/errors'
import { recordProviderEvent } from '~/domain/outbox/provider-events.server'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { readBody } from '~/utils/request.server'
import { isDatabaseUnavailable, unavailableResponse } from '~/utils/db-unavailable.server'

const plain = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain' } })

/** Resend's delivery events (signed with Standard Webhooks). Only a verified payload is read. */
export async function action({ request }: ActionFunctionArgs) {
  const secret = getEnv().RESEND_WEBHOOK_SECRET
  if (!secret) return plain('Resend webhooks are not configured', 404)
  if (request.method !== 'POST') return plain('Method not allowed', 405)
  const payload = new TextDecoder().decode(await readBody(request, 256_000))
  const headers = {
    id: request.headers.get('svix-id') ?? request.headers.get('webhook-id') ?? '',
    timestamp: request.headers.get('svix-timestamp') ?? request.headers.get('webhook-timestamp') ?? '',
    signature: request.headers.get('svix-signature') ?? request.headers.get('webhook-signature') ?? '',
  }
  let event: unknown
  try {
    event = new Resend('re_webhook_verification_only').webhooks.verify({ payload, headers, webhookSecret: secret })
  } catch {
    return plain('Invalid signature', 400)
  }
  try {
    const outcome = await recordProviderEvent(db, { deliveryId: headers.id, payload: event })
    return plain(outcome, 200)
  } catch (error) {
    if (error instanceof DomainError) return plain(error.message, 400)
    if (isDatabaseUnavailable(error)) return unavailableResponse()
    throw error
  }
}

export function loader() {
  return plain('Method not allowed', 405)
}
