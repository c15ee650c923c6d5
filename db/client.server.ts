import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite, type PGliteOptions } from '@electric-sql/pglite'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import * as schema from './schema/index.ts'

export type Schema = typeof schema
/** A database handle or an open transaction: every domain function takes one of these first. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>

export const migrationsFolder = path.resolve('db/migrations')
/** The advisory lock every process takes to migrate, so servers starting together migrate one at a time. */
const MIGRATION_LOCK_KEY = 7_201_415_002
const defaultPgliteDir = path.resolve('data/pglite')

export interface Connection {
  db: Db
  kind: 'postgres' | 'pglite'
  /** The server's address, for postgres connections. */
  url?: string
  migrate(): Promise<void>
  close(): Promise<void>
}

/** postgres.js against a server. */
export function connectPostgres(url: string, options: { max?: number } = {}): Connection {
  const sql = postgres(url, {
    max: options.max ?? 10,
    idle_timeout: 20,
    // While the server is away, a request waiting for a connection gets its answer (an error,
    // which the app shows as a 503 "try again") within a second or so: the driver's own backoff
    // grows to 20 s between reconnects and holds requests that long.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    connect_timeout: 10,
    onnotice: () => {},
  })
  const db = drizzlePostgres({ client: sql, schema, casing: 'snake_case' })
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    url,
    async migrate() {
      // A session-level lock lives on one connection: a client of its own holds it while the pool
      // migrates (a pool of one could not lend a connection for both).
      const lock = postgres(url, { max: 1, onnotice: () => {} })
      try {
        await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`
        await migratePostgres(db, { migrationsFolder })
      } finally {
        await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {})
        await lock.end({ timeout: 5 })
      }
    },
    close: () => sql.end({ timeout: 5 }),
  }
}

/** PostgreSQL compiled to WebAssembly, in this process. One process per directory. */
export function connectPglite(client: PGlite): Connection {
  const db = drizzlePglite({ client, schema, casing: 'snake_case' })
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    async migrate() {
      // PGlite has one connection, so the lock only orders migrations within this process; the
      // same call keeps both drivers on one path.
      await client.query(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`)
      try {
        await migratePglite(db, { migrationsFolder })
      } finally {
        await client.query(`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`)
      }
    },
    close: () => client.close(),
  }
}

/**
 * The embedded PostgreSQL, with the extensions Chorus's migrations create (unaccent: Welsh search
 * folds ŵ, ŷ, â … so "dwr" finds "dŵr").
 */
export function openPglite(options: PGliteOptions = {}) {
  return new PGlite({ ...options, extensions: { unaccent, ...options.extensions } })
}

/** DATABASE_URL set: that server. Unset: PGlite persisted in ./data/pglite. */
export function connectFromEnv(env: Record<string, string | undefined> = process.env): Connection {
  if (env.DATABASE_URL) return connectPostgres(env.DATABASE_URL)
  const dir = env.PGLITE_DIR ? path.resolve(env.PGLITE_DIR) : defaultPgliteDir
  mkdirSync(dir, { recursive: true })
  return connectPglite(openPglite({ dataDir: dir }))
}
