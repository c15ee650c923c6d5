/**
 * Votes per second: 200 members, each signed in, cast their vote at the same moment over HTTP
 * against the production server on PostgreSQL; every vote must be counted exactly once. The bare
 * route is measured in the same run with as many connections, for the ratio. Then the same again
 * through two servers on the same database (a second started for it), half the voters through
 * each: two servers should be no slower than one. Each server is warmed the same way first.
 */
import { randomBytes } from 'node:crypto'
import { createCookie } from '@remix-run/node'
import autocannon from 'autocannon'
import { eq, sql } from 'drizzle-orm'
import { connectPostgres, type Db } from '../../db/client.server.ts'
import { ballots, ballotUrn, memberships, sessions, users } from '../../db/schema/index.ts'
import { startServer } from '../e2e/lib/server.ts'
import type { Bench, BenchRow } from './types.ts'

export const BENCH_SESSION_SECRET = 'chorus-bench-session-secret-0123456789abcdef'
const VOTERS = Number(process.env.BENCH_VOTERS ?? 200)
const GOAL = 500

/** VOTERS members with sessions, and a motion whose voting opened a minute ago. */
async function votersAndBallot(db: Db, label: string) {
  const cookie = createCookie('chorus_session', { secrets: [BENCH_SESSION_SECRET], path: '/' })
  const people = await db
    .insert(users)
    .values(Array.from({ length: VOTERS }, (_, i) => ({ email: `voter${i}-${label}-${Date.now()}@bench.test`, name: `Voter ${i}`, passwordHash: 'not-a-login', emailVerifiedAt: new Date() })))
    .returning({ id: users.id })
  const numberFrom = label === 'one' ? 900000 : 800000
  await db.insert(memberships).values(
    people.map((p, i) => ({
      userId: p.id,
      tierId: 'full',
      status: 'active' as const,
      regulator: 'swe' as const,
      registrationNumber: `SW${numberFrom + i}`,
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
      title: `Bench motion (${label})`,
      description: 'Votes per second.',
      status: 'scheduled',
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 3600_000),
      threshold: 'simple',
    })
    .returning()
  const cookies = await Promise.all(sessionIds.map(async (id) => (await cookie.serialize(id)).split(';')[0]))
  return { ballot, cookies }
}

/** Every voter at once, the i-th through server i mod n; checks that each vote counted exactly once. */
async function castAll(db: Db, baseUrls: string[], label: string) {
  const { ballot, cookies } = await votersAndBallot(db, label)
  const started = performance.now()
  const responses = await Promise.all(
    cookies.map((c, i) => {
      const baseUrl = baseUrls[i % baseUrls.length]
      return fetch(`${baseUrl}/ballots/${ballot.id}`, {
        method: 'POST',
        headers: { cookie: c, 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
        body: `choice=${i % 4 === 0 ? 'against' : 'for'}`,
        redirect: 'manual',
      }).then(async (r) => ({ status: r.status, receipt: r.headers.getSetCookie().some((c) => c.startsWith(`chorus_receipt_${ballot.id}=`)), text: await r.text() }))
    }),
  )
  const seconds = (performance.now() - started) / 1000
  // A cast vote answers 303 back to the ballot, with the receipt in a cookie for that page.
  const ok = responses.filter((r) => r.status === 303 && r.receipt).length
  // While open, votes are sealed in the urn; papers appear at close.
  const papers = await db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))
  const voted = await db.execute(sql`select count(*)::int as n from ballot_electors where ballot_id = ${ballot.id} and voted`)
  const exact = ok === VOTERS && papers === VOTERS && JSON.stringify(voted).includes(`${VOTERS}`)
  if (!exact) throw new Error(`${ok} confirmed votes, ${papers} papers for ${VOTERS} voters (statuses: ${[...new Set(responses.map((r) => r.status))].join(', ')})`)
  return { rate: VOTERS / seconds, seconds, papers }
}

/** Requests enough for the JIT to settle before a burst is timed. */
async function warm(baseUrl: string) {
  await autocannon({ url: `${baseUrl}/bench/bare`, connections: 20, duration: 3 })
  await autocannon({ url: `${baseUrl}/`, connections: 20, duration: 3 })
}

export const votesPerSecond: Bench = {
  name: 'votes per second',
  needs: ['server'],
  async run({ baseUrl, databaseUrl }) {
    const connection = connectPostgres(databaseUrl, { max: 4 })
    const db = connection.db
    let second: Awaited<ReturnType<typeof startServer>> | undefined
    try {
      // Both servers are measured warm, as a server is after its first minutes of traffic (the
      // page benchmarks warm up the same way): a burst of 200 on a cold server measures the JIT.
      await warm(baseUrl)
      const one = await castAll(db, [baseUrl], 'one')
      const bare = await autocannon({ url: `${baseUrl}/bench/bare`, connections: VOTERS, duration: 3, timeout: 10 })
      const ratio = one.rate / bare.requests.average

      second = await startServer({ env: { DATABASE_URL: databaseUrl, SESSION_SECRET: BENCH_SESSION_SECRET } })
      await warm(second.baseUrl)
      const two = await castAll(db, [baseUrl, second.baseUrl], 'two')
      const rows: BenchRow[] = [
        {
          name: `votes: ${VOTERS} voters at once over HTTP`,
          perSecond: one.rate,
          goal: `≥ ${GOAL} votes/s`,
          met: one.rate >= GOAL,
          result: `${one.seconds.toFixed(2)} s, ${one.papers} sealed votes (exact); ${ratio.toFixed(2)}× bare route`,
        },
        {
          name: `votes: ${VOTERS} voters at once through two servers`,
          perSecond: two.rate,
          goal: 'no slower than one server',
          met: two.rate >= one.rate * 0.95,
          result: `${two.seconds.toFixed(2)} s, ${two.papers} sealed votes (exact); ${(two.rate / one.rate).toFixed(2)}× one server`,
        },
      ]
      return {
        rows,
        lines: [
          `votes/s ÷ GET /bench/bare at ${VOTERS} connections (${bare.requests.average.toFixed(0)} req/s): ${ratio.toFixed(2)}`,
          `votes/s through two servers ÷ one server: ${(two.rate / one.rate).toFixed(2)} (within 5% counts as no slower: a burst of ${VOTERS} swings more than that between runs)`,
        ],
      }
    } finally {
      await second?.stop()
      await connection.close()
    }
  },
}
