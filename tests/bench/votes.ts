/**
 * Votes per second: 200 members, each signed in, cast their vote at the same moment over HTTP
 * against the production server on PostgreSQL; every vote must be counted exactly once. The bare
 * route is measured in the same run with as many connections, for the ratio.
 */
import { randomBytes } from 'node:crypto'
import { createCookie } from '@remix-run/node'
import autocannon from 'autocannon'
import { eq, sql } from 'drizzle-orm'
import { connectPostgres } from '../../db/client.server.ts'
import { ballots, ballotUrn, memberships, sessions, users } from '../../db/schema/index.ts'
import type { Bench } from './types.ts'

export const BENCH_SESSION_SECRET = 'chorus-bench-session-secret-0123456789abcdef'
const VOTERS = Number(process.env.BENCH_VOTERS ?? 200)
const GOAL = 500

export const votesPerSecond: Bench = {
  name: 'votes per second',
  needs: ['server'],
  async run({ baseUrl, databaseUrl }) {
    const connection = connectPostgres(databaseUrl, { max: 4 })
    const db = connection.db
    try {
      const cookie = createCookie('chorus_session', { secrets: [BENCH_SESSION_SECRET], path: '/' })
      const people = await db
        .insert(users)
        .values(Array.from({ length: VOTERS }, (_, i) => ({ email: `voter${i}-${Date.now()}@bench.test`, name: `Voter ${i}`, passwordHash: 'not-a-login', emailVerifiedAt: new Date() })))
        .returning({ id: users.id })
      await db.insert(memberships).values(
        people.map((p, i) => ({
          userId: p.id,
          tierId: 'full',
          status: 'active' as const,
          regulator: 'swe' as const,
          registrationNumber: `SW${900000 + i}`,
          registrationVerifiedAt: new Date(),
          nation: 'england' as const,
          branch: 'London',
          sector: 'children',
        })),
      )
      const sessionIds = people.map(() => randomBytes(32).toString('base64url'))
      await db.insert(sessions).values(people.map((p, i) => ({ id: sessionIds[i], userId: p.id, expiresAt: new Date(Date.now() + 3600_000) })))
      const [ballot] = await db
        .insert(ballots)
        .values({
          kind: 'motion',
          title: 'Bench motion',
          description: 'Votes per second.',
          status: 'scheduled',
          opensAt: new Date(Date.now() - 60_000),
          closesAt: new Date(Date.now() + 3600_000),
          threshold: 'simple',
        })
        .returning()
      const cookies = await Promise.all(sessionIds.map(async (id) => (await cookie.serialize(id)).split(';')[0]))

      const started = performance.now()
      const responses = await Promise.all(
        cookies.map((c, i) =>
          fetch(`${baseUrl}/ballots/${ballot.id}`, {
            method: 'POST',
            headers: { cookie: c, 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
            body: `choice=${i % 4 === 0 ? 'against' : 'for'}`,
            redirect: 'manual',
          }).then(async (r) => ({ status: r.status, receipt: r.headers.getSetCookie().some((c) => c.startsWith(`chorus_receipt_${ballot.id}=`)), text: await r.text() })),
        ),
      )
      const seconds = (performance.now() - started) / 1000
      // A cast vote answers 303 back to the ballot, with the receipt in a cookie for that page.
      const ok = responses.filter((r) => r.status === 303 && r.receipt).length
      // While open, votes are sealed in the urn; papers appear at close.
      const papers = await db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))
      const voted = await db.execute(sql`select count(*)::int as n from ballot_electors where ballot_id = ${ballot.id} and voted`)
      const exact = ok === VOTERS && papers === VOTERS && JSON.stringify(voted).includes(`${VOTERS}`)
      if (!exact) throw new Error(`${ok} confirmed votes, ${papers} papers for ${VOTERS} voters (statuses: ${[...new Set(responses.map((r) => r.status))].join(', ')})`)
      const rate = VOTERS / seconds
      const bare = await autocannon({ url: `${baseUrl}/bench/bare`, connections: VOTERS, duration: 3, timeout: 10 })
      const ratio = rate / bare.requests.average
      return {
        rows: [
          {
            name: `votes: ${VOTERS} voters at once over HTTP`,
            perSecond: rate,
            goal: `≥ ${GOAL} votes/s`,
            met: rate >= GOAL,
            result: `${seconds.toFixed(2)} s, ${papers} sealed votes (exact); ${ratio.toFixed(2)}× bare route`,
          },
        ],
        lines: [`votes/s ÷ GET /bench/bare at ${VOTERS} connections (${bare.requests.average.toFixed(0)} req/s): ${ratio.toFixed(2)}`],
      }
    } finally {
      await connection.close()
    }
  },
}
