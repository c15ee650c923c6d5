import { describe, expect, it } from 'vitest'
import { withdrawBriefing } from '../../app/domain/press/briefings.server.ts'
import { onPublicBriefingsForgotten } from '../../app/domain/press/public-page-cache.server.ts'
import * as briefingPage from '../../app/routes/press.$slug.tsx'
import { briefings } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createJournalist, sendBriefing } from '../helpers/press.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

type Page = { view: string; article: unknown; notice: string | null; embargo: { name?: string } | null }

describe('a lifted briefing read by many at once', () => {
  const t = useTestDb()

  async function slugOf(id: string) {
    const rows = await t.db.select({ id: briefings.id, slug: briefings.slug }).from(briefings)
    return rows.find((r) => r.id === id)!.slug
  }

  it('a withdrawal shows to the next anonymous reader at once, though readers just before shared one copy', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const id = await sendBriefing(t.db, { officerId: officer.id })
    const slug = await slugOf(id)
    for (let i = 0; i < 3; i++) expect(((await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug } })).body as Page).view).toBe('public')

    let serverCopiesCleared = 0
    onPublicBriefingsForgotten(() => serverCopiesCleared++)
    await withdrawBriefing(t.db, { actorId: officer.id, briefingId: id, notice: 'Withdrawn: the figures were wrong.', now: new Date() })
    expect(serverCopiesCleared).toBeGreaterThan(0)
    const after = (await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug } })).body as Page
    expect(after).toMatchObject({ view: 'withdrawn', article: null, notice: 'Withdrawn: the figures were wrong.' })
  })

  it('never hands an embargoed briefing to a visitor, and never a visitor’s copy to a signed-in journalist', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const id = await sendBriefing(t.db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 3_600_000) })
    const slug = await slugOf(id)
    const journalist = await createJournalist(t.db, { status: 'approved', outlet: 'The Eastbrook Courier' })
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: journalist.id })).id)

    for (let i = 0; i < 2; i++) expect((await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug } })).status).toBe(404)
    const read = (await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug }, cookie })).body as Page
    expect(read).toMatchObject({ view: 'embargoed', embargo: expect.objectContaining({ name: journalist.name }) })
    expect((await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug } })).status).toBe(404)
  })
})
