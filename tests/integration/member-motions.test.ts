import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../app/domain/errors.ts'
import { advanceBallots, castVote } from '../../app/domain/voting/ballots.server.ts'
import { backMotion, declineMemberMotion, proposeMotion, scheduleMemberMotion } from '../../app/domain/voting/member-motions.server.ts'
import * as motionPage from '../../app/routes/motions.$id.tsx'
import { auditLog, ballots, memberMotions, outboxJobs } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, createUser, flashOf } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const rules = { supportThreshold: 4, responseDays: 28 }
const minutes = (n: number) => new Date(Date.now() + n * 60_000)
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as DomainError,
  )

describe('member motions', () => {
  const t = useTestDb()

  it('gathers a seconder and supporters, reaches the threshold, is scheduled by an officer and voted on', async () => {
    const [proposer, seconder, a, b, c] = await Promise.all(Array.from({ length: 5 }, () => createMember(t.db)))
    const unverified = await createMember(t.db, { verified: false })
    const officer = await createUser(t.db, { role: 'officer' })
    const motion = await proposeMotion(t.db, {
      userId: proposer.user.id,
      title: 'Protected supervision time',
      text: 'That Chorus campaigns for two hours of supervision a fortnight in every contract.',
      rationale: 'Supervision keeps children safe and social workers in the job.',
      rules,
    })

    expect(await errorOf(backMotion(t.db, { userId: proposer.user.id, motionId: motion.id, as: 'seconder', baseUrl: BASE, rules }))).toMatchObject({ code: 'conflict' })
    expect(await errorOf(backMotion(t.db, { userId: unverified.user.id, motionId: motion.id, as: 'supporter', baseUrl: BASE, rules }))).toMatchObject({ code: 'forbidden' })
    await backMotion(t.db, { userId: a.user.id, motionId: motion.id, as: 'supporter', baseUrl: BASE, rules })
    expect(await errorOf(backMotion(t.db, { userId: a.user.id, motionId: motion.id, as: 'supporter', baseUrl: BASE, rules }))).toMatchObject({ code: 'conflict' })
    const three = await backMotion(t.db, { userId: b.user.id, motionId: motion.id, as: 'supporter', baseUrl: BASE, rules })
    // Enough supporters but no seconder yet: officers are not called on.
    expect(three).toMatchObject({ supportCount: 3, status: 'gathering' })
    const reached = await backMotion(t.db, { userId: seconder.user.id, motionId: motion.id, as: 'seconder', baseUrl: BASE, rules })
    expect(reached).toMatchObject({ supportCount: 4, status: 'awaiting_officers' })
    expect(reached.respondBy!.getTime() - Date.now()).toBeGreaterThan(27 * 86_400_000)
    expect((await t.db.select().from(outboxJobs)).map((j) => j.template)).toContain('motion-needs-officers')
    expect(await errorOf(backMotion(t.db, { userId: c.user.id, motionId: motion.id, as: 'supporter', baseUrl: BASE, rules }))).toMatchObject({ code: 'invalid_state' })

    const ballot = await scheduleMemberMotion(t.db, { officerId: officer.id, motionId: motion.id, opensAt: minutes(-1), closesAt: minutes(3 * 24 * 60), threshold: 'simple' })
    expect(await errorOf(declineMemberMotion(t.db, { officerId: officer.id, motionId: motion.id, response: 'Too late: it is already scheduled for a ballot.' }))).toMatchObject({
      code: 'invalid_state',
    })
    for (const [voter, choice] of [
      [proposer, 'for'],
      [a, 'for'],
      [b, 'against'],
    ] as const) {
      await castVote(t.db, { ballotId: ballot.id, userId: voter.user.id, vote: { kind: 'motion', choice }, baseUrl: BASE })
    }
    await t.db
      .update(ballots)
      .set({ closesAt: minutes(-0.5) })
      .where(eq(ballots.id, ballot.id))
    await advanceBallots(t.db, { baseUrl: BASE })
    const [counted] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    expect(counted.result).toMatchObject({ for: 2, against: 1, passed: true })
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.subjectId, motion.id))).map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['motion.propose', 'motion.support', 'motion.second', 'motion.threshold_reached', 'motion.schedule']))
  })

  it('lets officers answer publicly instead, and refuses members acting as officers', async () => {
    const members = await Promise.all(Array.from({ length: 2 }, () => createMember(t.db)))
    const motion = await proposeMotion(t.db, {
      userId: members[0].user.id,
      title: 'Merge the branches',
      text: 'That Chorus merges its two Welsh branches into one.',
      rationale: 'Fewer meetings, more members at each one.',
      rules: { supportThreshold: 2, responseDays: 28 },
    })
    await backMotion(t.db, { userId: members[1].user.id, motionId: motion.id, as: 'seconder', baseUrl: BASE, rules })
    const { sessionCookieHeader } = await import('../../app/utils/session.server.ts')
    const { createSession } = await import('../../app/domain/auth/sessions.server.ts')
    const memberCookie = await sessionCookieHeader((await createSession(t.db, { userId: members[0].user.id })).id)
    const refused = await callRoute(motionPage.action, {
      path: `/motions/${motion.id}`,
      params: { id: motion.id },
      cookie: memberCookie,
      form: { intent: 'decline', response: 'I would rather decline it myself, thank you.' },
    })
    expect(refused.status).toBe(403)
    const officer = await createUser(t.db, { role: 'officer' })
    const officerCookie = await sessionCookieHeader((await createSession(t.db, { userId: officer.id })).id)
    const answered = await callRoute(motionPage.action, {
      path: `/motions/${motion.id}`,
      params: { id: motion.id },
      cookie: officerCookie,
      form: { intent: 'decline', response: 'Merged with the Wales branches motion already scheduled for March.' },
    })
    expect(await flashOf(answered)).toMatchObject({ tone: 'success' })
    const [row] = await t.db.select().from(memberMotions).where(eq(memberMotions.id, motion.id))
    expect(row).toMatchObject({ status: 'declined', response: 'Merged with the Wales branches motion already scheduled for March.' })
  })
  it('refuses an officer’s form with a time that does not exist, or is not a time, beside the field, and changes nothing', async () => {
    const members = await Promise.all(Array.from({ length: 2 }, () => createMember(t.db)))
    const motion = await proposeMotion(t.db, {
      userId: members[0].user.id,
      title: 'Caseload caps',
      text: 'That Chorus campaigns for a cap of 18 children per social worker.',
      rationale: 'Caseloads above that put children at risk.',
      rules: { supportThreshold: 2, responseDays: 28 },
    })
    await backMotion(t.db, { userId: members[1].user.id, motionId: motion.id, as: 'seconder', baseUrl: BASE, rules })
    const { sessionCookieHeader } = await import('../../app/utils/session.server.ts')
    const { createSession } = await import('../../app/domain/auth/sessions.server.ts')
    const officer = await createUser(t.db, { role: 'officer' })
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: officer.id })).id)
    const send = (form: Record<string, string>) => callRoute(motionPage.action, { path: `/motions/${motion.id}`, params: { id: motion.id }, cookie, form })

    // 01:30 on the last Sunday of March 2031 is skipped when the clocks go forward.
    const skipped = await send({ intent: 'schedule', opensAt: '2031-03-30T01:30', closesAt: '2031-04-06T09:00' })
    expect(skipped.status).toBe(400)
    const errors = (skipped.body as { error: Record<string, string[]> }).error
    expect(errors.opensAt[0]).toMatch(/^Clocks go forward at 01:00 on Sunday 30 March 2031, so 01:30 does not exist that day/)
    expect(errors.closesAt).toBeUndefined()
    const notATime = await send({ intent: 'schedule', opensAt: 'next Tuesday', closesAt: '2031-04-06T09:00' })
    expect(notATime.status).toBe(400)
    expect((notATime.body as { error: Record<string, string[]> }).error['']).toEqual(['Enter when voting opens and closes'])
    const tooShort = await send({ intent: 'decline', response: 'No.' })
    expect((tooShort.body as { error: Record<string, string[]> }).error.response).toEqual(['Explain publicly why it will not go to a ballot'])
    const tooLong = await send({ intent: 'decline', response: 'Not this year. '.repeat(201) })
    expect(tooLong.status).toBe(400)
    expect((tooLong.body as { error: Record<string, string[]> }).error.response).toEqual(['Keep your public answer to 3,000 characters or fewer'])
    const unknown = await send({ intent: 'withdraw' })
    expect(unknown.status).toBe(400)
    expect((unknown.body as { error: Record<string, string[]> }).error.intent).toEqual(['Choose what to do'])
    const [row] = await t.db.select().from(memberMotions).where(eq(memberMotions.id, motion.id))
    expect(row).toMatchObject({ status: 'awaiting_officers', ballotId: null, response: null })

    // The autumn hour that happens twice is read as the zone chosen for it.
    const scheduled = await send({ intent: 'schedule', opensAt: '2031-10-26T01:30', opensAtOffset: 'GMT', closesAt: '2031-11-02T09:00' })
    expect(scheduled.status).toBe(303)
    const [after] = await t.db.select().from(memberMotions).where(eq(memberMotions.id, motion.id))
    const [ballot] = await t.db.select().from(ballots).where(eq(ballots.id, after.ballotId!))
    expect(ballot.opensAt.toISOString()).toBe('2031-10-26T01:30:00.000Z')
  })
})
