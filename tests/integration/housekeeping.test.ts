import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createStatement, publishStatement } from '../../app/domain/statements/statements.server.ts'
import { castVote, createBallot, scheduleBallot } from '../../app/domain/voting/ballots.server.ts'
import { BALLOT_TICK_MS, housekeeping } from '../../app/utils/housekeeping.server.ts'
import { connectPostgres } from '../../db/client.server.ts'
import { ballots, rateLimits, sessions } from '../../db/schema/index.ts'
import { createTestDatabase, onPostgresServer, useTestDb } from '../helpers/db.ts'
import { deliverToMailbox, englishPart } from '../helpers/mail.ts'
import { createMember } from '../helpers/members.ts'
import { createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'

describe('the worker’s upkeep', () => {
  const t = useTestDb()

  it('runs every job in one round on this database — old rate-limit windows go, officers hear of a review due', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    await t.db.insert(rateLimits).values([
      { key: 'login:ip:203.0.113.9', windowStart: new Date(Date.now() - 3 * 86_400_000), hits: 3 },
      { key: 'login:ip:203.0.113.9', windowStart: new Date(), hits: 1 },
    ])
    const s = await createStatement(t.db, {
      title: 'Fair pay for social workers',
      summary: 'Pay should match the job.',
      body: 'The text of it.',
      topics: [],
      nations: [],
      reviewBy: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
      actorId: officer.id,
    })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })

    await housekeeping(t.db, 'http://localhost:3000')()

    expect(await t.db.$count(rateLimits)).toBe(1)
    const mail = await deliverToMailbox(t.db)
    expect(mail.map((m) => [m.to, englishPart(m.subject)])).toEqual([[officer.email, expect.stringMatching(/^Review due by .*: Fair pay for social workers$/)]])
  })
})

describe('ballots on their own tick', () => {
  const t = useTestDb()

  it('counts a ballot that has closed at the next ballot tick, seconds later, not at the next minute', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const voter = await createMember(t.db)
    const ballot = await createBallot(t.db, {
      actorId: officer.id,
      kind: 'motion',
      title: 'A motion',
      description: 'That.',
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 3_600_000),
    })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    await castVote(t.db, { ballotId: ballot.id, userId: voter.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })
    const run = housekeeping(t.db, BASE, 60_000)
    const minute = Math.ceil(Date.now() / 60_000) * 60_000
    expect(await run(minute)).toBe(true)
    await t.db
      .update(ballots)
      .set({ closesAt: new Date(Date.now() - 1_000) })
      .where(eq(ballots.id, ballot.id))
    // Same minute, next ballot tick: the upkeep does not run again, the ballot is counted.
    expect(await run(minute + BALLOT_TICK_MS)).toBe(false)
    const [counted] = await t.db.select({ countedAt: ballots.countedAt }).from(ballots).where(eq(ballots.id, ballot.id))
    expect(counted.countedAt).not.toBeNull()
  })
})

describe.runIf(onPostgresServer)('the upkeep across several servers (PostgreSQL)', () => {
  it('runs once per tick however many processes try at the same moment, and again the next tick', async () => {
    const main = await createTestDatabase({ max: 2 })
    // Six processes' pools on one database, each calling the upkeep at the same instant.
    const pools = [main, ...Array.from({ length: 5 }, () => connectPostgres(main.url!, { max: 2 }))]
    try {
      const officer = await createUser(main.db, { role: 'officer' })
      const everyMs = 60_000
      const tick = Date.now() - (Date.now() % everyMs) + 1_000
      const runs = pools.map((p) => housekeeping(p.db, BASE, everyMs))
      // An expired session the upkeep deletes.
      await main.db.insert(sessions).values({ id: 'expired-session-for-upkeep', userId: officer.id, expiresAt: new Date(Date.now() - 1000) })

      const first = await Promise.all(runs.map((run) => run(tick)))
      expect(first.filter(Boolean)).toHaveLength(1)
      expect(await main.db.$count(sessions, sql`id = 'expired-session-for-upkeep'`)).toBe(0)
      // Later in the same tick, even a process that has not tried yet finds it taken.
      expect(await housekeeping(main.db, BASE, everyMs)(tick + 30_000)).toBe(false)
      expect((await Promise.all(runs.map((run) => run(tick + 30_000)))).filter(Boolean)).toHaveLength(0)
      // The next tick: exactly one again.
      expect((await Promise.all(runs.map((run) => run(tick + everyMs)))).filter(Boolean)).toHaveLength(1)
    } finally {
      await Promise.all(pools.slice(1).map((p) => p.close()))
      await main.close()
    }
  })
})
