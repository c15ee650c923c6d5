import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'

/**
 * Makes a change with the database's triggers off for it (`session_replication_role = replica`),
 * so no server hears of it: the one way to show that a kept page really is kept, since every
 * ordinary change to the tables pages are made from announces itself (migration 0035).
 */
export async function changeUnannounced(db: Db, change: (tx: Db) => Promise<unknown>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`)
    await change(tx as unknown as Db)
  })
}
