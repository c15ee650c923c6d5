import { randomUUID } from 'node:crypto'
import { and, asc, eq, inArray, isNotNull, lt, lte, or, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { outboxJobs, outboxRecipients, users, type OutboxJob, type OutboxRecipient } from '../../../db/schema/index.ts'
import { asEmailLanguage, type EmailLanguage } from '../../../emails/components/language.ts'
import { templates } from '../../../emails/index.ts'
import { asLocale } from '~/i18n/locale.ts'
import { resolveDeferredJob } from './audiences.server.ts'
import { personalise, renderShared, isTemplateName, type RenderedEmail } from './render.server.ts'
import { retryDelayMs, type SendFailure } from './retry.ts'
import { isOptionalTopic } from './topics.ts'
import type { MailTransport, OutgoingEmail, SendResult } from './transport.ts'
import { signUnsubscribeToken } from './unsubscribe-token.ts'

export interface WorkerOptions {
  transport: MailTransport
  from: string
  /** Public origin for unsubscribe and preference links. */
  baseUrl: string
  secret: string
  /** Jobs claimed per round. */
  claimSize?: number
  leaseMs?: number
  sendTimeoutMs?: number
  /** First retry waits about this long, doubling after each failure. */
  retryBaseMs?: number
  random?: () => number
}

/**
 * Claims due jobs (new, retry-due, or whose lease ran out because a worker died) with
 * FOR UPDATE SKIP LOCKED, so concurrent workers never take the same job. On a job's first claim
 * it also drops recipients who are suppressed or unsubscribed, in the same transaction, so the
 * set sent to the provider never changes between retries. A job queued for an audience rather
 * than named people (a lift alert) gets its recipients here, first, so those are checked too.
 */
export async function claimJobs(db: Db, options: { limit: number; leaseMs: number; now?: Date }) {
  const now = options.now ?? new Date()
  const leaseToken = randomUUID()
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxJobs.id })
      .from(outboxJobs)
      .where(or(and(eq(outboxJobs.status, 'pending'), lte(outboxJobs.notBefore, now)), and(eq(outboxJobs.status, 'sending'), lt(outboxJobs.leaseUntil, now))))
      .orderBy(asc(outboxJobs.notBefore))
      .limit(options.limit)
      .for('update', { skipLocked: true })
    if (due.length === 0) return []
    const ids = due.map((d) => d.id)
    const deferred = await tx
      .select()
      .from(outboxJobs)
      .where(and(inArray(outboxJobs.id, ids), isNotNull(outboxJobs.audience), eq(outboxJobs.attempts, 0)))
    for (const job of deferred) await resolveDeferredJob(tx, job, now)
    await tx.execute(sql`
      update outbox_recipients r
      set status = 'skipped',
          skip_reason = case when exists (select 1 from email_suppressions s where s.email = lower(r.email)) then 'suppressed' else 'unsubscribed' end
      from outbox_jobs j
      where r.job_id = j.id
        and j.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        and j.attempts = 0
        and r.status = 'pending'
        and (
          exists (select 1 from email_suppressions s where s.email = lower(r.email))
          or (j.topic not in ('account', 'membership') and exists (
            select 1 from email_preferences p where p.user_id = r.user_id and p.topic = j.topic and not p.subscribed))
        )`)
    return tx
      .update(outboxJobs)
      .set({
        status: 'sending',
        attempts: sql`${outboxJobs.attempts} + 1`,
        leaseToken,
        leaseUntil: new Date(now.getTime() + options.leaseMs),
      })
      .where(inArray(outboxJobs.id, ids))
      .returning()
  })
}

/** A failure to record on the job, for operators (the admin outbox page shows `lastError`). */
const fault = (error: Error, retryable = false): SendFailure => ({ ok: false, retryable, error: error.message })

/** Builds, sends and records one claimed job. Returns what happened, for logs and tests. */
async function deliverJob(db: Db, job: OutboxJob, options: WorkerOptions): Promise<'sent' | 'retry' | 'failed' | 'lost-lease'> {
  const recipients = await db
    .select()
    .from(outboxRecipients)
    .where(and(eq(outboxRecipients.jobId, job.id), eq(outboxRecipients.status, 'pending')))
    .orderBy(asc(outboxRecipients.position))

  let result: SendResult
  if (recipients.length === 0) {
    result = { ok: true, ids: [] }
  } else if (!isTemplateName(job.template)) {
    result = fault(new Error(`Unknown email template "${job.template}"`))
  } else {
    try {
      const optional = isOptionalTopic(job.topic)
      const languages = await languagesOf(db, recipients, job.data)
      const shared = new Map<EmailLanguage, RenderedEmail>()
      for (const language of new Set(languages)) {
        shared.set(language, await renderShared(job.template, job.data, { withUnsubscribe: optional, language, origin: options.baseUrl }))
      }
      const emails: OutgoingEmail[] = recipients.map((r, i) => {
        let links: { unsubscribeUrl?: string; preferencesUrl?: string } = {}
        let headers: Record<string, string> | undefined
        if (optional && r.userId && isOptionalTopic(job.topic)) {
          const token = signUnsubscribeToken(options.secret, { userId: r.userId, topic: job.topic })
          const unsubscribeUrl = `${options.baseUrl}/unsubscribe?token=${token}`
          links = { unsubscribeUrl, preferencesUrl: `${options.baseUrl}/account#email` }
          headers = { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
        } else if (optional && typeof (r.personal as { unsubscribeUrl?: unknown } | null)?.unsubscribeUrl === 'string') {
          const unsubscribeUrl = (r.personal as { unsubscribeUrl: string }).unsubscribeUrl
          links = { unsubscribeUrl, preferencesUrl: unsubscribeUrl }
          headers = { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
        }
        const content = personalise(shared.get(languages[i])!, { name: r.name ?? '', ...links })
        return { from: options.from, to: r.email, ...content, headers }
      })
      result = await sendWithTimeout(options, emails, job.id)
    } catch (error) {
      result = fault(new Error(`Could not build the email: ${(error as Error).message}`, { cause: error }))
    }
  }
  return recordOutcome(
    db,
    job,
    recipients.map((r) => r.position),
    result,
    options,
  )
}

/**
 * Each recipient's language, looked up when the email is sent so that nobody who queues an email
 * has to know it: the language the person chose for this kind of email, when they did (a
 * journalist's alert language, queued with them); else the language they chose for their account (`users.locale`, found by their
 * account or their address); else the one they used where they gave us their address, when the
 * email was queued with it (a journalist registering, a reader subscribing, on a Welsh page); else
 * both, Welsh first.
 */
async function languagesOf(db: Db, recipients: OutboxRecipient[], data: unknown): Promise<EmailLanguage[]> {
  const ids = [...new Set(recipients.map((r) => r.userId).filter((id): id is string => Boolean(id)))]
  const addresses = [...new Set(recipients.map((r) => r.email.toLowerCase()))]
  const found = await db
    .select({ id: users.id, email: sql<string>`lower(${users.email})`, locale: users.locale })
    .from(users)
    .where(or(ids.length ? inArray(users.id, ids) : sql`false`, inArray(sql`lower(${users.email})`, addresses)))
  const byId = new Map(found.map((u) => [u.id, asLocale(u.locale)]))
  const byEmail = new Map(found.map((u) => [u.email, asLocale(u.locale)]))
  const queued = asLocale((data as { locale?: unknown } | null)?.locale)
  const chosenFor = (r: OutboxRecipient) => {
    const language = (r.personal as { language?: unknown } | null)?.language
    return language ? asEmailLanguage(language) : null
  }
  return recipients.map(
    (r) => chosenFor(r) ?? (r.userId ? byId.get(r.userId) : null) ?? byEmail.get(r.email.toLowerCase()) ?? asLocale((r.personal as { locale?: unknown } | null)?.locale) ?? queued ?? 'both',
  )
}

async function sendWithTimeout(options: WorkerOptions, emails: OutgoingEmail[], idempotencyKey: string): Promise<SendResult> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.sendTimeoutMs ?? 30_000)
  try {
    return await options.transport.send(emails, { idempotencyKey, signal: controller.signal })
  } catch (error) {
    // An exception is an unknown outcome; the idempotency key makes the retry safe.
    return fault(new Error(`Send failed: ${(error as Error).message}`, { cause: error }), true)
  } finally {
    clearTimeout(timer)
  }
}

async function recordOutcome(db: Db, job: OutboxJob, positions: number[], result: SendResult, options: WorkerOptions) {
  const now = new Date()
  return db.transaction(async (tx) => {
    // Only the lease holder records; a worker that stalled past its lease has been replaced.
    const [held] = await tx
      .select({ id: outboxJobs.id })
      .from(outboxJobs)
      .where(and(eq(outboxJobs.id, job.id), eq(outboxJobs.leaseToken, job.leaseToken!), eq(outboxJobs.status, 'sending')))
      .for('update')
    if (!held) return 'lost-lease' as const
    if (result.ok) {
      const secret = isTemplateName(job.template) && 'secret' in templates[job.template] && templates[job.template].secret
      await tx
        .update(outboxJobs)
        .set({ status: 'sent', sentAt: now, leaseToken: null, leaseUntil: null, lastError: null, ...(secret ? { data: { redacted: true } } : {}) })
        .where(eq(outboxJobs.id, job.id))
      if (positions.length > 0) {
        await tx.execute(sql`
          update outbox_recipients r set status = 'sent', provider_message_id = v.id
          from jsonb_to_recordset(${JSON.stringify(positions.map((position, i) => ({ position, id: result.ids[i] ?? null })))}::jsonb)
            as v(position int, id text)
          where r.job_id = ${job.id} and r.position = v.position`)
      }
      return 'sent' as const
    }
    const giveUp = !result.retryable || job.attempts >= job.maxAttempts
    await tx
      .update(outboxJobs)
      .set({
        status: giveUp ? 'failed' : 'pending',
        lastError: result.error.replaceAll('\u0000', '').slice(0, 2000),
        leaseToken: null,
        leaseUntil: null,
        notBefore: giveUp ? job.notBefore : new Date(now.getTime() + retryDelayMs(job.attempts, options.random, options.retryBaseMs)),
      })
      .where(eq(outboxJobs.id, job.id))
    return giveUp ? ('failed' as const) : ('retry' as const)
  })
}

/** One round: claim what is due and deliver it concurrently. Returns the outcomes. */
export async function processDueJobs(db: Db, options: WorkerOptions) {
  const jobs = await claimJobs(db, { limit: options.claimSize ?? 10, leaseMs: options.leaseMs ?? 60_000 })
  return Promise.all(jobs.map((job) => deliverJob(db, job, options)))
}

/** Runs rounds until there is nothing due (or stop is requested); for tests and benchmarks. */
export async function drainOutbox(db: Db, options: WorkerOptions & { signal?: AbortSignal }) {
  const outcomes: string[] = []
  while (!options.signal?.aborted) {
    const round = await processDueJobs(db, options)
    if (round.length === 0) break
    outcomes.push(...round)
  }
  return outcomes
}
