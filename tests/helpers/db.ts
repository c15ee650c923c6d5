import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import postgres from 'postgres'
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest'
import { connectPglite, connectPostgres, openPglite, type Connection, type Db } from '../../db/client.server.ts'
import { setDb } from '../../app/utils/db.server.ts'
import { clearPageCache } from '../../app/utils/page-cache.server.ts'

export const onPostgresServer = Boolean(process.env.TEST_DATABASE_URL)

/**
 * A database of its own, already migrated: a copy of the template database on the PostgreSQL
 * server when TEST_DATABASE_URL is set, otherwise a PGlite instance. Close it when done.
 */
export async function createTestDatabase(options: { max?: number } = {}): Promise<Connection> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl) {
    const name = `chorus_test_${randomBytes(6).toString('hex')}`
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')} STRATEGY FILE_COPY`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const connection = connectPostgres(url.toString(), { max: options.max ?? 10 })
    return {
      ...connection,
      async close() {
        await connection.close()
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await admin.end()
      },
    }
  }
  const dump = readFileSync(inject('pgliteDump'))
  const client = openPglite({ loadDataDir: new Blob([dump]) })
  await client.waitReady
  return connectPglite(client)
}

class Rollback extends Error {}

/**
 * One database per test file; each test runs inside a transaction that is rolled back
 * afterwards, and the app's own handle (used by routes) points at that transaction.
 */
export function useTestDb() {
  const handle = { db: undefined as unknown as Db, connection: undefined as unknown as Connection }
  let finish: () => void = () => {}
  let done: Promise<unknown> = Promise.resolve()
  beforeAll(async () => {
    handle.connection = await createTestDatabase({ max: 2 })
  })
  beforeEach(async () => {
    // In-process caches hold what earlier tests' (rolled-back) data looked like.
    clearPageCache()
    let ready!: () => void
    const started = new Promise<void>((resolve) => (ready = resolve))
    const release = new Promise<void>((resolve) => (finish = resolve))
    done = handle.connection.db
      .transaction(async (tx) => {
        handle.db = tx as unknown as Db
        setDb(handle.db)
        ready()
        await release
        throw new Rollback()
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error
      })
    await started
  })
  afterEach(async () => {
    finish()
    await done
  })
  afterAll(async () => {
    await handle.connection?.close()
  })
  return handle
}
