import { eq } from 'drizzle-orm'
import type { Db } from './client.server.ts'
import { ballots, memberships, nominations, nominationSupports, users } from './schema/index.ts'

const DAY = 86_400_000
const TITLE = 'Cymru committee 2027'

/** Fictional members in Wales who stand, or support, in the demo election. */
const WELSH_MEMBERS = [
  { email: 'carys.bevan@chorus.test', name: 'Carys Bevan', branch: 'North Wales', registration: 'SCW-D1001' },
  { email: 'owain.rhys@chorus.test', name: 'Owain Rhys', branch: 'South East Wales', registration: 'SCW-D1002' },
  { email: 'sian.pritchard@chorus.test', name: 'Siân Pritchard', branch: 'Mid and West Wales', registration: 'SCW-D1003' },
  { email: 'dafydd.morgan@chorus.test', name: 'Dafydd Morgan', branch: 'South East Wales', registration: 'SCW-D1004' },
]

const STATEMENTS: Record<string, string> = {
  'carys.bevan@chorus.test':
    'Eighteen years in children’s services in Gwynedd, most of them working in Welsh. I will push for **caseload limits that hold in rural teams**, where one visit can take a whole afternoon, and for supervision time written into every contract.',
  'owain.rhys@chorus.test':
    'Adult services team manager in Newport. On the committee I will press Social Care Wales and the Senedd for a workforce plan that funds newly qualified social workers’ protected first year, and I will report back to members every quarter.',
}

const html = (markdown: string) => `<p>${markdown.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`

/**
 * An election taking nominations: the Cymru committee, three seats, members in Wales only,
 * with two nominations gathering supporters. Idempotent: does nothing once it exists.
 */
export async function seedDemoElection(db: Db, input: { officerId: string | undefined; passwordHash: string; now: Date }) {
  const [exists] = await db.select({ id: ballots.id }).from(ballots).where(eq(ballots.title, TITLE))
  if (exists) return
  const { now } = input
  const people = await db
    .insert(users)
    .values(WELSH_MEMBERS.map((m) => ({ email: m.email, name: m.name, role: 'member' as const, passwordHash: input.passwordHash, emailVerifiedAt: now })))
    .onConflictDoNothing()
    .returning({ id: users.id, email: users.email })
  if (people.length !== WELSH_MEMBERS.length) return
  const userIds = new Map(people.map((p) => [p.email, p.id]))
  const members = await db
    .insert(memberships)
    .values(
      WELSH_MEMBERS.map((m) => ({
        userId: userIds.get(m.email)!,
        tierId: 'full',
        status: 'active' as const,
        regulator: 'scw' as const,
        registrationNumber: m.registration,
        registrationVerifiedAt: now,
        nation: 'wales' as const,
        branch: m.branch,
        sector: 'children',
        consentedTermsAt: now,
        currentPeriodEnd: new Date(now.getTime() + 300 * DAY),
        joinedAt: new Date(now.getTime() - 4 * 365 * DAY),
      })),
    )
    .returning({ id: memberships.id, userId: memberships.userId })
  const membershipOf = (email: string) => members.find((m) => m.userId === userIds.get(email))!.id
  const [ballot] = await db
    .insert(ballots)
    .values({
      kind: 'election',
      status: 'scheduled',
      title: TITLE,
      description: 'Three members in Wales to sit on the Cymru national committee for two years: it speaks for Chorus to the Senedd and Social Care Wales.',
      seats: 3,
      opensAt: new Date(now.getTime() + 14 * DAY),
      closesAt: new Date(now.getTime() + 21 * DAY),
      scopeNations: ['wales'],
      nominationsCloseAt: new Date(now.getTime() + 10 * DAY),
      supportersNeeded: 2,
      statementWordLimit: 250,
      standTiers: ['full'],
      standMinYears: 2,
      candidateOrder: 'alphabetical',
      returningOfficerId: input.officerId ?? null,
      createdBy: input.officerId ?? null,
    })
    .returning()
  for (const email of Object.keys(STATEMENTS)) {
    const membershipId = membershipOf(email)
    const supporters = WELSH_MEMBERS.filter((m) => m.email !== email && !STATEMENTS[m.email]).map((m) => membershipOf(m.email))
    const backing = email === 'carys.bevan@chorus.test' ? supporters : supporters.slice(0, 1)
    const [n] = await db
      .insert(nominations)
      .values({
        ballotId: ballot.id,
        membershipId,
        nominatedById: membershipId,
        status: 'submitted',
        statement: STATEMENTS[email],
        statementHtml: html(STATEMENTS[email]),
        supportCount: backing.length,
      })
      .returning()
    if (backing.length) await db.insert(nominationSupports).values(backing.map((m) => ({ nominationId: n.id, membershipId: m })))
  }
}
