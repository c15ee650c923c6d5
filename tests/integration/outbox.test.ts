import { spawn, type ChildProcess } from 'node:child_process'
import { eq, sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { enqueueEmail, type Recipient } from '../../app/domain/outbox/enqueue.server.ts'
import { setPreference, suppressAddress } from '../../app/domain/outbox/preferences.server.ts'
import { claimJobs, drainOutbox } from '../../app/domain/outbox/worker.server.ts'
import { resendTransport } from '../../app/utils/mail-transport.server.ts'
import type { Connection, Db } from '../../db/client.server.ts'
import { outboxJobs, outboxRecipients, users } from '../../db/schema/index.ts'
import { templates } from '../../emails/index.ts'
import { createTestDatabase, onPostgresServer } from '../helpers/db.ts'
import { TEST_SECRET, workerOptions } from '../helpers/mail.ts'
import { ResendCapture } from '../helpers/resend-capture.ts'
import { createUser } from '../helpers/routes.ts'

const alert = { ...templates['press-alert'].previewProps }
const { name: _n, unsubscribeUrl: _u, preferencesUrl: _p, ...alertData } = alert

function people(count: number, prefix: string): Recipient[] {
  return Array.from({ length: count }, (_, i) => ({ email: `${prefix}-${i}@example.test`, name: `Reader ${i}` }))
}

/** 1,000 messages: 400 single emails and 6 batches of 100. */
async function queueThousand(db: Db) {
  await db.transaction(async (tx) => {
    for (const person of people(400, 'single')) {
      await enqueueEmail(tx, { template: 'verify-email', to: person, data: { verifyUrl: `https://chorus.example/verify-email?token=${person.email}` } })
    }
    await enqueueEmail(tx, { template: 'password-reset', to: people(600, 'batch'), data: { resetUrl: 'https://chorus.example/reset-password?token=x' } })
  })
}

const transportFor = (capture: ResendCapture) => resendTransport({ apiKey: 're_test', baseUrl: capture.url })

async function statusCounts(db: Db) {
  const rows = await db
    .select({ status: outboxJobs.status, n: sql<number>`count(*)::int` })
    .from(outboxJobs)
    .groupBy(outboxJobs.status)
  return Object.fromEntries(rows.map((r) => [r.status, r.n]))
}

describe('outbox delivery', () => {
  let connection: Connection
  let capture: ResendCapture
  beforeAll(async () => {
    connection = await createTestDatabase()
  })
  afterAll(async () => {
    await connection.close()
  })
  afterEach(async () => {
    await capture?.stop()
    // Deleted, not truncated: truncating users would cascade to the ballot tables, which refuse it.
    for (const table of ['outbox_recipients', 'outbox_jobs', 'email_suppressions', 'email_preferences', 'sessions', 'users']) await connection.db.execute(sql.raw(`delete from ${table}`))
  })

  it('sends through the real Resend SDK with HTML, text and an idempotency key, in batches of up to 100', async () => {
    capture = await new ResendCapture().start()
    await enqueueEmail(connection.db, { template: 'verify-email', to: { email: 'one@example.test', name: 'Ada' }, data: { verifyUrl: 'https://chorus.example/v?token=abc' } })
    await enqueueEmail(connection.db, { template: 'password-reset', to: people(250, 'many'), data: { resetUrl: 'https://chorus.example/r' } })
    await drainOutbox(connection.db, workerOptions({ transport: transportFor(capture) }))
    expect(capture.delivered).toHaveLength(251)
    expect(capture.requests.map((r) => r.path).sort()).toEqual(['/emails', '/emails/batch', '/emails/batch', '/emails/batch'])
    const single = capture.delivered.find((d) => d.to === 'one@example.test')!
    // Not a user, and queued without a language: both, Welsh first.
    expect(single.subject).toBe('Cadarnhewch eich cyfeiriad e-bost ar gyfer Chorus / Confirm your email address for Chorus')
    expect(single.html).toContain('https://chorus.example/v?token=abc')
    expect(single.text).toContain('Hello Ada')
    expect(single.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    expect(await statusCounts(connection.db)).toEqual({ sent: 4 })
    const [job] = await connection.db.select().from(outboxJobs).where(eq(outboxJobs.template, 'verify-email'))
    expect(job.data).toEqual({ redacted: true })
  })

  it('never sends an email whose change rolled back', async () => {
    capture = await new ResendCapture().start()
    await expect(
      connection.db.transaction(async (tx) => {
        await enqueueEmail(tx, { template: 'verify-email', to: { email: 'ghost@example.test', name: 'Ghost' }, data: { verifyUrl: 'https://x.test' } })
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    await drainOutbox(connection.db, workerOptions({ transport: transportFor(capture) }))
    expect(capture.requests).toHaveLength(0)
    expect(await statusCounts(connection.db)).toEqual({})
  })

  it('retries after failures with backoff and gives up after its limit, keeping the last error', async () => {
    capture = await new ResendCapture().start()
    await enqueueEmail(connection.db, { template: 'verify-email', to: { email: 'a@example.test', name: 'A' }, data: { verifyUrl: 'https://x.test' } })
    capture.faults = { failNext: { count: 2, status: 500 } }
    const patient = workerOptions({ transport: transportFor(capture), retryBaseMs: 60_000 })
    await drainOutbox(connection.db, patient)
    const [afterFirst] = await connection.db.select().from(outboxJobs)
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1 })
    expect(afterFirst.lastError).toMatch(/HTTP 500/)
    // Backed off: between half and all of the base delay, so not due yet.
    expect(afterFirst.notBefore.getTime() - Date.now()).toBeGreaterThan(25_000)
    expect(await drainOutbox(connection.db, patient)).toEqual([])
    await connection.db.update(outboxJobs).set({ notBefore: new Date() })
    const options = workerOptions({ transport: transportFor(capture), retryBaseMs: 1 })
    const outcomes = await drainOutbox(connection.db, options)
    // The retry falls due a millisecond later: the first pass may or may not still see it.
    await new Promise((r) => setTimeout(r, 20))
    outcomes.push(...(await drainOutbox(connection.db, options)))
    expect(outcomes).toEqual(['retry', 'sent'])
    expect(capture.delivered).toHaveLength(1)

    await enqueueEmail(connection.db, { template: 'verify-email', to: { email: 'b@example.test', name: 'B' }, data: { verifyUrl: 'https://x.test' } })
    await connection.db.update(outboxJobs).set({ maxAttempts: 3 }).where(eq(outboxJobs.status, 'pending'))
    capture.faults = { failRate: 1, afterAcceptShare: 0, failWith: [429] }
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 20))
      await drainOutbox(connection.db, options)
    }
    expect(await statusCounts(connection.db)).toEqual({ sent: 1, failed: 1 })
    const [failed] = await connection.db.select().from(outboxJobs).where(eq(outboxJobs.status, 'failed'))
    expect(failed.attempts).toBe(3)
    expect(failed.lastError).toMatch(/HTTP 429 rate_limit_exceeded/)
  })

  it('does not retry a refusal that cannot succeed', async () => {
    capture = await new ResendCapture().start()
    await enqueueEmail(connection.db, { template: 'verify-email', to: { email: 'not an address', name: 'X' }, data: { verifyUrl: 'https://x.test' } })
    const transport = resendTransport({ apiKey: 're_test', baseUrl: `${capture.url}/nowhere` })
    await drainOutbox(connection.db, workerOptions({ transport }))
    const [job] = await connection.db.select().from(outboxJobs)
    expect(job).toMatchObject({ status: 'failed', attempts: 1 })
    expect(job.lastError).toMatch(/HTTP 404/)
  })

  it('reclaims the job of a worker that died holding it, without sending twice', async () => {
    capture = await new ResendCapture().start()
    await enqueueEmail(connection.db, { template: 'verify-email', to: { email: 'c@example.test', name: 'C' }, data: { verifyUrl: 'https://x.test' } })
    // A worker claims the job, sends it, and dies before recording the outcome.
    const [claimed] = await claimJobs(connection.db, { limit: 10, leaseMs: 1_000 })
    await transportFor(capture).send([{ from: 'x@chorus.test', to: 'c@example.test', subject: 's', html: '<p>h</p>', text: 'h' }], {
      idempotencyKey: claimed.id,
      signal: new AbortController().signal,
    })
    // Still leased to the dead worker: nobody else may take it yet.
    expect(await drainOutbox(connection.db, workerOptions({ transport: transportFor(capture) }))).toEqual([])
    await new Promise((r) => setTimeout(r, 1_100))
    expect(await drainOutbox(connection.db, workerOptions({ transport: transportFor(capture) }))).toEqual(['sent'])
    expect(capture.delivered).toHaveLength(1)
    expect(capture.requests.map((r) => r.outcome)).toEqual(['accepted', 'replayed'])
  })

  it('skips suppressed addresses and people who unsubscribed from the topic, but not essential mail', async () => {
    capture = await new ResendCapture().start()
    const [keen, unsubscribed, bounced] = await Promise.all([createUser(connection.db), createUser(connection.db), createUser(connection.db)])
    await setPreference(connection.db, { userId: unsubscribed.id, topic: 'press_alerts', subscribed: false })
    await suppressAddress(connection.db, { email: bounced.email.toUpperCase(), reason: 'bounced' })
    const to = [keen, unsubscribed, bounced].map((u) => ({ email: u.email, name: u.name, userId: u.id }))
    await enqueueEmail(connection.db, { template: 'press-alert', to, data: alertData, topic: 'press_alerts' })
    await enqueueEmail(connection.db, { template: 'verify-email', to: to[1], data: { verifyUrl: 'https://x.test' } })
    await drainOutbox(connection.db, workerOptions({ transport: transportFor(capture) }))
    expect(capture.delivered.map((d) => `${d.to}:${d.subject.slice(0, 5)}`).sort()).toEqual([`${keen.email}:Briff`, `${unsubscribed.email}:Cadar`].sort())
    const alertMail = capture.delivered.find((d) => d.to === keen.email)!
    expect(alertMail.headers['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/unsubscribe\?token=[\w.-]+>$/)
    expect(alertMail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    expect(alertMail.text).toContain(`Dear ${keen.name}`)
    const skipped = await connection.db.select().from(outboxRecipients).where(eq(outboxRecipients.status, 'skipped'))
    expect(skipped.map((s) => s.skipReason).sort()).toEqual(['suppressed', 'unsubscribed'])
  })

  it('writes to each person in their language: Welsh, English, or both (Welsh first) for someone who has not chosen', async () => {
    capture = await new ResendCapture().start()
    const [welsh, english, unchosen] = await Promise.all([createUser(connection.db), createUser(connection.db), createUser(connection.db)])
    await connection.db.update(users).set({ locale: 'cy' }).where(eq(users.id, welsh.id))
    await connection.db.update(users).set({ locale: 'en' }).where(eq(users.id, english.id))
    // One job for all three, found by account; and one by address alone, as the many places that
    // queue account email do not say whose account it is.
    const to = [welsh, english, unchosen].map((u) => ({ email: u.email, name: u.name, userId: u.id }))
    await enqueueEmail(connection.db, { template: 'ballot-open', to, topic: 'ballots', data: { title: 'Fair pay', kind: 'motion', ballotUrl: 'http://localhost:3000/ballots/1', closes: '8 Rhagfyr' } })
    await enqueueEmail(connection.db, { template: 'password-reset', to: { email: welsh.email.toUpperCase(), name: welsh.name }, data: { resetUrl: 'http://localhost:3000/reset-password?token=abc' } })
    await drainOutbox(connection.db, workerOptions({ transport: transportFor(capture) }))

    const ballot = (email: string) => capture.delivered.find((d) => d.to === email && d.html.includes('/ballots/1'))!
    const cy = ballot(welsh.email)
    expect(cy.subject).toBe("Mae'r bleidlais ar agor: Fair pay")
    expect(cy.text).toContain(`Annwyl ${welsh.name}`)
    expect(cy.text).toContain('Gallwch bleidleisio ar y cynnig hwn tan 8 Rhagfyr')
    expect(cy.text).not.toContain('Dear ')
    expect(cy.html).toMatch(/<html[^>]*lang="cy"/)
    expect(cy.text).toContain('http://localhost:3000/cy/ballots/1')
    expect(cy.text).toMatch(/http:\/\/localhost:3000\/cy\/unsubscribe\?token=[\w.-]+/)
    expect(cy.headers['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/unsubscribe\?token=[\w.-]+>$/)

    const en = ballot(english.email)
    expect(en.subject).toBe('Voting is open: Fair pay')
    expect(en.text).toContain(`Dear ${english.name}`)
    expect(en.text).not.toContain('Annwyl')
    expect(en.html).toMatch(/<html[^>]*lang="en-GB"/)
    expect(en.text).not.toContain('/cy/')

    const both = ballot(unchosen.email)
    expect(both.subject).toBe("Mae'r bleidlais ar agor: Fair pay / Voting is open: Fair pay")
    expect(both.text.indexOf(`Annwyl ${unchosen.name}`)).toBeGreaterThan(-1)
    expect(both.text.indexOf(`Annwyl ${unchosen.name}`)).toBeLessThan(both.text.indexOf(`Dear ${unchosen.name}`))
    expect(both.html).toContain('lang="cy"')
    expect(both.html).toContain('lang="en-GB"')

    const reset = capture.delivered.find((d) => d.html.includes('reset-password'))!
    expect(reset.subject).toBe('Ailosod eich cyfrinair Chorus')
    expect(reset.text).toContain('http://localhost:3000/cy/reset-password?token=abc')
  })

  it('writes to someone without an account in the language they used, when the email was queued with it', async () => {
    capture = await new ResendCapture().start()
    await enqueueEmail(connection.db, { template: 'verify-email', to: { email: 'sam@example.test', name: 'Sam', locale: 'cy' }, data: { verifyUrl: 'http://localhost:3000/verify-email?token=s' } })
    await enqueueEmail(connection.db, { template: 'enquiry-acknowledged', to: { email: 'tom@example.test', name: 'Tom' }, data: { reference: 'Ymholiad 4', locale: 'en' } })
    await enqueueEmail(connection.db, { template: 'enquiry-acknowledged', to: { email: 'ann@example.test', name: 'Ann' }, data: { reference: 'Ymholiad 5', locale: 'cy' } })
    await drainOutbox(connection.db, workerOptions({ transport: transportFor(capture) }))
    const to = (email: string) => capture.delivered.find((d) => d.to === email)!
    expect(to('sam@example.test').subject).toBe('Cadarnhewch eich cyfeiriad e-bost ar gyfer Chorus')
    expect(to('sam@example.test').text).toContain('http://localhost:3000/cy/verify-email?token=s')
    expect(to('tom@example.test').subject).toBe('The Chorus press office received your enquiry (Ymholiad 4)')
    expect(to('ann@example.test').subject).toBe('Mae swyddfa’r wasg Chorus wedi cael eich ymholiad (Ymholiad 5)')
    // The language chose the copy; it is not part of what the email says.
    expect(to('ann@example.test').text).not.toMatch(/\bcy\b/)
  })

  it('refuses optional mail to someone without an account, since it could not be unsubscribed from', async () => {
    await expect(enqueueEmail(connection.db, { template: 'press-alert', to: { email: 'x@example.test', name: 'X' }, data: alertData, topic: 'press_alerts' })).rejects.toThrow(
      /only go to people with an account/,
    )
  })

  it('queues once per dedupe key', async () => {
    for (let i = 0; i < 3; i++) {
      await enqueueEmail(connection.db, { template: 'verify-email', to: { email: 'd@example.test', name: 'D' }, data: { verifyUrl: 'https://x.test' }, dedupeKey: 'welcome:d' })
    }
    expect(await statusCounts(connection.db)).toEqual({ pending: 1 })
  })

  describe.runIf(onPostgresServer)('on a PostgreSQL server, with real concurrency', () => {
    it('two workers at once never send the same message twice', async () => {
      capture = await new ResendCapture().start()
      capture.faults = { delayMs: 5 }
      await queueThousand(connection.db)
      const [a, b] = [await createTestDatabaseConnection(connection), await createTestDatabaseConnection(connection)]
      try {
        const options = workerOptions({ transport: transportFor(capture), claimSize: 5 })
        const [outA, outB] = await Promise.all([drainOutbox(a.db, options), drainOutbox(b.db, options)])
        expect(outA.length).toBeGreaterThan(0)
        expect(outB.length).toBeGreaterThan(0)
        expect(outA.length + outB.length).toBe(406)
      } finally {
        await a.close()
        await b.close()
      }
      expect(capture.delivered).toHaveLength(1000)
      expect(new Set(capture.delivered.map((d) => d.to)).size).toBe(1000)
      // Not even a repeat the provider had to catch: each job was sent by one worker, once.
      expect(capture.requests.every((r) => r.outcome === 'accepted')).toBe(true)
      expect(new Set(capture.requests.map((r) => r.idempotencyKey)).size).toBe(406)
    })

    it('with 30% of requests failing at random and a worker killed mid-batch, 1,000 messages are each delivered exactly once', async () => {
      capture = await new ResendCapture().start()
      capture.faults = { failRate: 0.3, afterAcceptShare: 0.5, delayMs: 10 }
      await queueThousand(connection.db)
      const env = {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: connection.url!,
        RESEND_BASE_URL: capture.url,
        RESEND_API_KEY: 're_test',
        SESSION_SECRET: TEST_SECRET,
        OUTBOX_POLL_MS: '20',
        OUTBOX_LEASE_MS: '1500',
        OUTBOX_RETRY_BASE_MS: '20',
      }
      await connection.db.update(outboxJobs).set({ maxAttempts: 25 })

      const first = startWorkerProcess(env)
      await waitFor(() => capture.delivered.length >= 200, 60_000)
      first.kill('SIGKILL')
      await new Promise((resolve) => first.once('exit', resolve))
      const inFlightAtKill = await connection.db.$count(outboxJobs, eq(outboxJobs.status, 'sending'))
      const deliveredAtKill = capture.delivered.length
      expect(deliveredAtKill).toBeLessThan(1000)

      const second = startWorkerProcess(env)
      try {
        await waitFor(async () => (await connection.db.$count(outboxJobs, eq(outboxJobs.status, 'sent'))) === 406, 120_000)
      } finally {
        second.kill('SIGTERM')
        await new Promise((resolve) => second.once('exit', resolve))
      }
      const counts = capture.countsByRecipient()
      expect(counts.size).toBe(1000)
      expect([...counts.values()].every((n) => n === 1)).toBe(true)
      expect(capture.delivered).toHaveLength(1000)
      expect(await statusCounts(connection.db)).toEqual({ sent: 406 })
      // The faults really happened: failures before and after acceptance, and replays caught by the key.
      const outcomes = capture.requests.map((r) => r.outcome)
      expect(outcomes.filter((o) => o.startsWith('failed-before')).length).toBeGreaterThan(20)
      expect(outcomes.filter((o) => o.startsWith('accepted-then')).length).toBeGreaterThan(20)
      expect(outcomes.filter((o) => o === 'replayed').length).toBeGreaterThan(0)
      console.log(`outbox fault test: ${capture.requests.length} requests, ${inFlightAtKill} jobs in flight at the kill (${deliveredAtKill} delivered then)`)
    }, 180_000)
  })
})

async function createTestDatabaseConnection(base: Connection) {
  const { connectPostgres } = await import('../../db/client.server.ts')
  return connectPostgres(base.url!, { max: 3 })
}

function startWorkerProcess(env: Record<string, string | undefined>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/worker.ts'], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stderr?.on('data', (d) => process.stderr.write(`[worker] ${d}`))
  return child
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 25))
  }
}
