import type { Db } from '../../db/client.server.ts'

/**
 * A query built once per database handle and then run with its values (drizzle's `.prepare()`
 * with `sql.placeholder`): the reads every request makes, such as who is signed in, skip
 * building their SQL each time. Kept per handle, so tests on their own databases and
 * transactions each get their own.
 */
export function preparedQuery<Query>(build: (db: Db) => Query): (db: Db) => Query {
  const built = new WeakMap<Db, Query>()
  return (db) => {
    let query = built.get(db)
    if (!query) built.set(db, (query = build(db)))
    return query
  }
}
