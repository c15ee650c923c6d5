import { and, eq, lt, ne, or, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { sessions, signInChallenges, totpCredentials, users, type Role, type User } from '../../../db/schema/index.ts'
import { asLocale, type Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { preparedQuery } from '~/utils/prepared.server.ts'
import { generateSecret, hashSecret } from './tokens.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * How long a session lasts, by role. Members and journalists sign in from their own devices and
 * act only for themselves: a month at most, a week unused. Officers and admins can publish in
 * the profession's name and open ballots, so a session is a working day at most and ends after
 * half an hour unused (NIST 800-63B's AAL2 re-authentication bounds: 12 hours, 30 minutes idle).
 */
const SESSION_LIMITS: Record<Role, { absoluteMs: number; idleMs: number }> = {
  member: { absoluteMs: 30 * DAY, idleMs: 7 * DAY },
  journalist: { absoluteMs: 30 * DAY, idleMs: 7 * DAY },
  officer: { absoluteMs: 12 * HOUR, idleMs: 30 * MINUTE },
  admin: { absoluteMs: 12 * HOUR, idleMs: 30 * MINUTE },
}

/** The longest any session lives: the cookie's lifetime and the row's hard expiry. */
export const SESSION_TTL_MS = Math.max(...Object.values(SESSION_LIMITS).map((l) => l.absoluteMs))

/** Last-seen moves at most this often, so most page views only read. */
const LAST_SEEN_RESOLUTION_MS = MINUTE

export async function createSession(db: Db, input: { userId: string; userAgent?: string | null; now?: Date }) {
  const now = input.now ?? new Date()
  const [session] = await db
    .insert(sessions)
    .values({
      id: generateSecret(),
      userId: input.userId,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      createdAt: now,
      lastSeenAt: now,
      authenticatedAt: now,
    })
    .returning()
  return session
}

export type SessionUser = Pick<User, 'id' | 'email' | 'name' | 'role' | 'emailVerifiedAt'> & {
  /** The language the person chose for pages and emails; null: not chosen. */
  locale: Locale | null
  /** An authenticator app is set up (and so was asked for at sign-in). */
  secondFactor: boolean
  /** When the person last proved who they are in this session. */
  authenticatedAt: Date
  /** When the session ends unless it is used again: its absolute limit, or its idle limit from now. */
  endsAt: Date
}

/** When a session ends unless it is used again: its row's expiry, its role's absolute limit, or its idle limit. */
function sessionEnd(role: Role, session: { createdAt: Date; lastSeenAt: Date; expiresAt: Date }) {
  const limits = SESSION_LIMITS[role]
  return new Date(Math.min(session.expiresAt.getTime(), session.createdAt.getTime() + limits.absoluteMs, session.lastSeenAt.getTime() + limits.idleMs))
}

/** Whether a session has outlived its role's absolute or idle limit at `now`. */
function sessionExpired(role: Role, session: { createdAt: Date; lastSeenAt: Date; expiresAt: Date }, now: Date) {
  return sessionEnd(role, session) <= now
}

/** Who is behind a session: every signed-in request asks, so its SQL is built once. */
const sessionUserQuery = preparedQuery((db) =>
  db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      locale: users.locale,
      totpConfirmedAt: totpCredentials.confirmedAt,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      authenticatedAt: sessions.authenticatedAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(totpCredentials, eq(totpCredentials.userId, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('sessionId')))
    .prepare('session_user'),
)

/**
 * The user behind a live session, or null. A session past its role's limits is deleted here;
 * a live one has its last-seen moved on when it is more than a minute old.
 */
export async function getSessionUser(db: Db, sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const [row] = await sessionUserQuery(db).execute({ sessionId })
  if (!row) return null
  if (sessionExpired(row.role, row, now)) {
    await deleteSession(db, sessionId)
    return null
  }
  const seen = now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS
  if (seen) {
    // Conditional, so two requests in the same minute write once between them.
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS))))
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    emailVerifiedAt: row.emailVerifiedAt,
    locale: asLocale(row.locale),
    secondFactor: Boolean(row.totpConfirmedAt),
    authenticatedAt: row.authenticatedAt,
    endsAt: sessionEnd(row.role, { ...row, lastSeenAt: seen ? now : row.lastSeenAt }),
  }
}

/** Records that the person proved who they are again in this session ("confirm it's you"). */
export async function markReauthenticated(db: Db, sessionId: string, now = new Date()) {
  await db.update(sessions).set({ authenticatedAt: now, lastSeenAt: now }).where(eq(sessions.id, sessionId))
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId))
}

/** Signs the user out of every browser. */
export async function deleteAllSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId))
}

/** Signs the user out of every browser but the one in hand. */
export async function deleteOtherSessions(db: Db, userId: string, keepSessionId: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
}

/**
 * The name a page may show for a session: a hash, so the list never puts a usable session id
 * into a page.
 */
function sessionHandle(sessionId: string) {
  return hashSecret(`session-handle:${sessionId}`).slice(0, 24)
}

export interface SessionSummary {
  handle: string
  device: string
  createdAt: Date
  lastSeenAt: Date
  current: boolean
}

/** The user's live sessions, most recently used first, the current one marked. */
export async function listSessions(db: Db, input: { userId: string; role: Role; currentSessionId: string | null; now?: Date; locale?: Locale }): Promise<SessionSummary[]> {
  const now = input.now ?? new Date()
  const rows = await db.select().from(sessions).where(eq(sessions.userId, input.userId))
  return rows
    .filter((s) => !sessionExpired(input.role, s, now))
    .sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime())
    .map((s) => ({ handle: sessionHandle(s.id), device: describeDevice(s.userAgent, input.locale), createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, current: s.id === input.currentSessionId }))
}

/** Ends one of the user's sessions by the handle the list showed; false when there is none. */
export async function deleteSessionByHandle(db: Db, input: { userId: string; handle: string }) {
  const rows = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, input.userId))
  const match = rows.find((s) => sessionHandle(s.id) === input.handle)
  if (!match) return false
  await deleteSession(db, match.id)
  return true
}

/** "Firefox on Windows" from a User-Agent header; good enough to recognise one's own devices. */
export function describeDevice(userAgent: string | null, locale: Locale = 'en') {
  if (!userAgent) return translate(locale, msg('Unknown browser'))
  // Product names, the same in every language; the first that matches wins.
  const browser = firstMatch(BROWSERS, userAgent) ?? translate(locale, msg('A browser'))
  const system = firstMatch(SYSTEMS, userAgent)
  return system ? translate(locale, msg('{browser} on {system}'), { browser, system }) : browser
}

const BROWSERS = { Edge: /Edg\//, Opera: /OPR\/|Opera/, Firefox: /Firefox\/|FxiOS/, Chrome: /Chrome\/|CriOS|Chromium/, Safari: /Safari\// }
const SYSTEMS = { iOS: /iPhone|iPad|iPod/, Android: /Android/, Windows: /Windows/, macOS: /Mac OS X|Macintosh/, ChromeOS: /CrOS/, Linux: /Linux/ }
const firstMatch = (names: Record<string, RegExp>, userAgent: string) => Object.keys(names).find((name) => names[name].test(userAgent)) ?? null

/**
 * Rows past their hard expiry or unused for longer than any role's idle limit, and sign-in
 * challenges that ran out; role limits are also enforced whenever a session is read.
 */
export async function deleteExpiredSessions(db: Db, now = new Date()) {
  const longestIdle = Math.max(...Object.values(SESSION_LIMITS).map((l) => l.idleMs))
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - longestIdle))))
  await db.delete(signInChallenges).where(lt(signInChallenges.expiresAt, now))
}
