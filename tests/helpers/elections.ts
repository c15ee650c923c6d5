import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'
import { ballots, memberships } from '../../db/schema/index.ts'
import { closeNominations, decideNomination, nominateSelf, openNominations, type NewNominations } from '../../app/domain/voting/nominations.server.ts'
import { createMember } from './members.ts'

export const minutesFromNow = (n: number) => new Date(Date.now() + n * 60_000)

/** A member in good standing who works in the given nation (and branch). */
export async function createMemberIn(
  db: Db,
  nation: 'england' | 'scotland' | 'wales' | 'northern_ireland',
  branch = nation === 'wales' ? 'North Wales' : 'London',
  extra: { tierId?: string; joinedAt?: Date } = {},
) {
  const m = await createMember(db, { tierId: extra.tierId })
  await db
    .update(memberships)
    .set({ nation, branch, ...(extra.joinedAt ? { joinedAt: extra.joinedAt } : {}) })
    .where(eq(memberships.id, m.membership.id))
  return m
}

/** "Cymru committee, 3 seats, Wales only", taking nominations. */
export function openCymruNominations(db: Db, actorId: string, overrides: Partial<NewNominations> = {}) {
  return openNominations(db, {
    title: 'Cymru committee 2027',
    description: 'Three members in Wales to sit on the Cymru national committee for two years.',
    seats: 3,
    scope: { nations: ['wales'], branches: [], tiers: [] },
    nominationsCloseAt: minutesFromNow(60),
    supportersNeeded: 2,
    statementWordLimit: 30,
    standTiers: [],
    standMinYears: 0,
    candidateOrder: 'alphabetical',
    opensAt: minutesFromNow(120),
    closesAt: minutesFromNow(3 * 24 * 60),
    actorId,
    ...overrides,
  })
}

/**
 * An election whose nominations have just closed with `candidates` (user ids) valid and more of
 * them than seats, so it goes to a ballot and its hustings are open. Voting opens in an hour.
 */
export async function electionInHustings(db: Db, input: { officerId: string; candidates: string[]; seats?: number; scope?: NewNominations['scope']; statementWordLimit?: number }) {
  const ballot = await openNominations(db, {
    title: 'Cymru committee 2027',
    description: 'Three members in Wales to sit on the Cymru national committee for two years.',
    seats: input.seats ?? 1,
    scope: input.scope ?? { nations: [], branches: [], tiers: [] },
    nominationsCloseAt: minutesFromNow(1),
    supportersNeeded: 0,
    statementWordLimit: input.statementWordLimit ?? 50,
    standTiers: [],
    standMinYears: 0,
    candidateOrder: 'alphabetical',
    opensAt: minutesFromNow(60),
    closesAt: minutesFromNow(3 * 24 * 60),
    returningOfficerId: input.officerId,
    actorId: input.officerId,
  })
  for (const userId of input.candidates) {
    const n = await nominateSelf(db, { ballotId: ballot.id, userId })
    await decideNomination(db, { nominationId: n.id, actorId: input.officerId, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: 'http://localhost:3000' })
  }
  await db
    .update(ballots)
    .set({ nominationsCloseAt: new Date(Date.now() - 1000) })
    .where(eq(ballots.id, ballot.id))
  await closeNominations(db, { ballotId: ballot.id })
  return ballot
}
