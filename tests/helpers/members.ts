import type { Db } from '../../db/client.server.ts'
import { memberships, type Membership, type MembershipStatus } from '../../db/schema/index.ts'
import { createUser } from './routes.ts'

let registration = 100000

/** A member with a user account, in the state a test needs. */
export async function createMember(db: Db, input: { status?: MembershipStatus; tierId?: string; verified?: boolean; stripeCustomerId?: string; role?: 'member' | 'officer' | 'admin' } = {}) {
  const user = await createUser(db, { role: input.role ?? 'member' })
  registration += 1
  const [membership] = await db
    .insert(memberships)
    .values({
      userId: user.id,
      tierId: input.tierId ?? 'full',
      status: input.status ?? 'active',
      regulator: 'swe',
      registrationNumber: `SW${registration}`,
      registrationVerifiedAt: input.verified === false ? null : new Date(),
      nation: 'england',
      branch: 'London',
      sector: 'children',
      consentedTermsAt: new Date(),
      stripeCustomerId: input.stripeCustomerId ?? null,
      joinedAt: input.status === 'pending_payment' ? null : new Date(),
    })
    .returning()
  return { user, membership: membership as Membership }
}
