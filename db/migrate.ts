import { backfillRenderedHtml } from '../app/domain/statements/backfill-html.server.ts'
import { connectFromEnv } from './client.server.ts'

const connection = connectFromEnv()
try {
  await connection.migrate()
  console.log(`Migrations applied (${connection.kind}).`)
  // Statements and briefings saved before their HTML was stored: rendered once, here.
  let rendered = 0
  for (let n = await backfillRenderedHtml(connection.db); n > 0; n = await backfillRenderedHtml(connection.db)) rendered += n
  if (rendered) console.log(`Rendered the stored HTML of ${rendered} statements, versions and briefings.`)
} finally {
  await connection.close()
}
