import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { migrationsFolder, type Db } from '../../db/client.server.ts'
import { describeError, log } from './log.server.ts'

/**
 * Whether this process should be sent traffic (/readyz). Kept on globalThis because the server
 * module and every (re)loaded build must agree that the process is stopping.
 */
const state = globalThis as typeof globalThis & { __chorusStopping?: boolean }

/** From now on /readyz answers 503, so the proxy sends new traffic elsewhere. */
export function beginShutdown() {
  state.__chorusStopping = true
}

function isShuttingDown() {
  return state.__chorusStopping === true
}

let newest: number | undefined
/** The newest migration in the repository, as Drizzle records it once applied (its folder time). */
function newestMigrationMillis() {
  newest ??= Math.max(...(JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { when: number }[] }).entries.map((e) => e.when))
  return newest
}

export type Readiness = { ready: true } | { ready: false; reason: 'shutting down' | 'migrations not applied' | 'database unreachable' }

/** Ready: not stopping, the database answers, and it has every migration this code expects. */
export async function readiness(db: Db): Promise<Readiness> {
  if (isShuttingDown()) return { ready: false, reason: 'shutting down' }
  try {
    const result = (await db.execute(sql`select coalesce(max(created_at), 0)::text as newest from drizzle.__drizzle_migrations`)) as unknown
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { newest: string }[]
    if (Number(rows[0]?.newest ?? 0) < newestMigrationMillis()) return { ready: false, reason: 'migrations not applied' }
  } catch (error) {
    // No migrations table yet counts as not migrated; anything else means the database is away.
    if ((error as { cause?: { code?: string } }).cause?.code === '42P01') return { ready: false, reason: 'migrations not applied' }
    log.warn({ err: describeError(error) }, 'readiness check failed: database unreachable')
    return { ready: false, reason: 'database unreachable' }
  }
  return { ready: true }
}
