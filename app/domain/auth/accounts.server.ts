import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { journalists, oneTimeTokens, totpCredentials, users, type Role } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg } from '~/i18n/translate.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.server.ts'
import { evenly } from './evenly.server.ts'
import { admit, loginThrottles, mailThrottles, recordLoginFailure, recordLoginSuccess } from './throttle.server.ts'
import { deleteAllSessions } from './sessions.server.ts'
import { generateSecret, hashSecret } from './tokens.ts'

type TokenPurpose = (typeof oneTimeTokens.$inferSelect)['purpose']

const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  verify_email: 48 * 3600 * 1000,
  reset_password: 60 * 60 * 1000,
}

function getUserByEmail(db: Db, email: string) {
  return db.query.users.findFirst({ where: sql`lower(${users.email}) = ${email.toLowerCase()}` })
}

export function getUserById(db: Db, id: string) {
  return db.query.users.findFirst({ where: eq(users.id, id) })
}

/**
 * Creates a plain account and queues the email that confirms its address; an address that already
 * has an account is refused with a message. For the join form, where a person pays next; the
 * public sign-up form uses `signUp`, which says nothing about who has an account.
 */
export async function createAccount(db: Db, input: NewAccount) {
  const { user, verifyToken } = await openAccount(db, input, () => {
    throw new DomainError('conflict', msg('An account with this email address already exists. Sign in, or reset your password if you have forgotten it.'), 'email')
  })
  return { user: user!, verifyToken: verifyToken! }
}

/**
 * The public sign-up: the answer is the same whether or not the address has an account, so the
 * form cannot be used to find out. A new address gets its account and a link to confirm it; the
 * owner of an existing account gets an email saying someone tried, with links to sign in or reset.
 * Both paths hash the password and queue one email, so they also take as long.
 */
export async function signUp(db: Db, input: NewAccount) {
  return evenly(async () => {
    const opened = await openAccount(db, input, (tx) => tellOwnerOfExistingAccount(tx, { email: input.email, baseUrl: input.baseUrl }))
    return opened.user ? { created: true as const, user: opened.user, verifyToken: opened.verifyToken! } : { created: false as const }
  })
}

interface NewAccount {
  name: string
  email: string
  password: string
  ip: string
  baseUrl: string
  /** The language of the page the account was opened on: the person's language from the start. */
  locale?: Locale
}

/** Throttled by address and email; a new account with its confirmation email queued, or `taken` called in the same transaction. */
async function openAccount(db: Db, input: NewAccount, taken: (tx: Db) => Promise<void>) {
  await admit(db, mailThrottles('signup', { email: input.email, address: input.ip }))
  const passwordHash = await hashPassword(input.password)
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email.toLowerCase(), passwordHash, locale: input.locale ?? null })
      .onConflictDoNothing()
      .returning()
    if (!user) {
      await taken(tx)
      return { user: null, verifyToken: null }
    }
    const verifyToken = await issueToken(tx, { userId: user.id, purpose: 'verify_email' })
    await enqueueVerificationEmail(tx, { user, token: verifyToken, baseUrl: input.baseUrl })
    return { user, verifyToken }
  })
}

/** Someone tried to create an account with an address that has one: its owner is told, nobody else. */
export async function tellOwnerOfExistingAccount(tx: Db, input: { email: string; baseUrl: string }) {
  const existing = await getUserByEmail(tx, input.email)
  if (!existing) return
  await enqueueEmail(tx, {
    template: 'account-exists',
    to: { email: existing.email, name: existing.name, userId: existing.id },
    data: { signInUrl: `${input.baseUrl}/login`, resetUrl: `${input.baseUrl}/forgot-password` },
  })
}

function enqueueVerificationEmail(tx: Db, input: { user: { email: string; name: string; id: string }; token: string; baseUrl: string }) {
  return enqueueEmail(tx, {
    template: 'verify-email',
    to: { email: input.user.email, name: input.user.name, userId: input.user.id },
    data: { verifyUrl: `${input.baseUrl}/verify-email?token=${encodeURIComponent(input.token)}` },
  })
}

/**
 * Checks an email and password. Attempts are throttled per account, per (account, address) and
 * per address with growing delays (throttle.server.ts); an address the owner signed in from before
 * is held only by its own (account, address) delay, so strangers elsewhere cannot keep the owner
 * out. A successful sign-in takes its attempt back. An unknown address is checked against a dummy
 * hash and throttled alike, so neither the answer nor its time says whether the account exists.
 */
export async function authenticate(db: Db, input: { email: string; password: string; ip: string; now?: Date }) {
  const email = input.email.toLowerCase()
  const admitted = await loginThrottles(db, { email, address: input.ip, now: input.now })
  await admit(db, admitted, input.now)
  const user = await getUserByEmail(db, email)
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password)
  if (!user || !valid) {
    await recordLoginFailure(db, input.now)
    throw new DomainError('unauthenticated', msg('The email address or password is incorrect'))
  }
  await recordLoginSuccess(db, { email, address: input.ip, admitted, now: input.now })
  return user
}

export async function issueToken(db: Db, input: { userId: string; purpose: TokenPurpose; now?: Date }) {
  const secret = generateSecret()
  const now = input.now ?? new Date()
  await db.insert(oneTimeTokens).values({
    userId: input.userId,
    purpose: input.purpose,
    tokenHash: hashSecret(secret),
    expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[input.purpose]),
  })
  return secret
}

const LINK_PROBLEMS = {
  unknown: msg('This link is not valid. Check you used the whole link from the email, or ask for a new one.'),
  used: msg('This link has already been used. Ask for a new one if you still need it.'),
  expired: msg('This link has expired. Ask for a new one.'),
} as const

/** Whether a link can still be used, without using it (GET pages call this; scanners do no harm). */
export async function checkToken(db: Db, purpose: TokenPurpose, secret: string, now = new Date()) {
  const token = await db.query.oneTimeTokens.findFirst({
    where: and(eq(oneTimeTokens.tokenHash, hashSecret(secret)), eq(oneTimeTokens.purpose, purpose)),
  })
  if (!token) return { ok: false as const, problem: LINK_PROBLEMS.unknown }
  if (token.usedAt) return { ok: false as const, problem: LINK_PROBLEMS.used }
  if (token.expiresAt <= now) return { ok: false as const, problem: LINK_PROBLEMS.expired }
  return { ok: true as const, userId: token.userId }
}

/** Marks a link used, under a row lock so two clicks cannot both succeed. */
async function consumeToken(tx: Db, purpose: TokenPurpose, secret: string, now: Date) {
  const [token] = await tx
    .select()
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.tokenHash, hashSecret(secret)), eq(oneTimeTokens.purpose, purpose)))
    .for('update')
  if (!token) throw new DomainError('invalid_input', LINK_PROBLEMS.unknown)
  if (token.usedAt) throw new DomainError('invalid_input', LINK_PROBLEMS.used)
  if (token.expiresAt <= now) throw new DomainError('invalid_input', LINK_PROBLEMS.expired)
  await tx.update(oneTimeTokens).set({ usedAt: now }).where(eq(oneTimeTokens.id, token.id))
  return token
}

export async function verifyEmail(db: Db, input: { token: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, 'verify_email', input.token, now)
    const [user] = await tx.update(users).set({ emailVerifiedAt: now, updatedAt: now }).where(eq(users.id, token.userId)).returning()
    return user
  })
}

/** Emails a new verification link to an account not yet verified; false when there is nothing to do. */
export async function renewEmailVerification(db: Db, input: { userId: string; baseUrl: string }) {
  return db.transaction(async (tx) => {
    const user = await getUserById(tx, input.userId)
    if (!user || user.emailVerifiedAt) return false
    const token = await issueToken(tx, { userId: user.id, purpose: 'verify_email' })
    await enqueueVerificationEmail(tx, { user, token, baseUrl: input.baseUrl })
    return true
  })
}

/**
 * Emails a reset link when the address has an account. Returns false otherwise: the page says
 * the same either way, and the answer takes the same time (see `evenly`).
 */
export async function requestPasswordReset(db: Db, input: { email: string; baseUrl: string; ip?: string }) {
  return evenly(async () => {
    await admit(db, mailThrottles('reset', { email: input.email, address: input.ip ?? 'unknown' }))
    return db.transaction(async (tx) => {
      const user = await getUserByEmail(tx, input.email)
      if (!user) return false
      const token = await issueToken(tx, { userId: user.id, purpose: 'reset_password' })
      await enqueueEmail(tx, {
        template: 'password-reset',
        to: { email: user.email, name: user.name, userId: user.id },
        data: { resetUrl: `${input.baseUrl}/reset-password?token=${encodeURIComponent(token)}` },
      })
      return true
    })
  })
}

/** Sets a new password from a reset link and signs the account out everywhere. */
export async function resetPassword(db: Db, input: { token: string; password: string; now?: Date }) {
  const now = input.now ?? new Date()
  const passwordHash = await hashPassword(input.password)
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, 'reset_password', input.token, now)
    // Having the reset link proves control of the mailbox, so it verifies the address too.
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: now, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(users.id, token.userId))
      .returning()
    await tx
      .update(oneTimeTokens)
      .set({ usedAt: now })
      .where(and(eq(oneTimeTokens.userId, user.id), eq(oneTimeTokens.purpose, 'reset_password'), isNull(oneTimeTokens.usedAt)))
    await deleteAllSessions(tx, user.id)
    await audit(tx, { actorId: user.id, action: 'user.password_reset', subjectType: 'user', subjectId: user.id })
    return user
  })
}

/** An admin changes someone's role; their sessions end so the new role applies on next sign-in. */
export async function changeRole(db: Db, input: { actorId: string; userId: string; role: Role }) {
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update')
    if (!user) throw new DomainError('not_found', msg('No such account'))
    if (user.role === input.role) return user
    if (user.id === input.actorId) throw new DomainError('forbidden', msg('You cannot change your own role. Ask another admin.'))
    const [updated] = await tx.update(users).set({ role: input.role, updatedAt: new Date() }).where(eq(users.id, user.id)).returning()
    await deleteAllSessions(tx, user.id)
    // A press account that comes back is vetted again: an earlier approval does not carry over.
    if (updated.role === 'journalist') {
      await tx.update(journalists).set({ status: 'pending', decidedBy: null, decidedAt: null, declineReason: null }).where(eq(journalists.userId, user.id))
    }
    await audit(tx, {
      actorId: input.actorId,
      action: 'user.role_change',
      subjectType: 'user',
      subjectId: user.id,
      before: { role: user.role },
      after: { role: updated.role },
    })
    return updated
  })
}

export async function listUsers(db: Db) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
      secondFactorSince: totpCredentials.confirmedAt,
    })
    .from(users)
    .leftJoin(totpCredentials, eq(totpCredentials.userId, users.id))
    .orderBy(users.createdAt)
}
