/**
 * Votes per second: 200 members, each signed in, cast their vote at the same moment over HTTP
 * against the production server on PostgreSQL; every vote must be counted exactly once. The bare
 * route is measured in the same run with as many connections, for the ratio. Then the same again
 * through two servers on the same database (a second started for it), half the voters through
 * each: two servers should be no slower than one. Each voter opens the ballot before the burst and
 * sends the form it was given. Each server is warmed the same way first, votes included, and each
 * way is timed over several bursts taken in turn (BURSTS).
 */
import http from 'node:http'
import autocannon from 'autocannon'
import { eq, sql } from 'drizzle-orm'
import { connectPostgres, type Db } from '../../db/client.server.ts'
import { ballots, ballotUrn, outboxJobs } from '../../db/schema/index.ts'
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
 * Bursts each way before timing starts. A server's first votes run its vote path cold (the JIT
 * has not compiled it yet): on this machine the first burst ran at half the rate of the fourth.
 * A server on polling day is past that within its first minute.
 */
const WARM_BURSTS = Number(process.env.BENCH_VOTE_WARM_BURSTS ?? 3)

/** Asks every 50 ms until `done` holds, for at most `ms`. */
async function until(done: () => Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline && !(await done())) await new Promise((r) => setTimeout(r, 50))
}

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
  await until(async () => {
    const [row] = await db.select({ frozenAt: ballots.frozenAt }).from(ballots).where(eq(ballots.id, ballot.id))
    return Boolean(row?.frozenAt)
  }, 10_000)
  // The opening's emails to the electorate go out before the burst, not during it.
  await until(async () => {
    const [job] = await db
      .select({ status: outboxJobs.status })
      .from(outboxJobs)
      .where(eq(outboxJobs.dedupeKey, `ballot-open:${ballot.id}`))
    return !job || job.status === 'sent' || job.status === 'failed'
  }, 20_000)
  return ballot
}

/**
 * A voter's browser: one kept-alive connection that opens the ballot and then sends the vote,
 * through node:http. `fetch` spent about a millisecond of CPU per vote in this process, a third of
 * what the server spent, on the same two cores; a lighter client leaves them to the servers.
 */
function send(agent: http.Agent, url: string, options: { method?: 'POST'; headers: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; setCookies: string[]; text: string }>((resolve, reject) => {
    const headers = options.body === undefined ? options.headers : { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) }
    const request = http.request(url, { method: options.method ?? 'GET', agent, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, setCookies: response.headers['set-cookie'] ?? [], text: Buffer.concat(chunks).toString() }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(options.body)
  })
}

/**
 * What the database's sessions waited on while a burst ran, sampled every 25 ms: a lock held by
 * one voter's transaction that others queue behind shows as `Lock` waits on a row, tuple or
 * transaction (`Lock:extend` is the table growing, which every insert into any table may wait
 * for). WAL writes at commit (`LWLock:WALWrite`) are the cost of durable votes.
 */
function watchWaits(db: Db) {
  const waits = new Map<string, number>()
  let samples = 0
  let running = true
  // A burst that fails leaves the watching to end with the bench's connection, quietly.
  const watching = (async () => {
    while (running) {
      const rows = (await db.execute(sql`
        select wait_event_type || ':' || wait_event as wait from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state = 'active' and wait_event_type in ('Lock', 'LWLock')`)) as unknown as Array<{ wait: string }>
      samples += 1
      for (const { wait } of rows) waits.set(wait, (waits.get(wait) ?? 0) + 1)
      await new Promise((r) => setTimeout(r, 25))
    }
  })().catch(() => {
    running = false
  })
  return async () => {
    running = false
    await watching
    const lockWaits = [...waits].filter(([wait]) => wait.startsWith('Lock:')).reduce((n, [, count]) => n + count, 0)
    return { samples, lockWaits, waits }
  }
}

/**
 * Every voter at once, the i-th through server i mod n; checks that each vote counted exactly once.
 * As members do, each first opens the ballot (untimed) and then sends the form it was given, with
 * its key: the burst timed is the votes themselves.
 */
async function castAll(db: Db, cookies: string[], baseUrls: string[], label: string) {
  const ballot = await openMotion(db, label)
  const serverOf = (i: number) => baseUrls[i % baseUrls.length]
  // Each voter's connection, as their browser keeps it from opening the ballot to voting.
  const agents = cookies.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }))
  try {
    const attempts = await Promise.all(
      cookies.map(async (cookie, i) => {
        const page = (await send(agents[i], `${serverOf(i)}/ballots/${ballot.id}`, { headers: { cookie } })).text
        const attempt = /name="attempt" value="([^"]+)"/.exec(page)?.[1]
        if (!attempt) throw new Error(`${label}: the ballot page offered voter ${i} no ballot paper`)
        return attempt
      }),
    )
    const stopWatching = watchWaits(db)
    const started = performance.now()
    const responses = await Promise.all(
      cookies.map((cookie, i) => {
        const baseUrl = serverOf(i)
        return send(agents[i], `${baseUrl}/ballots/${ballot.id}`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
          body: new URLSearchParams({ attempt: attempts[i], choice: i % 4 === 0 ? 'against' : 'for' }).toString(),
        }).then((r) => ({ status: r.status, receipt: r.setCookies.some((c) => c.startsWith(`chorus_receipt_${ballot.id}=`)) }))
      }),
    )
    const seconds = (performance.now() - started) / 1000
    const waits = await stopWatching()
    // A cast vote answers 303 back to the ballot, with the receipt in a cookie for that page.
    const ok = responses.filter((r) => r.status === 303 && r.receipt).length
    // While open, votes are sealed in the urn; papers appear at close.
    const papers = await db.$count(ballotUrn, eq(ballotUrn.ballotId, ballot.id))
    const voted = await db.execute(sql`select count(*)::int as n from ballot_electors where ballot_id = ${ballot.id} and voted`)
    const exact = ok === VOTERS && papers === VOTERS && JSON.stringify(voted).includes(`${VOTERS}`)
    if (!exact) throw new Error(`${label}: ${ok} confirmed votes, ${papers} papers for ${VOTERS} voters (statuses: ${[...new Set(responses.map((r) => r.status))].join(', ')})`)
    return { rate: VOTERS / seconds, seconds, papers, waits }
  } finally {
    for (const agent of agents) agent.destroy()
  }
}

type Burst = Awaited<ReturnType<typeof castAll>>

/** The burst of middling rate (the lower middle one of an even number). */
function median(bursts: Burst[]) {
  return [...bursts].sort((a, b) => a.rate - b.rate)[Math.floor((bursts.length - 1) / 2)]
}

const range = (bursts: Burst[]) => `${Math.min(...bursts.map((b) => b.rate)).toFixed(0)}–${Math.max(...bursts.map((b) => b.rate)).toFixed(0)}/s`

/** Lock waits over a way's bursts, and the other waits seen, most frequent first. */
function describeWaits(bursts: Burst[]) {
  const all = new Map<string, number>()
  for (const burst of bursts) for (const [wait, n] of burst.waits.waits) all.set(wait, (all.get(wait) ?? 0) + n)
  const samples = bursts.reduce((n, b) => n + b.waits.samples, 0)
  const locks = bursts.reduce((n, b) => n + b.waits.lockWaits, 0)
  const named = (lock: boolean) =>
    [...all]
      .filter(([wait]) => wait.startsWith('Lock:') === lock)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([wait, n]) => `${wait} ${n}`)
      .join(', ')
  return `${locks} in ${samples} samples${locks > 0 ? ` (${named(true)})` : ''}; other waits: ${named(false) || 'none'}`
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
      second = await startServer({ env: { DATABASE_URL: databaseUrl, SESSION_SECRET: BENCH_SESSION_SECRET } })
      await warm(second.baseUrl)
      const ones: Burst[] = []
      const twos: Burst[] = []
      // The same voters vote in every burst, each on a ballot of its own.
      const { cookies } = await seedSignedIn(db, { count: VOTERS, label: 'voter', members: { registrationFrom: 900000, branch: 'London' } })
      for (let burst = -WARM_BURSTS; burst < BURSTS; burst++) {
        const name = burst < 0 ? `warm-up ${burst + WARM_BURSTS + 1}` : `burst ${burst + 1}`
        const one = await castAll(db, cookies, [baseUrl], `one server, ${name}`)
        const two = await castAll(db, cookies, [baseUrl, second.baseUrl], `two servers, ${name}`)
        if (burst < 0) continue
        ones.push(one)
        twos.push(two)
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
          `votes/s in each burst, in the order taken: one server ${ones.map((b) => b.rate.toFixed(0)).join(', ')}; two servers ${twos.map((b) => b.rate.toFixed(0)).join(', ')}`,
          `sessions seen waiting on a lock while votes were cast (sampled every 25 ms): ${describeWaits(ones)} with one server; ${describeWaits(twos)} with two`,
          `votes/s through two servers ÷ one server, median bursts: ${(two.rate / one.rate).toFixed(2)} (within 5% counts as no slower); burst by burst: ${ones.map((o, i) => (twos[i].rate / o.rate).toFixed(2)).join(', ')}`,
        ],
      }
    } finally {
      await second?.stop()
      await connection.close()
    }
  },
}
