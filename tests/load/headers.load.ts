/**
 * Security headers on every kind of response the production build sends: pages, single-fetch
 * data, resource routes, errors (404, 403, 413) — and HSTS only when it runs as real production.
 */
import assert from 'node:assert/strict'
import { createDatabase, startServer, type RunningServer } from '../e2e/lib/server.ts'
import { LOAD_SESSION_SECRET, LOAD_STRIPE_WEBHOOK_SECRET, serverEnv } from './lib/fixtures.ts'

function checkHeaders(what: string, res: Response) {
  const csp = res.headers.get('content-security-policy') ?? ''
  assert.match(csp, /frame-ancestors 'none'/, `${what}: frame-ancestors`)
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, `${what}: no unsafe-inline`)
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`)
  assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', `${what}: referrer policy`)
  return csp
}

async function everyKindOfResponse(server: RunningServer) {
  const base = server.baseUrl
  const nonces: string[] = []
  for (const path of ['/', '/login', '/statements', '/ballots']) {
    const res = await fetch(`${base}${path}`)
    assert.equal(res.status, 200, path)
    const csp = checkHeaders(path, res)
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    assert.ok(nonce, `${path}: a nonce in script-src`)
    const html = await res.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    assert.ok(scripts.length > 0, `${path}: has scripts`)
    for (const tag of scripts) assert.ok(tag.includes(`nonce="${nonce}"`) || /\bsrc=/.test(tag), `${path}: inline script without the nonce: ${tag}`)
    assert.doesNotMatch(html, /\sstyle="/, `${path}: no inline style attributes`)
    nonces.push(nonce)
  }
  assert.equal(new Set(nonces).size, nonces.length, 'a fresh nonce per response')
  const others: [string, RequestInit, number][] = [
    ['/_root.data', {}, 200],
    ['/ballots.data', {}, 200],
    ['/healthz', {}, 200],
    ['/bench/bare', {}, 200],
    ['/no-such-page', {}, 404],
    ['/login', { method: 'POST', headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' }, body: `email=${'a'.repeat(1_100_000)}` }, 413],
  ]
  for (const [path, init, status] of others) {
    const res = await fetch(`${base}${path}`, init)
    assert.equal(res.status, status, `${init.method ?? 'GET'} ${path}`)
    checkHeaders(`${init.method ?? 'GET'} ${path} (${status})`, res)
    const text = await res.text()
    if (status === 413) assert.match(text, /too much to send at once/)
  }
  // A form posted from another site, or from nowhere a browser can name: refused with a page that says why.
  for (const origin of ['https://evil.example', 'null']) {
    const forged = await fetch(`${base}/login`, { method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a%40b.c&password=x' })
    assert.equal(forged.status, 403, `Origin ${origin}`)
    checkHeaders(`Origin ${origin} (403)`, forged)
    assert.match(await forged.text(), /sent from another website/)
  }
  // A lifted briefing is handed out as one shared copy for a moment: each copy with its own nonce,
  // and the marker that allows sharing never reaches the reader. A briefing under embargo is a
  // 404 however often it is asked for.
  const lifted = `${base}/press/chorus-responds-to-the-northfield-safeguarding-review`
  const seen: string[] = []
  for (let i = 0; i < 3; i++) {
    const res = await fetch(lifted)
    assert.equal(res.status, 200, 'the lifted demo briefing')
    const csp = checkHeaders(`shared briefing copy ${i}`, res)
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    assert.ok(nonce, 'a nonce in the shared copy')
    assert.equal(res.headers.get('x-chorus-share-seconds'), null, 'the sharing marker stays inside the server')
    const html = await res.text()
    assert.match(html, /Chorus responds to the Northfield safeguarding review/)
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.ok(tag.includes(`nonce="${nonce}"`) || /\bsrc=/.test(tag), `a script without this copy's nonce: ${tag}`)
    seen.push(nonce)
  }
  assert.equal(new Set(seen).size, seen.length, 'every shared copy gets a fresh nonce')
  for (let i = 0; i < 3; i++) {
    assert.equal((await fetch(`${base}/press/chorus-responds-to-the-workforce-funding-announcement`)).status, 404, 'the demo briefing under embargo')
  }

  // Static files (the built scripts and styles, public/) carry the same headers.
  const stylesheet = /href="(\/build\/[^"]+\.css)"/.exec(await (await fetch(`${base}/`)).text())?.[1]
  assert.ok(stylesheet, 'the home page links its stylesheet')
  for (const path of [stylesheet, '/favicon.svg']) {
    const res = await fetch(`${base}${path}`)
    assert.equal(res.status, 200, path)
    checkHeaders(`static ${path}`, res)
    await res.arrayBuffer()
  }
}

export async function securityHeadersOnEveryResponse() {
  const adminUrl = process.env.LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const database = await createDatabase(adminUrl, 'chorus_headers')
  const servers: RunningServer[] = []
  try {
    // Offline (demos, CI): served over plain HTTP, so no HSTS.
    const offline = await startServer({ env: serverEnv(database.url) })
    servers.push(offline)
    await everyKindOfResponse(offline)
    assert.equal((await fetch(`${offline.baseUrl}/`)).headers.get('strict-transport-security'), null)

    // Real production settings (keys given, no stand-ins): HSTS on every response, Secure cookies.
    const production = await startServer({
      env: {
        CHORUS_OFFLINE: '0',
        DATABASE_URL: database.url,
        SESSION_SECRET: LOAD_SESSION_SECRET,
        STRIPE_SECRET_KEY: 'sk_test_headers_only',
        STRIPE_WEBHOOK_SECRET: LOAD_STRIPE_WEBHOOK_SECRET,
        RESEND_API_KEY: 're_headers_only',
        RESEND_BASE_URL: 'http://127.0.0.1:9/',
        CHORUS_WORKER: '0',
      },
    })
    servers.push(production)
    for (const path of ['/', '/healthz', '/no-such-page', '/_root.data']) {
      const res = await fetch(`${production.baseUrl}${path}`)
      assert.equal(res.headers.get('strict-transport-security'), 'max-age=63072000; includeSubDomains', `HSTS on ${path}`)
      checkHeaders(`production ${path}`, res)
      await res.arrayBuffer()
    }
    const devMail = await fetch(`${production.baseUrl}/dev/mail`)
    assert.equal(devMail.status, 404, 'no development mailbox in production')
  } finally {
    await Promise.all(servers.map((s) => s.stop().catch(() => {})))
    await database.drop().catch(() => {})
  }
}
