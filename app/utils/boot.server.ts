import { connectFromEnv, type Connection } from '../../db/client.server.ts'
import { seedDemoData } from '../../db/demo-data.ts'
import { startOutboxWorker } from '../domain/outbox/runner.server.ts'
import { setDb } from './db.server.ts'
import { housekeeping } from './housekeeping.server.ts'
import { transportFromEnv } from './mail-transport.server.ts'
import { startLocalStripe } from './stripe-local.server.ts'
import { getEnvOrExit } from './env.server.ts'

/**
 * Runs once per process when the server build loads, before it listens: checks settings,
 * connects, applies migrations and, in development or offline mode, seeds the demo accounts.
 */
async function boot(): Promise<Connection> {
  const env = getEnvOrExit()
  const connection = connectFromEnv()
  await connection.migrate()
  if (env.offline) {
    const created = await seedDemoData(connection.db)
    if (created.length) console.log(`Chorus: demo accounts created (${created.join(', ')}).`)
  }
  const stripeEmulator = env.STRIPE_SECRET_KEY ? null : await startLocalStripe(env)
  // Every app process also delivers the outbox; CHORUS_WORKER=0 leaves that to `npm run worker`.
  const worker =
    env.CHORUS_WORKER === '1'
      ? startOutboxWorker(connection.db, {
          transport: transportFromEnv(connection.db, env),
          from: env.MAIL_FROM,
          baseUrl: env.appUrl,
          secret: env.sessionSecret,
          pollMs: env.OUTBOX_POLL_MS,
          leaseMs: env.OUTBOX_LEASE_MS,
          retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
          housekeeping: housekeeping(connection.db, env.appUrl),
          housekeepingMs: env.HOUSEKEEPING_MS,
        })
      : null
  const close = async () => {
    await worker?.stop()
    await stripeEmulator?.stop().catch(() => {})
    await connection.close().catch(() => {})
  }
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
