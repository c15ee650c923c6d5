/**
 * Poll responses over HTTP: a poll goes to 10,000 signed-in members, who answer it through the
 * production server on PostgreSQL, 50 at a time; every answer must be recorded exactly once (the
 * audience marks and the sealed urn agree). Goal: all 10,000 in under a minute.
 */
import { and, eq } from 'drizzle-orm'
import { createAndSendPoll } from '../../app/domain/polls/polls.server.ts'
import { connectPostgres } from '../../db/client.server.ts'
import { pollAudience, pollUrn, users } from '../../db/schema/index.ts'
import type { Bench } from './types.ts'
import { seedSignedIn } from './people.ts'

const RESPONDENTS = Number(process.env.BENCH_POLL_RESPONDENTS ?? 10_000)
const AT_ONCE = 50
const GOAL_SECONDS = 60
const ANSWERS = ['strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree']

export const pollResponses: Bench = {
  name: 'poll responses',
  needs: ['server'],
  async run({ baseUrl, databaseUrl }) {
    const connection = connectPostgres(databaseUrl, { max: 4 })
    const db = connection.db
    try {
      const { cookies } = await seedSignedIn(db, { count: RESPONDENTS, label: 'respondent', members: { registrationFrom: 700000, branch: 'Bench' } })
      const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'officer@chorus.test'))
      const poll = await createAndSendPoll(db, {
        actorId: officer.id,
        title: 'Bench poll',
        durationHours: 2,
        branches: ['Bench'],
        questions: [{ kind: 'agree5', wording: 'My caseload is safe' }],
        baseUrl,
      })

      const statuses = new Map<number, number>()
      let next = 0
      const started = performance.now()
      await Promise.all(
        Array.from({ length: AT_ONCE }, async () => {
          while (next < cookies.length) {
            const i = next++
            const res = await fetch(`${baseUrl}/polls/${poll.id}`, {
              method: 'POST',
              redirect: 'manual',
              headers: { cookie: cookies[i], 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
              body: `q1=${ANSWERS[i % ANSWERS.length]}`,
            })
            await res.arrayBuffer()
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
          }
        }),
      )
      const seconds = (performance.now() - started) / 1000
      const sealed = await db.$count(pollUrn, eq(pollUrn.pollId, poll.id))
      const marked = await db.$count(pollAudience, and(eq(pollAudience.pollId, poll.id), eq(pollAudience.responded, true)))
      const redirected = statuses.get(303) ?? 0
      if (redirected !== RESPONDENTS || sealed !== RESPONDENTS || marked !== RESPONDENTS) {
        throw new Error(`${redirected} answers accepted, ${sealed} sealed, ${marked} marked for ${RESPONDENTS} respondents (statuses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')})`)
      }
      return {
        rows: [
          {
            name: `poll: ${RESPONDENTS.toLocaleString('en-GB')} responses over HTTP`,
            perSecond: RESPONDENTS / seconds,
            goal: `< ${GOAL_SECONDS} s`,
            met: seconds < GOAL_SECONDS,
            result: `${seconds.toFixed(1)} s, ${AT_ONCE} at a time; ${sealed} sealed, ${marked} marked (exact)`,
          },
        ],
      }
    } finally {
      await connection.close()
    }
  },
}
