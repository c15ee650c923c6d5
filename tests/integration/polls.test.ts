import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { closePoll, closePollNow, createPoll, getPoll, getPollStanding, pollTally, publishPollResults, respondToPoll, sendPoll } from '../../app/domain/polls/polls.server.ts'
import { setPracticeArea } from '../../app/domain/membership/practice-area.server.ts'
import { auditLog, memberships, outboxJobs, outboxRecipients, pollAudience, pollResponses, polls, pollUrn } from '../../db/schema/index.ts'
import type { Db } from '../../db/client.server.ts'
import { seedDemoPolls } from '../../db/demo-polls.ts'
import { useTestDb } from '../helpers/db.ts'
import { deliverToMailbox, englishPart } from '../helpers/mail.ts'
import { createMember } from '../helpers/members.ts'
import { createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const later = (hours: number) => new Date(Date.now() + hours * 3_600_000)

const QUESTIONS = [
  { kind: 'agree5' as const, wording: 'My caseload is safe' },
  { kind: 'multiple' as const, wording: 'What would help most?', options: ['Fewer cases', 'More supervision', 'Less paperwork'] },
  { kind: 'free_text' as const, wording: 'Anything else?' },
]

async function pollFor(db: Db, scope: { nations?: string[]; practiceAreas?: string[] } = {}) {
  const officer = await createUser(db, { role: 'officer' })
  const poll = await createPoll(db, { actorId: officer.id, title: 'Caseloads this winter', questions: QUESTIONS, durationHours: 4, ...scope })
  return { officer, poll }
}

async function auditActions(db: Db, pollId: string) {
  const rows = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, pollId))
  return rows.map((r) => r.action).sort()
}

describe('pulse polls', () => {
  const t = useTestDb()

  it('runs from draft to published: sent to the audience by email, answered, closed into anonymous responses, published', async () => {
    const members = [await createMember(t.db), await createMember(t.db), await createMember(t.db)]
    await setPracticeArea(t.db, { userId: members[0].user.id, practiceArea: 'mental_health_amhp' })
    const { officer, poll } = await pollFor(t.db)
    const opened = await sendPoll(t.db, { pollId: poll.id, actorId: officer.id, baseUrl: BASE })
    expect(opened.status).toBe('open')
    expect(opened.closesAt!.getTime() - opened.opensAt!.getTime()).toBe(4 * 3_600_000)
    expect(opened.audienceCount).toBeGreaterThanOrEqual(3)

    const mail = await deliverToMailbox(t.db)
    const invitation = mail.find((m) => m.to === members[0].user.email)!
    expect(englishPart(invitation.subject)).toBe('Quick poll: Caseloads this winter')
    expect(invitation.text).toContain(`${BASE}/polls/${poll.id}/answer?q1=strongly_agree`)
    expect(invitation.text).toContain('My caseload is safe')

    await respondToPoll(t.db, { pollId: poll.id, userId: members[0].user.id, answers: { '1': 'agree', '2': ['a', 'c'], '3': 'Too many cases.' } })
    await respondToPoll(t.db, { pollId: poll.id, userId: members[1].user.id, answers: { '1': 'disagree', '2': 'b' } })
    expect(await getPollStanding(t.db, poll.id, members[0].user.id)).toEqual({ inAudience: true, responded: true })
    expect(await getPollStanding(t.db, poll.id, members[2].user.id)).toEqual({ inAudience: true, responded: false })

    // Officers see the counts live, before close.
    const live = await pollTally(t.db, (await getPoll(t.db, poll.id))!)
    expect(live.responses).toBe(2)
    expect(live.tally[0]).toMatchObject({ questionId: 1, n: 2, byNation: { england: { agree: 1, disagree: 1 } }, byPracticeArea: { mental_health_amhp: { agree: 1, disagree: 0 } } })
    expect(live.tally[0].options.find((o) => o.id === 'agree')?.count).toBe(1)
    expect(live.tally[1].options.map((o) => o.count)).toEqual([1, 1, 1])
    expect(live.tally[2]).toMatchObject({ n: 1, texts: ['Too many cases.'] })

    await expect(publishPollResults(t.db, { pollId: poll.id, actorId: officer.id })).rejects.toThrow(/once the poll has closed/)
    const closed = await closePoll(t.db, { pollId: poll.id, now: later(5) })
    expect(closed).toMatchObject({ status: 'closed', respondedCount: 2, responsesCount: 2 })
    expect(await t.db.$count(pollUrn, eq(pollUrn.pollId, poll.id))).toBe(0)
    const responses = await t.db.select().from(pollResponses).where(eq(pollResponses.pollId, poll.id))
    expect(responses.map((r) => r.answers['1']).sort()).toEqual(['agree', 'disagree'])
    await expect(respondToPoll(t.db, { pollId: poll.id, userId: members[2].user.id, answers: { '1': 'agree', '2': 'a' } })).rejects.toThrow(/has closed/)

    const published = await publishPollResults(t.db, { pollId: poll.id, actorId: officer.id, now: later(6) })
    expect(published.status).toBe('published')
    expect((await pollTally(t.db, published)).tally[0].options.find((o) => o.id === 'disagree')?.count).toBe(1)
    expect(await auditActions(t.db, poll.id)).toEqual(['poll.close', 'poll.create', 'poll.publish', 'poll.send'])
  })

  it('takes one response per member: a second answer is refused and changes nothing', async () => {
    const member = await createMember(t.db)
    const { officer, poll } = await pollFor(t.db)
    await sendPoll(t.db, { pollId: poll.id, actorId: officer.id, baseUrl: BASE })
    await respondToPoll(t.db, { pollId: poll.id, userId: member.user.id, answers: { '1': 'agree', '2': 'a' } })
    await expect(respondToPoll(t.db, { pollId: poll.id, userId: member.user.id, answers: { '1': 'disagree', '2': 'b' } })).rejects.toThrow(/already answered/)
    expect(await t.db.$count(pollUrn, eq(pollUrn.pollId, poll.id))).toBe(1)
  })

  it('asks only the audience in scope, frozen when sent: others are refused, and a member who joins later is not asked', async () => {
    const inEngland = await createMember(t.db)
    const inWales = await createMember(t.db)
    await t.db.update(memberships).set({ nation: 'wales', branch: 'North Wales' }).where(eq(memberships.id, inWales.membership.id))
    const lapsed = await createMember(t.db, { status: 'lapsed' })
    const { officer, poll } = await pollFor(t.db, { nations: ['england'] })
    await sendPoll(t.db, { pollId: poll.id, actorId: officer.id, baseUrl: BASE })
    const latecomer = await createMember(t.db)
    const answers = { '1': 'agree', '2': 'a' }
    for (const who of [inWales, lapsed, latecomer]) {
      await expect(respondToPoll(t.db, { pollId: poll.id, userId: who.user.id, answers })).rejects.toThrow(/you are not in it/)
    }
    await expect(respondToPoll(t.db, { pollId: poll.id, userId: (await createUser(t.db)).id, answers })).rejects.toThrow(/you are not in it/)
    await respondToPoll(t.db, { pollId: poll.id, userId: inEngland.user.id, answers })
    expect(await t.db.$count(pollUrn, eq(pollUrn.pollId, poll.id))).toBe(1)
    const invited = await t.db
      .select({ email: outboxRecipients.email })
      .from(outboxRecipients)
      .innerJoin(outboxJobs, eq(outboxJobs.id, outboxRecipients.jobId))
      .where(eq(outboxJobs.template, 'poll-invitation'))
    expect(invited.map((r) => r.email)).toContain(inEngland.user.email)
    expect(invited.map((r) => r.email)).not.toContain(inWales.user.email)
    expect(invited.map((r) => r.email)).not.toContain(latecomer.user.email)
  })

  it('limits the audience to the chosen practice areas; members who have not said theirs are not asked', async () => {
    const amhp = await createMember(t.db)
    const unsaid = await createMember(t.db)
    await setPracticeArea(t.db, { userId: amhp.user.id, practiceArea: 'mental_health_amhp' })
    const { officer, poll } = await pollFor(t.db, { practiceAreas: ['mental_health_amhp'] })
    const sent = await sendPoll(t.db, { pollId: poll.id, actorId: officer.id, baseUrl: BASE })
    expect(sent.audienceCount).toBe(1)
    const asked = await t.db
      .select()
      .from(pollAudience)
      .where(and(eq(pollAudience.pollId, poll.id), eq(pollAudience.membershipId, unsaid.membership.id)))
    expect(asked).toHaveLength(0)
  })

  it('refuses answers that do not fit the questions, recording nothing', async () => {
    const member = await createMember(t.db)
    const { officer, poll } = await pollFor(t.db)
    await sendPoll(t.db, { pollId: poll.id, actorId: officer.id, baseUrl: BASE })
    for (const answers of [{ '2': 'a' }, { '1': 'sort of', '2': 'a' }, { '1': ['agree', 'disagree'], '2': 'a' }, { '1': 'agree', '2': 'z' }, { '1': 'agree', '2': 'a', '3': 'x'.repeat(501) }]) {
      await expect(respondToPoll(t.db, { pollId: poll.id, userId: member.user.id, answers })).rejects.toThrow(/question/)
    }
    expect(await getPollStanding(t.db, poll.id, member.user.id)).toEqual({ inAudience: true, responded: false })
  })

  it('refuses a poll without questions, with six, or with a single option, saving nothing', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const base = { actorId: officer.id, title: 'Caseloads', durationHours: 4 }
    await expect(createPoll(t.db, { ...base, questions: [] })).rejects.toThrow(/between 1 and 5/)
    await expect(createPoll(t.db, { ...base, questions: Array(6).fill(QUESTIONS[0]) })).rejects.toThrow(/between 1 and 5/)
    await expect(createPoll(t.db, { ...base, questions: [{ kind: 'single', wording: 'Yes?', options: ['Yes'] }] })).rejects.toThrow(/between 2 and 8 options/)
    await expect(createPoll(t.db, { ...base, durationHours: 5, questions: [QUESTIONS[0]] })).rejects.toThrow(/how long/)
    expect(await t.db.$count(polls, eq(polls.createdBy, officer.id))).toBe(0)
  })

  it('seeds a published demo poll whose results a newcomer can read, once', async () => {
    await seedDemoPolls(t.db)
    await seedDemoPolls(t.db)
    const demo = await t.db.select().from(polls).where(eq(polls.title, 'Caseloads this winter'))
    expect(demo).toHaveLength(1)
    expect(demo[0].status).toBe('published')
    const { tally, responses } = await pollTally(t.db, demo[0])
    expect(responses).toBe(312)
    expect(tally[0].options.reduce((sum, o) => sum + o.count, 0)).toBe(312)
    expect(Object.values(tally[0].nByNation).reduce((a, b) => a + b, 0)).toBe(312)
    // Most say their caseload is not safe, as the demo story goes.
    const disagree = tally[0].options.filter((o) => o.id.includes('disagree')).reduce((sum, o) => sum + o.count, 0)
    expect(disagree / 312).toBeGreaterThan(0.5)
  })
  it('an officer closes a poll early: answers already given are kept, none is taken after, and it is audited', async () => {
    const members = [await createMember(t.db), await createMember(t.db)]
    const { officer, poll } = await pollFor(t.db)
    await sendPoll(t.db, { pollId: poll.id, actorId: officer.id, baseUrl: BASE })
    await respondToPoll(t.db, { pollId: poll.id, userId: members[0].user.id, answers: { '1': 'agree', '2': 'a' } })

    const closed = await closePollNow(t.db, { pollId: poll.id, actorId: officer.id })
    expect(closed).toMatchObject({ status: 'closed', responsesCount: 1 })
    expect(await t.db.$count(pollResponses, eq(pollResponses.pollId, poll.id))).toBe(1)
    await expect(respondToPoll(t.db, { pollId: poll.id, userId: members[1].user.id, answers: { '1': 'disagree', '2': 'b' } })).rejects.toThrow()
    expect(await t.db.$count(pollResponses, eq(pollResponses.pollId, poll.id))).toBe(1)
    expect(await auditActions(t.db, poll.id)).toContain('poll.close_early')
    await expect(closePollNow(t.db, { pollId: poll.id, actorId: officer.id })).rejects.toThrow(/Only an open poll/)
    await publishPollResults(t.db, { pollId: poll.id, actorId: officer.id })
  })
})
