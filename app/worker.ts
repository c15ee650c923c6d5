/**
 * The outbox worker on its own (`npm run worker`), for running delivery apart from the web
 * processes. Any number may run at once, beside app processes that deliver too.
 */
import { connectFromEnv } from '../db/client.server.ts'
import { startOutboxWorker } from './domain/outbox/runner.server.ts'
import { getEnvOrExit } from './utils/env.server.ts'
import { housekeeping } from './utils/housekeeping.server.ts'
import { transportFromEnv } from './utils/mail-transport.server.ts'

const env = getEnvOrExit()
if (!env.DATABASE_URL) {
  console.error('The standalone worker needs DATABASE_URL: the embedded database belongs to the one app process that opened it.')
  process.exit(1)
}
const connection = connectFromEnv()
await connection.migrate()
const worker = startOutboxWorker(connection.db, {
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
console.log('Chorus outbox worker running.')
const stop = async () => {
  await worker.stop()
  await connection.close()
  process.exit(0)
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
// Keep the process alive between polls (the worker's own timers do not hold it open).
setInterval(() => {}, 1 << 30)
