import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { authenticate, changeRole } from '../../app/domain/auth/accounts.server.ts'
import { createSession, getSessionUser } from '../../app/domain/auth/sessions.server.ts'
import { totpCode, totpStep } from '../../app/domain/auth/totp.ts'
import { setSecuritySettings } from '../../app/domain/auth/totp.server.ts'
import { createBriefingFromTemplate, saveBriefingDraft } from '../../app/domain/press/briefings.server.ts'
import { createBallot } from '../../app/domain/voting/ballots.server.ts'
import * as account from '../../app/routes/account._index.tsx'
import * as confirm from '../../app/routes/account.confirm.tsx'
import * as password from '../../app/routes/account.password.tsx'
import * as twoFactor from '../../app/routes/account.two-factor.tsx'
import * as adminUsers from '../../app/routes/admin.users.tsx'
import * as login from '../../app/routes/login.tsx'
import * as loginCode from '../../app/routes/login_.code.tsx'
import * as officerBallot from '../../app/routes/officer.ballots.$id.tsx'
import * as officerBriefing from '../../app/routes/officer.press.$id.tsx'
import * as officerHome from '../../app/routes/officer._index.tsx'
import * as pressAlerts from '../../app/routes/press.alerts.tsx'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { ballots, briefings, journalists, recoveryCodes, sessions, totpCredentials, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { briefingFields, createJournalist } from '../helpers/press.ts'
import { callRoute, createUser, flashOf, TEST_TOTP_SECRET } from '../helpers/routes.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A code the app shows now (offset 0) or one step either side, which the server also accepts. */
const code = (offset: -1 | 0 | 1 = 0, secret = TEST_TOTP_SECRET) => totpCode(secret, Date.now(), totpStep() + offset)
const firstCookie = (res: { headers: Headers }, name: string) =>
  (res.headers.get('set-cookie') ?? '')
    .split(/,(?=\s*\w+=)/)
    .map((c) => c.trim().split(';')[0])
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1)

describe('sessions with limits', () => {
  const t = useTestDb()

  async function signedIn(role: 'member' | 'officer' | 'admin', at = new Date()) {
    const user = await createUser(t.db, { role })
    const session = await createSession(t.db, { userId: user.id, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', now: at })
    return { user, session, cookie: await sessionCookieHeader(session.id) }
  }
  const age = (sessionId: string, fields: Partial<{ createdAt: Date; lastSeenAt: Date; authenticatedAt: Date }>) => t.db.update(sessions).set(fields).where(eq(sessions.id, sessionId))
  const alive = async (sessionId: string) => (await t.db.select().from(sessions).where(eq(sessions.id, sessionId))).length === 1

  it('ends a session left unused past its idle limit: a week for members, half an hour for officers', async () => {
    const member = await signedIn('member')
    const officer = await signedIn('officer')
    await age(member.session.id, { lastSeenAt: new Date(Date.now() - 6 * DAY) })
    await age(officer.session.id, { lastSeenAt: new Date(Date.now() - 31 * MINUTE) })
    expect((await callRoute(account.loader, { path: '/account', cookie: member.cookie })).status).toBe(200)
    const res = await callRoute(account.loader, { path: '/account', cookie: officer.cookie })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/login?redirectTo=%2Faccount')
    expect(await alive(officer.session.id)).toBe(false)

    await age(member.session.id, { lastSeenAt: new Date(Date.now() - 7 * DAY - MINUTE) })
    expect((await callRoute(account.loader, { path: '/account', cookie: member.cookie })).status).toBe(302)
    expect(await alive(member.session.id)).toBe(false)
  })

  it('ends a session at its absolute limit however busy: 30 days for members, 12 hours for officers', async () => {
    const officer = await signedIn('officer', new Date(Date.now() - 11 * HOUR))
    await age(officer.session.id, { lastSeenAt: new Date(Date.now() - 2 * MINUTE) })
    expect((await callRoute(officerHome.loader, { path: '/officer', cookie: officer.cookie })).status).toBe(200)
    await age(officer.session.id, { createdAt: new Date(Date.now() - 12 * HOUR - MINUTE) })
    expect((await callRoute(officerHome.loader, { path: '/officer', cookie: officer.cookie })).status).toBe(302)

    const member = await signedIn('member', new Date(Date.now() - 29 * DAY))
    await age(member.session.id, { lastSeenAt: new Date(Date.now() - 2 * MINUTE) })
    expect(await getSessionUser(t.db, member.session.id)).not.toBeNull()
    expect(await getSessionUser(t.db, member.session.id, new Date(Date.now() + 1 * DAY + MINUTE))).toBeNull()
  })

  it('moves last-seen at most once a minute, so most page views do not write', async () => {
    const member = await signedIn('member')
    const seen = async () => (await t.db.select().from(sessions).where(eq(sessions.id, member.session.id)))[0].lastSeenAt.getTime()
    const first = await seen()
    await callRoute(account.loader, { path: '/account', cookie: member.cookie })
    expect(await seen()).toBe(first)
    await age(member.session.id, { lastSeenAt: new Date(Date.now() - 2 * MINUTE) })
    const before = Date.now()
    await callRoute(account.loader, { path: '/account', cookie: member.cookie })
    expect(await seen()).toBeGreaterThanOrEqual(before - 1000)
  })

  it('lists the sessions on /account with this one marked, and signs out one or all the others', async () => {
    const here = await signedIn('member')
    const phone = await createSession(t.db, { userId: here.user.id, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile Safari/604.1' })
    const laptop = await createSession(t.db, { userId: here.user.id, userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/139.0 Safari/537.36' })
    const page = (await callRoute(account.loader, { path: '/account', cookie: here.cookie })).body as { sessions: { handle: string; device: string; current: boolean }[] }
    expect(page.sessions.map((s) => s.device).sort()).toEqual(['Chrome on Windows', 'Firefox on Linux', 'Safari on iOS'])
    expect(page.sessions.filter((s) => s.current).map((s) => s.device)).toEqual(['Firefox on Linux'])
    expect(JSON.stringify(page)).not.toContain(here.session.id)

    const phoneRow = page.sessions.find((s) => s.device === 'Safari on iOS')!
    expect((await callRoute(account.action, { path: '/account', cookie: here.cookie, form: { intent: 'sign-out-session', session: phoneRow.handle } })).status).toBe(303)
    expect(await alive(phone.id)).toBe(false)
    expect(await alive(laptop.id)).toBe(true)
    // Another account's handle ends nothing.
    const stranger = await signedIn('member')
    const strangerPage = (await callRoute(account.loader, { path: '/account', cookie: stranger.cookie })).body as { sessions: { handle: string }[] }
    expect((await callRoute(account.action, { path: '/account', cookie: here.cookie, form: { intent: 'sign-out-session', session: strangerPage.sessions[0].handle } })).status).toBe(404)
    expect(await alive(stranger.session.id)).toBe(true)

    expect((await callRoute(account.action, { path: '/account', cookie: here.cookie, form: { intent: 'sign-out-everywhere-else' } })).status).toBe(303)
    expect(await alive(laptop.id)).toBe(false)
    expect(await alive(here.session.id)).toBe(true)
  })

  it('changes the password with the current one, and ends every other session', async () => {
    const here = await signedIn('member')
    const elsewhere = await createSession(t.db, { userId: here.user.id })
    const wrong = await callRoute(password.action, {
      path: '/account/password',
      cookie: here.cookie,
      form: { currentPassword: 'not my password at all', password: 'a brand new passphrase', confirmPassword: 'a brand new passphrase' },
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('Your current password is not right')
    expect(await alive(elsewhere.id)).toBe(true)

    const res = await callRoute(password.action, {
      path: '/account/password',
      cookie: here.cookie,
      form: { currentPassword: here.user.password, password: 'a brand new passphrase', confirmPassword: 'a brand new passphrase' },
    })
    expect(await flashOf(res)).toMatchObject({ location: '/account', message: expect.stringContaining('password has been changed') })
    expect(await alive(elsewhere.id)).toBe(false)
    expect(await alive(here.session.id)).toBe(true)
    await expect(authenticate(t.db, { email: here.user.email, password: 'a brand new passphrase', ip: '203.0.113.5' })).resolves.toMatchObject({ id: here.user.id })
    await expect(authenticate(t.db, { email: here.user.email, password: here.user.password, ip: '203.0.113.5' })).rejects.toThrow(/incorrect/)
  })

  it('asks for "confirm it\'s you" before changing a role when the sign-in is older than 15 minutes, then comes back', async () => {
    const admin = await signedIn('admin')
    const member = await createUser(t.db)
    await age(admin.session.id, { authenticatedAt: new Date(Date.now() - 16 * MINUTE) })
    const form = { userId: member.id, role: 'officer' }
    const res = await callRoute(adminUsers.action, { path: '/admin/users', cookie: admin.cookie, form })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/account/confirm?redirectTo=%2Fadmin%2Fusers')
    expect((await t.db.select({ role: users.role }).from(users).where(eq(users.id, member.id)))[0].role).toBe('member')

    // The password alone is not enough for someone with an authenticator app.
    const noCode = await callRoute(confirm.action, { path: '/account/confirm', cookie: admin.cookie, form: { password: admin.user.password, redirectTo: '/admin/users' } })
    expect(noCode.status).toBe(400)
    const wrongPassword = await callRoute(confirm.action, { path: '/account/confirm', cookie: admin.cookie, form: { password: 'wrong password here', code: code(), redirectTo: '/admin/users' } })
    expect(wrongPassword.status).toBe(400)
    const ok = await callRoute(confirm.action, { path: '/account/confirm', cookie: admin.cookie, form: { password: admin.user.password, code: code(), redirectTo: '/admin/users' } })
    expect(ok.status).toBe(302)
    expect(ok.headers.get('location')).toBe('/admin/users')

    expect((await callRoute(adminUsers.action, { path: '/admin/users', cookie: admin.cookie, form })).status).toBe(303)
    expect((await t.db.select({ role: users.role }).from(users).where(eq(users.id, member.id)))[0].role).toBe('officer')
  })

  it('asks again before publishing a briefing or opening a ballot, and not for saving a draft', async () => {
    const officer = await signedIn('officer')
    await age(officer.session.id, { authenticatedAt: new Date(Date.now() - 20 * MINUTE) })
    const draft = await createBriefingFromTemplate(t.db, { actorId: officer.user.id, template: 'serious_case_review' })
    await saveBriefingDraft(t.db, { actorId: officer.user.id, briefingId: draft.id, fields: briefingFields() })
    const release = await callRoute(officerBriefing.action, { path: `/officer/press/${draft.id}`, params: { id: draft.id }, cookie: officer.cookie, form: { intent: 'release', embargo: 'none' } })
    expect(release.status).toBe(302)
    expect(release.headers.get('location')).toBe(`/account/confirm?redirectTo=${encodeURIComponent(`/officer/press/${draft.id}`)}`)
    expect((await t.db.select({ status: briefings.status }).from(briefings).where(eq(briefings.id, draft.id)))[0].status).toBe('draft')

    const ballot = await createBallot(t.db, {
      kind: 'motion',
      title: 'Adopt the caseload standard',
      description: 'That Chorus adopts a maximum caseload.',
      opensAt: new Date(Date.now() + DAY),
      closesAt: new Date(Date.now() + 3 * DAY),
      actorId: officer.user.id,
    })
    const open = await callRoute(officerBallot.action, { path: `/officer/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: officer.cookie, form: { intent: 'schedule' } })
    expect(open.status).toBe(302)
    expect(open.headers.get('location')).toMatch(/^\/account\/confirm\?redirectTo=/)
    expect((await t.db.select({ status: ballots.status }).from(ballots).where(eq(ballots.id, ballot.id)))[0].status).toBe('draft')

    await age(officer.session.id, { authenticatedAt: new Date() })
    expect((await callRoute(officerBallot.action, { path: `/officer/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: officer.cookie, form: { intent: 'schedule' } })).status).toBe(303)
    expect((await t.db.select({ status: ballots.status }).from(ballots).where(eq(ballots.id, ballot.id)))[0].status).toBe('scheduled')
  })

  it('a journalist made a member and back again waits for the press office to approve them anew', async () => {
    const admin = await createUser(t.db, { role: 'admin' })
    const journalist = await createJournalist(t.db, { status: 'approved' })
    await changeRole(t.db, { actorId: admin.id, userId: journalist.id, role: 'member' })
    await changeRole(t.db, { actorId: admin.id, userId: journalist.id, role: 'journalist' })
    const [row] = await t.db.select().from(journalists).where(eq(journalists.userId, journalist.id))
    expect(row.status).toBe('pending')
    expect(row.decidedBy).toBeNull()
  })
})

describe('two-step verification', () => {
  const t = useTestDb()

  async function passwordStep(email: string, pass: string, redirectTo = '/officer') {
    return callRoute(login.action, { path: '/login', form: { email, password: pass, redirectTo }, headers: { 'user-agent': 'Mozilla/5.0 Firefox/140.0' } })
  }

  it('signs an officer in only after the password and a code from the app, never the same code twice', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const first = await passwordStep(officer.email, officer.password)
    expect(first.status).toBe(302)
    expect(first.headers.get('location')).toBe('/login/code?redirectTo=%2Fofficer')
    expect(firstCookie(first, 'chorus_session')).toBeUndefined()
    const challenge = firstCookie(first, 'chorus_sign_in')!
    expect(challenge).toBeDefined()
    expect((await callRoute(loginCode.loader, { path: '/login/code', cookie: challenge })).status).toBe(200)

    const wrong = await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { code: code() === '000000' ? '111111' : '000000', redirectTo: '/officer' } })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('That code is not right')

    const good = code()
    const done = await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { code: good, redirectTo: '/officer' } })
    expect(done.status).toBe(302)
    expect(done.headers.get('location')).toBe('/officer')
    const session = firstCookie(done, 'chorus_session')!
    expect((await callRoute(officerHome.loader, { path: '/officer', cookie: session })).status).toBe(200)

    // The challenge is spent, and the same code does not open a second sign-in.
    expect((await callRoute(loginCode.loader, { path: '/login/code', cookie: challenge })).status).toBe(302)
    const again = firstCookie(await passwordStep(officer.email, officer.password), 'chorus_sign_in')!
    const replay = await callRoute(loginCode.action, { path: '/login/code', cookie: again, form: { code: good, redirectTo: '/officer' } })
    expect(replay.status).toBe(400)
    expect(JSON.stringify(replay.body)).toMatch(/used already|not right/)
  })

  it('takes each recovery code once instead of the app code', async () => {
    const user = await createUser(t.db, { role: 'member' })
    const here = await createSession(t.db, { userId: user.id })
    const cookie = await sessionCookieHeader(here.id)
    const setup = (await callRoute(twoFactor.loader, { path: '/account/two-factor', cookie })).body as { setup: { secret: string; qr: string } }
    expect(setup.setup.qr).toMatch(/^<svg[^>]+role="img"/)
    const secret = setup.setup.secret.replace(/\s+/g, '')
    const enrol = await callRoute(twoFactor.action, { path: '/account/two-factor', cookie, form: { intent: 'confirm', code: code(0, secret) } })
    expect(enrol.status).toBe(303)
    // The codes are shown once, on the page the form comes back to, and never again.
    const withCodes = `${cookie}; ${firstCookie(enrol, 'chorus_flash')}`
    const codes = ((await callRoute(twoFactor.loader, { path: '/account/two-factor', cookie: withCodes })).body as { codes: string[] }).codes
    expect(((await callRoute(twoFactor.loader, { path: '/account/two-factor', cookie })).body as { codes: string[] | null }).codes).toBeNull()
    expect(codes).toHaveLength(10)
    // Only hashes are kept.
    const stored = await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))
    expect(stored).toHaveLength(10)
    expect(JSON.stringify(stored)).not.toContain(codes[0])

    const challenge = firstCookie(await passwordStep(user.email, user.password, '/account'), 'chorus_sign_in')!
    const done = await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { code: codes[0].toUpperCase(), redirectTo: '/account' } })
    expect(done.status).toBe(302)
    expect(firstCookie(done, 'chorus_session')).toBeDefined()
    const next = firstCookie(await passwordStep(user.email, user.password, '/account'), 'chorus_sign_in')!
    const reused = await callRoute(loginCode.action, { path: '/login/code', cookie: next, form: { code: codes[0], redirectTo: '/account' } })
    expect(reused.status).toBe(400)
  })

  it('closes a sign-in after five wrong codes', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const challenge = firstCookie(await passwordStep(officer.email, officer.password), 'chorus_sign_in')!
    const wrong = code() === '123456' ? '654321' : '123456'
    for (let i = 0; i < 5; i++) await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { code: wrong } })
    const late = await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { code: code() } })
    expect(late.status).toBe(409)
    expect(JSON.stringify(late.body)).toContain('Enter your email address and password again')
  })

  it('sends an officer without an authenticator app to set one up before officer pages open', async () => {
    const officer = await createUser(t.db, { role: 'officer', secondFactor: false })
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: officer.id })).id)
    const res = await callRoute(officerHome.loader, { path: '/officer', cookie })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/account/two-factor?required=1&redirectTo=%2Fofficer')
    const page = (await callRoute(twoFactor.loader, { path: '/account/two-factor', cookie })).body as { required: boolean; setup: { secret: string } }
    expect(page.required).toBe(true)
    const secret = page.setup.secret.replace(/\s+/g, '')
    // A code from another secret is refused and nothing is turned on.
    expect((await callRoute(twoFactor.action, { path: '/account/two-factor', cookie, form: { intent: 'confirm', code: code(0) } })).status).toBe(400)
    expect((await t.db.select().from(totpCredentials).where(eq(totpCredentials.userId, officer.id)))[0].confirmedAt).toBeNull()
    expect((await callRoute(twoFactor.action, { path: '/account/two-factor', cookie, form: { intent: 'confirm', code: code(0, secret) } })).status).toBe(303)
    expect((await callRoute(officerHome.loader, { path: '/officer', cookie })).status).toBe(200)
    // Required for the role: it cannot be turned off.
    expect((await callRoute(twoFactor.action, { path: '/account/two-factor', cookie, form: { intent: 'turn-off' } })).status).toBe(403)
  })

  it('an admin setting extends the requirement to journalists', async () => {
    const admin = await createUser(t.db, { role: 'admin' })
    const journalist = await createJournalist(t.db, { status: 'approved' })
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: journalist.id })).id)
    expect((await callRoute(pressAlerts.loader, { path: '/press/alerts', cookie })).status).toBe(200)
    await setSecuritySettings(t.db, { actorId: admin.id, journalistsNeedSecondFactor: true })
    const res = await callRoute(pressAlerts.loader, { path: '/press/alerts', cookie })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toMatch(/^\/account\/two-factor\?required=1/)
  })
})
