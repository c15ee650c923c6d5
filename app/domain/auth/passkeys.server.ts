import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { isoBase64URL, isoUint8Array } from '@simplewebauthn/server/helpers'
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { passkeyChallenges, passkeys, users } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'
import { closeSignInChallenge, countSignInTry, hasSecondFactor, openSignInChallenge } from './totp.server.ts'

/**
 * Passkeys (WebAuthn) as a second factor beside the authenticator app, on devices that have them:
 * after the password, a tap or a fingerprint instead of typing a code. The app stays the fallback
 * (and its recovery codes the way back in), so a passkey can be added only once the app is set up.
 * The relying party is the site itself: its host name and origin come from APP_URL.
 */

const RP_NAME = 'Chorus'
const CHALLENGE_TTL_MS = 5 * 60_000
const MAX_PASSKEYS = 10

const NOT_ACCEPTED = msg('That passkey was not accepted. Try again, or enter the code from your authenticator app.')

function relyingParty(origin: string) {
  return { rpID: new URL(origin).hostname, origin }
}

export function listPasskeys(db: Db, userId: string) {
  return db
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt))
}

async function issueChallenge(db: Db, input: { userId: string; purpose: 'register' | 'sign-in'; challenge: string; now: Date }) {
  await db.delete(passkeyChallenges).where(lt(passkeyChallenges.expiresAt, input.now))
  await db.insert(passkeyChallenges).values({ challenge: input.challenge, userId: input.userId, purpose: input.purpose, expiresAt: new Date(input.now.getTime() + CHALLENGE_TTL_MS) })
}

/** Takes a challenge out of the store: it answers once, for its own person and purpose, in time. */
function consumeChallenge(db: Db, input: { userId: string; purpose: 'register' | 'sign-in'; now: Date }) {
  return async (challenge: string) => {
    const [row] = await db
      .delete(passkeyChallenges)
      .where(and(eq(passkeyChallenges.challenge, challenge), eq(passkeyChallenges.userId, input.userId), eq(passkeyChallenges.purpose, input.purpose), gt(passkeyChallenges.expiresAt, input.now)))
      .returning({ challenge: passkeyChallenges.challenge })
    return Boolean(row)
  }
}

/** What the browser needs to make a passkey for this account. */
export async function passkeyRegistrationOptions(db: Db, input: { userId: string; origin: string; now?: Date }) {
  const now = input.now ?? new Date()
  const user = await db.query.users.findFirst({ where: eq(users.id, input.userId), columns: { id: true, email: true, name: true } })
  if (!user) throw new DomainError('not_found', msg('Account not found'))
  if (!(await hasSecondFactor(db, user.id))) throw new DomainError('invalid_state', msg('Set up two-step verification with an authenticator app first. A passkey is added beside it.'))
  const existing = await db.select({ credentialId: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, user.id))
  if (existing.length >= MAX_PASSKEYS) throw new DomainError('invalid_state', msg('You have {count} passkeys, the most an account may have. Remove one first.'), undefined, { count: MAX_PASSKEYS })
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: relyingParty(input.origin).rpID,
    userName: user.email,
    userDisplayName: user.name,
    userID: isoUint8Array.fromUTF8String(user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  })
  await issueChallenge(db, { userId: user.id, purpose: 'register', challenge: options.challenge, now })
  return options
}

/** Keeps the passkey the browser made, once its answer to our challenge checks out. */
export async function registerPasskey(db: Db, input: { userId: string; response: RegistrationResponseJSON; name: string; origin: string; now?: Date }) {
  const now = input.now ?? new Date()
  const { rpID, origin } = relyingParty(input.origin)
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>
  try {
    verification = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: consumeChallenge(db, { userId: input.userId, purpose: 'register', now }),
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: false,
    })
  } catch {
    throw new DomainError('invalid_input', msg('That passkey could not be added. Start again and follow your device’s steps.'))
  }
  if (!verification.verified) throw new DomainError('invalid_input', msg('That passkey could not be added. Start again and follow your device’s steps.'))
  const { credential } = verification.registrationInfo
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(passkeys)
      .values({
        userId: input.userId,
        credentialId: credential.id,
        publicKey: isoBase64URL.fromBuffer(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? [],
        name: input.name,
      })
      .onConflictDoNothing({ target: passkeys.credentialId })
      .returning({ id: passkeys.id })
    if (!row) throw new DomainError('conflict', msg('That passkey is already added.'))
    await audit(tx, { actorId: input.userId, action: 'user.passkey_added', subjectType: 'user', subjectId: input.userId, after: { passkey: row.id, name: input.name } })
    return row
  })
}

export async function removePasskey(db: Db, input: { userId: string; passkeyId: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, input.passkeyId), eq(passkeys.userId, input.userId)))
      .returning({ id: passkeys.id, name: passkeys.name })
    if (!row) throw new DomainError('not_found', msg('That passkey is not on your account.'))
    await audit(tx, { actorId: input.userId, action: 'user.passkey_removed', subjectType: 'user', subjectId: input.userId, before: { passkey: row.id, name: row.name } })
  })
}

/** Whether the account signing in can use a passkey for its second step. */
export async function canSignInWithPasskey(db: Db, token: string, now = new Date()) {
  const challenge = await openSignInChallenge(db, token, now)
  if (!challenge) return false
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(passkeys)
    .where(eq(passkeys.userId, challenge.userId))
  return (row?.n ?? 0) > 0
}

/** What the browser needs to ask the account's passkey, for a sign-in waiting for its second step. */
export async function passkeySignInOptions(db: Db, input: { token: string; origin: string; now?: Date }) {
  const now = input.now ?? new Date()
  const challenge = await openSignInChallenge(db, input.token, now)
  if (!challenge) throw new DomainError('invalid_state', msg('Your sign-in has timed out. Enter your email address and password again.'))
  const credentials = await db.select({ credentialId: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, challenge.userId))
  if (credentials.length === 0) throw new DomainError('invalid_state', msg('This account has no passkey. Enter the code from your authenticator app.'))
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(input.origin).rpID,
    allowCredentials: credentials.map((c) => ({ id: c.credentialId, transports: c.transports })),
    userVerification: 'preferred',
  })
  await issueChallenge(db, { userId: challenge.userId, purpose: 'sign-in', challenge: options.challenge, now })
  return options
}

/**
 * Completes a sign-in's second step with a passkey, returning the account to start a session for.
 * Each try counts against the sign-in as a typed code does; the signature must answer a challenge
 * issued for this account, and the counter must move forward unless the authenticator keeps none.
 */
export async function completeSignInWithPasskey(db: Db, input: { token: string; response: AuthenticationResponseJSON; origin: string; now?: Date }) {
  const now = input.now ?? new Date()
  const challenge = await countSignInTry(db, input.token, now)
  const stored = await db.query.passkeys.findFirst({ where: and(eq(passkeys.credentialId, String(input.response.id ?? '')), eq(passkeys.userId, challenge.userId)) })
  if (!stored) throw new DomainError('unauthenticated', NOT_ACCEPTED)
  const { rpID, origin } = relyingParty(input.origin)
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>
  try {
    verification = await verifyAuthenticationResponse({
      response: input.response,
      expectedChallenge: consumeChallenge(db, { userId: challenge.userId, purpose: 'sign-in', now }),
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: { id: stored.credentialId, publicKey: isoBase64URL.toBuffer(stored.publicKey), counter: stored.counter, transports: stored.transports as never },
      requireUserVerification: false,
    })
  } catch {
    throw new DomainError('unauthenticated', NOT_ACCEPTED)
  }
  if (!verification.verified) throw new DomainError('unauthenticated', NOT_ACCEPTED)
  await db.update(passkeys).set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now }).where(eq(passkeys.id, stored.id))
  await closeSignInChallenge(db, input.token)
  await audit(db, { actorId: challenge.userId, action: 'user.passkey_used', subjectType: 'user', subjectId: challenge.userId, after: { passkey: stored.id } })
  return challenge.userId
}
