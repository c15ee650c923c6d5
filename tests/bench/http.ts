/** Page throughput: the home page (one database query) against a bare route of the same server. */
import autocannon, { type Result } from 'autocannon'
import type { Bench, BenchRow } from './types.ts'

const CONNECTIONS = 20
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2)
/** STACK.md: a bare home page with one query served ~300 req/s on 2 cores; that is the floor. */
const HOME_FLOOR = 300
const RATIO_GOAL = 0.5

/**
 * Loads `url` with CONNECTIONS connections for DURATION_S seconds after a warm-up. With `expect`,
 * one request first proves the page is the one meant (e.g. signed in, not redirected to the login).
 */
export async function measure(url: string, options: { headers?: Record<string, string>; expect?: string; cookies?: () => string } = {}): Promise<Result> {
  const headers = options.headers ?? {}
  const cookies = options.cookies
  if (options.expect) {
    const probe = await fetch(url, { headers: cookies ? { ...headers, cookie: cookies() } : headers, redirect: 'manual' })
    const text = await probe.text()
    if (probe.status !== 200 || !text.includes(options.expect)) throw new Error(`${url}: ${probe.status}, not the page expected (no "${options.expect}")`)
  }
  // With `cookies`, each request carries the next cookie it gives (a different reader each time).
  const requests = cookies ? [{ setupRequest: (request: { headers?: Record<string, string> }) => ({ ...request, headers: { ...request.headers, cookie: cookies() } }) }] : undefined
  await autocannon({ url, headers, requests, connections: CONNECTIONS, duration: WARMUP_S })
  const result = await autocannon({ url, headers, requests, connections: CONNECTIONS, duration: DURATION_S, timeout: 10 })
  const failures = result.errors + result.timeouts + result.non2xx
  if (failures > 0 || result['2xx'] === 0) {
    throw new Error(`${url}: ${result['2xx']} ok, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`)
  }
  return result
}

export function row(name: string, result: Result, goal: string, met?: boolean): BenchRow {
  return {
    name,
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    goal,
    met,
  }
}

const BRIEFING_RATIO_GOAL = 0.8
/** A Welsh page performs as the English one: within measurement noise. */
const WELSH_RATIO_GOAL = 0.9
/** Seeded by the demo data in every CHORUS_OFFLINE server. */
export const DEMO_BRIEFING = '/press/chorus-responds-to-the-northfield-safeguarding-review'

/** A published briefing (three queries, Markdown, the full page) against the bare routes of the same server. */
export const briefingThroughput: Bench = {
  name: 'briefing page throughput',
  needs: ['server'],
  async run({ baseUrl }) {
    const bare = await measure(`${baseUrl}/bench/bare`)
    const barePage = await measure(`${baseUrl}/bench/page`)
    const briefing = await measure(`${baseUrl}${DEMO_BRIEFING}`)
    const welsh = await measure(`${baseUrl}/cy${DEMO_BRIEFING}`, { expect: 'lang="cy"' })
    const ratio = briefing.requests.average / bare.requests.average
    const pageRatio = briefing.requests.average / barePage.requests.average
    const welshRatio = welsh.requests.average / briefing.requests.average
    return {
      rows: [
        row('GET /press/:slug (published briefing)', briefing, `≥ ${BRIEFING_RATIO_GOAL}× bare route`, ratio >= BRIEFING_RATIO_GOAL),
        row('GET /cy/press/:slug (the same briefing in Welsh)', welsh, `≥ ${WELSH_RATIO_GOAL}× the English page`, welshRatio >= WELSH_RATIO_GOAL),
        row('GET /bench/page (empty page, no db)', barePage, 'reference'),
      ],
      lines: [
        `ratio briefing/bare route: ${ratio.toFixed(2)} (goal ≥ ${BRIEFING_RATIO_GOAL}: ${ratio >= BRIEFING_RATIO_GOAL ? 'met' : 'MISSED'}); ` +
          `briefing/empty page: ${pageRatio.toFixed(2)} (the cost of the briefing itself, beyond rendering any page)`,
        `ratio Welsh/English briefing page: ${welshRatio.toFixed(2)} (goal ≥ ${WELSH_RATIO_GOAL}: ${welshRatio >= WELSH_RATIO_GOAL ? 'met' : 'MISSED'})`,
      ],
    }
  },
}

export const pageThroughput: Bench = {
  name: 'page throughput',
  needs: ['server'],
  async run({ baseUrl }) {
    const bare = await measure(`${baseUrl}/bench/bare`)
    const home = await measure(`${baseUrl}/`)
    const ratio = home.requests.average / bare.requests.average
    return {
      rows: [row('GET / (home, 1 query)', home, `≥ ${HOME_FLOOR} req/s`, home.requests.average >= HOME_FLOOR), row('GET /bench/bare (no db)', bare, 'reference')],
      lines: [
        `ratio home/bare: ${ratio.toFixed(2)} (goal ≥ ${RATIO_GOAL}: ${ratio >= RATIO_GOAL ? 'met' : 'MISSED'}); ` + `${CONNECTIONS} connections, ${DURATION_S} s each after ${WARMUP_S} s warm-up`,
      ],
    }
  },
}
