import { backfillRenderedHtml } from '../app/domain/statements/backfill-html.server.ts'
import { hash } from '@node-rs/argon2'
import { eq, inArray, sql } from 'drizzle-orm'
import type { Db } from './client.server.ts'
import { seedCountedElection } from './demo-ballots.ts'
import { seedDemoPolls } from './demo-polls.ts'
import { seedDemoPress } from './demo-press.ts'
import { seedDemoElection } from './demo-elections.ts'
import {
  ballotCandidates,
  ballots,
  mediaEnquiries,
  memberMotions,
  memberships,
  motionSupports,
  spokespeople,
  statements,
  statementVersions,
  totpCredentials,
  users,
  type Role,
} from './schema/index.ts'

export const DEMO_PASSWORD = 'chorus-demo-password'

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; member?: { registration: string; branch: string } }[] = [
  { email: 'admin@chorus.test', name: 'Priya Raman', role: 'admin', member: { registration: 'SW100001', branch: 'London' } },
  { email: 'officer@chorus.test', name: 'Daniel Mensah', role: 'officer', member: { registration: 'SW100002', branch: 'North West' } },
  { email: 'member@chorus.test', name: 'Amira Okafor', role: 'member', member: { registration: 'SW100003', branch: 'Yorkshire and the Humber' } },
  { email: 'journalist@chorus.test', name: 'Tom Ashworth', role: 'journalist' },
]

const DAY = 86_400_000

/**
 * The demo officer's and admin's authenticator secret, so the browser journeys (and anyone trying
 * the demo) can make their sign-in codes. Demo data is seeded only in development and offline
 * mode; a real officer sets up their own app on /account/two-factor.
 */
export const DEMO_TOTP_SECRET = 'CHORUSDEMOSECONDFACTORONLYFORDEV'

/** The advisory lock servers starting together take to seed, so one seeds and the others find it done. */
const SEED_LOCK_KEY = 7_201_415_003

/** Creates the demo accounts, their memberships and two open ballots when missing; never changes what exists. */
export async function seedDemoData(db: Db) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`)
    return seedUnlocked(tx as unknown as Db)
  })
}

async function seedUnlocked(db: Db) {
  const passwordHash = await hash(DEMO_PASSWORD)
  const now = new Date()
  const inserted = await db
    .insert(users)
    .values(DEMO_ACCOUNTS.map(({ email, name, role }) => ({ email, name, role, passwordHash, emailVerifiedAt: now })))
    .onConflictDoNothing()
    .returning({ id: users.id, email: users.email })
  if (inserted.length === 0) {
    await seedDemoPress(db, now)
    await seedDemoPolls(db, now)
    await backfillRenderedHtml(db, { batch: 1000 })
    return []
  }

  const byEmail = new Map(inserted.map((u) => [u.email, u.id]))
  const needSecondFactor = DEMO_ACCOUNTS.filter((a) => (a.role === 'officer' || a.role === 'admin') && byEmail.has(a.email))
  if (needSecondFactor.length) {
    await db
      .insert(totpCredentials)
      .values(needSecondFactor.map((a) => ({ userId: byEmail.get(a.email)!, secret: DEMO_TOTP_SECRET, confirmedAt: now })))
      .onConflictDoNothing()
  }
  const members = DEMO_ACCOUNTS.filter((a) => a.member && byEmail.has(a.email))
  if (members.length) {
    await db
      .insert(memberships)
      .values(
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
      )
      .onConflictDoNothing()
  }

  const existing = await db.select({ id: ballots.id }).from(ballots).limit(1)
  if (existing.length === 0) {
    const officer =
      (
        await db
          .select({ id: users.id })
          .from(users)
          .where(inArray(users.email, ['officer@chorus.test']))
      )[0]?.id ?? null
    await db.insert(ballots).values({
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
  const officerId = (await db.select({ id: users.id }).from(users).where(eq(users.email, 'officer@chorus.test')))[0]?.id ?? null
  await seedCountedElection(db, { officerId, voterIds: members.map((a) => byEmail.get(a.email)!), now })
  const anyStatement = await db.select({ id: statements.id }).from(statements).limit(1)
  if (anyStatement.length === 0) {
    for (const demo of DEMO_STATEMENTS) {
      const [row] = await db
        .insert(statements)
        .values({ ...demo, status: 'adopted', version: 1, adoptedAt: new Date(now.getTime() - 60 * DAY), reviewBy: new Date(now.getTime() + 300 * DAY).toISOString().slice(0, 10) })
        .returning()
      await db.insert(statementVersions).values({ statementId: row.id, version: 1, title: row.title, summary: row.summary, body: row.body, changeNote: 'First published', createdAt: row.adoptedAt! })
    }
    // A draft open for members' comments, so the consultation pages have something to show.
    await db.insert(statements).values({ ...DEMO_CONSULTATION, status: 'consultation', consultationClosesAt: new Date(now.getTime() + 21 * DAY) })
  }
  await seedMemberMotion(db, byEmail.get('member@chorus.test'))
  await seedDemoElection(db, { officerId: byEmail.get('officer@chorus.test'), passwordHash, now })
  await seedDemoPress(db, now)
  await seedPressContacts(db, now)
  await seedDemoPolls(db, now)
  // The demo statements and briefings are written straight to the tables: their HTML is rendered here.
  await backfillRenderedHtml(db, { batch: 1000 })
  return inserted.map((r) => r.email)
}

/** A member's own motion gathering support, so /motions has one to open. */
async function seedMemberMotion(db: Db, userId: string | undefined) {
  if (!userId) return
  const [proposer] = await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, userId))
  if (!proposer) return
  const [motion] = await db
    .insert(memberMotions)
    .values({
      title: 'Protected supervision time for every social worker',
      text: 'That Chorus campaigns for every social worker to have at least two hours of reflective supervision each fortnight, protected from casework.',
      rationale: 'Supervision is where risk is noticed and practice improves. When caseloads rise it is the first thing to go, and children pay for it.',
      proposerId: proposer.id,
      supportThreshold: 18,
      supportCount: 1,
    })
    .returning()
  await db.insert(motionSupports).values({ motionId: motion.id, membershipId: proposer.id })
}

const HOUR = 3_600_000

/** Three spokespeople (the demo officer among them) and two open media enquiries. */
async function seedPressContacts(db: Db, now: Date) {
  const anySpokesperson = await db.select({ id: spokespeople.id }).from(spokespeople).limit(1)
  if (anySpokesperson.length) return
  const accounts = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['officer@chorus.test', 'admin@chorus.test', 'member@chorus.test', 'journalist@chorus.test']))
  const id = (email: string) => accounts.find((a) => a.email === email)?.id
  const weekdays = [1, 2, 3, 4, 5]
  const people = [
    {
      userId: id('officer@chorus.test'),
      displayName: 'Daniel Mensah',
      roleTitle: 'Press officer and Chorus vice-chair',
      topics: ['serious-case-reviews', 'media-and-the-profession', 'workforce'],
      nations: ['england' as const],
      mediaTrained: true,
      mediaTrainedOn: '2025-09-18',
      bio: 'Child protection social worker for fifteen years in Manchester; now leads Chorus’s rapid responses.',
      availability: [{ kind: 'weekly' as const, days: weekdays, from: '07:00', to: '21:00' }],
    },
    {
      userId: id('admin@chorus.test'),
      displayName: 'Priya Raman',
      roleTitle: 'Chair of Chorus',
      topics: ['workforce', 'funding', 'adult-social-care'],
      nations: ['england' as const, 'wales' as const],
      mediaTrained: true,
      mediaTrainedOn: '2024-11-02',
      bio: 'Adult services team manager in London; chairs Chorus and speaks on funding and caseloads.',
      availability: [{ kind: 'weekly' as const, days: weekdays, from: '09:00', to: '17:30' }],
    },
    {
      userId: id('member@chorus.test'),
      displayName: 'Amira Okafor',
      roleTitle: 'Children’s social worker, Leeds',
      topics: ['workforce', 'children-and-families'],
      nations: ['england' as const],
      mediaTrained: false,
      mediaTrainedOn: null,
      bio: 'Front-line social worker in a children’s assessment team; speaks about what caseloads mean day to day.',
      availability: [
        { kind: 'weekly' as const, days: [1, 3], from: '12:30', to: '13:30' },
        { kind: 'weekly' as const, days: weekdays, from: '17:30', to: '19:00' },
      ],
    },
  ].filter((p): p is typeof p & { userId: string } => Boolean(p.userId))
  if (people.length === 0) return
  const rows = await db.insert(spokespeople).values(people).onConflictDoNothing().returning({ id: spokespeople.id, name: spokespeople.displayName })
  await db.insert(mediaEnquiries).values([
    {
      name: 'Tom Ashworth',
      outlet: 'The Northern Record',
      email: 'journalist@chorus.test',
      phone: '0161 496 0000',
      deadline: new Date(now.getTime() + 3 * HOUR),
      topic: 'the Hollins Vale serious case review',
      question: 'The review published today says the social workers involved held more than 25 children each. Does Chorus accept that finding, and what should change?',
      requestedSpokespersonId: rows.find((r) => r.name === 'Daniel Mensah')?.id ?? null,
      journalistUserId: id('journalist@chorus.test') ?? null,
    },
    {
      name: 'Sian Howells',
      outlet: 'Radio Cymru (freelance producer)',
      email: 'sian.howells@example.com',
      deadline: new Date(now.getTime() + 26 * HOUR),
      topic: 'agency social workers in Wales',
      question: 'We are looking for a social worker to talk on tomorrow’s programme about the cost of agency staff in Welsh councils. Could someone join us live at 8am?',
    },
  ])
}

const DEMO_STATEMENTS = [
  {
    slug: 'safe-caseloads-for-childrens-social-workers',
    title: 'Safe caseloads for children’s social workers',
    summary: 'Chorus calls for a national limit of 18 children per social worker, phased in over three years and funded by central government.',
    body: '## What we are saying\n\nNo children’s social worker in the UK should hold more than **18 children** at once.\n\n## Why\n\nReviews of serious cases keep finding the same thing: social workers without the time to see children alone, think, and be supervised. Caseloads of 25 to 30 are common.\n\n## What we ask of governments\n\n- a statutory limit, phased in over three years;\n- funding that follows it, not cuts elsewhere;\n- published caseload figures for every local authority.',
    topics: ['workforce', 'children'],
    nations: ['england', 'wales'] as ('england' | 'wales')[],
  },
  {
    slug: 'learning-not-blame-in-serious-case-reviews',
    title: 'Learning, not blame, in serious case reviews',
    summary: 'Reviews after a child’s death must find out why the system failed, not name individual social workers in the press.',
    body: '## What we are saying\n\nWhen a child dies, the review that follows must look at the whole system: workloads, supervision, information sharing and funding.\n\nNaming individual social workers before a review has finished helps no child and drives experienced people out of the profession.\n\n## What we ask\n\n1. Reviews published in full, with the system findings first.\n2. No naming of front-line staff before a review ends.\n3. Support for the social workers involved.',
    topics: ['serious case reviews', 'media'],
    nations: ['england', 'scotland', 'wales', 'northern_ireland'] as ('england' | 'scotland' | 'wales' | 'northern_ireland')[],
  },
]

const DEMO_CONSULTATION = {
  slug: 'reflective-supervision-in-every-contract',
  title: 'Reflective supervision in every contract',
  summary: 'Chorus proposes that every social worker has at least ninety minutes of reflective supervision a fortnight, written into their contract.',
  body: '## What we propose to say\n\nEvery social worker, in every sector, should have **at least ninety minutes of reflective supervision a fortnight**, with a trained supervisor, in protected time.\n\n## Why\n\nSupervision is where social workers make sense of what they have seen. When caseloads rise it is the first thing to go, and reviews keep finding the cost.\n\n## What we want to hear from you\n\n- Is ninety minutes a fortnight right for your team?\n- How should it work for agency and part-time staff?',
  topics: ['workforce', 'supervision'],
  nations: [] as 'england'[],
}
