/**
 * Poll answers keep the ballot's secrecy: nothing stored links an answer to a member, while the
 * poll is open (sealed urn rows of equal length) or after close (shuffled responses with only the
 * two breakdown cells); and one response per member holds under concurrent submissions.
 */
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePoll, createPoll, respondToPoll, sendPoll } from '../../app/domain/polls/polls.server.ts'
import { openAnswer } from '../../app/domain/polls/urn.server.ts'
import type { Connection, Db } from '../../db/client.server.ts'
import { pollAudience, pollResponses, pollUrn } from '../../db/schema/index.ts'
import { createTestDatabase, onPostgresServer } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { columnsJoiningMembers } from '../helpers/secrecy.ts'
import { createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const rows = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[]

async function sentPoll(db: Db) {
  const officer = await createUser(db, { role: 'officer' })
  const poll = await createPoll(db, {
    actorId: officer.id,
    title: 'Caseloads this winter',
    durationHours: 2,
    questions: [
      { kind: 'single', wording: 'Is your caseload safe?', options: ['Yes', 'No'] },
      { kind: 'free_text', wording: 'Tell us more' },
    ],
  })
  return { officer, poll }
}

describe('poll secrecy, with real transactions', () => {
  let connection: Connection
  let db: Db
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 4 })
    db = connection.db
  })
  afterAll(async () => {
    await connection.close()
  })

  it('stores nothing that joins a response to a member: not a column, a key, the urn, the audit log or the outbox', async () => {
    const members = [await createMember(db), await createMember(db), await createMember(db)]
    const { officer, poll } = await sentPoll(db)
    await sendPoll(db, { pollId: poll.id, actorId: officer.id, baseUrl: BASE })
    const auditBefore = rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from audit_log`))[0].n
    const outboxBefore = rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from outbox_jobs`))[0].n
    const secrets = ['Forty-one open cases since March', 'Two of us cover a whole district', '']
    for (const [i, m] of members.entries()) await respondToPoll(db, { pollId: poll.id, userId: m.user.id, answers: { '1': i === 1 ? 'b' : 'a', '2': secrets[i] } })

    // While open: sealed rows of one length, no answer readable, nothing written besides the mark and the urn row.
    const urn = await db.select().from(pollUrn).where(eq(pollUrn.pollId, poll.id))
    expect(urn).toHaveLength(3)
    expect(new Set(urn.map((u) => u.sealed.length)).size).toBe(1)
    for (const u of urn) expect(u.sealed.toString('latin1')).not.toMatch(/Forty-one|district|england/)
    const opened = urn.map((u) => openAnswer(poll.id, u.sealed)!)
    for (const o of opened) expect(Object.keys(o).sort()).toEqual(['answers', 'nation', 'practiceArea'])
    expect(JSON.stringify(opened)).not.toMatch(new RegExp(members.map((m) => `${m.membership.id}|${m.user.id}`).join('|')))
    expect(rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from audit_log`))[0].n).toBe(auditBefore)
    expect(rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from outbox_jobs`))[0].n).toBe(outboxBefore)
    // The marks and the sealed answers share no value and no writing transaction.
    const audience = { table: 'poll_audience', scope: 'poll_id', id: poll.id }
    expect(await columnsJoiningMembers(db, { people: audience, choices: [{ table: 'poll_urn', scope: 'poll_id', id: poll.id }] })).toEqual([])
    // The scan does see a join where there is one: the audience lined up with itself.
    expect(await columnsJoiningMembers(db, { people: audience, choices: [audience] })).toEqual(
      expect.arrayContaining(['poll_audience.membership_id = poll_audience.membership_id', 'poll_audience.xmin = poll_audience.xmin']),
    )

    await closePoll(db, { pollId: poll.id, now: new Date(Date.now() + 3 * 3_600_000) })
    const responses = await db.select().from(pollResponses).where(eq(pollResponses.pollId, poll.id))
    expect(responses).toHaveLength(3)
    expect(
      responses
        .filter((r) => r.answers['2'])
        .map((r) => r.answers['2'])
        .sort(),
    ).toEqual(secrets.filter(Boolean).sort())

    // The columns of the answer tables: none names a member, a user, an account or a time.
    const columns = rows<{ table_name: string; column_name: string; data_type: string }>(
      await db.execute(
        sql`select table_name, column_name, data_type from information_schema.columns where table_schema = 'public' and table_name in ('poll_urn', 'poll_responses') order by table_name, ordinal_position`,
      ),
    )
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'poll_responses.poll_id',
      'poll_responses.position',
      'poll_responses.answers',
      'poll_responses.nation',
      'poll_responses.practice_area',
      'poll_urn.poll_id',
      'poll_urn.id',
      'poll_urn.sealed',
    ])
    expect(columns.filter((c) => /time|date/.test(c.data_type))).toEqual([])
    // No foreign key leads from an answer to anyone, and nothing points at an answer.
    const keys = rows<{ name: string }>(
      await db.execute(
        sql`select conname as name from pg_constraint where contype = 'f' and (conrelid in ('poll_urn'::regclass, 'poll_responses'::regclass) and confrelid not in ('polls'::regclass) or confrelid in ('poll_urn'::regclass, 'poll_responses'::regclass))`,
      ),
    )
    expect(keys).toEqual([])
    // The audience says who answered, never what: its columns hold no answer.
    const audienceColumns = rows<{ column_name: string }>(await db.execute(sql`select column_name from information_schema.columns where table_name = 'poll_audience' order by ordinal_position`))
    expect(audienceColumns.map((c) => c.column_name)).toEqual(['poll_id', 'membership_id', 'responded'])
    // The audience (who was asked, who answered) shares nothing with the answers but the poll.
    expect(await columnsJoiningMembers(db, { people: audience, choices: [{ table: 'poll_responses', scope: 'poll_id', id: poll.id }] })).toEqual([])
    // No answer text reached the audit log or the outbox.
    const leaks = rows<{ n: number }>(
      await db.execute(
        sql`select (select count(*) from audit_log where coalesce(before::text, '') || coalesce(after::text, '') like '%Forty-one%') + (select count(*) from outbox_jobs where data::text like '%Forty-one%') as n`,
      ),
    )
    expect(Number(leaks[0].n)).toBe(0)
    expect(await db.$count(pollUrn, eq(pollUrn.pollId, poll.id))).toBe(0)
  })

  it('refuses to change responses after close, to withdraw a response, or to take answers into the urn of a closed poll', async () => {
    const member = await createMember(db)
    const { officer, poll } = await sentPoll(db)
    await sendPoll(db, { pollId: poll.id, actorId: officer.id, baseUrl: BASE })
    await respondToPoll(db, { pollId: poll.id, userId: member.user.id, answers: { '1': 'a' } })
    await expect(db.update(pollAudience).set({ responded: false }).where(eq(pollAudience.membershipId, member.membership.id))).rejects.toThrow()
    await closePoll(db, { pollId: poll.id, now: new Date(Date.now() + 3 * 3_600_000) })
    await expect(db.update(pollResponses).set({ nation: 'wales' }).where(eq(pollResponses.pollId, poll.id))).rejects.toThrow()
    await expect(db.insert(pollUrn).values({ pollId: poll.id, sealed: Buffer.alloc(512) })).rejects.toThrow()
  })
})

describe.runIf(onPostgresServer)('one response per member on a PostgreSQL server', () => {
  let connection: Connection
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 20 })
  })
  afterAll(async () => {
    await connection.close()
  })

  it('records exactly one response when one member submits 50 times at once', async () => {
    const db = connection.db
    const member = await createMember(db)
    const { officer, poll } = await sentPoll(db)
    await sendPoll(db, { pollId: poll.id, actorId: officer.id, baseUrl: BASE })
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => respondToPoll(db, { pollId: poll.id, userId: member.user.id, answers: { '1': i % 2 ? 'a' : 'b' } })))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of results.filter((r) => r.status === 'rejected')) expect(String((r as PromiseRejectedResult).reason)).toMatch(/already answered/)
    expect(await db.$count(pollUrn, eq(pollUrn.pollId, poll.id))).toBe(1)
    const closed = await closePoll(db, { pollId: poll.id, now: new Date(Date.now() + 3 * 3_600_000) })
    expect(closed).toMatchObject({ respondedCount: 1, responsesCount: 1 })
  })
})
