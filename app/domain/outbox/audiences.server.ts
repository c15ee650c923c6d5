import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { outboxJobs, outboxRecipients, type OutboxJob } from '../../../db/schema/index.ts'
import type { TemplateName } from '../../../emails/index.ts'
import { resolveLiftAudience } from '~/domain/press/alerts.server.ts'
import { BATCH_SIZE, enqueueEmail, personalOf, type Audience, type Recipient } from './enqueue.server.ts'

async function recipientsFor(tx: Db, audience: Audience): Promise<Recipient[]> {
  switch (audience.kind) {
    case 'press-lift':
      return resolveLiftAudience(tx, audience)
  }
}

/**
 * Turns a deferred job's audience into recipients, inside the claim transaction of its first
 * attempt, so the set is fixed before anything is sent and every retry sends to the same people.
 * The first 100 stay on this job; the rest become further jobs of the same key, due now.
 */
export async function resolveDeferredJob(tx: Db, job: OutboxJob, now: Date) {
  const recipients = job.audience ? await recipientsFor(tx, job.audience as Audience) : []
  await tx.update(outboxJobs).set({ audience: null }).where(eq(outboxJobs.id, job.id))
  const first = recipients.slice(0, BATCH_SIZE)
  if (first.length) {
    await tx.insert(outboxRecipients).values(first.map((r, position) => ({ jobId: job.id, position, email: r.email, name: r.name, userId: r.userId ?? null, personal: personalOf(r) })))
  }
  if (recipients.length > BATCH_SIZE) {
    await enqueueEmail(tx, {
      template: job.template as TemplateName,
      to: recipients.slice(BATCH_SIZE),
      data: job.data as never,
      topic: job.topic,
      notBefore: now,
      dedupeKey: job.dedupeKey ? `${job.dedupeKey}:more` : undefined,
    })
  }
  return recipients.length
}
