import { PGlite } from '@electric-sql/pglite'
import { connectPglite, connectPostgres } from './db/client.server.ts'
import { users } from './db/schema/index.ts'
let t = Date.now()
const c = connectPglite(new PGlite())
await c.migrate()
console.log('pglite fresh+migrate', Date.now() - t)
t = Date.now()
const dump = await (c.db as any).$client.dumpDataDir('none')
console.log('dump', Date.now() - t)
for (let i = 0; i < 3; i++) {
  t = Date.now()
  const p = await PGlite.create({ loadDataDir: dump })
  const c2 = connectPglite(p)
  console.log((await c2.db.select().from(users)).length, 'load', Date.now() - t)
}
t = Date.now()
const pg = connectPostgres('postgres://postgres@127.0.0.1:5432/test')
await pg.migrate()
console.log('pg migrate', Date.now() - t)
await pg.close()
