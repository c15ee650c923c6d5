/**
 * `npm run bench [name-filter]`: the benchmarks of DESIGN.md section 7, printed as a table.
 *
 * Creates a fresh database on BENCH_DATABASE_URL's PostgreSQL server (default: the local one),
 * starts the production build with CHORUS_OFFLINE=1 on a free loopback port, runs each bench in
 * BENCHES in turn and drops the database at the end. Traffic goes only to 127.0.0.1.
 * Add a benchmark by writing a `Bench` (tests/bench/types.ts) and listing it in BENCHES.
 */
import { cpus, totalmem } from 'node:os'
import postgres from 'postgres'
import { createDatabase, ensureBuild, startServer } from '../e2e/lib/server.ts'
import { briefingThroughput, pageThroughput } from './http.ts'
import { alertFanOut } from './outbox.ts'
import { pollResults } from './poll-results.ts'
import { hostilePreview } from './preview.ts'
import { briefingJavaScript, signedInPages } from './signed-in.ts'
import { stvCount } from './stv.ts'
import { twoInstances } from './two-instances.ts'
import { BENCH_SESSION_SECRET } from './people.ts'
import { votesPerSecond } from './votes.ts'
import { pollResponses } from './poll-responses.ts'
import type { Bench, BenchRow } from './types.ts'

const BENCHES: Bench[] = [pageThroughput, briefingThroughput, signedInPages, briefingJavaScript, votesPerSecond, alertFanOut, stvCount, pollResults, pollResponses, hostilePreview, twoInstances]

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
/** A whole run must finish within this, whatever hangs. */
const RUN_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 10 * 60_000)

function fmt(n: number | undefined, digits = 0) {
  return n === undefined || Number.isNaN(n) ? '' : n.toFixed(digits)
}

function printTable(rows: BenchRow[]) {
  const header = ['name', 'req/s', 'p50 ms', 'p99 ms', 'goal', 'result']
  const body = rows.map((r) => [r.name, fmt(r.perSecond), fmt(r.p50Ms, 1), fmt(r.p99Ms, 1), r.goal, [r.result, r.met === undefined ? '' : r.met ? 'met' : 'MISSED'].filter(Boolean).join(' ')])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 1 && i <= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w, i) => (i >= 1 && i <= 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`)
  for (const b of body) console.log(line(b))
}

/** Where the figures were measured, printed above the table. */
async function machine() {
  let server = 'PostgreSQL ?'
  const sql = postgres(ADMIN_URL, { max: 1, onnotice: () => {} })
  try {
    const [row] = await sql`show server_version`
    server = `PostgreSQL ${String(row.server_version).split(' ')[0]}`
  } catch {
    // the version is a nicety
  } finally {
    await sql.end({ timeout: 5 })
  }
  const cpu = cpus()
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${server}, ${new Date().toISOString().slice(0, 10)}`
}

async function main() {
  const filters = process.argv.slice(2).map((f) => f.toLowerCase())
  const benches = BENCHES.filter((b) => filters.length === 0 || filters.some((f) => b.name.toLowerCase().includes(f)))
  if (benches.length === 0) throw new Error(`no benchmark matches ${filters.join(' ')}`)

  await ensureBuild()
  const database = await createDatabase(ADMIN_URL, 'chorus_bench')
  let stopServer: (() => Promise<void>) | undefined
  const cleanUp = async () => {
    await stopServer?.().catch((e) => console.error('# stopping the server failed:', e))
    await database.drop().catch((e) => console.error(`# dropping ${database.name} failed:`, e))
  }
  const onSignal = () => void cleanUp().finally(() => process.exit(130))
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const watchdog = setTimeout(() => {
    console.error(`# the benchmarks ran over ${RUN_TIMEOUT_MS / 1000} s: stopping`)
    void cleanUp().finally(() => process.exit(1))
  }, RUN_TIMEOUT_MS)
  watchdog.unref()

  const rows: BenchRow[] = []
  const lines: string[] = []
  let failed = false
  try {
    console.log(`# database: ${database.name}`)
    const server = await startServer({ env: { DATABASE_URL: database.url, SESSION_SECRET: BENCH_SESSION_SECRET } })
    stopServer = server.stop
    console.log(`# server: ${server.baseUrl}`)
    for (const bench of benches) {
      console.log(`# running: ${bench.name}`)
      try {
        const out = await bench.run({ baseUrl: server.baseUrl, databaseUrl: database.url })
        rows.push(...out.rows)
        lines.push(...(out.lines ?? []))
      } catch (error) {
        failed = true
        console.error(`# ${bench.name} failed:`, error instanceof Error ? error.message : error)
        rows.push({ name: bench.name, goal: '', result: 'ERROR' })
      }
    }
  } finally {
    await cleanUp()
    clearTimeout(watchdog)
  }
  console.log('')
  console.log(`# machine: ${await machine()}`)
  printTable(rows)
  for (const l of lines) console.log(l)
  process.exitCode = failed ? 1 : 0
}

await main()
