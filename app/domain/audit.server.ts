import { desc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'
import { auditLog, users } from '../../db/schema/index.ts'

export interface AuditInput {
  actorId: string | null
  action: string
  subjectType: string
  subjectId?: string | null
  before?: unknown
  after?: unknown
}

/** Records who changed what; call it inside the transaction that makes the change. */
export async function audit(db: Db, entry: AuditInput) {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  })
}

/** Newest first, with the actor's name where the account still exists. */
export async function listAuditEntries(db: Db, input: { limit?: number } = {}) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(desc(auditLog.id))
    .limit(Math.min(input.limit ?? 200, 1000))
}
