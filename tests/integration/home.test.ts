import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as home from '../../app/routes/_index.tsx'
import { withdrawBriefing } from '../../app/domain/press/briefings.server.ts'
import { advanceBallots, createBallot, scheduleBallot } from '../../app/domain/voting/ballots.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import type { Db } from '../../db/client.server.ts'
import { memberships, statements } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { BASE_URL, createStatement, sendBriefing } from '../helpers/press.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

const minutes = (n: number) => new Date(Date.now() + n * 60_000)

interface HomeData {
  briefings: { headline: string }[]
  statements: { title: string }[]
  nations: { nation: string; name: string; members: number }[]
  forYou: { ballots: { id: string; title: string }[]; consultations: { slug: string }[] } | null
}

async function cookieFor(db: Db, userId: string) {
  const session = await createSession(db, { userId })
  return sessionCookieHeader(session.id)
}

describe('the home page', () => {
  const t = useTestDb()

  it('shows lifted briefings and adopted statements, never one under embargo or withdrawn, and may be shared by caches until the next lift', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    await sendBriefing(t.db, { officerId: officer.id, fields: { headline: 'Chorus responds to the Eastbrook review' } })
    await sendBriefing(t.db, { officerId: officer.id, embargoUntil: minutes(60), fields: { headline: 'Embargoed: caseload figures' } })
    const withdrawn = await sendBriefing(t.db, { officerId: officer.id, fields: { headline: 'A briefing later withdrawn' } })
    await withdrawBriefing(t.db, { actorId: officer.id, briefingId: withdrawn, notice: 'Withdrawn: the figures were wrong.', now: new Date(), baseUrl: BASE_URL })
    await createStatement(t.db, { title: 'Caseloads must be capped' })
    const draft = await createStatement(t.db, { title: 'A draft not yet adopted' })
    await t.db.update(statements).set({ status: 'draft', adoptedAt: null }).where(eq(statements.id, draft.id))

    const page = await callRoute(home.loader as never, { path: '/' })
    const d = page.body as HomeData
    expect(d.briefings.map((b) => b.headline)).toEqual(['Chorus responds to the Eastbrook review'])
    expect(d.statements.map((s) => s.title)).toEqual(['Caseloads must be capped'])
    expect(d.forYou).toBeNull()
    const cacheControl = page.headers.get('cache-control')!
    expect(cacheControl).toMatch(/^public, /)
    expect(Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1])).toBeGreaterThan(0)
    expect(page.headers.get('vary')).toBe('Cookie, Accept-Language')
  })

  it('counts members in good standing by nation: verified and paid up (or within grace), not unverified, lapsed or unpaid', async () => {
    await createMember(t.db)
    await createMember(t.db)
    const scot = await createMember(t.db)
    await t.db.update(memberships).set({ nation: 'scotland', regulator: 'sssc' }).where(eq(memberships.id, scot.membership.id))
    const graced = await createMember(t.db, { status: 'past_due' })
    await t.db
      .update(memberships)
      .set({ nation: 'wales', regulator: 'scw', pastDueSince: new Date(Date.now() - 2 * 86_400_000) })
      .where(eq(memberships.id, graced.membership.id))
    const beyondGrace = await createMember(t.db, { status: 'past_due' })
    await t.db
      .update(memberships)
      .set({ nation: 'wales', pastDueSince: new Date(Date.now() - 60 * 86_400_000) })
      .where(eq(memberships.id, beyondGrace.membership.id))
    await createMember(t.db, { verified: false })
    await createMember(t.db, { status: 'lapsed' })
    await createMember(t.db, { status: 'pending_payment' })
    await createMember(t.db, { status: 'resigned' })

    const d = (await callRoute(home.loader as never, { path: '/' })).body as HomeData
    expect(d.nations.map((n) => [n.name, n.members])).toEqual([
      ['England', 2],
      ['Scotland', 1],
      ['Wales', 1],
      ['Northern Ireland', 0],
    ])
  })

  it('shows a signed-in member the open ballots they can vote in and open consultations, privately', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const voter = await createMember(t.db)
    const unverified = await createMember(t.db, { verified: false })
    const ballot = await createBallot(t.db, {
      actorId: officer.id,
      kind: 'motion',
      title: 'Motion: a national caseload limit',
      description: 'That Chorus campaigns for a limit.',
      opensAt: minutes(-1),
      closesAt: minutes(3 * 24 * 60),
    })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    await createBallot(t.db, { actorId: officer.id, kind: 'motion', title: 'A draft motion', description: 'Not scheduled.', opensAt: minutes(-1), closesAt: minutes(60) })
    await advanceBallots(t.db, { baseUrl: BASE_URL })
    const joinedLate = await createMember(t.db)
    const consulting = await createStatement(t.db, { title: 'Supervision for every social worker' })
    await t.db
      .update(statements)
      .set({ status: 'consultation', adoptedAt: null, consultationClosesAt: minutes(7 * 24 * 60) })
      .where(eq(statements.id, consulting.id))

    const mine = await callRoute(home.loader as never, { path: '/', cookie: await cookieFor(t.db, voter.user.id) })
    const d = mine.body as HomeData
    expect(d.forYou?.ballots.map((b) => b.title)).toEqual(['Motion: a national caseload limit'])
    expect(d.forYou?.consultations.map((c) => c.slug)).toEqual([consulting.slug])
    expect(mine.headers.get('cache-control')).toBe('private, no-store')

    for (const other of [unverified, joinedLate]) {
      const theirs = (await callRoute(home.loader as never, { path: '/', cookie: await cookieFor(t.db, other.user.id) })).body as HomeData
      expect(theirs.forYou?.ballots).toEqual([])
    }
  })
})
