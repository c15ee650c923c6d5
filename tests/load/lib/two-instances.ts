/**
 * Two production servers, one PostgreSQL database, each with its own outbox worker, both
 * sending through the real Resend SDK to one capture server. Members vote through both at
 * once (some twice, once through each), Stripe delivers every event to both, and a press
 * alert to many journalists is queued. Used by tests/load (small) and npm run bench (full).
 */
import { eq, sql } from 'drizzle-orm'
import { enqueueEmail } from '../../../app/domain/outbox/enqueue.server.ts'
import { connectPostgres } from '../../../db/client.server.ts'
import { users } from '../../../db/schema/index.ts'
import { templates } from '../../../emails/index.ts'
import { createDatabase, startServer, type RunningServer } from '../../e2e/lib/server.ts'
import { ResendCapture } from '../../helpers/resend-capture.ts'
import { castVote, deliverStripeEvent, inParallel, invoicePaidEvent, openMotionBallot, rows, seedMembers, serverEnv, sleep } from './fixtures.ts'

export interface TwoInstanceSize {
  voters: number
  emails: number
  payers: number
}

export const SMALL: TwoInstanceSize = { voters: 60, emails: 300, payers: 20 }
export const FULL: TwoInstanceSize = { voters: 300, emails: 2_000, payers: 50 }

export interface TwoInstanceResult {
  size: TwoInstanceSize
  voteSeconds: number
  /** Votes attempted (including second tries) per second across both servers. */
  votesPerSecond: number
  mailSeconds: number
  emailsPerSecond: number
  papers: number
  doubleVotesRefused: number
  alertsDelivered: number
  duplicatesDelivered: number
  payments: number
  /** Every way the run fell short of exact; empty when it held. */
  problems: string[]
}

export async function runTwoInstances(size: TwoInstanceSize): Promise<TwoInstanceResult> {
  const adminUrl = process.env.LOAD_DATABASE_URL ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const database = await createDatabase(adminUrl, 'chorus_two')
  const capture = await new ResendCapture().start()
  const servers: RunningServer[] = []
  const connection = connectPostgres(database.url, { max: 4 })
  try {
    const env = serverEnv(database.url, { RESEND_API_KEY: 're_load_two_instances', RESEND_BASE_URL: capture.url, OUTBOX_POLL_MS: '100' })
    // The first migrates and seeds; the second starts on a ready database, as a rolling deploy would.
    servers.push(await startServer({ env }))
    servers.push(await startServer({ env }))
    const [a, b] = servers
    const db = connection.db

    const voters = await seedMembers(db, size.voters, 'two')
    const payers = await seedMembers(db, size.payers, 'twopay', (i) => ({ stripeCustomerId: `cus_two_${i}`, stripeSubscriptionId: `sub_two_${i}` }))
    const ballot = await openMotionBallot(db, 'Back the national caseload limit')
    await db.execute(sql`
      insert into users (email, name, password_hash, role, email_verified_at)
      select 'journalist' || i || '@press.example', 'Journalist ' || i, 'not-a-login', 'journalist', now()
      from generate_series(1, ${size.emails}) i`)
    const journalists = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.role, 'journalist'))
    const recipients = journalists.filter((j) => j.email.endsWith('@press.example'))

    const problems: string[] = []
    // Everything at once: the alert is queued, votes and webhooks arrive through both servers.
    const mailStarted = performance.now()
    const { name: _n, unsubscribeUrl: _u, preferencesUrl: _p, ...alert } = templates['press-alert'].previewProps
    await db.transaction(async (tx) => {
      await enqueueEmail(tx, { template: 'press-alert', topic: 'press_alerts', data: alert, to: recipients.map((p) => ({ email: p.email, name: p.name, userId: p.id })) })
    })

    const twice = (i: number) => i % 5 === 0
    const voteStarted = performance.now()
    const attempts = voters.flatMap((v, i) => [
      { v, via: i % 2 ? a : b, choice: (i % 3 ? 'for' : 'against') as 'for' | 'against' },
      ...(twice(i) ? [{ v, via: i % 2 ? b : a, choice: 'against' as const }] : []),
    ])
    const payments = payers.flatMap((_, i) => [a, b].map((via) => ({ via, payload: invoicePaidEvent(`two_${i}`, `cus_two_${i}`, `sub_two_${i}`) })))
    const [votes, deliveries] = await Promise.all([
      inParallel(attempts, 24, (x) => castVote(x.via.baseUrl, ballot.id, x.v.cookie, x.choice)),
      inParallel(payments, 6, (x) => deliverStripeEvent(x.via.baseUrl, x.payload)),
    ])
    const voteSeconds = (performance.now() - voteStarted) / 1000

    const cast = votes.filter((v) => v.cast).length
    const refused = votes.filter((v) => v.status === 409 && v.text.includes('already voted')).length
    const other = votes.filter((v) => !v.cast && !(v.status === 409 && v.text.includes('already voted')))
    if (cast !== size.voters) problems.push(`${cast} votes confirmed for ${size.voters} voters`)
    if (refused !== attempts.length - size.voters) problems.push(`${refused} second votes refused, expected ${attempts.length - size.voters}`)
    if (other.length) problems.push(`unexpected vote answers: ${other.map((o) => o.status).join(', ')}`)
    const badDeliveries = deliveries.filter((d) => d.status !== 200)
    if (badDeliveries.length) problems.push(`webhook answers: ${badDeliveries.map((d) => `${d.status} ${d.text.slice(0, 80)}`).join('; ')}`)

    // Both workers drain the outbox.
    const deadline = Date.now() + 240_000
    for (;;) {
      const [open] = await rows(db, sql`select count(*)::int as n from outbox_jobs where status in ('pending', 'sending')`)
      if (Number(open.n) === 0) break
      if (Date.now() > deadline) {
        problems.push(`${open.n} outbox jobs still open after 4 minutes`)
        break
      }
      await sleep(100)
    }
    const mailSeconds = (performance.now() - mailStarted) / 1000

    const [papers] = await rows(db, sql`select count(*)::int as n from ballot_urn where ballot_id = ${ballot.id}`)
    const [voted] = await rows(db, sql`select count(*)::int as n from ballot_electors where ballot_id = ${ballot.id} and voted`)
    if (Number(papers.n) !== size.voters || Number(voted.n) !== size.voters) problems.push(`${papers.n} papers and ${voted.n} electors marked for ${size.voters} voters`)
    const [paid] = await rows(db, sql`select count(*)::int as n, count(distinct stripe_invoice_id)::int as d from payments where stripe_invoice_id like 'in_load_two_%'`)
    if (Number(paid.n) !== size.payers || Number(paid.d) !== size.payers) problems.push(`${paid.n} payments for ${size.payers} invoices each delivered twice`)
    const [processed] = await rows(db, sql`select count(*)::int as n from processed_webhooks where id like 'stripe:evt_load_two_%'`)
    if (Number(processed.n) !== size.payers) problems.push(`${processed.n} webhook events recorded, expected ${size.payers}`)
    const outcomes = deliveries.map((d) => d.text).sort()
    if (outcomes.filter((t) => t === 'duplicate').length !== size.payers)
      problems.push(`each event should be applied by one server and be a duplicate on the other: ${[...new Set(outcomes)].join(', ')}`)

    const perMessage = new Map<string, number>()
    for (const e of capture.delivered) perMessage.set(`${e.to}\n${e.subject}`, (perMessage.get(`${e.to}\n${e.subject}`) ?? 0) + 1)
    const duplicates = [...perMessage.values()].filter((n) => n > 1).length
    if (duplicates) problems.push(`${duplicates} emails were delivered more than once`)
    const alerts = capture.delivered.filter((e) => e.to.endsWith('@press.example'))
    const alertRecipients = new Set(alerts.map((e) => e.to))
    if (alerts.length !== size.emails || alertRecipients.size !== size.emails) problems.push(`${alerts.length} alerts to ${alertRecipients.size} journalists, expected ${size.emails} once each`)
    const receipts = capture.delivered.filter((e) => /^twopay\d+@load\.test$/.test(e.to) && e.subject.split(' / ').at(-1)!.startsWith('Receipt:'))
    if (receipts.length !== size.payers) problems.push(`${receipts.length} payment receipts delivered for ${size.payers} payments`)
    const [failed] = await rows(db, sql`select count(*)::int as n from outbox_jobs where status = 'failed'`)
    if (Number(failed.n)) problems.push(`${failed.n} outbox jobs failed`)

    // Housekeeping (opening and counting ballots, lapsing, pruning) runs in every worker loop: it must not fail.
    for (const [i, s] of servers.entries()) {
      const failures = s
        .output()
        .split('\n')
        .filter((l) => /round failed|Error:/.test(l))
      if (failures.length) problems.push(`server ${i + 1} logged failures: ${failures.slice(0, 3).join(' | ')}`)
    }

    return {
      size,
      voteSeconds,
      votesPerSecond: attempts.length / voteSeconds,
      mailSeconds,
      emailsPerSecond: capture.delivered.length / mailSeconds,
      papers: Number(papers.n),
      doubleVotesRefused: refused,
      alertsDelivered: alerts.length,
      duplicatesDelivered: duplicates,
      payments: Number(paid.n),
      problems,
    }
  } catch (error) {
    for (const s of servers) console.log(s.output().split('\n').slice(-30).join('\n'))
    throw error
  } finally {
    await connection.close().catch(() => {})
    await Promise.all(servers.map((s) => s.stop().catch(() => {})))
    await capture.stop()
    await database.drop().catch(() => {})
  }
}
