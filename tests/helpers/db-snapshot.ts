import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'

/**
 * Bookkeeping a refused request may legitimately touch: the rate-limit counters it is counted
 * against, and the session rows a sign-in or sign-out replaces.
 */
export const BOOKKEEPING_TABLES = ['rate_limits', 'sessions']

/** Rows of a raw query, whichever driver ran it. */
export async function rows(db: Db, query: ReturnType<typeof sql>) {
  const result = (await db.execute(query)) as unknown
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[]
}

let tableNames: string[] | undefined

/**
 * A fingerprint of every table's contents (row count and an md5 of the rows), found from the
 * catalogue so tables added later are covered too. Two equal snapshots mean nothing was written.
 */
export async function snapshotTables(db: Db, except: string[] = BOOKKEEPING_TABLES): Promise<Record<string, string>> {
  tableNames ??= (await rows(db, sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).map((r) => String(r.table_name))
  const names = tableNames.filter((name) => !except.includes(name))
  const query = sql.join(
    names.map((name) => sql`select ${name} as name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as print from ${sql.identifier(name)} t`),
    sql` union all `,
  )
  const result: Record<string, string> = {}
  for (const row of await rows(db, query)) result[String(row.name)] = String(row.print)
  return result
}

/** The tables whose contents differ between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name])
}
