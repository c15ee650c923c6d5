/**
 * Press-alert fan-out: a briefing is published to 10,000 approved journalists the way an officer
 * does it (recipients chosen by topic, alerts queued in the publishing transaction), then two
 * workers with their own connection pools deliver through the outbox to the Resend stand-in
 * through the real SDK.
 */
import { sql } from 'drizzle-orm'
import { createBriefingFromTemplate, releaseBriefing, saveBriefingDraft } from '../../app/domain/press/briefings.server.ts'
import { drainOutbox } from '../../app/domain/outbox/worker.server.ts'
import { resendTransport } from '../../app/utils/mail-transport.server.ts'
import { connectPostgres } from '../../db/client.server.ts'
import { users } from '../../db/schema/index.ts'
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
      await setup.db.execute(sql`
        insert into journalists (user_id, outlet, job_title, work_email, status, alert_all_topics)
        select id, 'Outlet', 'Reporter', email, 'approved', true from users where role = 'journalist'`)
      const [officer] = await setup.db
        .insert(users)
        .values({ email: 'officer@bench.example', name: 'Bench Officer', passwordHash: 'not-a-login', role: 'officer', emailVerifiedAt: new Date() })
        .returning()
      const draft = await createBriefingFromTemplate(setup.db, { actorId: officer.id, template: 'other' })
      await saveBriefingDraft(setup.db, {
        actorId: officer.id,
        briefingId: draft.id,
        fields: {
          headline: 'Chorus responds to the Northfield safeguarding review',
          standfirst: 'Chorus calls for a national caseload limit.',
          body: '## Our response\n\n- Caseloads are too high.',
          keyFacts: [],
          quotes: [],
          notesToEditors: '',
          contactName: 'Press office',
          contactEmail: 'press@chorus.example',
          contactPhone: '',
          topics: ['workforce'],
          statementIds: [],
        },
      })

      const started = performance.now()
      await releaseBriefing(setup.db, { actorId: officer.id, briefingId: draft.id, embargoUntil: null, now: new Date(), baseUrl: 'http://127.0.0.1' })
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
