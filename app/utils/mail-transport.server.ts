import { Resend } from 'resend'
import type { Db } from '../../db/client.server.ts'
import { mailboxMessages } from '../../db/schema/index.ts'
import { classifyProviderError } from '~/domain/outbox/retry.ts'
import type { MailTransport } from '~/domain/outbox/transport.ts'
import type { Env } from './env.server.ts'

/** Resend through its SDK: one email per POST /emails, more as one POST /emails/batch. */
export function resendTransport(options: { apiKey: string; baseUrl?: string }): MailTransport {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined)
  return {
    async send(emails, { idempotencyKey, signal }) {
      // The SDK passes unknown request options on to fetch, which is how the timeout's signal reaches it.
      const requestOptions = { idempotencyKey, signal } as { idempotencyKey: string }
      if (emails.length === 1) {
        const { data, error } = await resend.emails.send(emails[0], requestOptions)
        return error ? classifyProviderError(error) : { ok: true, ids: [data!.id] }
      }
      const { data, error } = await resend.batch.send(emails, requestOptions)
      return error ? classifyProviderError(error) : { ok: true, ids: data!.data.map((d) => d.id) }
    },
  }
}

/** Development without a mail provider: messages are kept in the database and shown at /dev/mail. */
export function mailboxTransport(db: Db): MailTransport {
  return {
    async send(emails) {
      const rows = await db
        .insert(mailboxMessages)
        .values(emails.map((e) => ({ to: e.to, from: e.from, subject: e.subject, html: e.html, text: e.text, headers: e.headers ?? {} })))
        .returning({ id: mailboxMessages.id })
      return { ok: true, ids: rows.map((r) => r.id) }
    },
  }
}

export function transportFromEnv(db: Db, env: Env): MailTransport {
  if (env.RESEND_API_KEY || env.RESEND_BASE_URL) {
    return resendTransport({ apiKey: env.RESEND_API_KEY ?? 're_local_stand_in', baseUrl: env.RESEND_BASE_URL })
  }
  return mailboxTransport(db)
}
