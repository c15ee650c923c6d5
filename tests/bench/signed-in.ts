/**
 * Signed-in pages: the demo member signs in once through the real login form, then the pages a
 * member refreshes at an embargo lift or a ballot's close are loaded with that session cookie,
 * each against the bare route measured in the same run. For reference, /account is also loaded by
 * thousands of members one request each, so no page kept for a reader is ever handed back.
 */
import { gzipSync } from 'node:zlib'
import { connectPostgres } from '../../db/client.server.ts'
import { DEMO_PASSWORD } from '../../db/demo-data.ts'
import { DEMO_BRIEFING, measure, row } from './http.ts'
import type { Bench, BenchRow } from './types.ts'
import { seedSignedIn } from './people.ts'

const RATIO_GOAL = 0.5
/** Enough members that a run of first visits never comes back to one. */
const READERS = 6000

/** Signs in through POST /login, as a browser without JavaScript would, and returns the cookie to send. */
export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD) {
  const response = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
    body: new URLSearchParams({ email, password, redirectTo: '/account' }).toString(),
  })
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('chorus_session='))
  if (response.status !== 302 || !cookie) throw new Error(`signing in as ${email} failed: ${response.status}`)
  return cookie.split(';')[0]
}

export const signedInPages: Bench = {
  name: 'signed-in pages',
  needs: ['server'],
  async run({ baseUrl, databaseUrl }) {
    const cookie = await signIn(baseUrl, 'member@chorus.test')
    const headers = { cookie }
    // The session must really be in use: a signed-out request to /account is redirected, which measure() refuses.
    const pages: Array<[string, string]> = [
      ['GET /account (signed-in member)', '/account'],
      ['GET /ballots (signed-in member)', '/ballots'],
      ['GET /press/:slug (signed-in member)', DEMO_BRIEFING],
    ]
    const bare = await measure(`${baseUrl}/bench/bare`)
    const rows: BenchRow[] = []
    const lines: string[] = []
    for (const [name, path] of pages) {
      const result = await measure(`${baseUrl}${path}`, { headers, expect: 'Sign out' })
      const ratio = result.requests.average / bare.requests.average
      rows.push({ ...row(name, result, `≥ ${RATIO_GOAL}× bare route`, ratio >= RATIO_GOAL), result: `${ratio.toFixed(2)}×` })
      lines.push(`ratio ${path}/bare route (signed in): ${ratio.toFixed(2)} (goal ≥ ${RATIO_GOAL}: ${ratio >= RATIO_GOAL ? 'met' : 'MISSED'})`)
    }
    // The same page for readers arriving one after another, none of whom has a copy kept yet.
    const connection = connectPostgres(databaseUrl, { max: 1 })
    const { cookies: readers } = await seedSignedIn(connection.db, { count: READERS, label: 'reader' }).finally(() => connection.close())
    let next = 0
    const first = await measure(`${baseUrl}/account`, { expect: 'Sign out', cookies: () => readers[next++ % readers.length] })
    const cold = first.requests.average / bare.requests.average
    rows.push({ ...row('GET /account (a different member each time)', first, 'reference: nothing kept'), result: `${cold.toFixed(2)}×` })
    lines.push(
      `ratio /account/bare route, a different member each time: ${cold.toFixed(2)} (${next} requests for ${readers.length} members${next > readers.length ? ': some came back' : ', none twice'})`,
    )
    rows.push(row('GET /bench/bare (no db, same run)', bare, 'reference'))
    return { rows, lines }
  },
}

const BRIEFING_JS_GOAL_KB = 100

/**
 * The JavaScript a public briefing page makes a browser fetch: every script and modulepreload it
 * references, gzipped as the server sends them. Reading a briefing needs none.
 */
export async function referencedJavaScript(baseUrl: string, path: string) {
  const html = await (await fetch(`${baseUrl}${path}`)).text()
  const urls = new Set<string>()
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = m[0]
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? (/\brel="modulepreload"/.test(tag) ? /\bhref="([^"]+)"/.exec(tag)?.[1] : undefined)
    if (src) urls.add(new URL(src, baseUrl).href)
  }
  // Inline module code (Remix's entry imports) names further files.
  for (const m of html.matchAll(/import\s*(?:[^'"]*from\s*)?["']([^"']+\.js)["']/g)) urls.add(new URL(m[1], baseUrl).href)
  let gzipped = 0
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer())
    gzipped += gzipSync(body).length
  }
  return { files: urls.size, gzippedBytes: gzipped }
}

export const briefingJavaScript: Bench = {
  name: 'briefing page javascript',
  needs: ['server'],
  async run({ baseUrl }) {
    const { files, gzippedBytes } = await referencedJavaScript(baseUrl, DEMO_BRIEFING)
    const kb = gzippedBytes / 1024
    return { rows: [{ name: 'JS a public briefing page loads (gzipped)', goal: `≤ ${BRIEFING_JS_GOAL_KB} KB`, met: kb <= BRIEFING_JS_GOAL_KB, result: `${kb.toFixed(1)} KB in ${files} files` }] }
  },
}
