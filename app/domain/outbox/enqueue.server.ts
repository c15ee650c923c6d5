import type { Db } from '../../../db/client.server.ts'
import { outboxJobs, outboxRecipients, type EmailTopic } from '../../../db/schema/index.ts'
import type { TemplateData, TemplateName } from '../../../emails/index.ts'
import type { EmailLanguage } from '../../../emails/components/language.ts'
import type { Locale } from '~/i18n/locale.ts'
import { isOptionalTopic } from './topics.ts'

/** Who a deferred job goes to, kept on the job until it is claimed. */
export type Audience = { kind: 'press-lift'; briefingId: string; round: number; who: 'journalists' | 'subscribers'; baseUrl: string }

export const BATCH_SIZE = 100

export interface Recipient {
  email: string
  name: string
  userId?: string | null
  /** For people without an account (public press subscribers): their own unsubscribe link. */
  unsubscribeUrl?: string
  /**
   * The language of the page where someone without an account gave their address. An account's
   * own choice comes first; with neither, the email is in both languages (see worker.server.ts).
   */
  locale?: Locale | null
  /**
   * The language the person chose for this kind of email (a journalist's alert language): it comes
   * before everything else, their account's language too.
   */
  language?: EmailLanguage | null
}

/** What a recipient row keeps besides address and name: their own unsubscribe link and language. */
export function personalOf(r: Recipient) {
  const personal = {
    ...(r.unsubscribeUrl ? { unsubscribeUrl: r.unsubscribeUrl } : {}),
    ...(r.locale ? { locale: r.locale } : {}),
    ...(r.language ? { language: r.language } : {}),
  }
  return Object.keys(personal).length ? personal : null
}

export interface EnqueueInput<N extends TemplateName> {
  template: N
  to: Recipient | Recipient[]
  data: TemplateData<N>
  /** Defaults to `account`: essential mail, always sent. */
  topic?: EmailTopic
  notBefore?: Date
  /** Enqueueing again with the same key queues nothing more. */
  dedupeKey?: string
}

/**
 * Queues an email in the caller's transaction, so it is sent if and only if the change that
 * caused it commits. Many recipients are split into batches of 100, one provider call each.
 */
export async function enqueueEmail<N extends TemplateName>(tx: Db, input: EnqueueInput<N>) {
  const recipients = Array.isArray(input.to) ? input.to : [input.to]
  const topic = input.topic ?? 'account'
  if (isOptionalTopic(topic) && recipients.some((r) => !r.userId && !r.unsubscribeUrl)) {
    // Optional mail must carry an unsubscribe link: one naming the person's account, or their own.
    // A mistake in the code that queued it, never something a person did: a fault, not a message.
    throw new Error(`Email on "${topic}" can only go to people with an account`)
  }
  if (recipients.length === 0) return { jobs: 0, recipients: 0 }
  const chunks: Recipient[][] = []
  for (let i = 0; i < recipients.length; i += BATCH_SIZE) chunks.push(recipients.slice(i, i + BATCH_SIZE))

  const jobs = await tx
    .insert(outboxJobs)
    .values(
      chunks.map((_, i) => ({
        template: input.template,
        data: input.data,
        topic,
        notBefore: input.notBefore ?? new Date(),
        dedupeKey: input.dedupeKey ? `${input.dedupeKey}:${i}` : null,
      })),
    )
    .onConflictDoNothing({ target: outboxJobs.dedupeKey })
    .returning({ id: outboxJobs.id, dedupeKey: outboxJobs.dedupeKey })

  const jobIdForChunk = (i: number) => (input.dedupeKey ? jobs.find((j) => j.dedupeKey === `${input.dedupeKey}:${i}`)?.id : jobs[i]?.id)
  const rows = chunks.flatMap((chunk, i) => {
    const jobId = jobIdForChunk(i)
    if (!jobId) return []
    return chunk.map((r, position) => ({ jobId, position, email: r.email, name: r.name, userId: r.userId ?? null, personal: personalOf(r) }))
  })
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(outboxRecipients).values(rows.slice(i, i + 1000))
  return { jobs: jobs.length, recipients: rows.length }
}

export interface DeferredEnqueueInput<N extends TemplateName> extends Omit<EnqueueInput<N>, 'to'> {
  /** Resolved into recipients when the job is first claimed (see audiences.server.ts). */
  audience: Audience
}

/**
 * Queues an email whose recipients are decided when it falls due rather than now: who is entitled
 * to it may change before then. Same transaction and dedupe rules as `enqueueEmail`.
 */
export async function enqueueForAudience<N extends TemplateName>(tx: Db, input: DeferredEnqueueInput<N>) {
  const jobs = await tx
    .insert(outboxJobs)
    .values({
      template: input.template,
      data: input.data,
      topic: input.topic ?? 'account',
      notBefore: input.notBefore ?? new Date(),
      dedupeKey: input.dedupeKey ? `${input.dedupeKey}:0` : null,
      audience: input.audience,
    })
    .onConflictDoNothing({ target: outboxJobs.dedupeKey })
    .returning({ id: outboxJobs.id })
  return { jobs: jobs.length }
}
