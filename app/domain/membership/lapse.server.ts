import { and, eq, lt } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { memberships, users } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { membershipNumber } from './format.ts'
import { GRACE_DAYS } from './status.ts'

/**
 * Records as lapsed every membership past due for longer than the grace period, and tells the
 * member. Safe to run from several processes at once (rows are claimed with SKIP LOCKED).
 */
export async function lapseOverdueMemberships(db: Db, input: { baseUrl: string; now?: Date; graceDays?: number }) {
  const now = input.now ?? new Date()
  const cutoff = new Date(now.getTime() - (input.graceDays ?? GRACE_DAYS) * 86_400_000)
  return db.transaction(async (tx) => {
    const overdue = await tx
      .select({ id: memberships.id, number: memberships.number, userId: memberships.userId, pastDueSince: memberships.pastDueSince })
      .from(memberships)
      .where(and(eq(memberships.status, 'past_due'), lt(memberships.pastDueSince, cutoff)))
      .limit(500)
      .for('update', { skipLocked: true })
    for (const m of overdue) {
      await tx.update(memberships).set({ status: 'lapsed', updatedAt: now }).where(eq(memberships.id, m.id))
      await audit(tx, { actorId: null, action: 'membership.lapsed', subjectType: 'membership', subjectId: m.id, before: { status: 'past_due' }, after: { status: 'lapsed' } })
      const [user] = m.userId ? await tx.select().from(users).where(eq(users.id, m.userId)) : []
      if (user) {
        await enqueueEmail(tx, {
          template: 'membership-lapsed',
          topic: 'membership',
          to: { email: user.email, name: user.name, userId: user.id },
          data: { membershipNumber: membershipNumber(m.number), rejoinUrl: `${input.baseUrl}/account#membership` },
          dedupeKey: `lapsed:${m.id}:${m.pastDueSince?.toISOString()}`,
        })
      }
    }
    return overdue.length
  })
}
