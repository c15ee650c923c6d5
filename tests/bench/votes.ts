/**
 * Votes per second: 200 members, each signed in, cast their vote at the same moment over HTTP
 * against the production server on PostgreSQL; every vote must be counted exactly once. The bare
 * route is measured in the same run with as many connections, for the ratio. Then the same again
 * through two servers on the same database (a second started for it), half the voters through
 * each: two servers should be no slower than one. Each server is warmed the same way first, and
 * each way is timed over several bursts taken in turn (BURSTS).
 */
import autocannon from 'autocannon'
import { eq, sql } from 'drizzle-orm'
import { connectPostgres, type Db } from '../../db/client.server.ts'
import { ballots, ballotUrn } from '../../db/schema/index.ts'
import { startServer } from '../e2e/lib/server.ts'
import { BENCH_SESSION_SECRET, seedSignedIn } from './people.ts'
import type { Bench, BenchRow } from './types.ts'

const VOTERS = Number(process.env.BENCH_VOTERS ?? 200)
const GOAL = 500
/**
 * Bursts timed for each of one and two servers, taken in turn (one, two, one, two…) so a change
 * in the machine's speed during the run falls on both alike. A burst of 200 lasts under half a
 * second and one alone swings by a fifth between runs; the median of several does not.
 */
const BURSTS = Number(process.env.BENCH_VOTE_BURSTS ?? 5)

/**
 * A motion whose voting opened a minute ago, once its electorate is frozen: the servers'
 * housekeeping freezes it at opening, as it does for a real ballot, before anyone votes.
 */
async function openMotion(db: Db, label: string) {
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
  for (let i = 0; i < 200; i++) {
    const [row] = await db.select({ frozenAt: ballots.frozenAt }).from(ballots).where(eq(ballots.id, ballot.id))
    if (row?.frozenAt) break
    await new Promise((r) => setTimeout(r, 50))
  }
  // The opening's emails to the electorate go out before the burst, not during it.
  await new Promise((r) => setTimeout(r, 500))
  return ballot
}

/** Every voter at once, the i-th through server i mod n; checks that each vote counted exactly once. */
async function castAll(db: Db, cookies: string[], baseUrls: string[], label: string) {
  const ballot = await openMotion(db, label)
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
  if (!exact) throw new Error(`${label}: ${ok} confirmed votes, ${papers} papers for ${VOTERS} voters (statuses: ${[...new Set(responses.map((r) => r.status))].join(', ')})`)
  return { rate: VOTERS / seconds, seconds, papers }
}

type Burst = Awaited<ReturnType<typeof castAll>>

/** The burst of middling rate (the lower middle one of an even number). */
function median(bursts: Burst[]) {
  return [...bursts].sort((a, b) => a.rate - b.rate)[Math.floor((bursts.length - 1) / 2)]
}

const range = (bursts: Burst[]) => `${Math.min(...bursts.map((b) => b.rate)).toFixed(0)}–${Math.max(...bursts.map((b) => b.rate)).toFixed(0)}/s`

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
      second = await startServer({ env: { DATABASE_URL: databaseUrl, SESSION_SECRET: BENCH_SESSION_SECRET } })
      await warm(second.baseUrl)
      const ones: Burst[] = []
      const twos: Burst[] = []
      // The same voters vote in every burst, each on a ballot of its own.
      const { cookies } = await seedSignedIn(db, { count: VOTERS, label: 'voter', members: { registrationFrom: 900000, branch: 'London' } })
      for (let burst = 0; burst < BURSTS; burst++) {
        ones.push(await castAll(db, cookies, [baseUrl], `one server, burst ${burst + 1}`))
        twos.push(await castAll(db, cookies, [baseUrl, second.baseUrl], `two servers, burst ${burst + 1}`))
      }
      const one = median(ones)
      const two = median(twos)
      const bare = await autocannon({ url: `${baseUrl}/bench/bare`, connections: VOTERS, duration: 3, timeout: 10 })
      const ratio = one.rate / bare.requests.average
      const rows: BenchRow[] = [
        {
          name: `votes: ${VOTERS} voters at once over HTTP`,
          perSecond: one.rate,
          goal: `≥ ${GOAL} votes/s`,
          met: one.rate >= GOAL,
          result: `median of ${BURSTS} bursts (${range(ones)}), each ${VOTERS} sealed votes (exact); ${ratio.toFixed(2)}× bare route`,
        },
        {
          name: `votes: ${VOTERS} voters at once through two servers`,
          perSecond: two.rate,
          goal: 'no slower than one server',
          met: two.rate >= one.rate * 0.95,
          result: `median of ${BURSTS} bursts (${range(twos)}), each exact; ${(two.rate / one.rate).toFixed(2)}× one server`,
        },
      ]
      return {
        rows,
        lines: [
          `votes/s ÷ GET /bench/bare at ${VOTERS} connections (${bare.requests.average.toFixed(0)} req/s): ${ratio.toFixed(2)}`,
          `votes/s through two servers ÷ one server, median bursts: ${(two.rate / one.rate).toFixed(2)} (within 5% counts as no slower); burst by burst: ${ones.map((o, i) => (twos[i].rate / o.rate).toFixed(2)).join(', ')}`,
        ],
      }
    } finally {
      await second?.stop()
      await connection.close()
    }
  },
}
