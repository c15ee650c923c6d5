import { and, eq, gt, lt } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { sessions, users, type User } from '../../../db/schema/index.ts'
import { generateSecret } from './tokens.ts'

export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000

export async function createSession(db: Db, input: { userId: string; userAgent?: string | null }) {
  const [session] = await db
    .insert(sessions)
    .values({
      id: generateSecret(),
      userId: input.userId,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    })
    .returning()
  return session
}

export type SessionUser = Pick<User, 'id' | 'email' | 'name' | 'role' | 'emailVerifiedAt'>

/** The user behind an unexpired session, or null. */
export async function getSessionUser(db: Db, sessionId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, emailVerifiedAt: users.emailVerifiedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, new Date())))
  return row ?? null
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId))
}

/** Signs the user out of every browser. */
export async function deleteAllSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId))
}

export async function deleteExpiredSessions(db: Db, now = new Date()) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now))
}
