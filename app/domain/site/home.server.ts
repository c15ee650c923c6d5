import { and, eq, gt, isNotNull, isNull, lte, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { ballotElectors, ballots, memberships, statements, tiers, type Nation } from '../../../db/schema/index.ts'
import { GRACE_DAYS, votingEligibility } from '~/domain/membership/status.ts'
import { listLiftedBriefings, nextEmbargoLift } from '~/domain/press/public.server.ts'
import { listOpenConsultations } from '~/domain/statements/officer.server.ts'

/** How many of each the home page shows: what Chorus is saying now, not an archive. */
const HOME_LATEST = 3

/** The four nations, in the order Chorus lists them. */
export const NATIONS: { nation: Nation; name: string }[] = [
  { nation: 'england', name: 'England' },
  { nation: 'scotland', name: 'Scotland' },
  { nation: 'wales', name: 'Wales' },
  { nation: 'northern_ireland', name: 'Northern Ireland' },
]

/**
 * Members in good standing in each nation: paid up (or within the grace period after a failed
 * payment) with a registration an officer has verified. The same standing that lets a member vote,
 * less the tier: it is the profession Chorus speaks for.
 */
async function countMembersByNation(db: Db, now: Date) {
  const graceStart = new Date(now.getTime() - GRACE_DAYS * 86_400_000)
  const rows = await db
    .select({ nation: memberships.nation, members: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        isNotNull(memberships.nation),
        isNotNull(memberships.registrationVerifiedAt),
        sql`(${memberships.status} = 'active' or (${memberships.status} = 'past_due' and ${memberships.pastDueSince} >= ${graceStart.toISOString()}::timestamptz))`,
      ),
    )
    .groupBy(memberships.nation)
  const counts = new Map(rows.map((r) => [r.nation, Number(r.members)]))
  return NATIONS.map((n) => ({ ...n, members: counts.get(n.nation) ?? 0 }))
}

/** The newest adopted position statements (those under review still stand until replaced). */
function listLatestStatements(db: Db, limit = HOME_LATEST) {
  return db
    .select({ slug: statements.slug, title: statements.title, summary: statements.summary, adoptedAt: statements.adoptedAt })
    .from(statements)
    .where(sql`${statements.status} in ('adopted', 'under_review')`)
    .orderBy(sql`${statements.adoptedAt} desc nulls last`)
    .limit(limit)
}

/**
 * Ballots open now in which this person can still vote: on the electorate fixed at opening and not
 * yet voted, or, before it is fixed, eligible as a member now. Two queries, whatever the number
 * of ballots.
 */
async function listBallotsToVoteIn(db: Db, input: { userId: string; now: Date }) {
  const [member] = await db
    .select({ id: memberships.id, status: memberships.status, pastDueSince: memberships.pastDueSince, registrationVerifiedAt: memberships.registrationVerifiedAt, votingRights: tiers.votingRights })
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .where(eq(memberships.userId, input.userId))
  if (!member) return []
  const open = await db
    .select({
      id: ballots.id,
      title: ballots.title,
      kind: ballots.kind,
      closesAt: ballots.closesAt,
      frozenAt: ballots.frozenAt,
      voted: ballotElectors.voted,
      onRoll: sql<boolean>`${ballotElectors.membershipId} is not null`,
    })
    .from(ballots)
    .leftJoin(ballotElectors, and(eq(ballotElectors.ballotId, ballots.id), eq(ballotElectors.membershipId, member.id)))
    .where(and(eq(ballots.status, 'scheduled'), isNull(ballots.countedAt), lte(ballots.opensAt, input.now), gt(ballots.closesAt, input.now)))
    .orderBy(ballots.closesAt)
  const eligibleNow = votingEligibility({ ...member, tier: { votingRights: member.votingRights } }, input.now).eligible
  return open.filter((b) => (b.frozenAt ? b.onRoll && !b.voted : eligibleNow)).map((b) => ({ id: b.id, title: b.title, kind: b.kind, closesAt: b.closesAt }))
}

/**
 * What the home page says: the latest lifted briefings (never one under embargo or withdrawn),
 * the latest adopted statements and the members behind them; and, for a signed-in person, the
 * ballots they can vote in and the consultations open to them. `nextLift` is when the public part
 * next changes on its own (a briefing's embargo lifting), for caches.
 */
export async function getHomePage(db: Db, input: { now: Date; userId: string | null }) {
  const [briefings, latestStatements, nations, nextLift, ballotsToVoteIn, consultations] = await Promise.all([
    listLiftedBriefings(db, { now: input.now, limit: HOME_LATEST }),
    listLatestStatements(db),
    countMembersByNation(db, input.now),
    input.userId ? null : nextEmbargoLift(db, input.now),
    input.userId ? listBallotsToVoteIn(db, { userId: input.userId, now: input.now }) : null,
    input.userId ? listOpenConsultations(db, input.now) : null,
  ])
  return { briefings, statements: latestStatements, nations, nextLift, ballots: ballotsToVoteIn, consultations }
}
