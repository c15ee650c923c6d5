import { describe, expect, it, vi } from 'vitest'

const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
vi.mock('@remix-run/react', page.mockRemixHooks)

import { replyProblems, type FormReply } from '../../app/components/forms.tsx'
import { translate } from '../../app/i18n/translate.ts'
import type { Locale } from '../../app/i18n/locale.ts'
import * as twoFactor from '../../app/routes/account.two-factor.tsx'
import * as login from '../../app/routes/login.tsx'
import * as loginCode from '../../app/routes/login_.code.tsx'
import { auditLog, passkeys, sessions, totpCredentials } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, createUser, signedInAs } from '../helpers/routes.ts'

/** Text as React writes it into HTML. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const shownAs = (locale: Locale, message: string) => escaped(translate(locale, message))
const summaryOf = (html: string) => html.match(/<div[^>]*class="error-summary"[\s\S]*?<\/ul><\/div>/)?.[0] ?? ''
type Reply = { error: Record<string, string[]> }

/**
 * The two second-factor pages answer a refused form in the one reply shape: the page's error
 * summary says it (a field's problem also beside the field), in the page's language, whether it
 * came from the code form or from the passkey button's answer.
 */
describe('second-factor pages, refused', () => {
  const t = useTestDb()

  async function refusedPage(module: typeof twoFactor | typeof loginCode, path: string, cookie: string, form: Record<string, string>, locale: Locale) {
    const refused = await callRoute(module.action, { path, cookie, form })
    const shown = await callRoute(module.loader, { path, cookie })
    expect(shown.status).toBe(200)
    return { refused, html: page.renderPage(module.default, { path, data: shown.body, action: refused.body, locale }) }
  }

  it('setting up the app: a wrong or malformed code is said beside the code and in the summary, in English and in Welsh', async () => {
    const member = await signedInAs(t.db, 'member')
    // The page, opened, starts the setting up (a new app secret).
    expect((await callRoute(twoFactor.loader, { path: '/account/two-factor', cookie: member.cookie })).status).toBe(200)
    for (const [path, locale] of [
      ['/account/two-factor', 'en'],
      ['/cy/account/two-factor', 'cy'],
    ] as const) {
      const wrong = await refusedPage(twoFactor, path, member.cookie, { intent: 'confirm', code: '000000' }, locale)
      expect(wrong.refused.status).toBe(400)
      const message = 'That code is not right. Check the app shows Chorus and enter the 6-digit code it shows now.'
      expect((wrong.refused.body as Reply).error.code).toEqual([translate(locale, message)])
      expect(JSON.stringify(wrong.refused.body)).not.toContain('000000')
      expect(summaryOf(wrong.html)).toContain(`<a href="#field-code">${shownAs(locale, message)}</a>`)
      expect(wrong.html).toMatch(/<p class="error-message" id="field-code-error">/)
      expect(wrong.html).toContain('aria-invalid="true"')

      const malformed = await refusedPage(twoFactor, path, member.cookie, { intent: 'confirm', code: 'abc' }, locale)
      expect(malformed.refused.status).toBe(400)
      expect(summaryOf(malformed.html)).toContain(`<a href="#field-code">${shownAs(locale, 'Enter the 6-digit code your app shows, without spaces')}</a>`)
    }
    expect(await t.db.$count(totpCredentials)).toBe(1)
    const [credential] = await t.db.select().from(totpCredentials)
    expect(credential.confirmedAt).toBeNull()
  })

  it('the two-step page with the app on: a passkey refused is said in the summary, a name too long beside the name too', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const garbled = await refusedPage(twoFactor, '/cy/account/two-factor', officer.cookie, { intent: 'passkey', name: 'Phone', response: 'not-json' }, 'cy')
    expect(garbled.refused.status).toBe(400)
    expect(summaryOf(garbled.html)).toContain(`<li>${shownAs('cy', 'Your device did not send a passkey. Try again.')}</li>`)

    const long = await refusedPage(twoFactor, '/account/two-factor', officer.cookie, { intent: 'passkey', name: 'x'.repeat(61), response: '{}' }, 'en')
    expect(summaryOf(long.html)).toContain('<a href="#passkey-name">Passkey name must be 60 characters or fewer</a>')
    expect(long.html).toContain('id="passkey-name-error"')

    // The options the button asks for: refused in the reply shape too, which the button says beside itself.
    const member = await signedInAs(t.db, 'member')
    const options = await callRoute(twoFactor.action, { path: '/cy/account/two-factor', cookie: member.cookie, form: { intent: 'passkey-options' } })
    expect(options.status).toBe(409)
    expect(replyProblems(options.body as FormReply)).toEqual([translate('cy', 'Set up two-step verification with an authenticator app first. A passkey is added beside it.')])
    expect(await t.db.$count(passkeys)).toBe(0)
  })

  it('signing in: a passkey answer that is garbled or not accepted is said in the summary, in English and in Welsh, and signs nobody in', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const password = await callRoute(login.action, { path: '/login', form: { email: officer.email, password: officer.password } })
    const challenge = password.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('chorus_sign_in=') && c.length > 'chorus_sign_in='.length)!
    const sessionsBefore = await t.db.$count(sessions)
    for (const [path, locale] of [
      ['/login/code', 'en'],
      ['/cy/login/code', 'cy'],
    ] as const) {
      const garbled = await refusedPage(loginCode, path, challenge, { intent: 'passkey', response: 'not-json' }, locale)
      expect(garbled.refused.status).toBe(400)
      expect(JSON.stringify(garbled.refused.body)).not.toContain('not-json')
      expect(summaryOf(garbled.html)).toContain(`<li>${shownAs(locale, 'Your device did not send a passkey. Try again, or enter the code from your authenticator app.')}</li>`)

      const refused = await refusedPage(loginCode, path, challenge, { intent: 'passkey', response: '{"id":"not-a-passkey"}' }, locale)
      expect(refused.refused.status).toBe(400)
      expect(summaryOf(refused.html)).toContain(`<li>${shownAs(locale, 'That passkey was not accepted. Try again, or enter the code from your authenticator app.')}</li>`)
    }
    const options = await callRoute(loginCode.action, { path: '/login/code', cookie: challenge, form: { intent: 'passkey-options' } })
    expect(options.status).toBe(409)
    expect(replyProblems(options.body as FormReply)).toEqual(['This account has no passkey. Enter the code from your authenticator app.'])
    expect(await t.db.$count(sessions)).toBe(sessionsBefore)
    expect(await t.db.$count(auditLog)).toBe(0)
  })
})
