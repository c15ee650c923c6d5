import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { memberships } from '../../../db/schema/index.ts'
import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'
import type { PracticeAreaId } from '~/domain/polls/practice-areas.ts'

/** The member's own choice of practice area (or none); it only ever breaks poll results down. */
export async function setPracticeArea(db: Db, input: { userId: string; practiceArea: PracticeAreaId | null }) {
  const updated = await db.update(memberships).set({ practiceArea: input.practiceArea, updatedAt: new Date() }).where(eq(memberships.userId, input.userId)).returning({ id: memberships.id })
  if (updated.length === 0) throw new DomainError('not_found', msg('You are not a member yet'))
}
