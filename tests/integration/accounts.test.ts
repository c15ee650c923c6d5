import { and, eq, like, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { authenticate, changeRole, checkToken, issueToken, requestPasswordReset, resetPassword, signUp, verifyEmail } from '../../app/domain/auth/accounts.server.ts'
import { createSession, getSessionUser } from '../../app/domain/auth/sessions.server.ts'
import { audit } from '../../app/domain/audit.server.ts'
import { DomainError } from '../../app/domain/errors.ts'
import { auditLog, mailboxMessages, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { deliverToMailbox, englishPart, latestMailTo } from '../helpers/mail.ts'
import { createUser } from '../helpers/routes.ts'
import { translate } from '../../app/i18n/translate.ts'

const rejectsWith = async (promise: Promise<unknown>, code: string, message?: RegExp) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  expect((error as DomainError).code).toBe(code)
  // As a person reads it: the message with its values filled.
  if (message) expect(translate('en', (error as DomainError).message, (error as DomainError).values)).toMatch(message)
}

describe('accounts', () => {
  const t = useTestDb()

  it('signs up, makes no second account for the same address in any case (its owner is emailed instead), and verifies once', async () => {
    const first = await signUp(t.db, { name: 'Amira Okafor', email: 'Amira@Example.test', password: 'a long enough password', ip: '1', baseUrl: 'http://localhost:3000' })
    if (!first.created) throw new Error('expected a new account')
    const { user, verifyToken } = first
    expect(user.email).toBe('amira@example.test')
    expect(user.emailVerifiedAt).toBeNull()
    expect(englishPart((await latestMailTo(t.db, 'amira@example.test')).subject)).toBe('Confirm your email address for Chorus')
    const again = await signUp(t.db, { name: 'Mallory Typed-Name', email: 'AMIRA@example.test', password: 'another password!!', ip: '1', baseUrl: 'http://localhost:3000' })
    expect(again.created).toBe(false)
    expect(await t.db.$count(users, sql`lower(${users.email}) = 'amira@example.test'`)).toBe(1)
    await deliverToMailbox(t.db)
    const [told] = await t.db
      .select()
      .from(mailboxMessages)
      .where(and(eq(mailboxMessages.to, 'amira@example.test'), like(mailboxMessages.subject, '% / You already have a Chorus account')))
    expect(told).toBeDefined()
    expect(told.text).not.toContain('Mallory')

    const verified = await verifyEmail(t.db, { token: verifyToken })
    expect(verified.emailVerifiedAt).toBeInstanceOf(Date)
    await rejectsWith(verifyEmail(t.db, { token: verifyToken }), 'invalid_input', /already been used/)
  })

  it('stores only a hash of each link token', async () => {
    const user = await createUser(t.db)
    const secret = await issueToken(t.db, { userId: user.id, purpose: 'verify_email' })
    const rows = await t.db.execute(sql`select token_hash from one_time_tokens where user_id = ${user.id}`)
    const stored = JSON.stringify(rows)
    expect(stored).not.toContain(secret)
  })

  it('refuses an expired link, and a link used for the wrong purpose', async () => {
    const user = await createUser(t.db, { verified: false })
    const old = await issueToken(t.db, { userId: user.id, purpose: 'verify_email', now: new Date(Date.now() - 49 * 3600 * 1000) })
    expect((await checkToken(t.db, 'verify_email', old)).ok).toBe(false)
    await rejectsWith(verifyEmail(t.db, { token: old }), 'invalid_input', /expired/)
    const reset = await issueToken(t.db, { userId: user.id, purpose: 'reset_password' })
    await rejectsWith(verifyEmail(t.db, { token: reset }), 'invalid_input', /not valid/)
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id))
    expect(row.emailVerifiedAt).toBeNull()
  })

  it('authenticates with the right password only, and says the same for unknown addresses', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    expect((await authenticate(t.db, { email: user.email.toUpperCase(), password: 'the right password', ip: 'a' })).id).toBe(user.id)
    await rejectsWith(authenticate(t.db, { email: user.email, password: 'the wrong password', ip: 'a' }), 'unauthenticated', /incorrect/)
    await rejectsWith(authenticate(t.db, { email: 'nobody@example.test', password: 'whatever it is', ip: 'a' }), 'unauthenticated', /incorrect/)
  })

  it('slows sign-in attempts per account from addresses new to it, even with the right password, for a while', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    for (let i = 0; i < 10; i++) {
      await rejectsWith(authenticate(t.db, { email: user.email, password: `guess ${i}`, ip: `192.0.2.${i}` }), 'unauthenticated')
    }
    await rejectsWith(authenticate(t.db, { email: user.email, password: 'the right password', ip: '198.51.100.7' }), 'rate_limited', /Wait \d+ seconds?/)
    // A delay, not a lock-out: once it has passed, the owner gets in.
    expect((await authenticate(t.db, { email: user.email, password: 'the right password', ip: '198.51.100.7', now: new Date(Date.now() + 6000) })).id).toBe(user.id)
  })

  it('limits sign-ups per address', async () => {
    for (let i = 0; i < 10; i++) await signUp(t.db, { name: 'N', email: `n${i}@example.test`, password: 'long enough password', ip: 'busy', baseUrl: 'http://localhost:3000' })
    await rejectsWith(signUp(t.db, { name: 'N', email: 'late@example.test', password: 'long enough password', ip: 'busy', baseUrl: 'http://localhost:3000' }), 'rate_limited')
    expect(await t.db.$count(users, eq(users.email, 'late@example.test'))).toBe(0)
  })

  it('resets a password with a link, which ends every session and cannot be replayed', async () => {
    const user = await createUser(t.db, { password: 'old password here' })
    const session = await createSession(t.db, { userId: user.id })
    expect(await requestPasswordReset(t.db, { email: 'nobody@example.test', baseUrl: 'http://localhost:3000' })).toBe(false)
    expect(await requestPasswordReset(t.db, { email: user.email, baseUrl: 'http://localhost:3000' })).toBe(true)
    const mail = await latestMailTo(t.db, user.email)
    expect(englishPart(mail.subject)).toBe('Reset your Chorus password')
    const resetToken = mail.text.match(/reset-password\?token=([\w-]+)/)![1]
    await resetPassword(t.db, { token: resetToken, password: 'brand new password' })
    expect(await getSessionUser(t.db, session.id)).toBeNull()
    await rejectsWith(authenticate(t.db, { email: user.email, password: 'old password here', ip: 'x' }), 'unauthenticated')
    expect((await authenticate(t.db, { email: user.email, password: 'brand new password', ip: 'x' })).id).toBe(user.id)
    await rejectsWith(resetPassword(t.db, { token: resetToken, password: 'another new password' }), 'invalid_input', /already been used/)
  })

  it('changes a role with an audit record and ends that person’s sessions', async () => {
    const admin = await createUser(t.db, { role: 'admin' })
    const member = await createUser(t.db)
    const session = await createSession(t.db, { userId: member.id })
    const updated = await changeRole(t.db, { actorId: admin.id, userId: member.id, role: 'officer' })
    expect(updated.role).toBe('officer')
    expect(await getSessionUser(t.db, session.id)).toBeNull()
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, member.id))
    expect(entry).toMatchObject({ actorId: admin.id, action: 'user.role_change', before: { role: 'member' }, after: { role: 'officer' } })
    await rejectsWith(changeRole(t.db, { actorId: admin.id, userId: admin.id, role: 'member' }), 'forbidden')
  })

  it('keeps the audit log append-only', async () => {
    await audit(t.db, { actorId: null, action: 'test.entry', subjectType: 'test' })
    const attempt = t.db.transaction(async (tx) => tx.update(auditLog).set({ action: 'rewritten' }))
    await expect(attempt).rejects.toThrow()
    const attemptDelete = t.db.transaction(async (tx) => tx.delete(auditLog))
    await expect(attemptDelete).rejects.toThrow()
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'test.entry'))).toBe(1)
  })
})
