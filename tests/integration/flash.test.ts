/**
 * A form that succeeds answers 303 with a one-off message: the next page shows it once, and a
 * refresh neither shows it again nor sends the form again.
 */
import { describe, expect, it } from 'vitest'
import * as officerVerifications from '../../app/routes/officer.verifications.tsx'
import { loader as rootLoader } from '../../app/root.tsx'
import { FLASH_COOKIE, redirectWithFlash } from '../../app/utils/flash.server.ts'
import { hasSession } from '../../app/utils/page-cache.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, flashOf, ORIGIN, signedInAs } from '../helpers/routes.ts'

const cookieOf = (response: Response | { headers: Headers }) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${FLASH_COOKIE}=`))!
    .split(';')[0]
const rootWith = (cookie: string) => rootLoader({ request: new Request(`${ORIGIN}/account`, { headers: { cookie } }), params: {}, context: {} })

describe('the message after a form', () => {
  const t = useTestDb()

  it('is shown once by the next page, which clears it', async () => {
    const response = await redirectWithFlash('/account', { message: 'Registration number saved.' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/account')
    const first = await rootWith(cookieOf(response))
    expect(first.data.flash).toEqual({ tone: 'success', message: 'Registration number saved.' })
    const cleared = new Headers(first.init?.headers).get('set-cookie') ?? ''
    expect(cleared).toMatch(new RegExp(`^${FLASH_COOKIE}=;.*Expires=Thu, 01 Jan 1970`))
    // Without the cookie (as the browser has it now) nothing is shown.
    expect((await rootWith('')).data.flash).toBeNull()
  })

  it('a forged or altered message shows nothing and is cleared', async () => {
    const genuine = cookieOf(await redirectWithFlash('/account', { message: 'Saved.' }))
    const [name, value] = genuine.split('=')
    const [payload, signature] = decodeURIComponent(value).split('.')
    const altered = Buffer.from(JSON.stringify({ __flash_flash__: { tone: 'success', message: 'Your account is closed. Call 0800…' } })).toString('base64')
    for (const cookie of [`${name}=${encodeURIComponent(`${altered}.${signature}`)}`, `${name}=${encodeURIComponent(payload)}`, `${name}=nonsense`]) {
      const root = await rootWith(cookie)
      expect(root.data.flash).toBeNull()
      expect(new Headers(root.init?.headers).get('set-cookie')).toMatch(new RegExp(`^${FLASH_COOKIE}=;`))
    }
  })

  it('keeps a reader with a waiting message off the shared copies of public pages', () => {
    expect(hasSession(new Request(ORIGIN, { headers: { cookie: `${FLASH_COOKIE}=x` } }))).toBe(true)
    expect(hasSession(new Request(ORIGIN, { headers: { cookie: 'theme=dark' } }))).toBe(false)
  })

  it('bad input stays on its page with a message: no redirect, no message for the next page', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const bad = await callRoute(officerVerifications.action, { path: '/officer/verifications', cookie: officer.cookie, form: { decision: 'verify' } })
    expect(bad.status).toBe(400)
    expect(await flashOf(bad)).toBeNull()
  })
})
