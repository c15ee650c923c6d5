/**
 * The weaknesses found in the ballot audit, each reproduced against the database and shown closed:
 * no link between members and choices (columns, xmin, order, outbox, audit), a record with no
 * order of voting, receipts that reveal no choice, a record that cannot grow after close, and
 * an offline verifier that passes a real record and fails a tampered one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { advanceBallots, castVote, countBallot, createBallot, findReceipt, getPublishedRecord, scheduleBallot, sealBallot } from '../../app/domain/voting/ballots.server.ts'
import { electionBlt } from '../../app/domain/voting/election-count.ts'
import { newAttempt } from '../../app/domain/voting/urn.server.ts'
import { main as verifyBallot } from '../../app/domain/voting/verify-cli.ts'
import type { Connection, Db } from '../../db/client.server.ts'
import { ballotElectors, ballotPapers, ballotReceipts, ballots, ballotUrn } from '../../db/schema/index.ts'
import { createTestDatabase, onPostgresServer } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { columnsJoiningMembers } from '../helpers/secrecy.ts'
import { createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const minutes = (n: number) => new Date(Date.now() + n * 60_000)
const rows = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[]

const CANDIDATES = ['Ruth Asante', 'Gareth Lloyd', 'Mhairi Baxter', 'Siân Pritchard']
/** Twelve different rankings, so every paper can be told apart and traced if anything leaked. */
const ORDERS = [
  [0, 1, 2, 3],
  [0, 1, 3, 2],
  [0, 2, 1, 3],
  [0, 2, 3, 1],
  [0, 3, 1, 2],
  [0, 3, 2, 1],
  [1, 0, 2, 3],
  [1, 0, 3, 2],
  [1, 2, 0, 3],
  [1, 2, 3, 0],
  [1, 3, 0, 2],
  [1, 3, 2, 0],
]

async function electionWithVotes(db: Db) {
  const officer = await createUser(db, { role: 'officer' })
  const ballot = await createBallot(db, {
    actorId: officer.id,
    kind: 'election',
    title: 'Council 2027 "North" ward',
    description: 'Two seats.',
    opensAt: minutes(-1),
    closesAt: minutes(60),
    seats: 2,
    candidates: CANDIDATES.map((name) => ({ name, statement: '' })),
  })
  await scheduleBallot(db, { ballotId: ballot.id, actorId: officer.id })
  const voters = []
  for (let i = 0; i < ORDERS.length + 1; i++) voters.push(await createMember(db))
  await advanceBallots(db, { baseUrl: BASE })
  const auditBefore = rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from audit_log`))[0].n
  const outboxBefore = rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from outbox_jobs`))[0].n
  const cast: { membershipId: string; order: number[]; receipt: string }[] = []
  for (const [i, order] of ORDERS.entries()) {
    const { receipt } = await castVote(db, { ballotId: ballot.id, userId: voters[i].user.id, vote: { kind: 'election', order }, attempt: newAttempt(), baseUrl: BASE })
    cast.push({ membershipId: voters[i].membership.id, order, receipt })
  }
  return { ballot, cast, auditBefore, outboxBefore }
}

describe('ballot secrecy, with real transactions', () => {
  let connection: Connection
  let db: Db
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 4 })
    db = connection.db
  })
  afterAll(async () => {
    await connection.close()
  })

  it('stores nothing while open that links a member to a choice, and nothing after close either', async () => {
    const { ballot, cast, auditBefore, outboxBefore } = await electionWithVotes(db)

    // While open: marks and sealed votes were written by different transactions, and no column
    // is shared (the form marks on electors match no urn tag, the urn has no member).
    const electors = { table: 'ballot_electors', scope: 'ballot_id', id: ballot.id }
    expect(await columnsJoiningMembers(db, { people: electors, choices: [{ table: 'ballot_urn', scope: 'ballot_id', id: ballot.id }] })).toEqual([])
    const urn = await db.select().from(ballotUrn).where(eq(ballotUrn.ballotId, ballot.id))
    expect(urn).toHaveLength(ORDERS.length)
    // Sealed votes all have one length and never show a choice or a receipt.
    expect(new Set(urn.map((u) => u.sealed.length)).size).toBe(1)
    for (const u of urn) {
      const bytes = u.sealed.toString('latin1')
      for (const c of cast) {
        expect(bytes).not.toContain(JSON.stringify(c.order))
        expect(bytes).not.toContain(c.receipt)
      }
    }
    // Voting wrote nothing to the audit log or the outbox.
    expect(rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from audit_log`))[0].n).toBe(auditBefore)
    expect(rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from outbox_jobs`))[0].n).toBe(outboxBefore)
    // A receipt looked up before close says it is in the box, nothing more.
    expect(await findReceipt(db, ballot.id, cast[0].receipt)).toEqual({ counted: false })

    await db
      .update(ballots)
      .set({ closesAt: minutes(-0.01) })
      .where(eq(ballots.id, ballot.id))
    await countBallot(db, { ballotId: ballot.id, baseUrl: BASE })

    // The urn is empty; papers were all written by one transaction, electors all rewritten by it.
    expect(await db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))).toBe(0)
    const paperXids = rows<{ n: number }>(await db.execute(sql`select count(distinct xmin::text)::int as n from ballot_papers where ballot_id = ${ballot.id}`))[0].n
    const electorXids = rows<{ n: number }>(await db.execute(sql`select count(distinct xmin::text)::int as n from ballot_electors where ballot_id = ${ballot.id}`))[0].n
    expect([paperXids, electorXids]).toEqual([1, 1])
    expect(await columnsJoiningMembers(db, { people: electors, choices: [{ table: 'ballot_papers', scope: 'ballot_id', id: ballot.id }] })).toEqual([])

    // The published record: no order of casting, no receipt beside a choice.
    const record = (await getPublishedRecord(db, ballot.id))!
    const published = record.papers.map((p) => JSON.stringify(p.choice))
    expect(published).not.toEqual(cast.map((c) => JSON.stringify(c.order)))
    expect(published.slice().sort()).toEqual(cast.map((c) => JSON.stringify(c.order)).sort())
    for (const p of record.papers) expect(Object.keys(p).sort()).toEqual(['choice', 'hash', 'nonce'])
    expect(record.receipts).toEqual(cast.map((c) => c.receipt).sort())
    expect(JSON.stringify(record)).not.toMatch(/"seq"|prevHash|membership/)
    expect(record.counts).toEqual({ electorate: ORDERS.length + 1, voted: ORDERS.length, receipts: ORDERS.length, papers: ORDERS.length })

    // A receipt lookup after close proves inclusion and says nothing about the choice.
    const found = await findReceipt(db, ballot.id, cast[3].receipt)
    expect(found).toMatchObject({ counted: true, commitment: record.commitment, receiptsRoot: record.receiptsRoot })
    expect(JSON.stringify(found)).not.toContain(JSON.stringify(cast[3].order))
    expect(Object.keys(found!)).not.toContain('choice')
  })

  it('refuses to grow or change the record once sealed, and to change a frozen electorate', async () => {
    const { ballot, cast } = await electionWithVotes(db)
    const attempt = (statement: Promise<unknown>) =>
      statement.then(
        () => 'accepted',
        (e: { cause?: { message?: string }; message: string }) => e.cause?.message ?? e.message,
      )
    // While open, papers cannot be slipped in, and electors cannot be added, removed or unmarked.
    expect(await attempt(db.insert(ballotPapers).values({ ballotId: ballot.id, position: 99, nonce: 'x', choice: [0], hash: 'x' }))).toMatch(/still open/)
    expect(await attempt(db.delete(ballotElectors).where(eq(ballotElectors.ballotId, ballot.id)))).toMatch(/frozen/)
    expect(await attempt(db.update(ballotElectors).set({ voted: false }).where(eq(ballotElectors.ballotId, ballot.id)))).toMatch(/cannot be unmarked/)
    const someone = await createMember(db)
    expect(await attempt(db.insert(ballotElectors).values({ ballotId: ballot.id, membershipId: someone.membership.id }))).toMatch(/frozen/)

    await db
      .update(ballots)
      .set({ closesAt: minutes(-0.01) })
      .where(eq(ballots.id, ballot.id))
    expect(await sealBallot(db, { ballotId: ballot.id })).toBe('sealed')
    expect(await attempt(db.insert(ballotPapers).values({ ballotId: ballot.id, position: 99, nonce: 'x', choice: [0], hash: 'x' }))).toMatch(/sealed/)
    expect(await attempt(db.insert(ballotReceipts).values({ ballotId: ballot.id, receipt: 'AAAA' }))).toMatch(/sealed/)
    expect(await attempt(db.insert(ballotUrn).values({ ballotId: ballot.id, tag: 'x', sealed: Buffer.from('x') }))).toMatch(/not taking votes/)
    expect(await attempt(db.update(ballotElectors).set({ attemptMark: 'x' }).where(eq(ballotElectors.ballotId, ballot.id)))).toMatch(/sealed/)
    expect(
      await attempt(
        db
          .update(ballotPapers)
          .set({ choice: [1] })
          .where(eq(ballotPapers.ballotId, ballot.id)),
      ),
    ).toMatch(/append-only/)
    expect(await attempt(db.delete(ballotReceipts).where(eq(ballotReceipts.ballotId, ballot.id)))).toMatch(/append-only/)
    // A vote after close is refused by the database too, not only by the page.
    expect(await attempt(db.update(ballotElectors).set({ voted: true }).where(eq(ballotElectors.ballotId, ballot.id)))).toMatch(/sealed|closed/)
    expect((await getPublishedRecord(db, ballot.id))!.counts.papers).toBe(cast.length)
  })

  it('verify-ballot passes a real record and its BLT file, and fails tampered copies', async () => {
    const { ballot, cast } = await electionWithVotes(db)
    await db
      .update(ballots)
      .set({ closesAt: minutes(-0.01) })
      .where(eq(ballots.id, ballot.id))
    await countBallot(db, { ballotId: ballot.id, baseUrl: BASE })
    const record = (await getPublishedRecord(db, ballot.id))!
    const folder = mkdtempSync(path.join(tmpdir(), 'chorus-verify-'))
    const write = (name: string, content: string) => {
      writeFileSync(path.join(folder, name), content)
      return path.join(folder, name)
    }
    const run = (...args: string[]) => {
      const out: string[] = []
      const code = verifyBallot(args, { out: (t) => out.push(t), err: (t) => out.push(t) })
      return { code, text: out.join('') }
    }
    const papers = write('papers.json', JSON.stringify(record, null, 2))
    const blt = write('ballots.blt', electionBlt({ title: record.ballot.title, seats: 2, candidates: CANDIDATES, papers: record.papers.map((p) => p.choice as number[]) }))
    const good = run(papers, blt, '--receipt', cast[0].receipt.toLowerCase())
    expect(good.text).toContain('they agree')
    expect(good.code).toBe(0)

    const swapped = structuredClone(record)
    swapped.papers[0].choice = [3, 2, 1, 0]
    const tampered = run(write('swapped.json', JSON.stringify(swapped)))
    expect(tampered.code).toBe(1)
    expect(tampered.text).toMatch(/Paper 1: its hash does not match/)

    const stuffed = structuredClone(record)
    stuffed.papers.push({ ...record.papers[0], nonce: 'ff' })
    stuffed.counts.papers += 1
    expect(run(write('stuffed.json', JSON.stringify(stuffed))).code).toBe(1)

    const otherResult = structuredClone(record)
    ;(otherResult.result as { elected: string[] }).elected.reverse()
    expect(run(write('result.json', JSON.stringify(otherResult))).text).toMatch(/different result/)

    const otherBlt = write('other.blt', electionBlt({ title: record.ballot.title, seats: 2, candidates: CANDIDATES, papers: record.papers.slice(1).map((p) => p.choice as number[]) }))
    expect(run(papers, otherBlt).code).toBe(1)
    expect(run(papers, '--receipt', '0000-0000-0000-0000-0000-0000-00').code).toBe(1)
    expect(run(write('junk.json', 'not json')).code).toBe(2)
  })
})

describe.runIf(onPostgresServer)('on a PostgreSQL server, the same form sent many times at once', () => {
  let connection: Connection
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 20 })
  })
  afterAll(async () => {
    await connection.close()
  })

  it('records one vote and gives every copy the same receipt', async () => {
    const db = connection.db
    const officer = await createUser(db, { role: 'officer' })
    const voter = await createMember(db)
    const ballot = await createBallot(db, { actorId: officer.id, kind: 'motion', title: 'Motion: retry safety', description: 'That retries are safe.', opensAt: minutes(-1), closesAt: minutes(60) })
    await scheduleBallot(db, { ballotId: ballot.id, actorId: officer.id })
    const attempt = newAttempt()
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => castVote(db, { ballotId: ballot.id, userId: voter.user.id, vote: { kind: 'motion', choice: 'for' }, attempt, baseUrl: BASE })))
    expect(new Set(outcomes.map((o) => o.receipt)).size).toBe(1)
    expect(await db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))).toBe(1)
  }, 30_000)
})
