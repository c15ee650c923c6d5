import { closeDuePolls } from '~/domain/polls/polls.server.ts'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'
import { housekeepingTicks } from '../../db/schema/index.ts'
import { pruneRateLimits } from '~/domain/auth/rate-limit.server.ts'
import { deleteExpiredSessions } from '~/domain/auth/sessions.server.ts'
import { sendEnquiryDigest } from '~/domain/press/enquiries.server.ts'
import { lapseOverdueMemberships } from '~/domain/membership/lapse.server.ts'
import { backfillRenderedHtml } from '~/domain/statements/backfill-html.server.ts'
import { remindStatementReviews } from '~/domain/statements/mail.server.ts'
import { settleStatementVotes } from '~/domain/statements/statements.server.ts'
import { advanceBallots } from '~/domain/voting/ballots.server.ts'

const JOB = 'upkeep'
const BALLOT_JOB = 'ballots'
/** How often ballots due to open or close are looked for: results within a few seconds of closing. */
export const BALLOT_TICK_MS = 2_000

/**
    await backfillRenderedHtml(db)
    await sendEnquiryDigest(db, { baseUrl })
 * Claims tick `tick` of `job` for this process: true for exactly one caller per tick, across every
 * server and worker on the database. One upsert, so concurrent callers queue on the row and the
 * second finds the tick already taken.
 */
async function claimTick(db: Db, job: string, tick: number): Promise<boolean> {
  const claimed = await db
    .insert(housekeepingTicks)
    .values({ job, tick })
    .onConflictDoUpdate({ target: housekeepingTicks.job, set: { tick, claimedAt: sql`now()` }, setWhere: sql`${housekeepingTicks.tick} < ${tick}` })
    .returning({ tick: housekeepingTicks.tick })
  return claimed.length === 1
}

/**
 * The periodic upkeep (each minute by default; ballots every BALLOT_TICK_MS): ballots open and are counted on time, overdue
 * memberships lapse, officers hear of statements due for review, old counters and sessions go,
 * Markdown saved before its HTML was stored is rendered, and officers get the enquiry digest.
 * Every worker loop may call it as often as it likes; it runs once per tick of `everyMs` across
 * all processes, and returns whether this call ran it.
 */
export function housekeeping(db: Db, baseUrl: string, everyMs = 60_000, ballotEveryMs = Math.min(everyMs, BALLOT_TICK_MS)) {
  // The last tick this process tried: within a tick, further calls ask the database nothing.
  let tried = -1
  let triedBallots = -1
  return async (now = Date.now()) => {
    // Ballots open and are counted on their own, shorter tick: a result is up seconds after close.
    const ballotTick = Math.floor(now / ballotEveryMs)
    if (ballotTick > triedBallots) {
      triedBallots = ballotTick
      if (await claimTick(db, BALLOT_JOB, ballotTick)) {
        await advanceBallots(db, { baseUrl })
        await closeDuePolls(db)
      }
    }
    const tick = Math.floor(now / everyMs)
    if (tick <= tried) return false
    tried = tick
    if (!(await claimTick(db, JOB, tick))) return false
    await pruneRateLimits(db)
    await deleteExpiredSessions(db)
    await settleStatementVotes(db, { baseUrl })
    await lapseOverdueMemberships(db, { baseUrl })
    await remindStatementReviews(db, { baseUrl })
    await backfillRenderedHtml(db)
    await sendEnquiryDigest(db, { baseUrl })
    return true
  }
}
