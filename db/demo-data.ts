import { hash } from '@node-rs/argon2'
import { inArray } from 'drizzle-orm'
import type { Db } from './client.server.ts'
import { ballotCandidates, ballots, memberships, users, type Role } from './schema/index.ts'

export const DEMO_PASSWORD = 'chorus-demo-password'

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; member?: { registration: string; branch: string } }[] = [
  { email: 'admin@chorus.test', name: 'Priya Raman', role: 'admin', member: { registration: 'SW100001', branch: 'London' } },
  { email: 'officer@chorus.test', name: 'Daniel Mensah', role: 'officer', member: { registration: 'SW100002', branch: 'North West' } },
  { email: 'member@chorus.test', name: 'Amira Okafor', role: 'member', member: { registration: 'SW100003', branch: 'Yorkshire and the Humber' } },
  { email: 'journalist@chorus.test', name: 'Tom Ashworth', role: 'journalist' },
]

const DAY = 86_400_000

/** Creates the demo accounts, their memberships and two open ballots when missing; never changes what exists. */
export async function seedDemoData(db: Db) {
  const passwordHash = await hash(DEMO_PASSWORD)
  const now = new Date()
  const inserted = await db
    .insert(users)
    .values(DEMO_ACCOUNTS.map(({ email, name, role }) => ({ email, name, role, passwordHash, emailVerifiedAt: now })))
    .onConflictDoNothing()
    .returning({ id: users.id, email: users.email })
  if (inserted.length === 0) return []

  const byEmail = new Map(inserted.map((u) => [u.email, u.id]))
  const members = DEMO_ACCOUNTS.filter((a) => a.member && byEmail.has(a.email))
  if (members.length) {
    await db.insert(memberships).values(
      members.map((a) => ({
        userId: byEmail.get(a.email)!,
        tierId: 'full',
        status: 'active' as const,
        regulator: 'swe' as const,
        registrationNumber: a.member!.registration,
        registrationVerifiedAt: now,
        nation: 'england' as const,
        branch: a.member!.branch,
        sector: 'children',
        consentedTermsAt: now,
        currentPeriodEnd: new Date(now.getTime() + 300 * DAY),
        joinedAt: new Date(now.getTime() - 400 * DAY),
      })),
    ).onConflictDoNothing()
  }

  const existing = await db.select({ id: ballots.id }).from(ballots).limit(1)
  if (existing.length === 0) {
    const officer = (await db.select({ id: users.id }).from(users).where(inArray(users.email, ['officer@chorus.test'])))[0]?.id ?? null
    await db
      .insert(ballots)
      .values({
        kind: 'motion',
        title: 'Motion: a national caseload limit for children’s social workers',
        description:
          'That Chorus campaigns for a statutory limit of 18 children per social worker in children’s services, phased in over three years with funding from central government, and reports progress to members each year.',
        status: 'scheduled',
        opensAt: new Date(now.getTime() - DAY),
        closesAt: new Date(now.getTime() + 30 * DAY),
        threshold: 'simple',
        quorumPercent: 10,
        createdBy: officer,
      })
    const [election] = await db
      .insert(ballots)
      .values({
        kind: 'election',
        title: 'Election: two members of the Practice Council 2027',
        description: 'The Practice Council advises officers on position statements. Two seats; rank as many candidates as you like.',
        status: 'scheduled',
        opensAt: new Date(now.getTime() - DAY),
        closesAt: new Date(now.getTime() + 30 * DAY),
        seats: 2,
        createdBy: officer,
      })
      .returning()
    await db.insert(ballotCandidates).values([
      { ballotId: election.id, position: 0, name: 'Ruth Asante', statement: 'Twenty years in child protection in Leeds; wants supervision time protected in every contract.' },
      { ballotId: election.id, position: 1, name: 'Gareth Lloyd', statement: 'Adult services team manager in Cardiff; will push for a Wales-wide workload standard.' },
      { ballotId: election.id, position: 2, name: 'Mhairi Baxter', statement: 'Mental health officer in Glasgow; wants serious case reviews to learn, not blame.' },
      { ballotId: election.id, position: 3, name: 'Joseph Okonkwo', statement: 'Newly qualified in Manchester; will speak for ASYE social workers.' },
    ])
  }
  return inserted.map((r) => r.email)
}
