import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { issueToken } from '../../app/domain/auth/accounts.server.ts'
import * as account from '../../app/routes/account._index.tsx'
import * as forgot from '../../app/routes/forgot-password.tsx'
import * as login from '../../app/routes/login.tsx'
import * as logout from '../../app/routes/logout.tsx'
import * as reset from '../../app/routes/reset-password.tsx'
import * as signup from '../../app/routes/signup.tsx'
import * as verify from '../../app/routes/verify-email.tsx'
import { sessions, users } from '../../db/schema/index.ts'
import { loader as rootLoader } from '../../app/root.tsx'
import { translate } from '../../app/i18n/translate.ts'
import { replyProblems, type FormReply } from '../../app/components/forms.tsx'
import { useTestDb } from '../helpers/db.ts'
import { englishPart, latestMailTo } from '../helpers/mail.ts'
import { callRoute, cookiesAfter, createUser, flashOf, ORIGIN } from '../helpers/routes.ts'

type Reply = { status?: string; error?: Record<string, string[] | null> | null }
const errorsOf = (body: unknown) => (body as Reply).error ?? {}

describe('sign-up and sign-in pages', () => {
  const t = useTestDb()

  it('creates an account and emails a confirmation link; the page asks the person to check their email', async () => {
    const res = await callRoute(signup.action, { form: { name: 'Amira Okafor', email: 'amira@example.test', password: 'a long enough password' } })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ sentTo: 'amira@example.test' })
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(await t.db.$count(users, eq(users.email, 'amira@example.test'))).toBe(1)
    const mail = await latestMailTo(t.db, 'amira@example.test')
    expect(englishPart(mail.subject)).toBe('Confirm your email address for Chorus')
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/verify-email\?token=[\w-]{40,}/)
    expect(mail.html).toContain('/verify-email?token=')
  })

  const badSignups: [string, Record<string, string>, string, RegExp][] = [
    ['missing fields', {}, 'name', /Enter your full name/],
    ['a malformed email', { name: 'A', email: 'not-an-email', password: 'a long enough password' }, 'email', /correct format/],
    ['an overlong name', { name: 'x'.repeat(121), email: 'a@example.test', password: 'a long enough password' }, 'name', /120 characters/],
    ['an overlong email', { name: 'A', email: `${'x'.repeat(250)}@example.test`, password: 'a long enough password' }, 'email', /254 characters/],
    ['a short password', { name: 'A', email: 'a@example.test', password: 'short' }, 'password', /at least 12/],
    ['an overlong password', { name: 'A', email: 'a@example.test', password: 'p'.repeat(201) }, 'password', /200 characters/],
  ]
  for (const [what, form, field, message] of badSignups) {
    it(`refuses sign-up with ${what}: 400, a message, nothing created`, async () => {
      const before = await t.db.$count(users)
      const res = await callRoute(signup.action, { form })
      expect(res.status).toBe(400)
      expect(errorsOf(res.body)[field]?.[0]).toMatch(message)
      expect(await t.db.$count(users)).toBe(before)
    })
  }

  it('answers a sign-up for an address that has an account exactly as for a new one, and emails the owner instead', async () => {
    const existing = await createUser(t.db)
    const fresh = await callRoute(signup.action, { form: { name: 'A', email: 'someone-new@example.test', password: 'a long enough password' } })
    const res = await callRoute(signup.action, { form: { name: 'A', email: existing.email, password: 'a long enough password' } })
    expect(res.status).toBe(fresh.status)
    expect(res.headers.get('set-cookie')).toBe(fresh.headers.get('set-cookie'))
    expect(JSON.stringify(res.body).replaceAll(existing.email, 'X')).toBe(JSON.stringify(fresh.body).replaceAll('someone-new@example.test', 'X'))
    expect(await t.db.$count(users, eq(users.email, existing.email))).toBe(1)
    const told = await latestMailTo(t.db, existing.email)
    expect(englishPart(told.subject)).toBe('You already have a Chorus account')
    expect(told.text).toMatch(/forgot-password/)
  })

  it('signs in with the right password, rotating the session', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    const res = await callRoute(login.action, { form: { email: user.email, password: 'the right password', redirectTo: '/officer' } })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/officer')
    const again = await callRoute(login.action, {
      form: { email: user.email, password: 'the right password' },
      cookie: res.headers.get('set-cookie')!.split(';')[0],
    })
    expect(again.headers.get('location')).toBe('/account')
    expect(await t.db.$count(sessions, eq(sessions.userId, user.id))).toBe(1)
  })

  it('lands each person where their work is when no page asked for them', async () => {
    for (const [role, home] of [
      ['member', '/account'],
      ['journalist', '/press'],
    ] as const) {
      const user = await createUser(t.db, { role, password: 'the right password' })
      const res = await callRoute(login.action, { form: { email: user.email, password: 'the right password' } })
      expect(res.headers.get('location'), role).toBe(home)
    }
    // Officers confirm a code first; the code step carries them on to the dashboard.
    const officer = await createUser(t.db, { role: 'officer', password: 'the right password' })
    const res = await callRoute(login.action, { form: { email: officer.email, password: 'the right password' } })
    expect(res.headers.get('location')).toBe(`/login/code?redirectTo=${encodeURIComponent('/officer')}`)
  })

  it('never redirects off-site after sign-in', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    const res = await callRoute(login.action, { form: { email: user.email, password: 'the right password', redirectTo: '//evil.example/' } })
    expect(res.headers.get('location')).toBe('/account')
  })

  const badLogins: [string, Record<string, string>, RegExp][] = [
    ['missing fields', {}, /Enter your email address/],
    ['a malformed email', { email: 'nope', password: 'x' }, /correct format/],
    ['an overlong password', { email: 'a@example.test', password: 'p'.repeat(201) }, /200 characters/],
  ]
  for (const [what, form, message] of badLogins) {
    it(`refuses sign-in with ${what}`, async () => {
      const res = await callRoute(login.action, { form })
      expect(res.status).toBe(400)
      expect(JSON.stringify(errorsOf(res.body))).toMatch(message)
      expect(res.headers.get('set-cookie')).toBeNull()
    })
  }

  it('refuses a wrong password with a message that does not say which part was wrong', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    const res = await callRoute(login.action, { form: { email: user.email, password: 'the wrong password' } })
    expect(res.status).toBe(400)
    expect(errorsOf(res.body)['']).toEqual(['The email address or password is incorrect'])
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(JSON.stringify(res.body)).not.toContain('the wrong password')
  })

  it('says when sign-in is slowed down, with 429', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    for (let i = 0; i < 5; i++) await callRoute(login.action, { form: { email: user.email, password: 'wrong password' } })
    const res = await callRoute(login.action, { form: { email: user.email, password: 'the right password' } })
    expect(res.status).toBe(429)
    expect(errorsOf(res.body)['']?.[0]).toMatch(/Too many attempts/)
  })

  it('refuses a form posted from another website', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    const res = await callRoute(login.action, { form: { email: user.email, password: 'the right password' }, origin: 'https://evil.example' })
    expect(res.status).toBe(403)
    expect(res.headers.get('set-cookie')).toBeNull()
  })
})

describe('one-time links', () => {
  const t = useTestDb()

  it('shows the confirm page on GET without using the link, then confirms on POST', async () => {
    const user = await createUser(t.db, { verified: false })
    const token = await issueToken(t.db, { userId: user.id, purpose: 'verify_email' })
    for (let i = 0; i < 3; i++) {
      const page = await callRoute(verify.loader, { path: `/verify-email?token=${token}` })
      expect(page.status).toBe(200)
    }
    const [before] = await t.db.select().from(users).where(eq(users.id, user.id))
    expect(before.emailVerifiedAt).toBeNull()
    const res = await callRoute(verify.action, { form: { token } })
    expect(await flashOf(res)).toMatchObject({ location: '/login', message: 'Your email address is confirmed' })
    const [after] = await t.db.select().from(users).where(eq(users.id, user.id))
    expect(after.emailVerifiedAt).not.toBeNull()
    const replay = await callRoute(verify.action, { form: { token } })
    expect(replay.status).toBe(400)
    expect(replyProblems(replay.body as FormReply)).toEqual([expect.stringMatching(/already been used/)])
  })

  it('explains an expired, malformed or missing link with a 400', async () => {
    const user = await createUser(t.db, { verified: false })
    const expired = await issueToken(t.db, { userId: user.id, purpose: 'reset_password', now: new Date(Date.now() - 2 * 3600 * 1000) })
    const page = await callRoute(reset.loader, { path: `/reset-password?token=${expired}` })
    expect(page.status).toBe(400)
    expect(page.body).toMatchObject({ problem: expect.stringMatching(/expired/) })
    const post = await callRoute(reset.action, { form: { token: expired, password: 'a new long password', confirmPassword: 'a new long password' } })
    expect(post.status).toBe(400)
    expect(JSON.stringify(post.body)).toMatch(/expired/)
    expect((await callRoute(verify.loader, { path: '/verify-email' })).status).toBe(400)
    expect((await callRoute(verify.loader, { path: `/verify-email?token=${'x'.repeat(5000)}` })).status).toBe(400)
    expect((await callRoute(verify.action, { form: { token: 'garbage' } })).status).toBe(400)
  })

  it('resets a password through the pages and refuses mismatched confirmation', async () => {
    const user = await createUser(t.db, { password: 'old password here' })
    const sent = await callRoute(forgot.action, { form: { email: user.email } })
    expect(sent.body).toMatchObject({ sentTo: user.email })
    const unknown = await callRoute(forgot.action, { form: { email: 'nobody@example.test' } })
    expect(unknown.body).toMatchObject({ sentTo: 'nobody@example.test' })
    const mail = await latestMailTo(t.db, user.email)
    const token = mail.text.match(/reset-password\?token=([\w-]+)/)![1]
    const mismatch = await callRoute(reset.action, { form: { token, password: 'a new long password', confirmPassword: 'different!!' } })
    expect(mismatch.status).toBe(400)
    expect(errorsOf(mismatch.body).confirmPassword?.[0]).toMatch(/do not match/)
    const done = await callRoute(reset.action, { form: { token, password: 'a new long password', confirmPassword: 'a new long password' } })
    // Redirect-after-POST to the sign-in page, which says what happened (never a 4xx for success).
    expect(done.status).toBe(302)
    expect(done.headers.get('location')).toBe('/login?reset=1')
    const signIn = await callRoute(login.action, { form: { email: user.email, password: 'a new long password' } })
    expect(signIn.status).toBe(302)
  })
})

describe('account page', () => {
  const t = useTestDb()

  it('signs out everywhere', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    const first = await callRoute(login.action, { form: { email: user.email, password: 'the right password' } })
    await callRoute(login.action, { form: { email: user.email, password: 'the right password' } })
    expect(await t.db.$count(sessions, eq(sessions.userId, user.id))).toBe(2)
    const cookie = first.headers.get('set-cookie')!.split(';')[0]
    const res = await callRoute(account.action, { form: { intent: 'sign-out-everywhere' }, cookie })
    expect(await flashOf(res)).toMatchObject({ location: '/login', message: 'You are signed out on every device.' })
    expect(translate('cy', 'You are signed out on every device.')).toBe('Rydych wedi cael eich allgofnodi ar bob dyfais.')
    expect(await t.db.$count(sessions, eq(sessions.userId, user.id))).toBe(0)
    const after = await callRoute(account.loader, { path: '/account', cookie })
    expect(after.status).toBe(302)
  })
})

describe('signing out', () => {
  const t = useTestDb()
  const pageAfter = (path: string, cookie: string) => rootLoader({ request: new Request(`${ORIGIN}${path}`, { headers: { cookie } }), params: {}, context: {} })

  it('ends the session and the next page says so, once', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    const signedIn = await callRoute(login.action, { form: { email: user.email, password: 'the right password' } })
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]
    const res = await callRoute(logout.action, { path: '/logout', cookie, form: {} })
    expect(await flashOf(res)).toMatchObject({ location: '/', message: 'You have signed out.' })
    expect(await t.db.$count(sessions, eq(sessions.userId, user.id))).toBe(0)

    // The browser drops its session cookie and keeps the message for the home page.
    const browser = cookiesAfter(cookie, res)
    expect(browser).not.toMatch(/chorus_session=/)
    const home = await pageAfter('/', browser)
    expect(home.data).toMatchObject({ user: null, flash: { message: 'You have signed out.' } })
    const cleared = cookiesAfter(browser, { headers: new Headers(home.init?.headers) })
    expect((await pageAfter('/', cleared)).data.flash).toBeNull()
  })

  it('from a Welsh page, says so in Welsh', async () => {
    const user = await createUser(t.db, { password: 'the right password' })
    const signedIn = await callRoute(login.action, { form: { email: user.email, password: 'the right password' } })
    const res = await callRoute(logout.action, { path: '/cy/logout', cookie: signedIn.headers.get('set-cookie')!.split(';')[0], form: {} })
    const home = await pageAfter('/cy', cookiesAfter('', res))
    expect(home.data).toMatchObject({ locale: 'cy', user: null })
    expect(translate(home.data.locale, home.data.flash!.message)).toBe('Rydych wedi allgofnodi.')
  })

  it('a signed-out browser that sends the form is told it has signed out, and nothing breaks', async () => {
    const res = await callRoute(logout.action, { path: '/logout', form: {} })
    expect(await flashOf(res)).toMatchObject({ location: '/', message: 'You have signed out.' })
  })
})
