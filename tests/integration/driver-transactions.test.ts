/**
 * The PostgreSQL driver, postgres.js 3.4.9, could send a transaction's BEGIN without keeping the
 * connection for that transaction (porsager/postgres#1189, #823): when BEGIN filled a connection's
 * pipeline, or the socket was busy, the pool went on sending other requests' statements down the
 * same connection — into the open transaction. A vote could be answered with a receipt while its
 * statement waited, uncommitted, inside someone else's transaction (and would be lost with it).
 * Chorus applies the fix at install (db/patches). This reproduces those conditions: every
 * statement outside a transaction is committed, seen from another connection, the moment it
 * answers, and every transaction runs.
 */
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../../db/client.server.ts'
import { createTestDatabase, onPostgresServer } from '../helpers/db.ts'

describe.skipIf(!onPostgresServer)('statements and transactions sharing the driver’s connections (PostgreSQL server)', () => {
  let connection: Connection
  let pool: postgres.Sql
  let observer: postgres.Sql

  beforeAll(async () => {
    connection = await createTestDatabase({ max: 1 })
    // Few connections and short pipelines make the pipeline's edge come often.
    pool = postgres(connection.url!, { max: 3, max_pipeline: 2, onnotice: () => {} } as postgres.Options<Record<string, never>>)
    observer = postgres(connection.url!, { max: 1, onnotice: () => {} })
    await pool`create table driver_probe (n int not null)`
  })
  afterAll(async () => {
    await pool?.end({ timeout: 5 })
    await observer?.end({ timeout: 5 })
    await connection?.close()
  })

  it('a statement is committed when it answers, and every transaction keeps its connection, however busy the pool', async () => {
    let next = 0
    const unseen: number[] = []
    const refused: string[] = []
    const statement = async () => {
      const n = next++
      await pool`insert into driver_probe (n) values (${n})`
      const [seen] = await observer`select count(*)::int as count from driver_probe where n = ${n}`
      if (seen.count !== 1) unseen.push(n)
    }
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    for (let round = 0; round < 20; round++) {
      // Every connection busy, one statement waiting behind each, then transactions begin: each
      // BEGIN lands at the end of a full pipeline. More statements follow once those have run.
      const busy = Array.from({ length: 3 }, () => pool`select pg_sleep(0.05)`.execute())
      await pause(10)
      const first = Array.from({ length: 3 }, statement)
      await new Promise((resolve) => process.nextTick(resolve))
      const transactions = Array.from({ length: 5 }, () =>
        pool
          .begin(async (tx) => {
            await tx`select pg_sleep(0.01)`
            return true
          })
          .catch((error: Error) => refused.push(error.message)),
      )
      await pause(80)
      const then = Array.from({ length: 6 }, statement)
      await Promise.all([...busy, ...first, ...transactions, ...then])
    }
    expect({ refused: refused.length, unseen }).toEqual({ refused: 0, unseen: [] })
  })
})
