/**
 * Starting and stopping the production server and throwaway databases, shared by the browser
 * journeys (tests/e2e/run.ts) and the benchmarks (tests/bench/run.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import postgres from 'postgres'

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))

/**
 * Runs `npm run build` when there is no production build yet, when build/ holds a development
 * build (`npm run dev` writes there too) or when `force` or E2E_REBUILD=1 asks for it.
 */
export async function ensureBuild(options: { force?: boolean } = {}) {
  const index = path.join(projectRoot, 'build/index.js')
  let reason = options.force || process.env.E2E_REBUILD === '1' ? 'rebuild requested' : ''
  if (!reason && !existsSync(index)) reason = 'no production build'
  if (!reason && /\bmode = "development"|jsx-dev-runtime/.test(readFileSync(index, 'utf8'))) reason = 'build/ holds a development build'
  if (!reason) return
  console.log(`# ${reason}: running npm run build`)
  await run('npm', ['run', 'build'], { cwd: projectRoot })
}

function run(command: string, args: string[], options: { cwd: string }) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

/** A TCP port nothing listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

export interface ThrowawayDatabase {
  url: string
  name: string
  drop(): Promise<void>
}

/** Creates `<prefix>_<random>` on the server behind `adminUrl`; `drop()` removes it, even with connections left open. */
export async function createDatabase(adminUrl: string, prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end({ timeout: 5 })
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  let dropped = false
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return
      dropped = true
      const sql = postgres(adminUrl, { max: 1, onnotice: () => {} })
      try {
        await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      } finally {
        await sql.end({ timeout: 5 })
      }
    },
  }
}

/** A fresh directory for PGlite; `remove()` deletes it. */
export function createPgliteDir(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface RunningServer {
  baseUrl: string
  port: number
  /** The server's output so far (last ~500 lines), for failure reports. */
  output(): string
  /** Everything the server wrote since it started (its JSON log), for tests that read the log. */
  log(): string
  /** Sends a signal to the server's process group (npm and the server), without waiting. */
  signal(name: NodeJS.Signals): void
  /** Resolves when the server process has exited, with its exit code. */
  exited: Promise<number | null>
  stop(): Promise<void>
}

/**
 * Starts `npm start` (app/server.ts over the production build) with CHORUS_OFFLINE=1 on a free
 * loopback port and waits until GET /readyz answers 200 (database reachable, migrations applied).
 * The server runs in its own process group, so stopping it
 * signals npm and the server together.
 */
export async function startServer(options: { env?: Record<string, string | undefined>; readyTimeoutMs?: number; hostName?: 'localhost' } = {}): Promise<RunningServer> {
  const port = await freePort()
  // Browsers refuse passkeys on a bare IP address: journeys reach the server as localhost (which
  // Chromium is told means 127.0.0.1), while this process probes it by address.
  const baseUrl = `http://${options.hostName ?? '127.0.0.1'}:${port}`
  const probeUrl = `http://127.0.0.1:${port}`
  const lines: string[] = []
  const everything: string[] = []
  const keep = (chunk: Buffer) => {
    everything.push(chunk.toString())
    lines.push(...chunk.toString().split('\n').filter(Boolean))
    if (lines.length > 500) lines.splice(0, lines.length - 500)
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    CHORUS_OFFLINE: '1',
    PORT: String(port),
    HOST: '127.0.0.1',
    APP_URL: baseUrl,
    // Ballots open and close, and statement votes settle, within a second or two of their time.
    HOUSEKEEPING_MS: '1000',
    ...options.env,
  }
  const child = spawn('npm', ['start'], { cwd: projectRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  let hasExited = false
  void exited.then(() => (hasExited = true))

  const server: RunningServer = {
    baseUrl,
    port,
    output: () => lines.join('\n'),
    log: () => everything.join(''),
    signal(name) {
      if (child.pid !== undefined && !hasExited) process.kill(-child.pid, name)
    },
    exited,
    stop: () => stopProcessGroup(child, exited, () => hasExited),
  }

  // A fresh PGlite database on a busy machine takes a while to create and migrate.
  const deadline = Date.now() + (options.readyTimeoutMs ?? 240_000)
  while (true) {
    if (hasExited) throw new Error(`the server exited before it was ready:\n${server.output()}`)
    try {
      const response = await fetch(`${probeUrl}/readyz`, { signal: AbortSignal.timeout(2000) })
      if (response.status === 200) return server
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop()
      throw new Error(`the server did not answer GET /readyz with 200 in time:\n${server.output()}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

async function stopProcessGroup(child: ChildProcess, exited: Promise<unknown>, hasExited: () => boolean) {
  if (child.pid === undefined) return
  const group = -child.pid
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(group, name)
      return true
    } catch {
      return false // no process left in the group
    }
  }
  if (hasExited() && !signal(0)) return
  signal('SIGTERM')
  const deadline = Date.now() + 10_000
  while (signal(0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  if (signal(0)) {
    console.warn('# the server ignored SIGTERM for 10 s: sending SIGKILL')
    signal('SIGKILL')
  }
  await exited
}

/**
 * Lines of a server log that name a person: any email address (the demo accounts' among them).
 * Chorus logs ids, paths and counts, never who someone is.
 */
export function personalDataInLog(log: string) {
  return log.split('\n').filter((line) => /[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b/i.test(line))
}
