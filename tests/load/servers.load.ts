/**
 * Running Chorus as operators do: several servers starting together on an empty database, a
 * server stopped (SIGTERM) under load, the JSON log read for personal data, and production
 * refusing to start without APP_URL.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { inArray, sql } from 'drizzle-orm'
import { connectPostgres } from '../../db/client.server.ts'
import { users } from '../../db/schema/index.ts'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../db/demo-data.ts'
import { createDatabase, personalDataInLog, projectRoot, startServer, type RunningServer } from '../e2e/lib/server.ts'
import { rows, serverEnv, sleep } from './lib/fixtures.ts'

const adminUrl = () => process.env.LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** Three servers started at the same moment on an empty database all migrate (one at a time) and become ready. */
export async function threeServersStartTogetherOnAnEmptyDatabase() {
  const database = await createDatabase(adminUrl(), 'chorus_three')
  const servers: RunningServer[] = []
  try {
    const started = await Promise.allSettled([0, 1, 2].map(() => startServer({ env: serverEnv(database.url), readyTimeoutMs: 180_000 })))
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value)
    const failures = started.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => String(s.reason).slice(0, 2000))
    assert.deepEqual(failures, [], 'every server became ready')
    for (const server of servers) {
      const ready = await fetch(`${server.baseUrl}/readyz`)
      assert.equal(ready.status, 200)
      assert.deepEqual(await ready.json(), { status: 'ready' })
      assert.equal((await fetch(`${server.baseUrl}/`)).status, 200)
    }
    // Each migration applied once, and the demo accounts created once.
    const connection = connectPostgres(database.url, { max: 1 })
    try {
      const [migrations] = await rows(connection.db, sql`select count(*)::int as n, count(distinct hash)::int as distinct_n from drizzle.__drizzle_migrations`)
      assert.equal(migrations.n, migrations.distinct_n)
      // The demo data holds other fictional members too; the four sign-in accounts exist once each.
      const emails = DEMO_ACCOUNTS.map((a) => a.email)
      assert.equal(await connection.db.$count(users, inArray(users.email, emails)), DEMO_ACCOUNTS.length)
    } finally {
      await connection.close()
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()))
    await database.drop()
  }
}

const IN_FLIGHT = 100

/**
 * SIGTERM with 100 requests in flight: every one is answered — a page (200), or readiness saying
 * "not me any more" (503 with Retry-After) — none has its connection reset; then the process
 * exits cleanly, its database closed.
 */
export async function inFlightRequestsFinishOnSigterm() {
  const database = await createDatabase(adminUrl(), 'chorus_drain')
  let server: RunningServer | undefined
  try {
    server = await startServer({ env: serverEnv(database.url, { SHUTDOWN_GRACE_MS: '30000' }) })
    const base = server.baseUrl
    const paths = ['/', '/press', '/statements', '/ballots', '/readyz']
    let firstAnswer!: () => void
    const answered = new Promise<void>((resolve) => (firstAnswer = resolve))
    const requests = Array.from({ length: IN_FLIGHT }, async (_, i) => {
      const path = paths[i % paths.length]
      try {
        const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(60_000) })
        const body = await res.text()
        firstAnswer()
        return { path, status: res.status, retryAfter: res.headers.get('retry-after'), requestId: res.headers.get('x-request-id'), body: body.slice(0, 200), at: Date.now() }
      } catch (error) {
        firstAnswer()
        const cause = (error as { cause?: { code?: string } }).cause
        return { path, status: 0, retryAfter: null, requestId: null, body: `${error} ${cause?.code ?? ''}`, at: Date.now() }
      }
    })
    // The server is working through them once the first answer is out: all 100 are in flight.
    await answered
    const signalledAt = Date.now()
    server.signal('SIGTERM')
    const outcomes = await Promise.all(requests)

    const bad = outcomes.filter((o) => !(o.status === 200 || (o.status === 503 && o.path === '/readyz' && o.retryAfter)))
    const afterSignal = outcomes.filter((o) => o.at > signalledAt).length
    console.log(
      `     ${IN_FLIGHT} in flight at SIGTERM: ${outcomes.filter((o) => o.status === 200).length} × 200, ${outcomes.filter((o) => o.status === 503).length} × 503 (readiness), ${afterSignal} answered after the signal`,
    )
    assert.deepEqual(bad, [], 'every request in flight was answered')
    assert.ok(afterSignal > 0, 'some requests were still in flight when the signal came')
    assert.ok(
      outcomes.every((o) => o.requestId),
      'every response carries X-Request-Id',
    )

    // It stops by itself (worker finished, database closed), not by the grace period running out.
    for (let i = 0; i < 200 && !server.log().includes('"msg":"stopped"'); i++) await sleep(100)
    assert.match(server.log(), /"msg":"stopped"/, server.output().split('\n').slice(-15).join('\n'))
    assert.doesNotMatch(server.log(), /grace period over/)
    // New connections are refused once the listener has closed.
    await assert.rejects(fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) }))
  } finally {
    await server?.stop()
    await database.drop()
  }
}

/**
 * The JSON log of a server through sign-in, a failed sign-in, joining, and a password reset by
 * email: a request id on every request line, and no email address (the demo accounts' or the new
 * member's), token or name anywhere in it.
 */
export async function theLogNamesNobody() {
  const database = await createDatabase(adminUrl(), 'chorus_logs')
  let server: RunningServer | undefined
  const connection = connectPostgres(database.url, { max: 1 })
  try {
    server = await startServer({ env: serverEnv(database.url, { LOG_LEVEL: 'debug' }) })
    const base = server.baseUrl
    const post = (path: string, form: Record<string, string>, cookie = '') =>
      fetch(`${base}${path}`, { method: 'POST', redirect: 'manual', headers: { origin: base, cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) })
    const member = DEMO_ACCOUNTS.find((a) => a.role === 'member')!

    const signedIn = await post('/login', { email: member.email, password: DEMO_PASSWORD })
    assert.equal(signedIn.status, 302, 'the demo member signs in')
    assert.ok(signedIn.headers.get('x-request-id'))
    const refused = await post('/login', { email: 'officer@chorus.test', password: 'not-the-password' })
    assert.ok(refused.status >= 400 && refused.status < 500, `a wrong password is refused (got ${refused.status})`)

    const joined = await post('/join', {
      tierId: 'full',
      interval: 'year',
      name: 'Nadia Quartermaine',
      email: 'nadia.quartermaine@example.org',
      password: 'a long enough password 42',
      regulator: 'swe',
      registrationNumber: 'SW987654',
      nation: 'england',
      branch: 'London',
      sector: 'children',
      consentTerms: 'on',
    })
    assert.ok(joined.status === 302 || joined.status === 303, `joining answers with a redirect (got ${joined.status})`)

    assert.equal((await post('/forgot-password', { email: member.email })).status, 200)
    let resetUrl: string | undefined
    for (let i = 0; i < 100 && !resetUrl; i++) {
      const [mail] = await rows(connection.db, sql`select text from mailbox_messages where "to" = ${member.email} and subject ilike '%password%' order by created_at desc limit 1`)
      resetUrl = mail ? /https?:\/\/\S+\/reset-password\?token=[^\s)"]+/.exec(String(mail.text))?.[0] : undefined
      if (!resetUrl) await sleep(200)
    }
    assert.ok(resetUrl, 'the reset email arrived')
    const token = new URL(resetUrl).searchParams.get('token')!
    assert.equal((await fetch(`${base}/reset-password?token=${encodeURIComponent(token)}`)).status, 200)
    const reset = await post('/reset-password', { token, password: 'another long password 43', confirmPassword: 'another long password 43' })
    assert.ok([302, 303].includes(reset.status), `a password reset redirects to sign in (got ${reset.status})`)
    assert.match(reset.headers.get('location') ?? '', /^\/login\?reset=1$/)

    await sleep(500)
    const log = server.log()
    const lines = log.split('\n').filter(Boolean)
    const requestLines = lines.filter((l) => l.includes('"msg":"request"'))
    assert.ok(requestLines.length >= 7, `the log has a line per request (${requestLines.length})`)
    for (const line of lines.filter((l) => l.startsWith('{'))) {
      const entry = JSON.parse(line) as { msg?: string; reqId?: string; path?: string }
      if (entry.msg === 'request') assert.match(entry.reqId ?? '', /^[0-9a-f-]{36}$/, `request id on ${line}`)
    }
    assert.deepEqual(personalDataInLog(log), [], 'no email address in the log')
    for (const secret of [token, 'Nadia', 'Quartermaine', member.name, DEMO_PASSWORD]) assert.ok(!log.includes(secret), `the log does not contain ${secret.slice(0, 6)}…`)
  } catch (error) {
    console.log(server?.output().split('\n').slice(-30).join('\n'))
    throw error
  } finally {
    await connection.close()
    await server?.stop()
    await database.drop()
  }
}

/** `npm start` in production without APP_URL refuses to start, and says which setting is missing. */
export async function productionRefusesToStartWithoutAppUrl() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:9/none',
    SESSION_SECRET: 's'.repeat(40),
    STRIPE_SECRET_KEY: 'sk_test_x',
    STRIPE_WEBHOOK_SECRET: 'whsec_x',
    RESEND_API_KEY: 're_x',
  }
  delete env.APP_URL
  delete env.CHORUS_OFFLINE
  const child = spawn('npm', ['start'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c))
  child.stderr.on('data', (c: Buffer) => (output += c))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  assert.notEqual(code, 0)
  assert.match(output, /Chorus cannot start in production: missing APP_URL\./)
}
