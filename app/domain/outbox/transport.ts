import type { SendFailure } from './retry.ts'

export interface OutgoingEmail {
  from: string
  to: string
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
}

export type SendResult = { ok: true; ids: string[] } | SendFailure

/**
 * Something that delivers emails. One call per outbox job; the idempotency key is the job's id,
 * so a retry after an unknown outcome is recognised by the provider and not delivered twice.
 */
export interface MailTransport {
  send(emails: OutgoingEmail[], options: { idempotencyKey: string; signal: AbortSignal }): Promise<SendResult>
}
