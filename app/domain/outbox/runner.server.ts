import type { Db } from '../../../db/client.server.ts'
import { log as logger } from '~/utils/log.server.ts'
import { processDueJobs, type WorkerOptions } from './worker.server.ts'

export interface RunningWorker {
  stop(): Promise<void>
}

/**
 * Delivers the outbox continuously: drains what is due, then polls. Any number of these may run,
 * in app processes and standalone workers alike; the database keeps them from colliding.
 */
export function startOutboxWorker(
  db: Db,
  options: WorkerOptions & {
    pollMs?: number
    log?: (line: string) => void
    /** Periodic upkeep run by the same loop (every minute), e.g. opening and counting ballots. */
    housekeeping?: () => Promise<unknown>
    housekeepingMs?: number
  },
): RunningWorker {
  const pollMs = options.pollMs ?? 1_000
  const log = options.log ?? ((line) => logger.warn(line))
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let lastHousekeeping = 0
  let current: Promise<void> = Promise.resolve()

  const tick = async () => {
    try {
      while (!stopped) {
        const outcomes = await processDueJobs(db, options)
        if (outcomes.length === 0) break
        const failed = outcomes.filter((o) => o === 'failed').length
        if (failed) log(`Chorus outbox: ${failed} job(s) failed for good; see /admin/outbox`)
      }
      if (options.housekeeping && Date.now() - lastHousekeeping > (options.housekeepingMs ?? 60_000)) {
        lastHousekeeping = Date.now()
        await options.housekeeping()
      }
    } catch (error) {
      log(`Chorus outbox: round failed, will retry: ${(error as Error).message}`)
    }
  }
  const loop = () => {
    if (stopped) return
    current = tick().finally(() => {
      if (!stopped) {
        timer = setTimeout(loop, pollMs)
        timer.unref()
      }
    })
  }
  loop()
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await current
    },
  }
}
