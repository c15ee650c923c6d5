import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { passkeyChallenges, passkeys, recoveryCodes, sessions, signInChallenges, totpCredentials, users } from '../../../db/schema/index.ts'
import { msg } from '~/i18n/translate.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'

/**
 * For someone who has lost their authenticator app and their recovery codes: an admin, having
 * checked who is asking, removes their app, recovery codes and passkeys and signs them out
 * everywhere. Their password still stands; if their role needs a second factor they set one up
 * again at their next sign-in. They are told by email, so a reset they did not ask for is noticed.
 */
export async function resetSecondFactor(db: Db, input: { actorId: string; userId: string; reason: string; baseUrl: string }) {
  if (input.actorId === input.userId) throw new DomainError('forbidden', msg('You cannot reset your own two-step verification here. Use your account page, or ask another admin.'))
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, input.userId)).for('update')
    if (!person) throw new DomainError('not_found', msg('That account no longer exists.'))
    const removed = {
      app: (await tx.delete(totpCredentials).where(eq(totpCredentials.userId, person.id)).returning({ id: totpCredentials.userId })).length > 0,
      recoveryCodes: (await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, person.id)).returning({ id: recoveryCodes.id })).length,
      passkeys: (await tx.delete(passkeys).where(eq(passkeys.userId, person.id)).returning({ id: passkeys.id })).length,
    }
    if (!removed.app && !removed.passkeys) throw new DomainError('invalid_state', msg('{name} has no two-step verification to reset.'), undefined, { name: person.name })
    await tx.delete(passkeyChallenges).where(eq(passkeyChallenges.userId, person.id))
    await tx.delete(signInChallenges).where(eq(signInChallenges.userId, person.id))
    await tx.delete(sessions).where(eq(sessions.userId, person.id))
    await audit(tx, { actorId: input.actorId, action: 'user.second_factor_reset', subjectType: 'user', subjectId: person.id, before: removed, after: { reason: input.reason } })
    await enqueueEmail(tx, {
      template: 'second-factor-reset',
      to: { email: person.email, name: person.name, userId: person.id },
      data: { signInUrl: `${input.baseUrl}/login` },
    })
    return person
  })
}
