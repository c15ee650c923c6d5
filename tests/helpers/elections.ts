import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'
import { memberships } from '../../db/schema/index.ts'
import { openNominations, type NewNominations } from '../../app/domain/voting/nominations.server.ts'
import { createMember } from './members.ts'

export const minutesFromNow = (n: number) => new Date(Date.now() + n * 60_000)

/** A member in good standing who works in the given nation (and branch). */
export async function createMemberIn(db: Db, nation: 'england' | 'scotland' | 'wales' | 'northern_ireland', branch = nation === 'wales' ? 'North Wales' : 'London', extra: { tierId?: string; joinedAt?: Date } = {}) {
  const m = await createMember(db, { tierId: extra.tierId })
  await db.update(memberships).set({ nation, branch, ...(extra.joinedAt ? { joinedAt: extra.joinedAt } : {}) }).where(eq(memberships.id, m.membership.id))
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
