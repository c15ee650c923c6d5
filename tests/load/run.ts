/**
 * Load and fault tests against production builds on real PostgreSQL: `npm run test:load [filter]`.
 *
 * Runs every named async export of tests/load/*.load.ts in turn and prints ok/FAIL with timings;
 * exits non-zero on any failure. CI runs the small sizes; LOAD_FULL=1 runs the full ones (as
 * `npm run bench` does for the two-instance run). LOAD_DATABASE_URL names the PostgreSQL server
 * for throwaway databases (default: the local one on 5432); the outage test starts a private
 * cluster of its own and never touches that server.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ensureBuild, projectRoot } from '../e2e/lib/server.ts'

const loadDir = path.join(projectRoot, 'tests/load')
const TIMEOUT_MS = Number(process.env.LOAD_TEST_TIMEOUT_MS ?? 8 * 60_000)

async function main() {
  const filters = process.argv.slice(2).map((f) => f.toLowerCase())
  const tests: { id: string; fn: () => Promise<void> }[] = []
  for (const file of readdirSync(loadDir)
    .filter((f) => f.endsWith('.load.ts'))
    .sort()) {
    const mod = (await import(pathToFileURL(path.join(loadDir, file)).href)) as Record<string, unknown>
    for (const [name, fn] of Object.entries(mod)) {
      const id = `${file} › ${name}`
      if (typeof fn === 'function' && (filters.length === 0 || filters.some((f) => id.toLowerCase().includes(f)))) tests.push({ id, fn: fn as () => Promise<void> })
    }
  }
  if (tests.length === 0) throw new Error(`no load test matches ${filters.join(' ')}`)
  await ensureBuild()
  let failed = 0
  for (const test of tests) {
    const started = performance.now()
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([test.fn(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)))])
      console.log(`ok   ${test.id} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
    } catch (error) {
      failed += 1
      console.log(`FAIL ${test.id} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
      console.log(String(error instanceof Error ? (error.stack ?? error.message) : error).replace(/^/gm, '     '))
    } finally {
      clearTimeout(timer)
    }
  }
  console.log(`\n${tests.length - failed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
