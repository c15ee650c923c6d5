/**
 * Press-alert fan-out: 10,000 journalists are sent one alert through the outbox, by two workers
 * with their own connection pools, to the Resend stand-in through the real SDK.
 */
import { eq, sql } from 'drizzle-orm'
import { enqueueEmail } from '../../app/domain/outbox/enqueue.server.ts'
import { drainOutbox } from '../../app/domain/outbox/worker.server.ts'
import { resendTransport } from '../../app/utils/mail-transport.server.ts'
import { connectPostgres } from '../../db/client.server.ts'
import { users } from '../../db/schema/index.ts'
import { templates } from '../../emails/index.ts'
import { createDatabase } from '../e2e/lib/server.ts'
import { TEST_SECRET, workerOptions } from '../helpers/mail.ts'
import { ResendCapture } from '../helpers/resend-capture.ts'
import type { Bench } from './types.ts'

const RECIPIENTS = Number(process.env.BENCH_ALERT_RECIPIENTS ?? 10_000)
const GOAL_S = 10
const WORKERS = 2

export const alertFanOut: Bench = {
  name: 'press alert fan-out',
  async run() {
    const database = await createDatabase(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'chorus_bench_outbox')
    const capture = await new ResendCapture().start()
    const setup = connectPostgres(database.url, { max: 4 })
    const workers = Array.from({ length: WORKERS }, () => connectPostgres(database.url, { max: 6 }))
    try {
      await setup.migrate()
      await setup.db.execute(sql`
        insert into users (email, name, password_hash, role, email_verified_at)
        select 'journalist' || i || '@press.example', 'Journalist ' || i, 'not-a-login', 'journalist', now()
        from generate_series(1, ${RECIPIENTS}) i`)
      const people = await setup.db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.role, 'journalist'))
      const { name: _n, unsubscribeUrl: _u, preferencesUrl: _p, ...alert } = templates['press-alert'].previewProps

      const started = performance.now()
      await setup.db.transaction(async (tx) => {
        await enqueueEmail(tx, { template: 'press-alert', topic: 'press_alerts', data: alert, to: people.map((p) => ({ email: p.email, name: p.name, userId: p.id })) })
      })
      const queued = performance.now()
      const transport = resendTransport({ apiKey: 're_bench', baseUrl: capture.url })
      await Promise.all(workers.map((w) => drainOutbox(w.db, workerOptions({ transport, claimSize: 10, secret: TEST_SECRET }))))
      const done = performance.now()

      const counts = capture.countsByRecipient()
      const exact = counts.size === RECIPIENTS && [...counts.values()].every((n) => n === 1)
      if (!exact) throw new Error(`delivered ${capture.delivered.length} emails to ${counts.size} addresses, expected ${RECIPIENTS} once each`)
      const seconds = (done - started) / 1000
      return {
        rows: [
          {
            name: `alert to ${RECIPIENTS.toLocaleString('en-GB')} journalists`,
            perSecond: RECIPIENTS / seconds,
            goal: `< ${GOAL_S} s`,
            met: seconds < GOAL_S,
            result: `${seconds.toFixed(2)} s (queued in ${((queued - started) / 1000).toFixed(2)} s, ${capture.requests.length} API calls, each delivered once)`,
          },
        ],
      }
    } finally {
      await Promise.all(workers.map((w) => w.close()))
      await setup.close()
      await capture.stop()
      await database.drop()
    }
  },
}
