import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { totpCode, totpStep } from '../../app/domain/auth/totp.ts'
import { verifySecondFactor } from '../../app/domain/auth/totp.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import * as twoFactor from '../../app/routes/account.two-factor.tsx'
import * as resetPage from '../../app/routes/admin.users_.$id.second-factor.tsx'
import * as adminUsers from '../../app/routes/admin.users.tsx'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { auditLog, outboxJobs, outboxRecipients, passkeys, recoveryCodes, sessions, totpCredentials } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, createUser, flashOf, signedInAs, TEST_TOTP_SECRET } from '../helpers/routes.ts'

const codeNow = (secret: string) => totpCode(secret, Date.now(), totpStep())
const storedSecret = async (db: ReturnType<typeof useTestDb>['db'], userId: string) => (await db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId)))[0]?.secret

describe('authenticator secrets kept sealed', () => {
  const t = useTestDb()

  it('stores the secret of a new authenticator app sealed: the database never holds what the app was given', async () => {
    const { user, cookie } = await signedInAs(t.db, 'member')
    const setup = (await callRoute(twoFactor.loader, { path: '/account/two-factor', cookie })).body as { setup: { secret: string } }
    const secret = setup.setup.secret.replace(/\s+/g, '')
    const stored = await storedSecret(t.db, user.id)
    expect(stored).not.toContain(secret)
    expect(JSON.stringify(await t.db.select().from(totpCredentials))).not.toContain(secret)

    // Reloading the page shows the same secret (the one already scanned), and it turns on.
    const again = (await callRoute(twoFactor.loader, { path: '/account/two-factor', cookie })).body as { setup: { secret: string } }
    expect(again.setup.secret.replace(/\s+/g, '')).toBe(secret)
    expect((await callRoute(twoFactor.action, { path: '/account/two-factor', cookie, form: { intent: 'confirm', code: codeNow(secret) } })).status).toBe(303)
    expect(await storedSecret(t.db, user.id)).not.toContain(secret)
  })

  it('still accepts codes from a secret stored before sealing, and seals it on use', async () => {
    const user = await createUser(t.db, { role: 'member', secondFactor: false })
    await t.db.insert(totpCredentials).values({ userId: user.id, secret: TEST_TOTP_SECRET, confirmedAt: new Date() })
    await expect(verifySecondFactor(t.db, { userId: user.id, code: codeNow(TEST_TOTP_SECRET) })).resolves.toBe('app')
    expect(await storedSecret(t.db, user.id)).not.toContain(TEST_TOTP_SECRET)
  })

  it('a sealed secret copied onto another account makes no codes there', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const other = await createUser(t.db, { role: 'member', secondFactor: false })
    await t.db.insert(totpCredentials).values({ userId: other.id, secret: (await storedSecret(t.db, officer.id))!, confirmedAt: new Date() })
    await expect(verifySecondFactor(t.db, { userId: other.id, code: codeNow(TEST_TOTP_SECRET) })).rejects.toThrow(/not right/)
    await expect(verifySecondFactor(t.db, { userId: officer.id, code: codeNow(TEST_TOTP_SECRET) })).resolves.toBe('app')
  })
})

describe('an admin resets someone’s two-step verification', () => {
  const t = useTestDb()

  async function officerWithEverything() {
    const officer = await createUser(t.db, { role: 'officer' })
    await t.db.insert(recoveryCodes).values({ userId: officer.id, codeHash: 'x'.repeat(64) })
    await t.db.insert(passkeys).values({ userId: officer.id, credentialId: `cred-${officer.id}`, publicKey: 'pk', name: 'Work laptop' })
    const session = await createSession(t.db, { userId: officer.id })
    return { officer, cookie: await sessionCookieHeader(session.id) }
  }
  const leftFor = async (userId: string) => ({
    app: (await t.db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId))).length,
    codes: (await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId))).length,
    passkeys: (await t.db.select().from(passkeys).where(eq(passkeys.userId, userId))).length,
    sessions: (await t.db.select().from(sessions).where(eq(sessions.userId, userId))).length,
  })

  it('removes the app, recovery codes and passkeys, signs them out everywhere, audits the reason and emails them', async () => {
    const admin = await signedInAs(t.db, 'admin')
    const { officer } = await officerWithEverything()
    const list = (await callRoute(adminUsers.loader, { path: '/admin/users', cookie: admin.cookie })).body as { users: { id: string; secondFactor: boolean }[] }
    expect(list.users.find((u) => u.id === officer.id)?.secondFactor).toBe(true)
    const path = `/admin/users/${officer.id}/second-factor`
    expect((await callRoute(resetPage.loader, { path, params: { id: officer.id }, cookie: admin.cookie })).status).toBe(200)

    const res = await callRoute(resetPage.action, { path, params: { id: officer.id }, cookie: admin.cookie, form: { reason: 'Called on the number in the membership record' } })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/admin/users')
    expect(await flashOf(res)).toMatchObject({ message: expect.stringMatching(/reset for .*signed out and emailed/) })
    expect(await leftFor(officer.id)).toEqual({ app: 0, codes: 0, passkeys: 0, sessions: 0 })
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.second_factor_reset'), eq(auditLog.subjectId, officer.id)))
    expect(entry.actorId).toBe(admin.user.id)
    expect(JSON.stringify(entry.after)).toContain('Called on the number in the membership record')
    const mail = await t.db
      .select({ template: outboxJobs.template })
      .from(outboxRecipients)
      .innerJoin(outboxJobs, eq(outboxJobs.id, outboxRecipients.jobId))
      .where(eq(outboxRecipients.email, officer.email))
    expect(mail.map((m) => m.template)).toContain('second-factor-reset')
  })

  it('without a reason, or for the admin’s own account, changes nothing', async () => {
    const admin = await signedInAs(t.db, 'admin')
    const { officer } = await officerWithEverything()
    const path = `/admin/users/${officer.id}/second-factor`
    const bare = await callRoute(resetPage.action, { path, params: { id: officer.id }, cookie: admin.cookie, form: { reason: ' ok ' } })
    expect(bare.status).toBe(400)
    expect(JSON.stringify(bare.body)).toContain('Say how you checked who asked for this')
    expect(await leftFor(officer.id)).toEqual({ app: 1, codes: 1, passkeys: 1, sessions: 1 })

    const own = `/admin/users/${admin.user.id}/second-factor`
    const self = await callRoute(resetPage.action, { path: own, params: { id: admin.user.id }, cookie: admin.cookie, form: { reason: 'Lost my phone on the train this morning' } })
    expect(self.status).toBeGreaterThanOrEqual(400)
    expect((await t.db.select().from(totpCredentials).where(eq(totpCredentials.userId, admin.user.id))).length).toBe(1)

    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await callRoute(resetPage.loader, { path: `/admin/users/${unknown}/second-factor`, params: { id: unknown }, cookie: admin.cookie })).status).toBe(404)
    expect((await callRoute(resetPage.loader, { path: '/admin/users/nonsense/second-factor', params: { id: 'nonsense' }, cookie: admin.cookie })).status).toBe(404)
  })
})
