import type { Db } from '../../db/client.server.ts'
import { pruneRateLimits } from '../domain/auth/rate-limit.server.ts'
import { deleteExpiredSessions } from '../domain/auth/sessions.server.ts'
import { lapseOverdueMemberships } from '../domain/membership/lapse.server.ts'

/** The periodic upkeep every worker loop runs: old counters and sessions go, overdue memberships lapse. */
export function housekeeping(db: Db, baseUrl: string) {
  return async () => {
    await pruneRateLimits(db)
    await deleteExpiredSessions(db)
    await lapseOverdueMemberships(db, { baseUrl })
  }
}
