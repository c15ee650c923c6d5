import { and, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { memberships, tiers, users, type Ballot } from '../../../db/schema/index.ts'
import type { Locale } from '~/i18n/locale.ts'
import { votingEligibility } from '~/domain/membership/status.ts'
import { describeScope, isWholeBody, scopeOf, type BallotScope } from './scope.ts'

/** The SQL condition for "this membership is within the scope" (true for the whole body). */
function scopeCondition(scope: BallotScope): SQL | undefined {
  if (isWholeBody(scope)) return undefined
  const parts: SQL[] = []
  if (scope.nations.length) parts.push(inArray(memberships.nation, scope.nations))
  if (scope.branches.length) {
    const lowered = scope.branches.map((b) => b.trim().toLowerCase())
    parts.push(
      sql`lower(trim(${memberships.branch})) in (${sql.join(
        lowered.map((b) => sql`${b}`),
        sql`, `,
      )})`,
    )
  }
  if (scope.tiers.length) parts.push(inArray(memberships.tierId, scope.tiers))
  return and(...parts)
}

/** Members in the scope who may vote at `at` (eligibility decided by votingEligibility, as ever). */
export async function eligibleElectors(db: Db, scope: BallotScope, at: Date) {
  const rows = await db
    .select({
      id: memberships.id,
      status: memberships.status,
      pastDueSince: memberships.pastDueSince,
      registrationVerifiedAt: memberships.registrationVerifiedAt,
      votingRights: tiers.votingRights,
      userId: users.id,
      email: users.email,
      name: users.name,
    })
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(sql`${memberships.status} in ('active', 'past_due')`, scopeCondition(scope)))
  return rows.filter((m) => votingEligibility({ ...m, tier: { votingRights: m.votingRights } }, at).eligible)
}

/** How many members in the scope could vote now: the "about N members" shown before opening. */
export async function countEligibleInScope(db: Db, scope: BallotScope, at = new Date()) {
  return (await eligibleElectors(db, scope, at)).length
}

/** Tier ids and names, for describing scopes and for the forms. */
export async function tierNames(db: Db) {
  const rows = await db.select({ id: tiers.id, name: tiers.name, votingRights: tiers.votingRights }).from(tiers).orderBy(tiers.sortOrder)
  return rows
}

export async function tierNameMap(db: Db) {
  return Object.fromEntries((await tierNames(db)).map((t) => [t.id, t.name]))
}

/** What the officers' ballot forms offer: tiers to scope by, officers to act as returning officer. */
export async function ballotFormChoices(db: Db) {
  const [tierRows, officers] = await Promise.all([
    tierNames(db),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.role, ['officer', 'admin']))
      .orderBy(users.name),
  ])
  return { tiers: tierRows.map((t) => ({ id: t.id, name: t.name })), officers }
}

/**
 * The electorate in words and numbers: before opening, about how many members in scope could
 * vote now (`exact: false`); once frozen, the exact number on the electorate.
 */
export async function electorateSummary(db: Db, ballot: Ballot, locale: Locale, input: { count?: boolean; now?: Date } = {}) {
  const scope = scopeOf(ballot)
  const words = describeScope(locale, scope, isWholeBody(scope) ? {} : await tierNameMap(db))
  if (ballot.frozenAt) return { scope: words, count: ballot.electorateCount ?? 0, exact: true }
  if (input.count === false) return { scope: words, count: null, exact: false }
  return { scope: words, count: await countEligibleInScope(db, scope, input.now ?? new Date()), exact: false }
}
