/**
 * The database goes away in the middle of a ballot and a payment run: PostgreSQL is restarted
 * (`pg_ctl restart -m fast`) and then held down for a few seconds, while members vote and Stripe
 * delivers payments. The production server is never restarted. People see a 503 "try again"
 * page, never a crash; afterwards everything acknowledged is in the database, exactly once.
 */
import assert from 'node:assert/strict'
import { sql } from 'drizzle-orm'
import postgres from 'postgres'
import { connectPostgres } from '../../db/client.server.ts'
import { startServer, type RunningServer } from '../e2e/lib/server.ts'
import { castVote, deliverStripeEvent, inParallel, invoicePaidEvent, openMotionBallot, rows, seedMembers, serverEnv, sleep } from './lib/fixtures.ts'
import { startPrivatePostgres } from './lib/private-postgres.ts'

const FULL = process.env.LOAD_FULL === '1'
const VOTERS = FULL ? 300 : 80
const PAYERS = FULL ? 100 : 30
/** Traffic is spread over this long so that it spans both faults. */
const SPREAD_MS = 9_000

type Attempt = { status: number; retryAfter: string | null; at: number }

export async function databaseRestartDuringVotesAndPayments() {
  const pg = await startPrivatePostgres()
  let server: RunningServer | undefined
  const setup = { close: async () => {} } as { close(): Promise<void> }
  try {
    const admin = postgres(pg.adminUrl, { max: 1, onnotice: () => {} })
    await admin.unsafe('CREATE DATABASE chorus_outage')
    await admin.end()
    const databaseUrl = pg.adminUrl.replace(/\/postgres$/, '/chorus_outage')
    server = await startServer({ env: serverEnv(databaseUrl) })
    const baseUrl = server.baseUrl
    const connection = connectPostgres(databaseUrl, { max: 4 })
    setup.close = connection.close
    const db = connection.db

    const voters = await seedMembers(db, VOTERS, 'voter')
    const payers = await seedMembers(db, PAYERS, 'payer', (i) => ({ stripeCustomerId: `cus_load_${i}`, stripeSubscriptionId: `sub_load_${i}` }))
    const ballot = await openMotionBallot(db, 'Adopt the safe caseload standard')

    const started = Date.now()
    const attempts: Attempt[] = []
    const probes: (Attempt & { page: string; took: number; csp: string })[] = []
    const faultLog: string[] = []

    // The faults, on a clock: a quick restart, then an outage held for three seconds.
    const faults = (async () => {
      await sleep(2_000)
      faultLog.push(`restart at ${Date.now() - started} ms`)
      await pg.restart()
      await sleep(2_000)
      faultLog.push(`stop at ${Date.now() - started} ms`)
      await pg.stop()
      const downAt = Date.now()
      // While it is down, someone opens the ballot page and the home page.
      while (Date.now() - downAt < 3_000) {
        for (const path of ['/', `/ballots/${ballot.id}`]) {
          const t0 = Date.now()
          const res = await fetch(`${baseUrl}${path}`, { headers: { cookie: voters[0].cookie }, signal: AbortSignal.timeout(20_000) }).catch(() => null)
          probes.push({
            status: res?.status ?? 0,
            retryAfter: res?.headers.get('retry-after') ?? null,
            at: t0 - started,
            took: Date.now() - t0,
            csp: res?.headers.get('content-security-policy') ?? '',
            page: (await res?.text()) ?? '',
          })
        }
        await sleep(250)
      }
      await pg.start()
      faultLog.push(`started again at ${Date.now() - started} ms`)
    })()

    // Every vote and payment is tried until the server acknowledges it, as a person (or Stripe) would.
    const work = [...voters.map((v, i) => ({ kind: 'vote' as const, i, v })), ...payers.map((p, i) => ({ kind: 'payment' as const, i, p }))].sort(
      (a, b) => ((a.i * 7919 + (a.kind === 'vote' ? 0 : 1)) % 97) - ((b.i * 7919 + (b.kind === 'vote' ? 0 : 1)) % 97),
    )
    const acknowledged = { votes: 0, alreadyVoted: 0, payments: 0 }
    await inParallel(work, 8, async (item, index) => {
      await sleep(Math.max(0, started + (index * SPREAD_MS) / work.length - Date.now()))
      for (let attempt = 0; attempt < 200; attempt++) {
        if (item.kind === 'vote') {
          const out = await castVote(baseUrl, ballot.id, item.v.cookie, item.i % 3 === 0 ? 'against' : 'for')
          attempts.push({ status: out.status, retryAfter: out.retryAfter, at: Date.now() - started })
          if (out.cast) return void acknowledged.votes++
          // The first answer was lost in the outage but the vote had been committed.
          if (out.status === 409 && out.text.includes('already voted')) return void acknowledged.alreadyVoted++
        } else {
          const out = await deliverStripeEvent(baseUrl, invoicePaidEvent(`outage_${item.i}`, `cus_load_${item.i}`, `sub_load_${item.i}`))
          attempts.push({ status: out.status, retryAfter: out.retryAfter, at: Date.now() - started })
          if (out.status === 200) return void acknowledged.payments++
        }
        await sleep(250)
      }
      throw new Error(`${item.kind} ${item.i} was never acknowledged`)
    })
    await faults

    const statuses = Object.entries(attempts.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {}))
    const summary = `faults: ${faultLog.join(', ')}; answers: ${statuses.map(([s, n]) => `${s}×${n}`).join(' ')}; probes: ${probes.map((p) => `${p.status} in ${p.took} ms`).join(', ')}`
    console.log(`     ${summary}`)

    // Nothing crashed: only successes, "already voted" and 503s with Retry-After.
    assert.deepEqual(
      attempts.filter((a) => ![200, 303, 409, 503].includes(a.status)),
      [],
      summary,
    )
    assert.deepEqual(
      attempts.filter((a) => a.status === 503 && !a.retryAfter),
      [],
      'every 503 says when to retry',
    )
    // During the held outage people got the "try again" page with a 503.
    assert.ok(probes.length >= 4, summary)
    assert.deepEqual(
      probes.filter((p) => p.status !== 503),
      [],
      summary,
    )
    for (const p of probes) {
      assert.ok(p.retryAfter, 'Retry-After on the outage page')
      assert.match(p.page, /Sorry, there is a problem with the service/)
      assert.match(p.page, /try again/i)
      assert.match(p.csp, /frame-ancestors 'none'/, 'security headers on the outage page')
    }
    assert.ok(
      attempts.some((a) => a.status === 503),
      `some votes or payments met the outage: ${summary}`,
    )

    // The same server recovered by itself.
    const health = await fetch(`${baseUrl}/healthz`)
    assert.equal(health.status, 200)
    const page = await fetch(`${baseUrl}/ballots/${ballot.id}`, { headers: { cookie: voters[1].cookie } })
    assert.equal(page.status, 200)

    // Every acknowledged vote is counted, each once; every payment is recorded once.
    assert.equal(acknowledged.votes + acknowledged.alreadyVoted, VOTERS)
    const [papers] = await rows(db, sql`select count(*)::int as n from ballot_urn where ballot_id = ${ballot.id}`)
    const [voted] = await rows(
      db,
      sql`select count(*)::int as n from ballot_electors e join memberships m on m.id = e.membership_id join users u on u.id = m.user_id where e.ballot_id = ${ballot.id} and e.voted and u.email like 'voter%@load.test'`,
    )
    assert.equal(Number(papers.n), VOTERS, 'ballot papers')
    assert.equal(Number(voted.n), VOTERS, 'electors marked as voted')
    const [paid] = await rows(db, sql`select count(*)::int as n, count(distinct stripe_invoice_id)::int as invoices from payments where stripe_invoice_id like 'in_load_outage_%'`)
    assert.deepEqual({ n: Number(paid.n), invoices: Number(paid.invoices) }, { n: PAYERS, invoices: PAYERS }, 'payments')
    const [receipts] = await rows(db, sql`select count(*)::int as n from outbox_jobs where dedupe_key like 'receipt:in_load_outage_%'`)
    assert.equal(Number(receipts.n), PAYERS, 'one receipt email queued per payment')
    // Stripe delivering them all again changes nothing.
    for (const i of [0, 1, 2]) assert.equal((await deliverStripeEvent(baseUrl, invoicePaidEvent(`outage_${i}`, `cus_load_${i}`, `sub_load_${i}`))).text, 'duplicate')
  } catch (error) {
    console.log(server?.output().split('\n').slice(-60).join('\n'))
    throw error
  } finally {
    await setup.close().catch(() => {})
    await server?.stop().catch(() => {})
    await pg.destroy()
  }
}
