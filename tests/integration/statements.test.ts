import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DomainError } from '../../app/domain/errors.ts'
import {
  closeConsultation,
  commentOnConsultation,
  createStatement,
  endorsementsByNation,
  endorseStatement,
  openConsultation,
  publishStatement,
  putStatementToVote,
  reviseStatement,
  searchStatements,
  settleStatementVotes,
  withdrawEndorsement,
} from '../../app/domain/statements/statements.server.ts'
import { advanceBallots, castVote } from '../../app/domain/voting/ballots.server.ts'
import type { Connection } from '../../db/client.server.ts'
import { auditLog, ballots, memberships, statements, statementVersions } from '../../db/schema/index.ts'
import { createTestDatabase, onPostgresServer, useTestDb } from '../helpers/db.ts'
import { deliverToMailbox, englishPart } from '../helpers/mail.ts'
import { createMember } from '../helpers/members.ts'
import { createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const minutes = (n: number) => new Date(Date.now() + n * 60_000)
const fields = (title: string, body = 'Social workers need manageable caseloads to keep children safe.') => ({
  title,
  summary: `${title}: what Chorus says.`,
  body,
  topics: ['workforce'],
  nations: ['england' as const],
  reviewBy: '2027-11-01',
})
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as DomainError,
  )

describe('position statements', () => {
  const t = useTestDb()

  it('goes from draft through consultation and a members’ vote to publication, all audited', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const voters = [await createMember(t.db), await createMember(t.db), await createMember(t.db)]
    const lapsed = await createMember(t.db, { status: 'lapsed' })
    const s = await createStatement(t.db, { ...fields('Caseload limits for children’s social workers'), actorId: officer.id })
    expect(s.slug).toBe('caseload-limits-for-children-s-social-workers')

    await openConsultation(t.db, { actorId: officer.id, statementId: s.id, closesAt: minutes(60), baseUrl: BASE })
    await commentOnConsultation(t.db, { userId: lapsed.user.id, statementId: s.id, body: 'Please include agency workers.' })
    const outsider = await createUser(t.db)
    expect(await errorOf(commentOnConsultation(t.db, { userId: outsider.id, statementId: s.id, body: 'Hello' }))).toMatchObject({ code: 'forbidden' })

    const ballot = await putStatementToVote(t.db, { actorId: officer.id, statementId: s.id, opensAt: minutes(-1), closesAt: minutes(3 * 24 * 60), threshold: 'simple' })
    for (const [v, choice] of [
      [voters[0], 'for'],
      [voters[1], 'for'],
      [voters[2], 'against'],
    ] as const) {
      await castVote(t.db, { ballotId: ballot.id, userId: v.user.id, vote: { kind: 'motion', choice }, baseUrl: BASE })
    }
    await t.db
      .update(ballots)
      .set({ closesAt: minutes(-0.5) })
      .where(eq(ballots.id, ballot.id))
    await advanceBallots(t.db, { baseUrl: BASE })
    expect(await settleStatementVotes(t.db, { baseUrl: BASE })).toBe(1)
    const [published] = await t.db.select().from(statements).where(eq(statements.id, s.id))
    expect(published).toMatchObject({ status: 'adopted', version: 1, adoptionBallotId: ballot.id })
    const [v1] = await t.db.select().from(statementVersions).where(eq(statementVersions.statementId, s.id))
    expect(v1).toMatchObject({ version: 1, changeNote: 'First published', title: 'Caseload limits for children’s social workers' })
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.subjectId, s.id))).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['statement.create', 'statement.consultation_open', 'statement.put_to_vote', 'statement.adopt']))
    const announced = (await deliverToMailbox(t.db)).filter((m) => englishPart(m.subject) === 'New position statement: Caseload limits for children’s social workers')
    expect(announced.map((m) => m.to).sort()).toEqual(voters.map((v) => v.user.email).sort())
    expect(announced[0].text).toContain('agreed by a vote of members')
  })

  it('goes back to draft when the members vote it down', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const voter = await createMember(t.db)
    const s = await createStatement(t.db, { ...fields('A four-day week for social workers'), actorId: officer.id })
    const ballot = await putStatementToVote(t.db, { actorId: officer.id, statementId: s.id, opensAt: minutes(-1), closesAt: minutes(3 * 24 * 60), threshold: 'two_thirds' })
    await castVote(t.db, { ballotId: ballot.id, userId: voter.user.id, vote: { kind: 'motion', choice: 'against' }, baseUrl: BASE })
    await t.db
      .update(ballots)
      .set({ closesAt: minutes(-0.5) })
      .where(eq(ballots.id, ballot.id))
    await advanceBallots(t.db, { baseUrl: BASE })
    await settleStatementVotes(t.db, { baseUrl: BASE })
    const [row] = await t.db.select().from(statements).where(eq(statements.id, s.id))
    expect(row).toMatchObject({ status: 'draft', adoptionBallotId: null })
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'statement.vote_failed'))).toBe(1)
  })

  it('keeps every published wording as a version, and refuses moves the lifecycle does not allow', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db, { ...fields('Serious case review reform'), actorId: officer.id })
    expect(await errorOf(reviseStatement(t.db, { actorId: officer.id, statementId: s.id, title: 'x', summary: 'y', body: 'z', changeNote: 'n' }))).toMatchObject({ code: 'invalid_state' })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })
    expect(await errorOf(closeConsultation(t.db, { actorId: officer.id, statementId: s.id }))).toMatchObject({ code: 'invalid_state' })
    expect(
      await reviseStatement(t.db, {
        actorId: officer.id,
        statementId: s.id,
        title: s.title,
        summary: s.summary,
        body: 'Reviews must learn, not blame.',
        changeNote: 'Sharper wording after member feedback',
      }),
    ).toBe(2)
    const versions = await t.db.select().from(statementVersions).where(eq(statementVersions.statementId, s.id))
    expect(versions.map((v) => [v.version, v.changeNote])).toEqual([
      [1, 'First published'],
      [2, 'Sharper wording after member feedback'],
    ])
  })

  it('counts one endorsement per member, withdrawable, by nation', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const [a, b] = [await createMember(t.db), await createMember(t.db)]
    await t.db.update(memberships).set({ nation: 'wales' }).where(eq(memberships.id, b.membership.id))
    const s = await createStatement(t.db, { ...fields('Protected supervision time'), actorId: officer.id })
    expect(await errorOf(endorseStatement(t.db, { userId: a.user.id, statementId: s.id }))).toMatchObject({ code: 'invalid_state' })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })
    expect(await endorseStatement(t.db, { userId: a.user.id, statementId: s.id })).toBe(1)
    expect(await endorseStatement(t.db, { userId: a.user.id, statementId: s.id })).toBe(1)
    expect(await endorseStatement(t.db, { userId: b.user.id, statementId: s.id })).toBe(2)
    expect(await endorsementsByNation(t.db, s.id)).toEqual({ england: 1, wales: 1 })
    await withdrawEndorsement(t.db, { userId: a.user.id, statementId: s.id })
    const [row] = await t.db.select().from(statements).where(eq(statements.id, s.id))
    expect(row.endorsementCount).toBe(1)
  })

  it('finds published statements by full-text search, best match first, and never drafts', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const strong = await createStatement(t.db, { ...fields('Caseloads', 'Caseloads caseloads: a caseload limit protects children.'), actorId: officer.id })
    const weak = await createStatement(t.db, { ...fields('Funding children’s services', 'Funding follows need; caseload pressure is one sign.'), actorId: officer.id })
    await createStatement(t.db, { ...fields('Draft about caseloads', 'Caseloads everywhere.'), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: strong.id, baseUrl: BASE })
    await publishStatement(t.db, { actorId: officer.id, statementId: weak.id, baseUrl: BASE })
    const results = await searchStatements(t.db, { q: 'caseload' })
    expect(results.map((r) => r.title)).toEqual(['Caseloads', 'Funding children’s services'])
    expect(await searchStatements(t.db, { q: 'nothing matches this' })).toEqual([])
    // Whatever people type in the search box is a query, never an error.
    await expect(searchStatements(t.db, { q: '"unbalanced quote & | ! :* (' })).resolves.toBeInstanceOf(Array)
  })
})

describe.runIf(onPostgresServer)('endorsements at once on PostgreSQL', () => {
  let connection: Connection
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 20 })
  })
  afterAll(async () => {
    await connection.close()
  })

  it('30 simultaneous endorsements from one member count once; 20 members count 20', async () => {
    const db = connection.db
    const officer = await createUser(db, { role: 'officer' })
    const s = await createStatement(db, { ...fields('Endorsed at once'), actorId: officer.id })
    await publishStatement(db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })
    const eager = await createMember(db)
    const others = []
    for (let i = 0; i < 19; i++) others.push(await createMember(db))
    await Promise.all([
      ...Array.from({ length: 30 }, () => endorseStatement(db, { userId: eager.user.id, statementId: s.id })),
      ...others.map((o) => endorseStatement(db, { userId: o.user.id, statementId: s.id })),
    ])
    const [row] = await db.select().from(statements).where(eq(statements.id, s.id))
    expect(row.endorsementCount).toBe(20)
    const counted = await db.execute(sql`select count(*)::int as n from statement_endorsements where statement_id = ${s.id}`)
    expect(JSON.stringify(counted)).toContain('20')
  })
})
