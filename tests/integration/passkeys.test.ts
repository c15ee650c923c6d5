/**
 * Passkeys as a second factor: an officer adds one beside their authenticator app and then signs
 * in with it instead of a code; an answer replayed, made for another site, or from someone else's
 * passkey is refused and signs nobody in.
 */
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import * as twoFactor from '../../app/routes/account.two-factor.tsx'
import * as login from '../../app/routes/login.tsx'
import * as loginCode from '../../app/routes/login_.code.tsx'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { auditLog, passkeys } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { softwarePasskey } from '../helpers/passkey.ts'
import { replyProblems, type FormReply } from '../../app/components/forms.tsx'
import { callRoute, createUser, flashOf, ORIGIN, signedInAs } from '../helpers/routes.ts'

type Options = { options: { challenge: string; allowCredentials?: { id: string }[] } }
type Reply = { error: Record<string, string[]> }
const problems = (body: unknown) => replyProblems(body as FormReply)

const cookieFrom = (res: { headers: Headers }, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1)

describe('passkeys', () => {
  const t = useTestDb()

  async function addPasskey(cookie: string, device = softwarePasskey(ORIGIN), name = 'Work laptop') {
    const asked = await callRoute(twoFactor.action, { path: '/account/two-factor', cookie, form: { intent: 'passkey-options' } })
    expect(asked.status).toBe(200)
    const { options } = asked.body as Options
    const added = await callRoute(twoFactor.action, { path: '/account/two-factor', cookie, form: { intent: 'passkey', name, response: JSON.stringify(device.register(options)) } })
    return { device, added }
  }

  const sessionFor = async (userId: string) => sessionCookieHeader((await createSession(t.db, { userId })).id)

  async function passwordStep(email: string, password: string) {
    const res = await callRoute(login.action, { path: '/login', form: { email, password, redirectTo: '/officer' } })
    expect(res.headers.get('location')).toMatch(/^\/login\/code/)
    return cookieFrom(res, 'chorus_sign_in')!
  }

  async function passkeyStep(challenge: string, answer: (options: Options['options']) => unknown) {
    const asked = await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { intent: 'passkey-options' } })
    expect(asked.status).toBe(200)
    const response = answer((asked.body as Options).options)
    return { response, result: await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { intent: 'passkey', redirectTo: '/officer', response: JSON.stringify(response) } }) }
  }

  it('an officer adds a passkey beside the app and signs in with it instead of a code', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const cookie = await sessionFor(officer.id)
    const { device, added } = await addPasskey(cookie)
    expect(await flashOf(added)).toMatchObject({ message: expect.stringContaining('Passkey added') })
    const page = (await callRoute(twoFactor.loader, { path: '/account/two-factor', cookie })).body as { passkeys: { name: string }[] }
    expect(page.passkeys.map((k) => k.name)).toEqual(['Work laptop'])

    const challenge = await passwordStep(officer.email, officer.password)
    expect((await callRoute(loginCode.loader, { path: '/login/code', cookie: challenge })).body).toEqual({ passkey: true })
    const { result } = await passkeyStep(challenge, (options) => {
      expect(options.allowCredentials?.map((c) => c.id)).toEqual([device.id])
      return device.authenticate(options)
    })
    expect(result.status).toBe(302)
    expect(result.headers.get('location')).toBe('/officer')
    expect(cookieFrom(result, 'chorus_session')).toBeDefined()
    const [stored] = await t.db.select().from(passkeys).where(eq(passkeys.userId, officer.id))
    expect(stored.counter).toBe(1)
    expect(stored.lastUsedAt).not.toBeNull()
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'user.passkey_used'))).toBe(1)
  })

  it('refuses an answer replayed, made on another site, or from someone else’s passkey, and signs nobody in', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const other = await createUser(t.db, { role: 'officer' })
    const { device } = await addPasskey(await sessionFor(officer.id))
    const { device: othersDevice } = await addPasskey(await sessionFor(other.id), softwarePasskey(ORIGIN), 'Phone')

    // A good sign-in, whose answer is then sent again with a new sign-in.
    const first = await passkeyStep(await passwordStep(officer.email, officer.password), (o) => device.authenticate(o))
    expect(first.result.status).toBe(302)
    const replay = await callRoute(loginCode.action, {
      path: '/login/code',
      cookie: await passwordStep(officer.email, officer.password),
      form: { intent: 'passkey', response: JSON.stringify(first.response) },
    })
    expect(replay.status).toBe(400)
    expect(cookieFrom(replay, 'chorus_session')).toBeUndefined()

    // Made for a look-alike site (a phishing page relaying the challenge).
    const phished = await passkeyStep(await passwordStep(officer.email, officer.password), (o) => device.authenticate(o, 'https://chorus-login.example'))
    expect(phished.result.status).toBe(400)
    expect(JSON.stringify(phished.result.body)).toContain('That passkey was not accepted')

    // Another officer's passkey cannot finish this officer's sign-in.
    const borrowed = await passkeyStep(await passwordStep(officer.email, officer.password), (o) => othersDevice.authenticate(o))
    expect(borrowed.result.status).toBe(400)
    expect(cookieFrom(borrowed.result, 'chorus_session')).toBeUndefined()
  })

  it('needs the app first, refuses a passkey made for another site, and removes one on request', async () => {
    const member = await signedInAs(t.db, 'member')
    const refused = await callRoute(twoFactor.action, { path: '/account/two-factor', cookie: member.cookie, form: { intent: 'passkey-options' } })
    expect(refused.status).toBe(409)
    expect(problems(refused.body)).toEqual(['Set up two-step verification with an authenticator app first. A passkey is added beside it.'])

    const officer = await signedInAs(t.db, 'officer')
    const asked = await callRoute(twoFactor.action, { path: '/account/two-factor', cookie: officer.cookie, form: { intent: 'passkey-options' } })
    const elsewhere = softwarePasskey(ORIGIN).register((asked.body as Options).options, 'https://evil.example')
    const notAdded = await callRoute(twoFactor.action, { path: '/account/two-factor', cookie: officer.cookie, form: { intent: 'passkey', name: 'Phone', response: JSON.stringify(elsewhere) } })
    expect(notAdded.status).toBe(400)
    expect(await t.db.$count(passkeys)).toBe(0)

    await addPasskey(officer.cookie)
    const [key] = await t.db.select().from(passkeys)
    const removed = await callRoute(twoFactor.action, { path: '/account/two-factor', cookie: officer.cookie, form: { intent: 'remove-passkey', passkeyId: key.id } })
    expect(await flashOf(removed)).toMatchObject({ message: 'Passkey removed.' })
    expect(await t.db.$count(passkeys)).toBe(0)
  })

  it('answers a garbled device answer, a name too long, a garbled passkey or a button it does not know with a message, and changes nothing', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const post = (form: Record<string, string>, path = '/account/two-factor') => callRoute(twoFactor.action, { path, cookie: officer.cookie, form })
    await post({ intent: 'passkey-options' })
    const garbled = await post({ intent: 'passkey', name: 'Phone', response: 'not-json' })
    expect(garbled.status).toBe(400)
    expect(problems(garbled.body)).toEqual(['Your device did not send a passkey. Try again.'])
    // The device's answer is not sent back to the page.
    expect(JSON.stringify(garbled.body)).not.toContain('not-json')
    expect(problems((await post({ intent: 'passkey', name: 'Phone' })).body)).toEqual(['Your device did not send a passkey. Try again.'])
    const welsh = await post({ intent: 'passkey', response: '"a string"' }, '/cy/account/two-factor')
    expect(welsh.status).toBe(400)
    expect(problems(welsh.body)).toEqual(['Your device did not send a passkey. Try again.'])
    const long = await post({ intent: 'passkey', name: 'x'.repeat(61), response: JSON.stringify(softwarePasskey(ORIGIN).register({ challenge: 'c' })) })
    expect(long.status).toBe(400)
    expect((long.body as Reply).error.name).toEqual(['Passkey name must be 60 characters or fewer'])
    expect(await t.db.$count(passkeys)).toBe(0)

    await addPasskey(officer.cookie, softwarePasskey(ORIGIN), '   ')
    const [key] = await t.db.select().from(passkeys)
    expect(key.name).toBe('Passkey')
    const notAKey = await post({ intent: 'remove-passkey', passkeyId: 'not-a-uuid' })
    expect(notAKey.status).toBe(400)
    expect(problems(notAKey.body)).toEqual(['That passkey is not on your account.'])
    const unknown = await post({ intent: 'dance' })
    expect(unknown.status).toBe(400)
    expect(problems(unknown.body)).toEqual(['Choose what to do.'])
    expect(await t.db.$count(passkeys)).toBe(1)
  })

  it('names a passkey added from the Welsh page in Welsh when it is given no name', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const asked = await callRoute(twoFactor.action, { path: '/cy/account/two-factor', cookie: officer.cookie, form: { intent: 'passkey-options' } })
    const response = JSON.stringify(softwarePasskey(ORIGIN).register((asked.body as Options).options))
    await callRoute(twoFactor.action, { path: '/cy/account/two-factor', cookie: officer.cookie, form: { intent: 'passkey', name: '', response } })
    expect((await t.db.select().from(passkeys))[0].name).toBe('Allwedd mynediad')
  })

  it('answers a garbled device answer or an unknown step at sign-in with a message, and signs nobody in', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    await addPasskey(await sessionFor(officer.id))
    const challenge = await passwordStep(officer.email, officer.password)
    await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { intent: 'passkey-options' } })
    const garbled = await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { intent: 'passkey', redirectTo: '/officer', response: 'not-json' } })
    expect(garbled.status).toBe(400)
    expect((garbled.body as Reply).error.response).toEqual(['Your device did not send a passkey. Try again, or enter the code from your authenticator app.'])
    expect(cookieFrom(garbled, 'chorus_session')).toBeUndefined()
    const unknown = await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { intent: 'skip', code: '123456' } })
    expect(unknown.status).toBe(400)
    expect((unknown.body as { error: Record<string, string[]> }).error.intent).toEqual(['Choose what to do'])
    expect(cookieFrom(unknown, 'chorus_session')).toBeUndefined()
    // The sign-in can still be finished.
    expect((await callRoute(loginCode.loader, { path: '/login/code', cookie: challenge })).body).toEqual({ passkey: true })
  })
})
