import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { advanceBallots, castVote } from '../../app/domain/voting/ballots.server.ts'
import { proposeMotion, scheduleMemberMotion } from '../../app/domain/voting/member-motions.server.ts'
import { toLondonLocal } from '../../app/utils/london-time.ts'
import * as motionPage from '../../app/routes/motions.$id.tsx'
import * as proposePage from '../../app/routes/motions.new.tsx'
import * as motionsList from '../../app/routes/motions._index.tsx'
import { ballots, memberMotions, tiers } from '../../db/schema/index.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import type { Db } from '../../db/client.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn } from '../helpers/elections.ts'
import { callRoute, signedInAs } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const cookieFor = async (db: Db, userId: string) => sessionCookieHeader((await createSession(db, { userId })).id)
const motionForm = {
  title: 'Welsh-language supervision',
  text: 'That Chorus Cymru asks every employer for supervision in Welsh on request.',
  rationale: 'Practice in Welsh needs supervision in Welsh, and members have asked for it.',
}
const messageOf = (body: unknown) => JSON.stringify(body)

describe('member motions scoped like ballots', () => {
  const t = useTestDb()

  it('a member in Wales proposes a motion for full members in Wales: the motion shows its scope, only members within it may support it, and its ballot goes to them alone', async () => {
    const proposer = await createMemberIn(t.db, 'wales')
    const welsh = await createMemberIn(t.db, 'wales', 'South East Wales')
    const english = await createMemberIn(t.db, 'england')
    const made = await callRoute(proposePage.action, {
      path: '/motions/new',
      cookie: await cookieFor(t.db, proposer.user.id),
      form: [...Object.entries(motionForm), ['scopeNations', 'wales'], ['scopeTiers', 'full']],
    })
    expect(made.status).toBe(303)
    const id = made.headers.get('location')!.split('/').at(-1)!
    const [motion] = await t.db.select().from(memberMotions).where(eq(memberMotions.id, id))
    expect(motion).toMatchObject({ scopeNations: ['wales'], scopeBranches: [], scopeTiers: ['full'] })

    const [full] = await t.db.select({ name: tiers.name }).from(tiers).where(eq(tiers.id, 'full'))
    const page = await callRoute(motionPage.loader, { path: `/motions/${id}`, params: { id } })
    expect(page.body).toMatchObject({ scope: { whole: false, words: `Members in Wales and on the ${full.name} tier` } })
    const list = (await callRoute(motionsList.loader, { path: '/motions' })).body as { motions: { id: string; scope: string | null }[] }
    expect(list.motions.find((m) => m.id === id)?.scope).toBe(`Members in Wales and on the ${full.name} tier`)
    const welshPage = await callRoute(motionPage.loader, { path: `/cy/motions/${id}`, params: { id } })
    expect((welshPage.body as { scope: { words: string } }).scope.words).toContain('Cymru')

    const refused = await callRoute(motionPage.action, { path: `/motions/${id}`, params: { id }, cookie: await cookieFor(t.db, english.user.id), form: { intent: 'second' } })
    expect(refused.status).toBe(403)
    expect(messageOf(refused.body)).toContain('This motion is only for members within its scope, and your membership is outside it.')
    const refusedCy = await callRoute(motionPage.action, { path: `/cy/motions/${id}`, params: { id }, cookie: await cookieFor(t.db, english.user.id), form: { intent: 'support' } })
    expect(messageOf(refusedCy.body)).toContain('mae eich aelodaeth y tu allan iddo')
    const seconded = await callRoute(motionPage.action, { path: `/motions/${id}`, params: { id }, cookie: await cookieFor(t.db, welsh.user.id), form: { intent: 'second' } })
    expect(seconded.status).toBe(303)
    expect((await t.db.select().from(memberMotions).where(eq(memberMotions.id, id)))[0]).toMatchObject({ supportCount: 2 })

    // Reached its support: an officer puts it to a ballot, which keeps the motion's scope.
    await t.db.update(memberMotions).set({ status: 'awaiting_officers' }).where(eq(memberMotions.id, id))
    const officer = await signedInAs(t.db, 'officer')
    expect(
      await scheduleMemberMotion(t.db, {
        officerId: officer.user.id,
        motionId: id,
        opensAt: new Date(Date.now() - 60_000),
        closesAt: new Date(Date.now() + 86_400_000),
        threshold: 'simple',
        scope: { nations: ['england'], branches: [], tiers: [] },
      }).catch((e) => e),
    ).toMatchObject({ code: 'invalid_input', message: 'This motion was proposed for chosen members; its ballot goes to exactly those members.' })
    const officerPage = await callRoute(motionPage.loader, { path: `/motions/${id}`, params: { id }, cookie: officer.cookie })
    expect(officerPage.body).toMatchObject({ officer: true, scope: { whole: false } })
    const scheduled = await callRoute(motionPage.action, {
      path: `/motions/${id}`,
      params: { id },
      cookie: officer.cookie,
      form: { intent: 'schedule', opensAt: toLondonLocal(new Date(Date.now() - 60_000)), closesAt: toLondonLocal(new Date(Date.now() + 86_400_000)), threshold: 'simple' },
    })
    expect(scheduled.status).toBe(303)
    const [after] = await t.db.select().from(memberMotions).where(eq(memberMotions.id, id))
    await advanceBallots(t.db, { baseUrl: BASE })
    const [ballot] = await t.db.select().from(ballots).where(eq(ballots.id, after.ballotId!))
    expect(ballot).toMatchObject({ scopeNations: ['wales'], scopeTiers: ['full'], electorateCount: 2 })
    await castVote(t.db, { ballotId: ballot.id, userId: welsh.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })
    await expect(castVote(t.db, { ballotId: ballot.id, userId: english.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('scopes by branch, and refuses a scope the proposer is outside or cannot choose, with a message beside the field and nothing saved', async () => {
    const north = await createMemberIn(t.db, 'wales', 'North Wales')
    const south = await createMemberIn(t.db, 'wales', 'South East Wales')
    const motion = await proposeMotion(t.db, { userId: north.user.id, ...motionForm, scope: { nations: [], branches: ['North Wales'], tiers: [] } })
    const refused = await callRoute(motionPage.action, { path: `/motions/${motion.id}`, params: { id: motion.id }, cookie: await cookieFor(t.db, south.user.id), form: { intent: 'support' } })
    expect(refused.status).toBe(403)
    expect((await callRoute(motionPage.loader, { path: `/motions/${motion.id}`, params: { id: motion.id } })).body).toMatchObject({ scope: { words: 'Members in the North Wales branch' } })

    const cookie = await cookieFor(t.db, south.user.id)
    const before = await t.db.select().from(memberMotions)
    const outside = await callRoute(proposePage.action, { path: '/motions/new', cookie, form: [...Object.entries(motionForm), ['scopeNations', 'scotland']] })
    expect(outside.status).toBe(400)
    expect((outside.body as { error: Record<string, string[]> }).error.scopeNations).toEqual([
      'Your own membership must be within the members you choose: you can propose a motion only for members you are among.',
    ])
    const unknownTier = await callRoute(proposePage.action, { path: '/motions/new', cookie, form: [...Object.entries(motionForm), ['scopeTiers', 'platinum']] })
    expect((unknownTier.body as { error: Record<string, string[]> }).error.scopeTiers).toEqual(['Choose tiers from the list'])
    const badNation = await callRoute(proposePage.action, { path: '/motions/new', cookie, form: [...Object.entries(motionForm), ['scopeNations', 'atlantis']] })
    expect(badNation.status).toBe(400)
    expect(await t.db.select().from(memberMotions)).toHaveLength(before.length)

    // With no scope chosen, a motion is for the whole membership, and an officer may still choose one when putting it to a ballot.
    const whole = await callRoute(proposePage.action, { path: '/motions/new', cookie, form: motionForm })
    const id = whole.headers.get('location')!.split('/').at(-1)!
    expect((await callRoute(motionPage.loader, { path: `/motions/${id}`, params: { id } })).body).toMatchObject({ scope: { whole: true, words: 'The whole membership' } })
    await t.db.update(memberMotions).set({ status: 'awaiting_officers' }).where(eq(memberMotions.id, id))
    const officer = await signedInAs(t.db, 'officer')
    await callRoute(motionPage.action, {
      path: `/motions/${id}`,
      params: { id },
      cookie: officer.cookie,
      form: [
        ['intent', 'schedule'],
        ['opensAt', toLondonLocal(new Date(Date.now() + 3_600_000))],
        ['closesAt', toLondonLocal(new Date(Date.now() + 86_400_000))],
        ['scopeBranches', 'North Wales'],
        ['scopeTiers', 'full'],
      ],
    })
    const [after] = await t.db.select().from(memberMotions).where(eq(memberMotions.id, id))
    const [ballot] = await t.db.select().from(ballots).where(eq(ballots.id, after.ballotId!))
    expect(ballot).toMatchObject({ scopeNations: [], scopeBranches: ['North Wales'], scopeTiers: ['full'] })
  })
})
