import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { advanceBallots, castVote, countBallot, createBallot, findReceipt, getPublishedRecord, listPublishedChoices, scheduleBallot } from '../../app/domain/voting/ballots.server.ts'
import { electionBlt } from '../../app/domain/voting/election-count.ts'
import { auditRecord } from '../../app/domain/voting/verify-cli.ts'
import { newAttempt } from '../../app/domain/voting/urn.server.ts'
import { parseBlt } from '../../app/domain/voting/stv/blt.ts'
import { countStv } from '../../app/domain/voting/stv/count.ts'
import { DomainError } from '../../app/domain/errors.ts'
import type { Connection, Db } from '../../db/client.server.ts'
import { ballotElectors, ballotPapers, ballots, ballotUrn, memberships } from '../../db/schema/index.ts'
import { createTestDatabase, onPostgresServer, useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const minutes = (n: number) => new Date(Date.now() + n * 60_000)

async function openMotion(db: Db, actorId: string, extra: { quorumPercent?: number } = {}) {
  const ballot = await createBallot(db, {
    actorId,
    kind: 'motion',
    title: 'Motion: a national caseload limit',
    description: 'That Chorus campaigns for a limit.',
    opensAt: minutes(-1),
    closesAt: minutes(3 * 24 * 60),
    ...extra,
  })
  await scheduleBallot(db, { ballotId: ballot.id, actorId })
  return ballot
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as DomainError,
  )

describe('casting votes', () => {
  const t = useTestDb()

  it('freezes the electorate at opening and lets each elector vote exactly once, with a receipt', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const voters = [await createMember(t.db), await createMember(t.db), await createMember(t.db)]
    const unverified = await createMember(t.db, { verified: false })
    const lapsed = await createMember(t.db, { status: 'lapsed' })
    const ballot = await openMotion(t.db, officer.id)
    expect(await advanceBallots(t.db, { baseUrl: BASE })).toEqual({ opened: 1, reminded: 0, counted: 0 })
    const [frozen] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    expect(frozen.electorateCount).toBe(3)

    // Joining after opening does not add anyone to this ballot.
    const late = await createMember(t.db)
    const { receipt } = await castVote(t.db, { ballotId: ballot.id, userId: voters[0].user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })
    expect(receipt).toMatch(/^[0-9A-Z]{4}-/)
    expect(await findReceipt(t.db, ballot.id, receipt)).toEqual({ counted: false })

    expect(await errorOf(castVote(t.db, { ballotId: ballot.id, userId: voters[0].user.id, vote: { kind: 'motion', choice: 'against' }, baseUrl: BASE }))).toMatchObject({ code: 'conflict' })
    for (const outsider of [unverified, lapsed, late]) {
      expect(await errorOf(castVote(t.db, { ballotId: ballot.id, userId: outsider.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE }))).toMatchObject({ code: 'forbidden' })
    }
    // While open, papers do not exist: the vote waits sealed in the urn.
    expect(await t.db.$count(ballotPapers, eq(ballotPapers.ballotId, ballot.id))).toBe(0)
    expect(await t.db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))).toBe(1)
  })

  it('gives the receipt again when the same form is sent again, and refuses a different one', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const voter = await createMember(t.db)
    const ballot = await openMotion(t.db, officer.id)
    const attempt = newAttempt()
    const first = await castVote(t.db, { ballotId: ballot.id, userId: voter.user.id, vote: { kind: 'motion', choice: 'for' }, attempt, baseUrl: BASE })
    // The answer was lost; the browser sends the same form again (even with a changed choice).
    const again = await castVote(t.db, { ballotId: ballot.id, userId: voter.user.id, vote: { kind: 'motion', choice: 'against' }, attempt, baseUrl: BASE })
    expect(again.receipt).toBe(first.receipt)
    expect(await t.db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))).toBe(1)
    expect(await errorOf(castVote(t.db, { ballotId: ballot.id, userId: voter.user.id, vote: { kind: 'motion', choice: 'against' }, attempt: newAttempt(), baseUrl: BASE }))).toMatchObject({
      code: 'conflict',
    })
    await t.db
      .update(ballots)
      .set({ closesAt: minutes(-0.1) })
      .where(eq(ballots.id, ballot.id))
    expect(await countBallot(t.db, { ballotId: ballot.id, baseUrl: BASE })).toMatchObject({ for: 1, against: 0, cast: 1 })
    // The form's mark on the elector is gone once the ballot is sealed.
    const [elector] = await t.db.select().from(ballotElectors).where(eq(ballotElectors.ballotId, ballot.id))
    expect(elector).toMatchObject({ voted: true, attemptMark: null })
  })

  it('keeps papers append-only and unlinked from members', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const voter = await createMember(t.db)
    const ballot = await openMotion(t.db, officer.id)
    await castVote(t.db, { ballotId: ballot.id, userId: voter.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })
    await expect(t.db.transaction((tx) => tx.update(ballotPapers).set({ choice: 'against' }))).rejects.toThrow()
    await expect(t.db.transaction((tx) => tx.delete(ballotPapers))).rejects.toThrow()

    const columns = await t.db.execute(sql`select column_name, data_type from information_schema.columns where table_name = 'ballot_papers'`)
    const rows = (Array.isArray(columns) ? columns : (columns as { rows: unknown[] }).rows) as { column_name: string; data_type: string }[]
    expect(rows.map((c) => c.column_name).sort()).toEqual(['ballot_id', 'choice', 'hash', 'nonce', 'position'])
    expect(rows.some((c) => c.data_type.includes('timestamp'))).toBe(false)
    const links = await t.db.execute(sql`
      select ccu.table_name from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
      where tc.table_name = 'ballot_papers' and tc.constraint_type = 'FOREIGN KEY'`)
    const targets = ((Array.isArray(links) ? links : (links as { rows: unknown[] }).rows) as { table_name: string }[]).map((r) => r.table_name)
    expect(targets).toEqual(['ballots'])
    const electorColumns = await t.db.execute(sql`select column_name from information_schema.columns where table_name = 'ballot_electors'`)
    expect(((Array.isArray(electorColumns) ? electorColumns : (electorColumns as { rows: unknown[] }).rows) as { column_name: string }[]).map((c) => c.column_name).sort()).toEqual([
      'attempt_mark',
      'ballot_id',
      'membership_id',
      'voted',
    ])
  })

  it('counts an election by Scottish STV after close, publishes papers that recount to the same result', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await createBallot(t.db, {
      actorId: officer.id,
      kind: 'election',
      title: 'Council 2027',
      description: 'Two seats.',
      opensAt: minutes(-1),
      closesAt: minutes(60),
      seats: 2,
      candidates: [
        { name: 'Ruth Asante', statement: '' },
        { name: 'Gareth Lloyd', statement: '' },
        { name: 'Mhairi Baxter', statement: '' },
      ],
    })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    const orders = [[0, 1], [0, 2], [0], [1, 0], [1], [2, 1], [0, 1, 2]]
    const voters = []
    for (let i = 0; i <= orders.length; i++) voters.push(await createMember(t.db))
    for (const [i, order] of orders.entries()) {
      await castVote(t.db, { ballotId: ballot.id, userId: voters[i].user.id, vote: { kind: 'election', order }, baseUrl: BASE })
    }
    expect(await errorOf(castVote(t.db, { ballotId: ballot.id, userId: voters[7].user.id, vote: { kind: 'election', order: [0, 0] }, baseUrl: BASE }))).toMatchObject({ code: 'invalid_input' })
    await t.db
      .update(ballots)
      .set({ closesAt: minutes(-0.1) })
      .where(eq(ballots.id, ballot.id))
    const result = (await countBallot(t.db, { ballotId: ballot.id, baseUrl: BASE })) as { elected: string[]; quota: number }
    expect(result.elected).toEqual(['Ruth Asante', 'Gareth Lloyd'])
    expect(result.quota).toBe(3)

    const papers = (await listPublishedChoices(t.db, ballot.id)) as number[][]
    expect(papers).toHaveLength(7)
    const record = await getPublishedRecord(t.db, ballot.id)
    expect(auditRecord(record!)).toEqual([])
    const blt = electionBlt({ title: 'Council 2027', seats: 2, candidates: ['Ruth Asante', 'Gareth Lloyd', 'Mhairi Baxter'], papers })
    expect(countStv(parseBlt(blt)).elected).toEqual(result.elected)
  })
})

describe('the worker runs ballots on time', () => {
  const t = useTestDb()

  it('reminds those who have not voted before closing, once, then counts and announces the result', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const [keen, late] = [await createMember(t.db), await createMember(t.db)]
    const ballot = await openMotion(t.db, officer.id, { quorumPercent: 50 })
    await castVote(t.db, { ballotId: ballot.id, userId: keen.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })
    // Open for three days: the reminder goes half-way, 36 hours before close (reminders.ts).
    expect(await advanceBallots(t.db, { baseUrl: BASE, now: minutes(35 * 60) })).toMatchObject({ reminded: 0 })
    expect(await advanceBallots(t.db, { baseUrl: BASE, now: minutes(37 * 60) })).toMatchObject({ reminded: 1, counted: 0 })
    expect(await advanceBallots(t.db, { baseUrl: BASE, now: minutes(38 * 60) })).toMatchObject({ reminded: 0 })
    const reminder = await t.db.execute(sql`select r.email from outbox_recipients r join outbox_jobs j on j.id = r.job_id where j.template = 'ballot-reminder'`)
    expect(JSON.stringify(reminder)).toContain(late.user.email)
    expect(JSON.stringify(reminder)).not.toContain(keen.user.email)

    await t.db
      .update(ballots)
      .set({ closesAt: minutes(-1) })
      .where(eq(ballots.id, ballot.id))
    expect(await castVote(t.db, { ballotId: ballot.id, userId: late.user.id, vote: { kind: 'motion', choice: 'against' }, baseUrl: BASE }).catch((e) => e.message)).toBe('Voting has closed')
    expect(await advanceBallots(t.db, { baseUrl: BASE })).toMatchObject({ counted: 1 })
    const [counted] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    expect(counted.result).toMatchObject({ for: 1, against: 0, cast: 1, electorate: 2, turnoutPercent: 50, quorumMet: true, passed: true })
    const announced = await t.db.execute(sql`select count(*)::int as n from outbox_recipients r join outbox_jobs j on j.id = r.job_id where j.template = 'ballot-result'`)
    expect(JSON.stringify(announced)).toContain('2')
  })
})

describe.runIf(onPostgresServer)('on a PostgreSQL server, voting at once', () => {
  let connection: Connection
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 40 })
  })
  afterAll(async () => {
    await connection.close()
  })

  it('200 voters at once plus 50 simultaneous submissions from one member make exactly 201 papers', async () => {
    const db = connection.db
    const officer = await createUser(db, { role: 'officer' })
    const voters = []
    for (let i = 0; i < 201; i++) voters.push(await createMember(db))
    const ballot = await openMotion(db, officer.id)
    await advanceBallots(db, { baseUrl: BASE })
    const [eager, ...others] = voters
    const attempts = [
      ...others.map((v, i) => castVote(db, { ballotId: ballot.id, userId: v.user.id, vote: { kind: 'motion', choice: i % 3 === 0 ? 'against' : 'for' }, baseUrl: BASE })),
      ...Array.from({ length: 50 }, () => castVote(db, { ballotId: ballot.id, userId: eager.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })),
    ]
    const outcomes = await Promise.allSettled(attempts)
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled').length
    const rejected = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason)
    expect(succeeded).toBe(201)
    expect(rejected).toHaveLength(49)
    expect(rejected.every((e) => e instanceof DomainError && e.code === 'conflict')).toBe(true)
    expect(await db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))).toBe(201)
    expect(await db.$count(ballotElectors, sql`${ballotElectors.ballotId} = ${ballot.id} and ${ballotElectors.voted}`)).toBe(201)
    await db
      .update(ballots)
      .set({ closesAt: minutes(-0.1) })
      .where(eq(ballots.id, ballot.id))
    expect(await countBallot(db, { ballotId: ballot.id, baseUrl: BASE })).toMatchObject({ cast: 201 })
    const record = await getPublishedRecord(db, ballot.id)
    expect(record!.counts).toEqual({ electorate: 201, voted: 201, receipts: 201, papers: 201 })
    expect(auditRecord(record!)).toEqual([])
    expect(await db.$count(memberships)).toBe(201)
  }, 60_000)
})

describe.runIf(onPostgresServer)('on a PostgreSQL server, a vote and the locks it takes', () => {
  let connection: Connection
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 8 })
  })
  afterAll(async () => {
    await connection.close()
  })

  it('takes no lock shared by the voters of a ballot: votes go through while the ballot row and another vote are held', async () => {
    const db = connection.db
    const officer = await createUser(db, { role: 'officer' })
    const [first, second, third] = [await createMember(db), await createMember(db), await createMember(db)]
    const ballot = await openMotion(db, officer.id)
    await advanceBallots(db, { baseUrl: BASE })
    // Another transaction holds the ballot row as an update of it would (the count, an officer's
    // edit), and a first voter's vote is caught half-way, its elector row marked but not committed.
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    let holding!: () => void
    const held = new Promise<void>((resolve) => (holding = resolve))
    const holder = db.transaction(async (tx) => {
      await tx.select().from(ballots).where(eq(ballots.id, ballot.id)).for('no key update')
      await tx
        .update(ballotElectors)
        .set({ voted: true })
        .where(and(eq(ballotElectors.ballotId, ballot.id), eq(ballotElectors.membershipId, first.membership.id)))
      holding()
      await released
      throw new Error('roll back')
    })
    await held
    // Were votes queued on a lock every voter takes, these would wait for the holder, which waits for them.
    const votes = await Promise.all([second, third].map((v) => castVote(db, { ballotId: ballot.id, userId: v.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })))
    release()
    await expect(holder).rejects.toThrow('roll back')
    expect(new Set(votes.map((v) => v.receipt)).size).toBe(2)
    expect(await db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))).toBe(2)
    await castVote(db, { ballotId: ballot.id, userId: first.user.id, vote: { kind: 'motion', choice: 'against' }, baseUrl: BASE })
    expect(await db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))).toBe(3)
  })
})
