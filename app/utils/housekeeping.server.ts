import type { Db } from '../../db/client.server.ts'
import { pruneRateLimits } from '../domain/auth/rate-limit.server.ts'
import { deleteExpiredSessions } from '../domain/auth/sessions.server.ts'
import { sendEnquiryDigest } from '../domain/press/enquiries.server.ts'
import { lapseOverdueMemberships } from '../domain/membership/lapse.server.ts'
import { backfillRenderedHtml } from '../domain/statements/backfill-html.server.ts'
import { remindStatementReviews } from '../domain/statements/mail.server.ts'
import { settleStatementVotes } from '../domain/statements/statements.server.ts'
import { advanceBallots } from '../domain/voting/ballots.server.ts'

/**
 * The periodic upkeep every worker loop runs (each minute): ballots open and are counted on
 * time, overdue memberships lapse, officers hear of statements due for review, old counters and
 * sessions go, Markdown saved before its HTML was stored gets rendered, and officers get the
 * digest of new media enquiries.
 */
export function housekeeping(db: Db, baseUrl: string) {
  return async () => {
    await pruneRateLimits(db)
    await deleteExpiredSessions(db)
    await advanceBallots(db, { baseUrl })
    await settleStatementVotes(db, { baseUrl })
    await lapseOverdueMemberships(db, { baseUrl })
    await remindStatementReviews(db, { baseUrl })
    await backfillRenderedHtml(db)
    await sendEnquiryDigest(db, { baseUrl })
  }
}
