import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { keepInWelsh } from '../../app/i18n/welsh-pages.server.ts'
import * as root from '../../app/root.tsx'
import * as sitemap from '../../app/routes/sitemap[.]xml.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { withPageCache } from '../../app/utils/page-cache.server.ts'
import { users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createStatement } from '../helpers/press.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

type RootData = { locale: string; suggestWelsh: { sentence: string; link: string } | null }

describe('Welsh pages', () => {
  const t = useTestDb()

  it('are Welsh by their address, and an English page offers Welsh to a browser that asks for it first, without sending it there', async () => {
    const welsh = (await callRoute(root.loader as never, { path: '/cy/press' })).body as RootData
    expect(welsh.locale).toBe('cy')
    expect(welsh.suggestWelsh).toBeNull()
    const asked = (await callRoute(root.loader as never, { path: '/press', headers: { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.8' } })).body as RootData
    expect(asked.locale).toBe('en')
    expect(asked.suggestWelsh).toEqual({ sentence: "Mae'r dudalen hon ar gael yn Gymraeg.", link: 'Darllenwch hi yn Gymraeg' })
    const english = (await callRoute(root.loader as never, { path: '/press', headers: { 'accept-language': 'en-GB,en;q=0.9,cy;q=0.5' } })).body as RootData
    expect(english.suggestWelsh).toBeNull()
  })

  it('offer Welsh to a signed-in member who chose it, whatever the browser says', async () => {
    const member = await createUser(t.db, { role: 'member' })
    await t.db.update(users).set({ locale: 'cy' }).where(eq(users.id, member.id))
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: member.id })).id)
    const page = (await callRoute(root.loader as never, { path: '/account', cookie, headers: { 'accept-language': 'en-GB' } })).body as RootData
    expect(page.suggestWelsh).not.toBeNull()
  })

  it('keep a redirect in Welsh when the app wrote a plain path, and leave other places alone', async () => {
    const answer = (location: string) => keepInWelsh(async () => new Response(null, { status: 303, headers: { Location: location } }))(new Request('http://localhost/cy/join'))
    expect((await answer('/account')).headers.get('location')).toBe('/cy/account')
    expect((await answer('/')).headers.get('location')).toBe('/cy')
    expect((await answer('/login?redirectTo=%2Fcy%2Faccount')).headers.get('location')).toBe('/cy/login?redirectTo=%2Fcy%2Faccount')
    expect((await answer('/cy/ballots')).headers.get('location')).toBe('/cy/ballots')
    expect((await answer('https://checkout.stripe.com/c/pay/x')).headers.get('location')).toBe('https://checkout.stripe.com/c/pay/x')
    expect((await answer('//elsewhere.example/x')).headers.get('location')).toBe('//elsewhere.example/x')
  })

  it('are shared by caches apart from the English pages offered to Welsh-first browsers', async () => {
    let made = 0
    const handler = withPageCache(async (request: Request) => {
      made++
      const offer = /^cy/.test(request.headers.get('accept-language') ?? '') ? 'offer' : 'none'
      return new Response(`<p>${offer}</p>`, { headers: { 'Content-Type': 'text/html', 'Cache-Control': 'public, max-age=0, s-maxage=5' } })
    })
    const get = (headers: Record<string, string>) => handler(new Request('http://localhost/press', { headers }), {}).then((r) => r.text())
    expect(await get({ 'accept-language': 'en-GB' })).toBe('<p>none</p>')
    expect(await get({ 'accept-language': 'cy' })).toBe('<p>offer</p>')
    expect(await get({ 'accept-language': 'en' })).toBe('<p>none</p>')
    expect(await get({ 'accept-language': 'cy-GB' })).toBe('<p>offer</p>')
  })

  it('are in the sitemap beside their English twins, each naming both', async () => {
    await createStatement(t.db, { title: 'Caseloads must be capped' })
    const xml = (await callRoute(sitemap.loader as never, { path: '/sitemap.xml' })).body as string
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
    expect(locs).toContain('/press')
    expect(locs).toContain('/cy/press')
    expect(locs).toContain('/cy')
    const statement = locs.find((p) => p.startsWith('/statements/'))!
    expect(locs).toContain(`/cy${statement}`)
    const entry = xml.split('<url>').find((u) => u.includes(`/cy${statement}</loc>`))!
    expect(entry).toContain(`hreflang="en-GB" href="http://localhost:3000${statement}"`)
    expect(entry).toContain(`hreflang="cy" href="http://localhost:3000/cy${statement}"`)
  })
})
