import { connectFromEnv } from './client.server.ts'

const connection = connectFromEnv()
try {
  await connection.migrate()
  console.log(`Migrations applied (${connection.kind}).`)
} finally {
  await connection.close()
}
