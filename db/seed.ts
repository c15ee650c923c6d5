import { connectFromEnv } from './client.server.ts'
import { seedDemoData } from './demo-data.ts'

const connection = connectFromEnv()
try {
  await connection.migrate()
  const created = await seedDemoData(connection.db)
  console.log(created.length ? `Demo accounts created: ${created.join(', ')}` : 'Demo accounts already present.')
} finally {
  await connection.close()
}
