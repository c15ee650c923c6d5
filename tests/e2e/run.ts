/**
 * Browser journeys against the production build: `npm run test:e2e [name-filter ...]`.
 *
 * Starts `npm start` with CHORUS_OFFLINE=1 on a free port, on a fresh database (a new database
 * on E2E_DATABASE_URL's server when set, else a temporary PGlite directory), launches Debian's
 * Chromium and runs every named async export of tests/e2e/*.e2e.ts as a test. Prints ok/FAIL per
 * test and `N passed, N failed`; exits non-zero on any failure.
 */
import { mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import type { Journey } from './lib/journey.ts'
import { createDatabase, createPgliteDir, ensureBuild, personalDataInLog, projectRoot, startServer, type RunningServer } from './lib/server.ts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP localhost 127.0.0.1',
]
const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 180_000)
const e2eDir = path.join(projectRoot, 'tests/e2e')
const artifactsDir = path.join(e2eDir, 'artifacts')

interface Test {
  file: string
  name: string
  fn: Journey
}

async function loadTests(filters: string[]): Promise<Test[]> {
  const files = readdirSync(e2eDir)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort()
  const tests: Test[] = []
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(e2eDir, file)).href)) as Record<string, unknown>
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== 'function') continue
      const id = `${file} › ${name}`
      if (filters.length > 0 && !filters.some((f) => id.toLowerCase().includes(f.toLowerCase()))) continue
      tests.push({ file, name, fn: fn as Journey })
    }
  }
  return tests
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string) {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Screenshots every page the failed test left open, then closes its contexts. */
async function collectAndClose(browser: Browser, test: Test, failed: boolean) {
  let n = 0
  for (const context of browser.contexts()) {
    if (failed) {
      for (const page of context.pages()) {
        const file = path.join(artifactsDir, `${test.file.replace(/\.e2e\.ts$/, '')}-${test.name}-${++n}.png`)
        try {
          mkdirSync(artifactsDir, { recursive: true })
          await page.screenshot({ path: file, fullPage: true, timeout: 5000 })
          console.log(`       screenshot of ${page.url()}: ${path.relative(projectRoot, file)}`)
        } catch {
          // the page may be gone
        }
      }
    }
    await context.close().catch(() => {})
  }
}

function indent(text: string) {
  return text
    .split('\n')
    .map((l) => `       ${l}`)
    .join('\n')
}

async function main() {
  const filters = process.argv.slice(2)

  const cleanups: Array<() => Promise<void> | void> = []
  const cleanUp = async () => {
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()!()
      } catch (error) {
        console.error('# clean-up failed:', error)
      }
    }
  }
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`# ${signal}: cleaning up`)
    void cleanUp().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  let passed = 0
  let failed = 0
  let server: RunningServer | undefined
  try {
    const tests = await loadTests(filters)
    if (tests.length === 0) throw new Error(`no test in tests/e2e/*.e2e.ts${filters.length ? ` matches ${filters.join(' ')}` : ''}`)
    await ensureBuild()

    // The server stands behind one proxy, as in production: a journey that needs many people at
    // different desks (joining is throttled per address) says where each comes from in
    // X-Forwarded-For; every other request is from this machine.
    const env: Record<string, string | undefined> = { TRUST_PROXY: '1' }
    if (process.env.E2E_DATABASE_URL) {
      const database = await createDatabase(process.env.E2E_DATABASE_URL, 'chorus_e2e')
      cleanups.push(() => database.drop())
      env.DATABASE_URL = database.url
      console.log(`# database: PostgreSQL ${database.name}`)
    } else {
      const pglite = createPgliteDir('chorus-e2e-pglite')
      cleanups.push(pglite.remove)
      env.PGLITE_DIR = pglite.dir
      env.DATABASE_URL = undefined
      console.log(`# database: PGlite in ${pglite.dir}`)
    }

    const started = Date.now()
    server = await startServer({ env, hostName: 'localhost' })
    cleanups.push(() => server!.stop())
    console.log(`# server: ${server.baseUrl} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`)

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    cleanups.push(() => browser.close())

    console.log(`# ${tests.length} test(s)`)
    for (const test of tests) {
      const t0 = Date.now()
      let error: unknown
      try {
        await withTimeout(test.fn({ browser, baseUrl: server.baseUrl, serverLog: server.log }), Math.max(TEST_TIMEOUT_MS, test.fn.timeoutMs ?? 0), test.name)
      } catch (e) {
        error = e
      }
      const ms = Date.now() - t0
      if (error === undefined) {
        passed++
        console.log(`ok   ${test.file} › ${test.name} (${ms} ms)`)
      } else {
        failed++
        console.log(`FAIL ${test.file} › ${test.name} (${ms} ms)`)
        console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)))
      }
      await collectAndClose(browser, test, error !== undefined)
    }
    // The journeys signed in, joined and registered: none of the people involved is in the log.
    if (server) {
      const leaks = personalDataInLog(server.log())
      if (leaks.length === 0) {
        passed++
        console.log('ok   the server log names nobody (no email address in it)')
      } else {
        failed++
        console.log('FAIL the server log names people:')
        console.log(indent(leaks.slice(0, 10).join('\n')))
      }
    }
  } catch (error) {
    failed++
    console.log(`FAIL setup`)
    console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)))
  } finally {
    if (failed > 0 && server) {
      // Request log lines drown the rest: show what the server said besides them, then its last requests.
      const all = server.output().split('\n')
      const isRequest = (l: string) => l.includes('"msg":"request"')
      console.log('# server output other than the request log (last 60 lines):')
      console.log(
        indent(
          all
            .filter((l) => !isRequest(l))
            .slice(-60)
            .join('\n'),
        ),
      )
      console.log('# last requests:')
      console.log(indent(all.filter(isRequest).slice(-15).join('\n')))
    }
    await cleanUp()
  }
  console.log(`${passed} passed, ${failed} failed`)
  process.exitCode = failed > 0 ? 1 : 0
}

await main()
