import { and, eq, gt, isNull, or, lt, sql } from 'drizzle-orm'
import { encode } from 'uqr'
import type { Db } from '../../../db/client.server.ts'
import { recoveryCodes, securitySettings, signInChallenges, totpCredentials, users, type Role } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'
import { dummyPasswordHash, verifyPassword } from './password.server.ts'
import { consumeRateLimits } from './rate-limit.server.ts'
import { deleteOtherSessions, markReauthenticated } from './sessions.server.ts'
import { generateSecret, hashSecret } from './tokens.ts'
import { isSealed, openTotpSecret, sealTotpSecret } from './totp-secret.server.ts'
import { groupSecret, matchTotp, newRecoveryCode, newTotpSecret, normaliseRecoveryCode, totpUri } from './totp.ts'

const RECOVERY_CODE_COUNT = 10
/** How long the second-factor step of a sign-in stays open, and how many codes it takes. */
export const CHALLENGE_TTL_MS = 10 * 60_000
const CHALLENGE_MAX_ATTEMPTS = 5
/** Beyond each challenge's own tries: codes per account, whatever the number of challenges. */
const CODE_LIMIT = { max: 20, windowSeconds: 15 * 60 }

export const QR_LABEL = msg('QR code for your authenticator app')

const WRONG_CODE = msg('That code is not right. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.')

// --- Who needs a second factor ---------------------------------------------------------------

export async function getSecuritySettings(db: Db) {
  const [row] = await db.select().from(securitySettings).where(eq(securitySettings.id, true))
  return { journalistsNeedSecondFactor: row?.journalistsNeedSecondFactor ?? false }
}

export async function setSecuritySettings(db: Db, input: { actorId: string; journalistsNeedSecondFactor: boolean }) {
  return db.transaction(async (tx) => {
    const before = await getSecuritySettings(tx)
    await tx
      .insert(securitySettings)
      .values({ id: true, journalistsNeedSecondFactor: input.journalistsNeedSecondFactor, updatedBy: input.actorId })
      .onConflictDoUpdate({ target: securitySettings.id, set: { journalistsNeedSecondFactor: input.journalistsNeedSecondFactor, updatedBy: input.actorId, updatedAt: new Date() } })
    await audit(tx, { actorId: input.actorId, action: 'settings.security', subjectType: 'settings', before, after: { journalistsNeedSecondFactor: input.journalistsNeedSecondFactor } })
  })
}

/** Officers and admins always; journalists when an admin has said so. */
export async function secondFactorRequired(db: Db, role: Role) {
  if (role === 'officer' || role === 'admin') return true
  if (role === 'journalist') return (await getSecuritySettings(db)).journalistsNeedSecondFactor
  return false
}

// --- Setting up an authenticator app ----------------------------------------------------------

export async function getSecondFactorStatus(db: Db, userId: string) {
  const credential = await db.query.totpCredentials.findFirst({ where: eq(totpCredentials.userId, userId) })
  const [left] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
  return { enabled: Boolean(credential?.confirmedAt), since: credential?.confirmedAt ?? null, recoveryCodesLeft: left?.n ?? 0 }
}

/** A QR code as an SVG drawn here, so the secret never goes to another service. */
function qrSvg(text: string, label: string) {
  const { data, size } = encode(text, { ecc: 'M', border: 4 })
  let path = ''
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`
    }),
  )
  const escaped = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 5}" height="${size * 5}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
}

/**
 * The secret to put into an authenticator app, made once and kept until confirmed, so reloading
 * the page does not change what was already scanned.
 */
/** `qrLabel`: the QR code's text alternative, in the page's language (default English). */
export async function beginTotpEnrolment(db: Db, input: { userId: string; email: string; qrLabel?: string }) {
  const existing = await db.query.totpCredentials.findFirst({ where: eq(totpCredentials.userId, input.userId) })
  if (existing?.confirmedAt) throw new DomainError('invalid_state', msg('Two-step verification is already on for your account.'))
  let secret = existing ? openTotpSecret(input.userId, existing.secret) : null
  if (!secret) {
    // None yet, or one sealed under a key this server no longer has: start afresh.
    if (existing) await db.delete(totpCredentials).where(and(eq(totpCredentials.userId, input.userId), isNull(totpCredentials.confirmedAt)))
    await db
      .insert(totpCredentials)
      .values({ userId: input.userId, secret: sealTotpSecret(input.userId, newTotpSecret()) })
      .onConflictDoNothing()
    // Two tabs at once: keep whichever secret was stored first.
    const stored = (await db.query.totpCredentials.findFirst({ where: eq(totpCredentials.userId, input.userId) }))!.secret
    secret = openTotpSecret(input.userId, stored)
    if (!secret) throw new DomainError('invalid_state', msg('Start setting up two-step verification again: the page has expired.'))
  }
  const uri = totpUri(secret, input.email)
  return { secret: groupSecret(secret), uri, qr: qrSvg(uri, input.qrLabel ?? QR_LABEL) }
}

async function issueRecoveryCodes(tx: Db, userId: string) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode)
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId))
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashSecret(normaliseRecoveryCode(code)) })))
  return codes
}

/**
 * Turns two-step verification on once the person proves the app shows the right codes. Returns
 * the recovery codes, shown this once. Other browsers signed in without the code are signed out.
 */
export async function confirmTotpEnrolment(db: Db, input: { userId: string; sessionId: string; code: string; now?: Date }) {
  const now = input.now ?? new Date()
  await consumeRateLimits(db, [{ key: `second-factor:account:${input.userId}`, ...CODE_LIMIT }], now)
  return db.transaction(async (tx) => {
    const [credential] = await tx.select().from(totpCredentials).where(eq(totpCredentials.userId, input.userId)).for('update')
    if (!credential) throw new DomainError('invalid_state', msg('Start setting up two-step verification again: the page has expired.'))
    if (credential.confirmedAt) throw new DomainError('invalid_state', msg('Two-step verification is already on for your account.'))
    const secret = openTotpSecret(input.userId, credential.secret)
    if (!secret) throw new DomainError('invalid_state', msg('Start setting up two-step verification again: the page has expired.'))
    const step = matchTotp(secret, input.code.replace(/\s+/g, ''), now.getTime())
    if (step === null) throw new DomainError('invalid_input', msg('That code is not right. Check the app shows Chorus and enter the 6-digit code it shows now.'), 'code')
    await tx
      .update(totpCredentials)
      .set({ confirmedAt: now, lastUsedStep: step, secret: sealTotpSecret(input.userId, secret) })
      .where(eq(totpCredentials.userId, input.userId))
    const codes = await issueRecoveryCodes(tx, input.userId)
    await deleteOtherSessions(tx, input.userId, input.sessionId)
    await markReauthenticated(tx, input.sessionId, now)
    await audit(tx, { actorId: input.userId, action: 'user.second_factor_on', subjectType: 'user', subjectId: input.userId })
    return codes
  })
}

/** New recovery codes; the old ones stop working. */
export async function regenerateRecoveryCodes(db: Db, input: { userId: string }) {
  return db.transaction(async (tx) => {
    const credential = await tx.query.totpCredentials.findFirst({ where: eq(totpCredentials.userId, input.userId) })
    if (!credential?.confirmedAt) throw new DomainError('invalid_state', msg('Turn on two-step verification first.'))
    const codes = await issueRecoveryCodes(tx, input.userId)
    await audit(tx, { actorId: input.userId, action: 'user.recovery_codes_renewed', subjectType: 'user', subjectId: input.userId })
    return codes
  })
}

/** Turns two-step verification off, unless the person's role requires it. */
export async function disableTotp(db: Db, input: { userId: string; role: Role }) {
  if (await secondFactorRequired(db, input.role)) {
    throw new DomainError('forbidden', msg('Your role needs two-step verification, so it cannot be turned off. You can set it up again with a new app instead.'))
  }
  await db.transaction(async (tx) => {
    await tx.delete(totpCredentials).where(eq(totpCredentials.userId, input.userId))
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.userId))
    await audit(tx, { actorId: input.userId, action: 'user.second_factor_off', subjectType: 'user', subjectId: input.userId })
  })
}

// --- Checking a code --------------------------------------------------------------------------

/**
 * Accepts a code from the app (never the same one twice) or an unused recovery code (used up
 * here). Throws when neither fits.
 */
export async function verifySecondFactor(db: Db, input: { userId: string; code: string; now?: Date }): Promise<'app' | 'recovery-code'> {
  const now = input.now ?? new Date()
  const typed = input.code.trim()
  const digits = typed.replace(/\s+/g, '')
  if (/^\d{6}$/.test(digits)) {
    const credential = await db.query.totpCredentials.findFirst({ where: eq(totpCredentials.userId, input.userId) })
    const secret = credential?.confirmedAt ? openTotpSecret(input.userId, credential.secret) : null
    const step = secret ? matchTotp(secret, digits, now.getTime()) : null
    if (secret && step !== null) {
      // Only a step later than the last one used moves the marker: a code seen over a shoulder
      // or replayed from a proxy is refused. A secret kept from before sealing is sealed now.
      const [used] = await db
        .update(totpCredentials)
        .set({ lastUsedStep: step, ...(isSealed(credential!.secret) ? {} : { secret: sealTotpSecret(input.userId, secret) }) })
        .where(and(eq(totpCredentials.userId, input.userId), or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step))))
        .returning({ userId: totpCredentials.userId })
      if (used) return 'app'
      throw new DomainError('unauthenticated', msg('That code has been used already. Wait for your app to show a new one.'), 'code')
    }
    throw new DomainError('unauthenticated', WRONG_CODE, 'code')
  }
  const normalised = normaliseRecoveryCode(typed)
  if (/^[a-z0-9]{10}$/.test(normalised)) {
    const [used] = await db
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.userId, input.userId), eq(recoveryCodes.codeHash, hashSecret(normalised)), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id })
    if (used) {
      await audit(db, { actorId: input.userId, action: 'user.recovery_code_used', subjectType: 'user', subjectId: input.userId })
      return 'recovery-code'
    }
  }
  throw new DomainError('unauthenticated', WRONG_CODE, 'code')
}

// --- The second step of signing in ------------------------------------------------------------

/** Whether this account is asked for a code after its password. */
export async function hasSecondFactor(db: Db, userId: string) {
  const credential = await db.query.totpCredentials.findFirst({ where: eq(totpCredentials.userId, userId), columns: { confirmedAt: true } })
  return Boolean(credential?.confirmedAt)
}

/** After a correct password: a token for the browser to bring back with the code. */
export async function createSignInChallenge(db: Db, input: { userId: string; now?: Date }) {
  const now = input.now ?? new Date()
  const token = generateSecret()
  await db.insert(signInChallenges).values({ tokenHash: hashSecret(token), userId: input.userId, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS), createdAt: now })
  return token
}

const CHALLENGE_GONE = msg('Your sign-in has timed out or had too many wrong tries. Enter your email address and password again.')

/** The sign-in waiting for its second step, while it is still open (in time, tries left). */
export async function openSignInChallenge(db: Db, token: string, now = new Date()) {
  const row = await db.query.signInChallenges.findFirst({ where: and(eq(signInChallenges.tokenHash, hashSecret(token)), gt(signInChallenges.expiresAt, now)) })
  return row && row.attempts < CHALLENGE_MAX_ATTEMPTS ? row : null
}

/** Whether a challenge is still open (for the page that asks for the code). */
export async function checkSignInChallenge(db: Db, token: string, now = new Date()) {
  return Boolean(await openSignInChallenge(db, token, now))
}

/**
 * Counts one try at a sign-in's second step (a code or a passkey) and returns its challenge.
 * Every try counts before it is checked, so parallel guesses cannot exceed the limit.
 */
export async function countSignInTry(db: Db, token: string, now: Date) {
  const [challenge] = await db
    .update(signInChallenges)
    .set({ attempts: sql`${signInChallenges.attempts} + 1` })
    .where(and(eq(signInChallenges.tokenHash, hashSecret(token)), gt(signInChallenges.expiresAt, now), lt(signInChallenges.attempts, CHALLENGE_MAX_ATTEMPTS)))
    .returning()
  if (!challenge) throw new DomainError('invalid_state', CHALLENGE_GONE)
  await consumeRateLimits(db, [{ key: `second-factor:account:${challenge.userId}`, ...CODE_LIMIT }], now)
  return challenge
}

/** Closes a sign-in's second step once it has succeeded. */
export async function closeSignInChallenge(db: Db, token: string) {
  await db.delete(signInChallenges).where(eq(signInChallenges.tokenHash, hashSecret(token)))
}

/** Checks the code for an open challenge and closes it on success, returning the user to sign in. */
export async function completeSignInChallenge(db: Db, input: { token: string; code: string; now?: Date }) {
  const now = input.now ?? new Date()
  const challenge = await countSignInTry(db, input.token, now)
  await verifySecondFactor(db, { userId: challenge.userId, code: input.code, now })
  await closeSignInChallenge(db, input.token)
  return challenge.userId
}

// --- "Confirm it's you" ------------------------------------------------------------------------

/**
 * Proves again, inside a signed-in session, that the person at the keyboard is the account's
 * owner: the password, and the app's code when two-step verification is on.
 */
export async function reauthenticate(db: Db, input: { userId: string; sessionId: string; password: string; code?: string; now?: Date }) {
  const now = input.now ?? new Date()
  await consumeRateLimits(db, [{ key: `reauth:account:${input.userId}`, max: 10, windowSeconds: 15 * 60 }], now)
  const user = await db.query.users.findFirst({ where: eq(users.id, input.userId), columns: { passwordHash: true } })
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password)
  if (!user || !valid) throw new DomainError('unauthenticated', msg('That password is not right.'), 'password')
  if (await hasSecondFactor(db, input.userId)) {
    if (!input.code?.trim()) throw new DomainError('invalid_input', msg('Enter the 6-digit code from your authenticator app, or a recovery code.'), 'code')
    await verifySecondFactor(db, { userId: input.userId, code: input.code, now })
  }
  await markReauthenticated(db, input.sessionId, now)
}
