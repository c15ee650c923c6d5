import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { users } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import { consumeRateLimits } from './rate-limit.server.ts'
import { deleteOtherSessions, markReauthenticated } from './sessions.server.ts'

/**
 * A signed-in person changes their password, proving they know the current one. Every other
 * browser signed in to the account is signed out: whoever knew the old password is out too.
 */
export async function changePassword(db: Db, input: { userId: string; sessionId: string; currentPassword: string; password: string; now?: Date }) {
  const now = input.now ?? new Date()
  await consumeRateLimits(db, [{ key: `password-change:account:${input.userId}`, max: 10, windowSeconds: 15 * 60 }], now)
  const user = await db.query.users.findFirst({ where: eq(users.id, input.userId), columns: { passwordHash: true } })
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('unauthenticated', msg('Your current password is not right.'), 'currentPassword')
  }
  if (input.password === input.currentPassword) {
    throw new DomainError('invalid_input', msg('Choose a new password that is different from your current one.'), 'password')
  }
  const passwordHash = await hashPassword(input.password)
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, input.userId))
    await deleteOtherSessions(tx, input.userId, input.sessionId)
    await markReauthenticated(tx, input.sessionId, now)
    await audit(tx, { actorId: input.userId, action: 'user.password_changed', subjectType: 'user', subjectId: input.userId })
  })
}
