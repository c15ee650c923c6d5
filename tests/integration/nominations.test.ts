import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../app/domain/errors.ts'
import { advanceBallots, castVote, createBallot, getBallot, getVoterStanding, listCandidates, scheduleBallot } from '../../app/domain/voting/ballots.server.ts'
import { countEligibleInScope } from '../../app/domain/voting/electorate.server.ts'
import {
  acceptNomination,
  closeNominations,
  decideNomination,
  nominateOther,
  nominateSelf,
  saveNominationStatement,
  supportNomination,
  withdrawNomination,
} from '../../app/domain/voting/nominations.server.ts'
import { auditLog, ballots, memberMotions, nominations, outboxJobs } from '../../db/schema/index.ts'
import { proposeMotion, scheduleMemberMotion } from '../../app/domain/voting/member-motions.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn, minutesFromNow, openCymruNominations } from '../helpers/elections.ts'
import { createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as DomainError,
  )
const later = (minutes: number) => minutesFromNow(minutes)

describe('scoped electorates', () => {
  const t = useTestDb()

  it('freezes only the members in scope, says about how many before opening, and refuses others', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const welsh = [await createMemberIn(t.db, 'wales'), await createMemberIn(t.db, 'wales', 'South East Wales')]
    const english = await createMemberIn(t.db, 'england')
    const scope = { nations: ['wales' as const], branches: [], tiers: [] }
    expect(await countEligibleInScope(t.db, scope)).toBe(2)
    expect(await countEligibleInScope(t.db, { ...scope, branches: ['north wales'] })).toBe(1)
    const ballot = await createBallot(t.db, {
      actorId: officer.id,
      kind: 'motion',
      title: 'Cymru: a Welsh-language workforce plan',
      description: 'That the Cymru committee asks for a plan.',
      opensAt: later(-1),
      closesAt: later(60),
      scope,
    })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    const scheduled = (await getBallot(t.db, ballot.id))!
    expect(await getVoterStanding(t.db, { ...scheduled, frozenAt: null }, english.user.id)).toMatchObject({ canVote: false })
    await advanceBallots(t.db, { baseUrl: BASE })
    const [frozen] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    expect(frozen.electorateCount).toBe(2)
    await castVote(t.db, { ballotId: ballot.id, userId: welsh[0].user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })
    expect(await errorOf(castVote(t.db, { ballotId: ballot.id, userId: english.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE }))).toMatchObject({ code: 'forbidden' })
  })

  it('puts a member motion to the members of chosen nations only', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const proposer = await createMemberIn(t.db, 'wales')
    await createMemberIn(t.db, 'england')
    const motion = await proposeMotion(t.db, {
      userId: proposer.user.id,
      title: 'Welsh-language supervision',
      text: 'That Chorus Cymru asks for supervision in Welsh on request.',
      rationale: 'Practice in Welsh needs supervision in Welsh.',
    })
    await t.db.update(memberMotions).set({ status: 'awaiting_officers' }).where(eq(memberMotions.id, motion.id))
    const ballot = await scheduleMemberMotion(t.db, {
      officerId: officer.id,
      motionId: motion.id,
      opensAt: later(-1),
      closesAt: later(60),
      threshold: 'simple',
      scope: { nations: ['wales'], branches: [], tiers: [] },
    })
    await advanceBallots(t.db, { baseUrl: BASE })
    const [frozen] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    expect(frozen).toMatchObject({ scopeNations: ['wales'], electorateCount: 1 })
  })
})

describe('nominations', () => {
  const t = useTestDb()

  it('takes nominations from Wales, gathers supporters, rejects one with a reason, and opens the ballot with the valid ones in surname order', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await openCymruNominations(t.db, officer.id)
    const [a, b, c, d] = await Promise.all(['wales', 'wales', 'wales', 'wales'].map(() => createMemberIn(t.db, 'wales')))
    const supporters = await Promise.all([1, 2, 3].map(() => createMemberIn(t.db, 'wales')))
    const english = await createMemberIn(t.db, 'england')

    const noms = [] as { id: string }[]
    for (const m of [a, b, c, d]) noms.push(await nominateSelf(t.db, { ballotId: ballot.id, userId: m.user.id }))
    expect(await errorOf(nominateSelf(t.db, { ballotId: ballot.id, userId: a.user.id }))).toMatchObject({ code: 'conflict' })
    expect(await errorOf(nominateSelf(t.db, { ballotId: ballot.id, userId: english.user.id }))).toMatchObject({ code: 'forbidden', values: { reason: expect.stringContaining('outside') } })

    // Supporters: from the electorate only, not oneself, once each, and no more than needed.
    expect(await errorOf(supportNomination(t.db, { nominationId: noms[0].id, userId: english.user.id }))).toMatchObject({ code: 'forbidden' })
    expect(await errorOf(supportNomination(t.db, { nominationId: noms[0].id, userId: a.user.id }))).toMatchObject({ code: 'forbidden', message: 'You cannot support your own nomination.' })
    for (const n of noms) {
      await supportNomination(t.db, { nominationId: n.id, userId: supporters[0].user.id })
      await supportNomination(t.db, { nominationId: n.id, userId: supporters[1].user.id })
    }
    expect(await errorOf(supportNomination(t.db, { nominationId: noms[0].id, userId: supporters[0].user.id }))).toMatchObject({ code: 'conflict' })
    expect(await errorOf(supportNomination(t.db, { nominationId: noms[0].id, userId: supporters[2].user.id }))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already has all the supporters'),
    })

    // Statements within the word limit.
    expect(await errorOf(saveNominationStatement(t.db, { nominationId: noms[0].id, userId: a.user.id, statement: 'word '.repeat(31) }))).toMatchObject({
      code: 'invalid_input',
      field: 'statement',
      values: { words: 31, limit: 30 },
    })
    expect(await errorOf(saveNominationStatement(t.db, { nominationId: noms[0].id, userId: b.user.id, statement: 'Not mine' }))).toMatchObject({ code: 'forbidden' })
    await saveNominationStatement(t.db, { nominationId: noms[0].id, userId: a.user.id, statement: 'I will fight for **well-being** and fair caseloads. <script>alert(1)</script>' })
    const [saved] = await t.db.select().from(nominations).where(eq(nominations.id, noms[0].id))
    expect(saved.statementHtml).toContain('<strong>well-being</strong>')
    expect(saved.statementHtml).not.toContain('<script')

    // The returning officer decides; another officer cannot.
    const other = await createUser(t.db, { role: 'officer' })
    expect(await errorOf(decideNomination(t.db, { nominationId: noms[0].id, actorId: other.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: BASE }))).toMatchObject({
      code: 'forbidden',
    })
    expect(await errorOf(decideNomination(t.db, { nominationId: noms[3].id, actorId: officer.id, actorRole: 'officer', decision: 'rejected', reason: ' ', baseUrl: BASE }))).toMatchObject({
      field: 'reason',
    })
    for (const n of noms.slice(0, 3)) await decideNomination(t.db, { nominationId: n.id, actorId: officer.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: BASE })
    await decideNomination(t.db, {
      nominationId: noms[3].id,
      actorId: officer.id,
      actorRole: 'officer',
      decision: 'rejected',
      reason: 'Your supporters are not on the register in Wales.',
      baseUrl: BASE,
    })
    await supportNomination(t.db, { nominationId: noms[3].id, userId: supporters[2].user.id }).catch(() => null)
    const mail = await t.db.select().from(outboxJobs).where(eq(outboxJobs.template, 'nomination-decision'))
    expect(mail).toHaveLength(4)
    expect(JSON.stringify(mail.map((m) => m.data))).toContain('Your supporters are not on the register in Wales.')
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, 'nomination.reject'))).length).toBe(1)

    // Three valid for three seats would be unopposed; a fourth valid one makes a contest.
    const e = await createMemberIn(t.db, 'wales')
    const fifth = await nominateSelf(t.db, { ballotId: ballot.id, userId: e.user.id })
    await supportNomination(t.db, { nominationId: fifth.id, userId: supporters[0].user.id })
    await supportNomination(t.db, { nominationId: fifth.id, userId: supporters[2].user.id })
    await decideNomination(t.db, { nominationId: fifth.id, actorId: officer.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: BASE })

    expect(await closeNominations(t.db, { ballotId: ballot.id })).toBeNull()
    expect(await closeNominations(t.db, { ballotId: ballot.id, now: later(61) })).toBe('ballot')
    expect(await errorOf(withdrawNomination(t.db, { nominationId: noms[1].id, userId: b.user.id, now: later(62) }))).toMatchObject({ code: 'invalid_state' })
    const candidates = await listCandidates(t.db, ballot.id)
    expect(candidates).toHaveLength(4)
    const names = candidates.map((c) => c.name.split(' ').at(-1)!.toLowerCase())
    expect(names).toEqual([...names].sort())
    expect(candidates.every((c) => c.userId)).toBe(true)

    // The ballot opens on schedule for Welsh members only.
    await advanceBallots(t.db, { baseUrl: BASE, now: later(121) })
    const [opened] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    // Four candidates, three supporters and the fifth nominee: the eight members in Wales, none in England.
    expect(opened.electorateCount).toBe(8)
  })

  it('elects unopposed when valid nominations are not more than the seats, with no ballot', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await openCymruNominations(t.db, officer.id, { supportersNeeded: 1 })
    const [a, b, s] = await Promise.all([1, 2, 3].map(() => createMemberIn(t.db, 'wales')))
    for (const m of [a, b]) {
      const n = await nominateSelf(t.db, { ballotId: ballot.id, userId: m.user.id })
      await supportNomination(t.db, { nominationId: n.id, userId: s.user.id })
      await decideNomination(t.db, { nominationId: n.id, actorId: officer.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: BASE })
    }
    await advanceBallots(t.db, { baseUrl: BASE, now: later(61) })
    const [done] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    expect(done.countedAt).not.toBeNull()
    expect(done.result).toMatchObject({ unopposed: true, seats: 3 })
    expect((done.result as { elected: string[] }).elected).toHaveLength(2)
    await advanceBallots(t.db, { baseUrl: BASE, now: later(121) })
    const [after] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    expect(after.frozenAt).toBeNull()
    expect(await errorOf(castVote(t.db, { ballotId: ballot.id, userId: s.user.id, vote: { kind: 'election', order: [0] }, baseUrl: BASE, now: later(130) }))).toMatchObject({ code: 'invalid_state' })
  })

  it('lets a member nominate another, who must accept, and lets a nominee withdraw', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await openCymruNominations(t.db, officer.id, { standMinYears: 2 })
    const nominator = await createMemberIn(t.db, 'wales')
    const nominee = await createMemberIn(t.db, 'wales', 'North Wales', { joinedAt: new Date('2019-01-01') })
    const newcomer = await createMemberIn(t.db, 'wales')
    expect(await errorOf(nominateSelf(t.db, { ballotId: ballot.id, userId: newcomer.user.id }))).toMatchObject({ code: 'forbidden', values: { years: 2 } })
    // Nobody learns whether an address is a member's: an unknown or ineligible one is answered like any other.
    expect(await nominateOther(t.db, { ballotId: ballot.id, userId: nominator.user.id, email: 'nobody@example.test', baseUrl: BASE })).toBeNull()
    expect(await nominateOther(t.db, { ballotId: ballot.id, userId: nominator.user.id, email: newcomer.user.email, baseUrl: BASE })).toBeNull()
    const n = (await nominateOther(t.db, { ballotId: ballot.id, userId: nominator.user.id, email: nominee.user.email.toUpperCase(), baseUrl: BASE }))!
    expect(n.status).toBe('awaiting_acceptance')
    expect(await t.db.select().from(outboxJobs).where(eq(outboxJobs.template, 'nomination-invitation'))).toHaveLength(1)
    expect(await errorOf(supportNomination(t.db, { nominationId: n.id, userId: newcomer.user.id }))).toMatchObject({ code: 'invalid_state' })
    expect(await errorOf(acceptNomination(t.db, { nominationId: n.id, userId: nominator.user.id }))).toMatchObject({ code: 'forbidden' })
    await acceptNomination(t.db, { nominationId: n.id, userId: nominee.user.id })
    await withdrawNomination(t.db, { nominationId: n.id, userId: nominee.user.id })
    const [row] = await t.db.select().from(nominations).where(eq(nominations.id, n.id))
    expect(row.status).toBe('withdrawn')
    expect(await errorOf(supportNomination(t.db, { nominationId: n.id, userId: newcomer.user.id }))).toMatchObject({ code: 'invalid_state' })
  })
})

describe('demo data', () => {
  const t = useTestDb()

  it('has an election taking nominations from Wales, with two nominations gathering supporters', async () => {
    const { seedDemoData } = await import('../../db/demo-data.ts')
    await seedDemoData(t.db)
    await seedDemoData(t.db)
    const [election] = await t.db.select().from(ballots).where(eq(ballots.title, 'Cymru committee 2027'))
    expect(election).toMatchObject({ seats: 3, scopeNations: ['wales'], nominationsClosedAt: null })
    expect(await t.db.select().from(nominations).where(eq(nominations.ballotId, election.id))).toHaveLength(2)
  })
})
