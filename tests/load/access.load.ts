/**
 * Issue 13 (access) against a production build: a stranger's failed sign-ins do not keep the owner
 * out, a rotated X-Forwarded-For does not escape the limits, redirect targets never leave the site
 * or fail, sign-up says the same for every address, the Referer rule, Secure cookies on https, the
 * offline build's loopback binding and warning, and the emulator's webhook secret.
 */
import assert from 'node:assert/strict'
import { networkInterfaces } from 'node:os'
import Stripe from 'stripe'
import { createDatabase, startServer, type RunningServer } from '../e2e/lib/server.ts'
import { KEEP, LEAVE, staysOn } from '../helpers/redirect-corpus.ts'
import { LOAD_SESSION_SECRET } from './lib/fixtures.ts'

const DEMO_PASSWORD = 'chorus-demo-password'
const APP_URL = 'https://chorus.example'
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()

function post(server: RunningServer, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: form(fields),
  })
}

async function signIn(server: RunningServer, email: string, password: string, forwardedFor: string, extra: Record<string, string> = {}) {
  const res = await post(server, '/login', { email, password, ...extra }, { 'x-forwarded-for': forwardedFor })
  await res.arrayBuffer()
  return res
}

export async function accessAgainstAProductionBuild() {
  const adminUrl = process.env.LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const database = await createDatabase(adminUrl, 'chorus_access')
  const servers: RunningServer[] = []
  try {
    const server = await startServer({
      env: {
        DATABASE_URL: database.url,
        SESSION_SECRET: LOAD_SESSION_SECRET,
        STRIPE_EMULATOR_PORT: '0',
        // Behind one proxy, which appends the address it saw to X-Forwarded-For.
        TRUST_PROXY: '1',
        APP_URL,
        // No HOST: an offline build picks loopback by itself.
        HOST: '',
      },
    })
    servers.push(server)
    const owner = 'member@chorus.test'

    // The owner signs in from home: that address becomes known to the account.
    const home = '198.51.100.10'
    const first = await signIn(server, owner, DEMO_PASSWORD, home)
    assert.equal(first.status, 302, 'the owner signs in')
    assert.match(first.headers.get('set-cookie') ?? '', /;\s*Secure/i, 'the session cookie is Secure when APP_URL is https')

    // A stranger behind the proxy (which appends 203.0.113.5) rotates the X-Forwarded-For it sends.
    const rotated: number[] = []
    for (let i = 0; i < 30; i++) rotated.push((await signIn(server, owner, `guess ${i}`, `10.${i}.0.1, 192.0.2.${i}, 203.0.113.5`)).status)
    assert.ok(rotated.filter((s) => s === 429).length >= 20, `rotating X-Forwarded-For escaped the limit: ${rotated.join(' ')}`)
    // Even a stranger whose every try seems to come from a new address is held by the account's delay.
    const spread: number[] = []
    for (let i = 0; i < 20; i++) spread.push((await signIn(server, owner, `guess ${i}`, `203.0.114.${i}`)).status)
    assert.ok(spread.filter((s) => s === 429).length >= 8, `new addresses escaped the account's limit: ${spread.join(' ')}`)
    // …and none of it keeps the owner out.
    const again = await signIn(server, owner, DEMO_PASSWORD, home)
    assert.equal(again.status, 302, "the stranger's failures stopped the owner signing in")
    const cookie = (again.headers.get('set-cookie') ?? '').split(';')[0]

    // Redirect targets: through the sign-in form and the sign-in page of someone signed in.
    for (const target of [...LEAVE, ...KEEP.map(([k]) => k)]) {
      const res = await signIn(server, owner, DEMO_PASSWORD, home, { redirectTo: target })
      assert.ok(res.status === 302 || (res.status === 400 && /[\u0000-\u001f]/.test(target)), `${JSON.stringify(target)}: status ${res.status}`)
      if (res.status === 302) assert.ok(staysOn(APP_URL, res.headers.get('location')), `${JSON.stringify(target)} → ${res.headers.get('location')}`)
      const page = await fetch(`${server.baseUrl}/login?redirectTo=${encodeURIComponent(target)}`, { redirect: 'manual', headers: { cookie } })
      await page.arrayBuffer()
      assert.equal(page.status, 302, `GET /login?redirectTo=${JSON.stringify(target)}`)
      assert.ok(staysOn(APP_URL, page.headers.get('location')), `${JSON.stringify(target)} → ${page.headers.get('location')}`)
    }

    // Sign-up and press registration answer alike for an address with an account and a new one.
    for (const [path, fields] of [
      ['/signup', { name: 'Pat Example', password: 'a long enough password' }],
      ['/press/register', { name: 'Pat Example', outlet: 'The Gazette', jobTitle: 'Reporter', password: 'a long enough password', beats: 'workforce' }],
    ] as const) {
      const answers = []
      for (const email of [owner, `new-${Date.now()}-${path.length}@example.test`]) {
        const res = await post(server, path, { ...fields, email }, { 'x-forwarded-for': `198.51.100.${path.length}` })
        const html = await res.text()
        answers.push({ status: res.status, cookie: res.headers.get('set-cookie'), checkEmail: html.includes('Check your email'), exists: /already exists/i.test(html) })
      }
      assert.deepEqual(answers[0], answers[1], `${path} answers differently for an existing address`)
      assert.deepEqual(answers[0], { status: 200, cookie: null, checkEmail: true, exists: false })
    }

    // A form post with neither Origin nor Sec-Fetch-Site: only with this site as its Referer.
    const bare = await fetch(`${server.baseUrl}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ email: owner, password: DEMO_PASSWORD }),
    })
    assert.equal(bare.status, 403, 'a post from nowhere a browser can name')
    await bare.arrayBuffer()
    const referred = await fetch(`${server.baseUrl}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { referer: `${APP_URL}/login`, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': home },
      body: form({ email: owner, password: DEMO_PASSWORD }),
    })
    assert.equal(referred.status, 302, 'a post whose Referer is this site')
    await referred.arrayBuffer()

    // The development mailbox answers this machine only (the proxy says the client is elsewhere).
    assert.equal((await fetch(`${server.baseUrl}/dev/mail`, { headers: { 'x-forwarded-for': '203.0.113.5' } })).status, 404, '/dev/mail for another machine')
    assert.equal((await fetch(`${server.baseUrl}/dev/mail`, { headers: { 'x-forwarded-for': '127.0.0.1' } })).status, 200, '/dev/mail for this machine')

    // The emulator's webhook secret is made at start: an event signed with a secret from the code is refused.
    const payload = JSON.stringify({ id: 'evt_forged', object: 'event', type: 'customer.subscription.deleted', data: { object: {} } })
    const signature = new Stripe('sk_test_x').webhooks.generateTestHeaderString({ payload, secret: 'whsec_chorus_offline_stripe_emulator' })
    const forged = await fetch(`${server.baseUrl}/webhooks/stripe`, { method: 'POST', headers: { 'stripe-signature': signature, 'content-type': 'application/json' }, body: payload })
    assert.equal(forged.status, 400, 'a Stripe event signed with the old constant secret')
    await forged.arrayBuffer()

    // Bound to loopback: another interface of this machine gets no answer.
    const elsewhere = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (elsewhere) {
      const reached = await fetch(`http://${elsewhere.address}:${server.port}/healthz`, { signal: AbortSignal.timeout(3000) }).then(
        () => true,
        () => false,
      )
      assert.equal(reached, false, `the offline build answered on ${elsewhere.address}`)
    }
    await server.stop()

    // Asked to listen beyond this machine without saying so on purpose: it refuses to start.
    await assert.rejects(
      startServer({ env: { DATABASE_URL: database.url, SESSION_SECRET: LOAD_SESSION_SECRET, STRIPE_EMULATOR_PORT: '0', HOST: '0.0.0.0' }, readyTimeoutMs: 60_000 }),
      /CHORUS_OFFLINE_PUBLIC=1/,
    )

    // Opened on purpose: every page says so.
    const open = await startServer({ env: { DATABASE_URL: database.url, SESSION_SECRET: LOAD_SESSION_SECRET, STRIPE_EMULATOR_PORT: '0', CHORUS_OFFLINE_PUBLIC: '1' } })
    servers.push(open)
    for (const path of ['/', '/login', '/press']) assert.match(await (await fetch(`${open.baseUrl}${path}`)).text(), /open to other computers/, `warning banner on ${path}`)
  } finally {
    await Promise.all(servers.map((s) => s.stop().catch(() => {})))
    await database.drop().catch(() => {})
  }
}
