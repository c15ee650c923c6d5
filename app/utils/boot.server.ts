import { connectFromEnv, type Connection } from '../../db/client.server.ts'
import { startOutboxWorker, type RunningWorker } from '~/domain/outbox/runner.server.ts'
import { setDb } from './db.server.ts'
import { getEnvOrExit } from './env.server.ts'
import { housekeeping } from './housekeeping.server.ts'
import { log } from './log.server.ts'
import { transportFromEnv } from './mail-transport.server.ts'
import { beginShutdown, readiness, type Readiness } from './readiness.server.ts'
import { allowFormTarget } from './security-headers.server.ts'
import { rememberStripeEmulatorUrl, setStripe, stripeForEmulator } from './stripe.server.ts'

/**
 * What the server module (app/server.ts) drives in the application it loads: the database, the
 * outbox worker and readiness. Made once per process when the build is first loaded, before the
 * server listens; the development server re-imports the build on every change and gets the same one.
 */
export interface Runtime {
  connection: Connection
  /** /readyz answers 503 from now on: the process is stopping. */
  beginShutdown(): void
  readiness(): Promise<Readiness>
  /** Lets the outbox worker finish the round it is in: the jobs it holds are delivered or released. */
  stopWorker(): Promise<void>
  closeDatabase(): Promise<void>
}

async function boot(): Promise<Runtime> {
  const env = getEnvOrExit()
  const connection = connectFromEnv()
  await connection.migrate()
  // Every app process also delivers the outbox; CHORUS_WORKER=0 leaves that to `npm run worker`.
  let worker: RunningWorker | null =
    env.CHORUS_WORKER === '1'
      ? startOutboxWorker(connection.db, {
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
      : null
  log.info({ database: connection.kind, offline: env.offline, worker: Boolean(worker) }, 'database ready')
  return {
    connection,
    beginShutdown,
    readiness: () => readiness(connection.db),
    async stopWorker() {
      await worker?.stop()
      worker = null
    },
    closeDatabase: () => connection.close(),
  }
}

const state = globalThis as typeof globalThis & { __chorusRuntime?: Promise<Runtime> }
state.__chorusRuntime ??= boot()
export const runtime = await state.__chorusRuntime
setDb(runtime.connection.db)

/**
 * Offline: point this build's Stripe SDK at the local emulator the server module started (the
 * emulator is loaded only when offline, so it is not part of the build). Called after each import.
 */
export function useStripeEmulator(emulator: { port: number; url: string }) {
  setStripe(stripeForEmulator(emulator.port))
  rememberStripeEmulatorUrl(emulator.url)
  allowFormTarget(emulator.url)
}
