import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { consultationComments, statementEndorsements, statements } from '../../../db/schema/index.ts'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** A person's part in statements, for their data export: what they said in consultations and what they endorsed. */
export async function statementDataForUser(db: Db, input: { userId: string; membershipId: string | null }) {
  const comments = await db
    .select({ title: statements.title, slug: statements.slug, body: consultationComments.body, createdAt: consultationComments.createdAt, addressedAt: consultationComments.addressedAt })
    .from(consultationComments)
    .innerJoin(statements, eq(statements.id, consultationComments.statementId))
    .where(eq(consultationComments.userId, input.userId))
    .orderBy(asc(consultationComments.createdAt))
  const endorsements = input.membershipId
    ? await db
        .select({ title: statements.title, slug: statements.slug, createdAt: statementEndorsements.createdAt })
        .from(statementEndorsements)
        .innerJoin(statements, eq(statements.id, statementEndorsements.statementId))
        .where(eq(statementEndorsements.membershipId, input.membershipId))
        .orderBy(asc(statementEndorsements.createdAt))
    : []
  return {
    consultationComments: comments.map((c) => ({ statement: c.title, statementSlug: c.slug, comment: c.body, createdAt: iso(c.createdAt), addressedByOfficersAt: iso(c.addressedAt) })),
    endorsements: endorsements.map((e) => ({ statement: e.title, statementSlug: e.slug, endorsedAt: iso(e.createdAt) })),
  }
}

/**
 * On account deletion, inside its transaction: endorsements go (and each statement's count with
 * them), because "members stand behind this" must count only people who still do. Consultation
 * comments stay as unsigned text: they are never published, they are part of the record of how a
 * statement was agreed (officers may have changed it because of them), and with the author
 * link removed nothing in Chorus ties them to the person any more.
 */
export async function eraseStatementDataForUser(tx: Db, input: { userId: string; membershipId: string | null }) {
  if (input.membershipId) {
    const removed = await tx.delete(statementEndorsements).where(eq(statementEndorsements.membershipId, input.membershipId)).returning({ statementId: statementEndorsements.statementId })
    if (removed.length) {
      await tx
        .update(statements)
        .set({ endorsementCount: sql`greatest(${statements.endorsementCount} - 1, 0)` })
        .where(
          inArray(
            statements.id,
            removed.map((r) => r.statementId),
          ),
        )
    }
  }
  await tx
    .update(consultationComments)
    .set({ userId: null })
    .where(and(eq(consultationComments.userId, input.userId)))
}
