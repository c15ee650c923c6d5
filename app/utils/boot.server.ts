import { connectFromEnv, type Connection } from '../../db/client.server.ts'
import { seedDemoData } from '../../db/demo-data.ts'
import { setDb } from './db.server.ts'
import { EnvError, getEnv } from './env.server.ts'

/**
 * Runs once per process when the server build loads, before it listens: checks settings,
 * connects, applies migrations and, in development or offline mode, seeds the demo accounts.
 */
async function boot(): Promise<Connection> {
  let env
  try {
    env = getEnv()
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  const connection = connectFromEnv()
  await connection.migrate()
  if (env.offline) {
    const created = await seedDemoData(connection.db)
    if (created.length) console.log(`Chorus: demo accounts created (${created.join(', ')}).`)
  }
  const close = () => void connection.close().catch(() => {})
  process.once('SIGTERM', close)
  process.once('SIGINT', close)
  console.log(`Chorus: database ready (${connection.kind})${env.offline ? ', offline stand-ins active' : ''}.`)
  return connection
}

// The development server re-imports the build on every change; keep one connection per process.
const state = globalThis as typeof globalThis & { __chorusBoot?: Promise<Connection> }
state.__chorusBoot ??= boot()
export const connection = await state.__chorusBoot
setDb(connection.db)
