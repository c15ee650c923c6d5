import { eq } from 'drizzle-orm'
import { describe, expect, it, vi } from 'vitest'
import { translate } from '../../app/i18n/translate.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { siteOrigin } from '../../app/utils/request.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { getStripe } from '../../app/utils/stripe.server.ts'
import * as account from '../../app/routes/account._index.tsx'
import * as join from '../../app/routes/join.tsx'
import * as login from '../../app/routes/login.tsx'
import * as signup from '../../app/routes/signup.tsx'
import { users } from '../../db/schema/index.ts'
import '../../app/i18n/server.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, createUser, flashOf } from '../helpers/routes.ts'
import { joinForm, useTestStripe } from '../helpers/stripe.ts'

type Reply = { error?: Record<string, string[] | null> }
const errorsOf = (body: unknown) => (body as Reply).error ?? {}

describe('joining, signing in and the account in Welsh', () => {
  const t = useTestDb()
  useTestStripe()

  const localeOf = async (userId: string) => (await t.db.query.users.findFirst({ where: eq(users.id, userId), columns: { locale: true } }))?.locale

  it('a Welsh sign-in with the wrong password is told so in Welsh', async () => {
    const user = await createUser(t.db)
    const res = await callRoute(login.action, { path: '/cy/login', form: { email: user.email, password: 'not the password' } })
    expect(res.status).toBe(400)
    expect(errorsOf(res.body)['']?.[0]).toBe("Mae'r cyfeiriad e-bost neu'r cyfrinair yn anghywir")
  })

  it('signing in on a Welsh page with no language chosen yet saves Welsh and lands on the Welsh account page', async () => {
    const user = await createUser(t.db)
    const res = await callRoute(login.action, { path: '/cy/login', form: { email: user.email, password: user.password } })
    expect(res.status).toBe(302)
    // Written without its language: the Welsh pages are the app mounted at /cy, and Remix adds the
    // mount to a plain path, so the browser goes to /cy/account (the Welsh browser journeys follow it).
    expect(res.headers.get('location')).toBe('/account')
    expect(await localeOf(user.id)).toBe('cy')
  })

  it('signing in on an English page with no language chosen yet saves English', async () => {
    const user = await createUser(t.db)
    const res = await callRoute(login.action, { path: '/login', form: { email: user.email, password: user.password } })
    expect(res.headers.get('location')).toBe('/account')
    expect(await localeOf(user.id)).toBe('en')
  })

  it('a member who chose Welsh lands in Welsh from an English page, and one who chose English lands in English from a Welsh one', async () => {
    const welsh = await createUser(t.db)
    await t.db.update(users).set({ locale: 'cy' }).where(eq(users.id, welsh.id))
    const fromEnglish = await callRoute(login.action, { path: '/login', form: { email: welsh.email, password: welsh.password, redirectTo: '/ballots' } })
    expect(fromEnglish.headers.get('location')).toBe('/cy/ballots')

    const english = await createUser(t.db)
    await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, english.id))
    const fromWelsh = await callRoute(login.action, { path: '/cy/login', form: { email: english.email, password: english.password, redirectTo: '/cy/ballots' } })
    // A full address: a plain path answered to a Welsh page would be kept in Welsh.
    expect(fromWelsh.headers.get('location')).toBe(`${siteOrigin()}/ballots`)
    expect(await localeOf(english.id)).toBe('en')
  })

  it('the account page saves the language chosen and says so in it', async () => {
    const user = await createUser(t.db)
    const session = await createSession(t.db, { userId: user.id })
    const cookie = await sessionCookieHeader(session.id)
    const res = await callRoute(account.action, { path: '/account', cookie, form: { intent: 'save-language', locale: 'cy' } })
    const flash = await flashOf(res)
    expect(flash?.location).toBe('/cy/account#language')
    expect(translate('cy', flash!.message, flash!.values)).toBe("Mae eich dewis iaith wedi'i gadw. Bydd tudalennau a negeseuon e-bost Chorus yn Gymraeg.")
    expect(await localeOf(user.id)).toBe('cy')

    const page = await callRoute(account.loader, { path: '/cy/account', cookie })
    expect((page.body as { user: { locale: string } }).user.locale).toBe('cy')

    const refused = await callRoute(account.action, { path: '/cy/account', cookie, form: { intent: 'save-language', locale: 'fr' } })
    expect(refused.status).toBe(400)
    // Beside the field, shown in the page's language.
    expect(translate('cy', errorsOf(refused.body).locale![0])).toBe('Dewiswch Gymraeg neu English.')
    expect(await localeOf(user.id)).toBe('cy')
  })

  it('a Welsh account page gives its other messages in Welsh', async () => {
    const user = await createUser(t.db)
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: user.id })).id)
    const saved = await callRoute(account.action, { path: '/cy/account', cookie, form: { intent: 'save-email-preferences', topics: 'ballots' } })
    const flash = await flashOf(saved)
    expect(translate('cy', flash!.message, flash!.values)).toBe("Mae eich dewisiadau e-bost wedi'u cadw.")
    const gone = await callRoute(account.action, { path: '/cy/account', cookie, form: { intent: 'sign-out-session', session: 'no-such-device' } })
    expect(gone.status).toBe(404)
    expect(errorsOf(gone.body)['']).toEqual(["Mae'r ddyfais honno wedi'i hallgofnodi'n barod."])
  })

  it('signing up on a Welsh page records Welsh', async () => {
    const email = `cymraeg-${Date.now()}@example.test`
    const res = await callRoute(signup.action, { path: '/cy/signup', form: { name: 'Siân Prys', email, password: 'correct horse battery staple' } })
    expect(res.status).toBe(200)
    const [user] = await t.db.select().from(users).where(eq(users.email, email))
    expect(user.locale).toBe('cy')
  })

  it('joining on a Welsh page records Welsh, pays on Stripe in British English (it has no Welsh) and comes back to the Welsh page', async () => {
    const create = vi.spyOn(getStripe().checkout.sessions, 'create')
    const form = joinForm({ email: `ymuno-${Date.now()}@example.test` })
    const res = await callRoute(join.action, { path: '/cy/join', form })
    expect(res.status).toBe(302)
    const [user] = await t.db.select().from(users).where(eq(users.email, form.email))
    expect(user.locale).toBe('cy')
    const params = create.mock.calls.at(-1)![0]!
    expect(params.locale).toBe('en-GB')
    expect(params.success_url).toBe(`${siteOrigin()}/cy/join/complete?session_id={CHECKOUT_SESSION_ID}`)
    expect(params.cancel_url).toBe(`${siteOrigin()}/cy/join/complete?cancelled=1`)
    create.mockRestore()
  })

  it('joining on an English page pays in British English too and comes back to the English page', async () => {
    const create = vi.spyOn(getStripe().checkout.sessions, 'create')
    await callRoute(join.action, { path: '/join', form: joinForm({ email: `join-en-${Date.now()}@example.test` }) })
    const params = create.mock.calls.at(-1)![0]!
    expect(params.locale).toBe('en-GB')
    expect(params.success_url).toBe(`${siteOrigin()}/join/complete?session_id={CHECKOUT_SESSION_ID}`)
    create.mockRestore()
  })

  it('a Welsh join form whose email has an account is told so in Welsh, on the email field', async () => {
    const existing = await createUser(t.db)
    const res = await callRoute(join.action, { path: '/cy/join', form: joinForm({ email: existing.email }) })
    expect(res.status).toBe(409)
    expect(errorsOf(res.body).email?.[0]).toBe("Mae cyfrif gyda'r cyfeiriad e-bost hwn yn bodoli'n barod. Mewngofnodwch, neu ailosodwch eich cyfrinair os ydych wedi'i anghofio.")
  })

  it('a Welsh join form’s rule broken in the browser shows in Welsh (the message id has Welsh)', async () => {
    const res = await callRoute(join.action, { path: '/cy/join', form: joinForm({ email: `bad-${Date.now()}@example.test`, regulator: 'scw', registrationNumber: 'ABC' }) })
    expect(res.status).toBe(400)
    const message = errorsOf(res.body).registrationNumber![0]
    expect(translate('cy', message)).toBe('Rhowch eich rhif cofrestru gyda Gofal Cymdeithasol Cymru: hyd at 7 digid, fel 1012345')
  })
})
