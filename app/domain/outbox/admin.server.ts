import { and, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { outboxJobs, outboxRecipients } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { msg } from '~/i18n/translate.ts'
import { DomainError } from '~/domain/errors.ts'

/** Jobs and recipients by status, for the admin page. */
export async function getOutboxSummary(db: Db) {
  const jobs = await db
    .select({ status: outboxJobs.status, n: sql<number>`count(*)::int` })
    .from(outboxJobs)
    .groupBy(outboxJobs.status)
  const recipients = await db
    .select({ status: outboxRecipients.status, n: sql<number>`count(*)::int` })
    .from(outboxRecipients)
    .groupBy(outboxRecipients.status)
  const byStatus = <T extends string>(rows: { status: T; n: number }[]) => Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<T, number>>
  return { jobs: byStatus(jobs), recipients: byStatus(recipients) }
}

export async function listFailedJobs(db: Db, limit = 100) {
  return db
    .select({
      id: outboxJobs.id,
      template: outboxJobs.template,
      topic: outboxJobs.topic,
      attempts: outboxJobs.attempts,
      lastError: outboxJobs.lastError,
      createdAt: outboxJobs.createdAt,
      recipients: sql<number>`(select count(*)::int from outbox_recipients r where r.job_id = ${outboxJobs.id})`,
      firstRecipient: sql<string>`(select r.email from outbox_recipients r where r.job_id = ${outboxJobs.id} order by r.position limit 1)`,
    })
    .from(outboxJobs)
    .where(eq(outboxJobs.status, 'failed'))
    .orderBy(desc(outboxJobs.createdAt))
    .limit(limit)
}

/** Puts a failed job back in the queue with a fresh allowance of attempts. */
export async function retryFailedJob(db: Db, input: { jobId: string; actorId: string }) {
  return db.transaction(async (tx) => {
    const [job] = await tx.select().from(outboxJobs).where(eq(outboxJobs.id, input.jobId)).for('update')
    if (!job) throw new DomainError('not_found', msg('That email is no longer in the outbox'))
    if (job.status !== 'failed') throw new DomainError('invalid_state', msg('Only failed emails can be retried; this one is already queued or sent'))
    await tx
      .update(outboxJobs)
      .set({ status: 'pending', notBefore: new Date(), maxAttempts: job.attempts + 8, lastError: null })
      .where(and(eq(outboxJobs.id, job.id), eq(outboxJobs.status, 'failed')))
    await audit(tx, {
      actorId: input.actorId,
      action: 'outbox.retry',
      subjectType: 'outbox_job',
      subjectId: job.id,
      before: { status: 'failed', lastError: job.lastError },
      after: { status: 'pending' },
    })
  })
}
