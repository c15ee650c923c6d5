/**
 * The outbox worker on its own (`npm run worker`), for running delivery apart from the web
 * processes. Any number may run at once, beside app processes that deliver too; the periodic
 * upkeep runs once per tick across all of them.
 */
import { connectFromEnv } from '../db/client.server.ts'
import { startOutboxWorker } from './domain/outbox/runner.server.ts'
import { getEnvOrExit } from './utils/env.server.ts'
import { housekeeping } from './utils/housekeeping.server.ts'
import { describeError, log } from './utils/log.server.ts'
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
  // Tried every round; the tick claim inside lets one process per tick run it.
  housekeeping: housekeeping(connection.db, env.appUrl, env.HOUSEKEEPING_MS),
  housekeepingMs: 0,
})
log.info('outbox worker running')
let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  log.info({ signal }, 'worker stopping: finishing the round in progress')
  try {
    // The round in progress ends: the jobs it holds are delivered or handed back.
    await worker.stop()
    await connection.close()
  } catch (error) {
    log.error({ err: describeError(error) }, 'error while stopping')
  }
  log.info('worker stopped')
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
// Keep the process alive between polls (the worker's own timers do not hold it open).
setInterval(() => {}, 1 << 30)
