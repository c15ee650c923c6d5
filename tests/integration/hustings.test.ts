import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DomainError } from '../../app/domain/errors.ts'
import { advanceBallots } from '../../app/domain/voting/ballots.server.ts'
import { answerQuestion, askQuestion, getHustingsPage, listApprovedQuestions, moderateQuestion } from '../../app/domain/voting/hustings.server.ts'
import { auditLog, ballots, hustingsAnswers, hustingsQuestions, outboxJobs, outboxRecipients } from '../../db/schema/index.ts'
import type { Connection } from '../../db/client.server.ts'
import { createTestDatabase, onPostgresServer, useTestDb } from '../helpers/db.ts'
import { createMemberIn, electionInHustings, openCymruNominations } from '../helpers/elections.ts'
import { createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as DomainError,
  )
/** The database's error code for a write made in its own savepoint (the test's transaction survives it). */
const causeCode = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; cause?: { code?: string } }) => e.cause?.code ?? e.code,
  )
const WALES = { nations: ['wales' as const], branches: [], tiers: [] }

describe('hustings', () => {
  const t = useTestDb()

  async function cymruHustings() {
    const officer = await createUser(t.db, { role: 'officer' })
    const candidates = await Promise.all([1, 2, 3, 4].map(() => createMemberIn(t.db, 'wales')))
    const ballot = await electionInHustings(t.db, { officerId: officer.id, candidates: candidates.map((c) => c.user.id), seats: 3, scope: WALES, statementWordLimit: 20 })
    const elector = await createMemberIn(t.db, 'wales')
    const english = await createMemberIn(t.db, 'england')
    return { officer, candidates, ballot, elector, english }
  }

  it('takes questions from electors only, once nominations have closed', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const taking = await openCymruNominations(t.db, officer.id)
    const welsh = await createMemberIn(t.db, 'wales')
    expect(await errorOf(askQuestion(t.db, { ballotId: taking.id, userId: welsh.user.id, question: 'Will you meet members in every branch?' }))).toMatchObject({
      code: 'invalid_state',
      message: 'The hustings open when nominations close.',
    })

    const { ballot, elector, english } = await cymruHustings()
    expect(await errorOf(askQuestion(t.db, { ballotId: ballot.id, userId: english.user.id, question: 'Will you meet members in every branch?' }))).toMatchObject({
      code: 'forbidden',
      values: { reason: expect.stringContaining('outside') },
    })
    expect(await errorOf(askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'Why?' }))).toMatchObject({ code: 'invalid_input', field: 'question' })
    expect(await errorOf(askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'x'.repeat(501) }))).toMatchObject({ code: 'invalid_input', field: 'question' })
    await askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'Will you meet members in every branch?' })
    // Nothing is shown until the moderator approves it.
    expect((await listApprovedQuestions(t.db, ballot.id)).questions).toEqual([])
    expect(await t.db.select().from(hustingsQuestions)).toHaveLength(1)

    // The database refuses a question from outside the electorate even if the code did not.
    expect(await causeCode(t.db.transaction((tx) => tx.insert(hustingsQuestions).values({ ballotId: ballot.id, membershipId: english.membership.id, question: 'Slipped past the checks?' })))).toBe(
      '23514',
    )
  })

  it('once voting opens, takes questions from the frozen electorate only, and closes with voting', async () => {
    const { ballot, elector } = await cymruHustings()
    await t.db
      .update(ballots)
      .set({ opensAt: new Date(Date.now() - 1000) })
      .where(eq(ballots.id, ballot.id))
    await advanceBallots(t.db, { baseUrl: BASE })
    const late = await createMemberIn(t.db, 'wales')
    expect(await errorOf(askQuestion(t.db, { ballotId: ballot.id, userId: late.user.id, question: 'Joined today: may I ask?' }))).toMatchObject({
      code: 'forbidden',
      values: { reason: expect.stringContaining('not on the electorate') },
    })
    expect(await causeCode(t.db.transaction((tx) => tx.insert(hustingsQuestions).values({ ballotId: ballot.id, membershipId: late.membership.id, question: 'Slipped past the checks?' })))).toBe(
      '23514',
    )
    await askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'Will you meet members in every branch?' })
    expect(await errorOf(askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'And after voting closes?', now: new Date(Date.now() + 4 * 86_400_000) }))).toMatchObject({
      code: 'invalid_state',
      message: 'The hustings have closed.',
    })
  })

  it('the returning officer approves or rejects (audited), candidates are emailed, and each candidate answers once within the word limit', async () => {
    const { officer, ballot, elector, candidates } = await cymruHustings()
    const q1 = await askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'How will you keep caseloads safe in rural teams?' })
    const q2 = await askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'Which of you is the best? Vote for me instead!' })
    const moderate = (questionId: string, decision: 'approved' | 'rejected', actorId = officer.id) =>
      moderateQuestion(t.db, { ballotId: ballot.id, questionId, actorId, actorRole: 'officer', decision, reason: decision === 'rejected' ? 'Not a question for the candidates.' : '', baseUrl: BASE })

    // A candidate cannot answer a question still waiting.
    expect(await errorOf(answerQuestion(t.db, { questionId: q1.id, userId: candidates[0].user.id, answer: 'Early bird.' }))).toMatchObject({ code: 'not_found' })
    const other = await createUser(t.db, { role: 'officer' })
    expect(await errorOf(moderate(q1.id, 'approved', other.id))).toMatchObject({ code: 'forbidden' })
    await moderate(q1.id, 'approved')
    await moderate(q2.id, 'rejected')
    expect(await errorOf(moderate(q1.id, 'rejected'))).toMatchObject({ code: 'conflict' })
    const audits = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorId, officer.id))
    expect(
      audits
        .map((a) => a.action)
        .filter((a) => a.startsWith('hustings.'))
        .sort(),
    ).toEqual(['hustings.approve', 'hustings.reject'])

    // Every candidate is emailed the approved question, and only that one.
    const jobs = await t.db.select().from(outboxJobs).where(eq(outboxJobs.template, 'hustings-question'))
    expect(jobs).toHaveLength(1)
    expect(jobs[0].data).toMatchObject({ question: 'How will you keep caseloads safe in rural teams?', wordLimit: 20 })
    const to = await t.db.select({ email: outboxRecipients.email }).from(outboxRecipients).where(eq(outboxRecipients.jobId, jobs[0].id))
    expect(to.map((r) => r.email).sort()).toEqual(candidates.map((c) => c.user.email).sort())

    // Answers: candidates only, within the limit, Markdown sanitised, once each.
    expect(await errorOf(answerQuestion(t.db, { questionId: q1.id, userId: elector.user.id, answer: 'I am not standing.' }))).toMatchObject({ code: 'forbidden' })
    expect(await errorOf(answerQuestion(t.db, { questionId: q1.id, userId: candidates[0].user.id, answer: 'word '.repeat(21) }))).toMatchObject({
      code: 'invalid_input',
      field: 'answer',
      values: { words: 21, limit: 20 },
    })
    await answerQuestion(t.db, { questionId: q1.id, userId: candidates[0].user.id, answer: 'A **protected** caseload cap for well-being. <script>alert(1)</script>' })
    expect(await errorOf(answerQuestion(t.db, { questionId: q1.id, userId: candidates[0].user.id, answer: 'Second thoughts.' }))).toMatchObject({ code: 'conflict' })
    await answerQuestion(t.db, { questionId: q1.id, userId: candidates[2].user.id, answer: 'Travel time counted as casework.' })
    expect(await errorOf(answerQuestion(t.db, { questionId: q2.id, userId: candidates[1].user.id, answer: 'On a rejected question.' }))).toMatchObject({ code: 'not_found' })

    const page = await getHustingsPage(t.db, { ballotId: ballot.id, userId: elector.user.id, locale: 'en' })
    expect(page?.questions).toHaveLength(1)
    const answers = page!.questions[0].answers
    expect(answers).toHaveLength(4)
    const byUser = (i: number) => answers.find((a) => a.name === candidates[i].user.name)!
    expect(byUser(0).html).toContain('<strong>protected</strong>')
    expect(byUser(0).html).not.toContain('<script')
    expect(byUser(1).html).toBeNull()
    expect(byUser(2).html).toContain('Travel time')
    expect(page?.standing).toMatchObject({ canAsk: true, candidatePosition: null })

    // The database holds one answer per candidate per question, and only to approved questions.
    const [first] = await t.db
      .select()
      .from(hustingsAnswers)
      .where(and(eq(hustingsAnswers.questionId, q1.id)))
    expect(
      await causeCode(t.db.transaction((tx) => tx.insert(hustingsAnswers).values({ questionId: q1.id, ballotId: ballot.id, position: first.position, answer: 'Again', answerHtml: '<p>Again</p>' }))),
    ).toBe('23505')
    expect(
      await causeCode(
        t.db.transaction((tx) => tx.insert(hustingsAnswers).values({ questionId: q2.id, ballotId: ballot.id, position: first.position, answer: 'Rejected', answerHtml: '<p>Rejected</p>' })),
      ),
    ).toBe('23514')
  })

  it('has no hustings when the candidates are elected unopposed', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const only = await createMemberIn(t.db, 'wales')
    const ballot = await electionInHustings(t.db, { officerId: officer.id, candidates: [only.user.id], seats: 3, scope: WALES })
    const elector = await createMemberIn(t.db, 'wales')
    expect(await errorOf(askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'Will you meet members in every branch?' }))).toMatchObject({ code: 'invalid_state' })
  })
})

/** One answer per candidate per question when the same candidate sends it many times at once: only on the PostgreSQL server (PGlite runs one transaction at a time). */
describe.runIf(onPostgresServer)('hustings answers under concurrent requests, on PostgreSQL', () => {
  let connection: Connection
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 12 })
  })
  afterAll(async () => {
    await connection?.close()
  })

  it('keeps one answer when a candidate sends theirs ten times at once', async () => {
    const { db } = connection
    const officer = await createUser(db, { role: 'officer' })
    const [a, b] = [await createMemberIn(db, 'wales'), await createMemberIn(db, 'wales')]
    const ballot = await electionInHustings(db, { officerId: officer.id, candidates: [a.user.id, b.user.id], scope: WALES })
    const elector = await createMemberIn(db, 'wales')
    const q = await askQuestion(db, { ballotId: ballot.id, userId: elector.user.id, question: 'Will you publish the committee minutes in Welsh?' })
    await moderateQuestion(db, { ballotId: ballot.id, questionId: q.id, actorId: officer.id, actorRole: 'officer', decision: 'approved', reason: '', baseUrl: BASE })
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => answerQuestion(db, { questionId: q.id, userId: a.user.id, answer: `Yes, within a week (${i}).` })))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as DomainError)
    expect(refused.every((e) => e instanceof DomainError && e.code === 'conflict')).toBe(true)
    expect(await db.select().from(hustingsAnswers).where(eq(hustingsAnswers.questionId, q.id))).toHaveLength(1)
  })
})
