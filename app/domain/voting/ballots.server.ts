import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { ballotCandidates, ballotElectors, ballotPapers, ballots, memberships, tiers, users, type Ballot } from '../../../db/schema/index.ts'
import { audit } from '../audit.server.ts'
import { DomainError } from '../errors.ts'
import { isUuid } from '../ids.ts'
import { votingEligibility } from '../membership/status.ts'
import { enqueueEmail } from '../outbox/enqueue.server.ts'
import { ballotPhase, tallyMotion, type MotionChoice } from './lifecycle.ts'
import { generateReceipt, genesisHash, paperHash } from './receipts.ts'
import { countElection } from './election-count.ts'

export interface NewBallot {
  kind: 'motion' | 'election'
  title: string
  description: string
  opensAt: Date
  closesAt: Date
  threshold?: 'simple' | 'two_thirds'
  quorumPercent?: number | null
  seats?: number
  candidates?: { name: string; statement: string }[]
}

export async function createBallot(db: Db, input: NewBallot & { actorId: string }) {
  if (input.closesAt <= input.opensAt) throw new DomainError('invalid_input', 'The ballot must close after it opens', 'closesAt')
  if (input.kind === 'election') {
    const candidates = input.candidates ?? []
    if (candidates.length < 2) throw new DomainError('invalid_input', 'An election needs at least two candidates', 'candidates')
    if (!input.seats || input.seats < 1 || input.seats >= candidates.length) throw new DomainError('invalid_input', 'Seats must be at least 1 and fewer than the candidates', 'seats')
  }
  return db.transaction(async (tx) => {
    const [ballot] = await tx
      .insert(ballots)
      .values({
        kind: input.kind,
        title: input.title,
        description: input.description,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        threshold: input.kind === 'motion' ? (input.threshold ?? 'simple') : null,
        quorumPercent: input.kind === 'motion' ? (input.quorumPercent ?? null) : null,
        seats: input.kind === 'election' ? input.seats! : null,
        createdBy: input.actorId,
      })
      .returning()
    if (input.kind === 'election') {
      await tx.insert(ballotCandidates).values(input.candidates!.map((c, position) => ({ ballotId: ballot.id, position, name: c.name, statement: c.statement })))
    }
    await audit(tx, { actorId: input.actorId, action: 'ballot.create', subjectType: 'ballot', subjectId: ballot.id, after: { kind: ballot.kind, title: ballot.title, opensAt: ballot.opensAt, closesAt: ballot.closesAt } })
    return ballot
  })
}

/** Moves a draft to scheduled: from then on it opens and closes by the clock. */
export async function scheduleBallot(db: Db, input: { ballotId: string; actorId: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!b) throw new DomainError('not_found', 'No such ballot')
    if (b.status !== 'draft') throw new DomainError('invalid_state', 'Only a draft can be scheduled')
    if (b.closesAt <= now) throw new DomainError('invalid_state', 'The closing time has passed. Change the dates first.')
    await tx.update(ballots).set({ status: 'scheduled', updatedAt: now }).where(eq(ballots.id, b.id))
    await audit(tx, { actorId: input.actorId, action: 'ballot.schedule', subjectType: 'ballot', subjectId: b.id, before: { status: 'draft' }, after: { status: 'scheduled' } })
  })
}

export async function cancelBallot(db: Db, input: { ballotId: string; actorId: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!b) throw new DomainError('not_found', 'No such ballot')
    const phase = ballotPhase(b, now)
    if (phase !== 'draft' && phase !== 'scheduled') throw new DomainError('invalid_state', 'A ballot cannot be cancelled once it has opened')
    await tx.update(ballots).set({ status: 'cancelled', updatedAt: now }).where(eq(ballots.id, b.id))
    await audit(tx, { actorId: input.actorId, action: 'ballot.cancel', subjectType: 'ballot', subjectId: b.id, before: { status: b.status }, after: { status: 'cancelled' } })
  })
}

/** Copies every member eligible at this moment into the electorate; called once, at opening. */
async function freezeElectorate(tx: Db, ballot: Ballot, now: Date, baseUrl: string) {
  const candidates = await tx
    .select({ id: memberships.id, status: memberships.status, pastDueSince: memberships.pastDueSince, registrationVerifiedAt: memberships.registrationVerifiedAt, votingRights: tiers.votingRights, userId: users.id, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(sql`${memberships.status} in ('active', 'past_due')`)
  const electors = candidates.filter((m) => votingEligibility({ ...m, tier: { votingRights: m.votingRights } }, now).eligible)
  for (let i = 0; i < electors.length; i += 1000) {
    await tx.insert(ballotElectors).values(electors.slice(i, i + 1000).map((e) => ({ ballotId: ballot.id, membershipId: e.id })))
  }
  await tx.update(ballots).set({ frozenAt: now, electorateCount: electors.length, chainHead: genesisHash(ballot.id), updatedAt: now }).where(eq(ballots.id, ballot.id))
  await audit(tx, { actorId: null, action: 'ballot.open', subjectType: 'ballot', subjectId: ballot.id, after: { electorate: electors.length } })
  if (electors.length > 0) {
    await enqueueEmail(tx, {
      template: 'ballot-open',
      topic: 'ballots',
      to: electors.map((e) => ({ email: e.email, name: e.name, userId: e.userId })),
      data: { title: ballot.title, kind: ballot.kind, ballotUrl: `${baseUrl}/ballots/${ballot.id}`, closes: ballot.closesAt.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }) },
      dedupeKey: `ballot-open:${ballot.id}`,
    })
  }
}

export type CastChoice = { kind: 'motion'; choice: MotionChoice } | { kind: 'election'; order: number[] }

/**
 * Casts a member's vote: in one transaction the elector is marked as having voted (once, enforced
 * by the row) and an anonymous paper is appended to the chain. Returns the receipt, shown once.
 */
export async function castVote(db: Db, input: { ballotId: string; userId: string; vote: CastChoice; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  // Checks that need no lock come first, so the ballot row is held only for the write itself.
  const [unlocked] = await db.select().from(ballots).where(eq(ballots.id, input.ballotId))
  if (!unlocked) throw new DomainError('not_found', 'No such ballot')
  if (input.vote.kind !== unlocked.kind) throw new DomainError('invalid_input', 'That is not a vote for this ballot')
  let choice: unknown
  if (input.vote.kind === 'motion') {
    if (!['for', 'against', 'abstain'].includes(input.vote.choice)) throw new DomainError('invalid_input', 'Choose For, Against or Abstain')
    choice = input.vote.choice
  } else {
    const count = await db.$count(ballotCandidates, eq(ballotCandidates.ballotId, unlocked.id))
    const order = input.vote.order
    if (order.length === 0 || new Set(order).size !== order.length || order.some((p) => !Number.isInteger(p) || p < 0 || p >= count)) {
      throw new DomainError('invalid_input', 'Number your choices 1, 2, 3… once each')
    }
    choice = order
  }
  const [membership] = await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, input.userId))

  return db.transaction(async (tx) => {
    let [ballot] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    const phase = ballotPhase(ballot, now)
    if (phase !== 'open') throw new DomainError('invalid_state', phase === 'scheduled' ? 'Voting has not opened yet' : 'Voting has closed')
    if (!ballot.frozenAt) {
      await freezeElectorate(tx, ballot, now, input.baseUrl)
      ;[ballot] = await tx.select().from(ballots).where(eq(ballots.id, ballot.id))
    }
    const marked = membership
      ? await tx
          .update(ballotElectors)
          .set({ voted: true })
          .where(and(eq(ballotElectors.ballotId, ballot.id), eq(ballotElectors.membershipId, membership.id), eq(ballotElectors.voted, false)))
          .returning({ membershipId: ballotElectors.membershipId })
      : []
    if (marked.length === 0) {
      const [elector] = membership ? await tx.select().from(ballotElectors).where(and(eq(ballotElectors.ballotId, ballot.id), eq(ballotElectors.membershipId, membership.id))) : []
      if (elector?.voted) throw new DomainError('conflict', 'You have already voted in this ballot. Each member votes once.')
      throw new DomainError('forbidden', 'You are not on the electorate of this ballot: it was fixed when voting opened, from the members eligible to vote then.')
    }

    const receipt = generateReceipt()
    const seq = ballot.papersCount + 1
    const prevHash = ballot.chainHead ?? genesisHash(ballot.id)
    const hash = paperHash({ prevHash, ballotId: ballot.id, seq, receipt, choice })
    await tx.insert(ballotPapers).values({ ballotId: ballot.id, seq, receipt, choice, prevHash, hash })
    await tx.update(ballots).set({ papersCount: seq, chainHead: hash }).where(eq(ballots.id, ballot.id))
    return { receipt, seq }
  })
}

/** Counts a ballot whose closing time has passed; the result is public from then on. */
export async function countBallot(db: Db, input: { ballotId: string; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [ballot] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!ballot || ballotPhase(ballot, now) !== 'closed') return null
    const papers = await tx.select({ choice: ballotPapers.choice }).from(ballotPapers).where(eq(ballotPapers.ballotId, ballot.id))
    const electorate = ballot.electorateCount ?? 0
    let result: unknown
    if (ballot.kind === 'motion') {
      result = tallyMotion(papers.map((p) => p.choice as MotionChoice), { threshold: ballot.threshold ?? 'simple', quorumPercent: ballot.quorumPercent, electorate })
    } else {
      const candidates = await tx.select().from(ballotCandidates).where(eq(ballotCandidates.ballotId, ballot.id)).orderBy(asc(ballotCandidates.position))
      result = countElection({ title: ballot.title, seats: ballot.seats!, candidates: candidates.map((c) => c.name), papers: papers.map((p) => p.choice as number[]), seed: ballot.chainHead ?? ballot.id, electorate })
    }
    await tx.update(ballots).set({ result, countedAt: now, updatedAt: now, lotSeed: ballot.chainHead }).where(eq(ballots.id, ballot.id))
    await audit(tx, { actorId: null, action: 'ballot.count', subjectType: 'ballot', subjectId: ballot.id, after: { papers: papers.length, chainHead: ballot.chainHead } })
    const electors = await tx
      .select({ email: users.email, name: users.name, userId: users.id })
      .from(ballotElectors)
      .innerJoin(memberships, eq(memberships.id, ballotElectors.membershipId))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(ballotElectors.ballotId, ballot.id))
    if (electors.length) {
      await enqueueEmail(tx, {
        template: 'ballot-result',
        topic: 'ballots',
        to: electors,
        data: { title: ballot.title, resultsUrl: `${input.baseUrl}/ballots/${ballot.id}/results` },
        dedupeKey: `ballot-result:${ballot.id}`,
      })
    }
    return result
  })
}

/** The worker's part: open ballots whose time has come, count those that have closed. */
export async function advanceBallots(db: Db, input: { baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  const due = await db
    .select({ id: ballots.id })
    .from(ballots)
    .where(and(eq(ballots.status, 'scheduled'), lte(ballots.opensAt, now), isNull(ballots.frozenAt), sql`${ballots.closesAt} > ${now.toISOString()}::timestamptz`))
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const [b] = await tx.select().from(ballots).where(eq(ballots.id, id)).for('update', { skipLocked: true })
      if (b && !b.frozenAt) await freezeElectorate(tx, b, now, input.baseUrl)
    })
  }
  const closing = await db
    .select({ id: ballots.id })
    .from(ballots)
    .where(and(eq(ballots.status, 'scheduled'), isNull(ballots.reminderSentAt), sql`${ballots.frozenAt} is not null and ${ballots.closesAt} > ${now.toISOString()}::timestamptz and ${ballots.closesAt} <= ${new Date(now.getTime() + REMIND_BEFORE_MS).toISOString()}::timestamptz`))
  for (const { id } of closing) await remindElectors(db, { ballotId: id, baseUrl: input.baseUrl, now })
  const closed = await db.select({ id: ballots.id }).from(ballots).where(and(eq(ballots.status, 'scheduled'), lte(ballots.closesAt, now), isNull(ballots.countedAt)))
  for (const { id } of closed) await countBallot(db, { ballotId: id, baseUrl: input.baseUrl, now })
  return { opened: due.length, reminded: closing.length, counted: closed.length }
}

const REMIND_BEFORE_MS = 24 * 3600 * 1000

/** A day before closing, electors who have not voted get one reminder. */
async function remindElectors(db: Db, input: { ballotId: string; baseUrl: string; now: Date }) {
  await db.transaction(async (tx) => {
    const [b] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update', { skipLocked: true })
    if (!b || b.reminderSentAt) return
    const waiting = await tx
      .select({ email: users.email, name: users.name, userId: users.id })
      .from(ballotElectors)
      .innerJoin(memberships, eq(memberships.id, ballotElectors.membershipId))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(ballotElectors.ballotId, b.id), eq(ballotElectors.voted, false)))
    if (waiting.length) {
      await enqueueEmail(tx, {
        template: 'ballot-reminder',
        topic: 'ballots',
        to: waiting,
        data: { title: b.title, ballotUrl: `${input.baseUrl}/ballots/${b.id}`, closes: b.closesAt.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }) },
        dedupeKey: `ballot-reminder:${b.id}`,
      })
    }
    await tx.update(ballots).set({ reminderSentAt: input.now }).where(eq(ballots.id, b.id))
  })
}

export function getBallot(db: Db, id: string) {
  if (!isUuid(id)) return Promise.resolve(undefined)
  return db.query.ballots.findFirst({ where: eq(ballots.id, id) })
}

export function listCandidates(db: Db, ballotId: string) {
  return db.select().from(ballotCandidates).where(eq(ballotCandidates.ballotId, ballotId)).orderBy(asc(ballotCandidates.position))
}

export function listBallots(db: Db) {
  return db.select().from(ballots).where(sql`${ballots.status} <> 'draft'`).orderBy(desc(ballots.opensAt)).limit(100)
}

export function listAllBallots(db: Db) {
  return db.select().from(ballots).orderBy(desc(ballots.createdAt)).limit(200)
}

/** Whether this member is on the electorate, has voted, or why they cannot. */
export async function getVoterStanding(db: Db, ballot: Ballot, userId: string, now = new Date()) {
  const [m] = await db
    .select({ id: memberships.id, status: memberships.status, pastDueSince: memberships.pastDueSince, registrationVerifiedAt: memberships.registrationVerifiedAt, votingRights: tiers.votingRights })
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .where(eq(memberships.userId, userId))
  if (ballot.frozenAt) {
    const [elector] = m ? await db.select().from(ballotElectors).where(and(eq(ballotElectors.ballotId, ballot.id), eq(ballotElectors.membershipId, m.id))) : []
    if (!elector) return { canVote: false, voted: false, reason: 'You are not on the electorate of this ballot: it was fixed when voting opened, from the members eligible then.' }
    return { canVote: !elector.voted, voted: elector.voted, reason: null }
  }
  const eligibility = votingEligibility(m ? { ...m, tier: { votingRights: m.votingRights } } : null, now)
  return { canVote: eligibility.eligible, voted: false, reason: eligibility.eligible ? null : eligibility.reason }
}

/** A voter checks their receipt: which paper it is, and that it is in the chain. */
export async function findReceipt(db: Db, ballotId: string, receipt: string) {
  const [paper] = await db.select({ seq: ballotPapers.seq, hash: ballotPapers.hash }).from(ballotPapers).where(and(eq(ballotPapers.ballotId, ballotId), eq(ballotPapers.receipt, receipt)))
  return paper ?? null
}

/** After the count: every paper, ordered by hash (a fixed shuffle, not the order of voting). */
export function listPublishedPapers(db: Db, ballotId: string) {
  return db.select({ receipt: ballotPapers.receipt, choice: ballotPapers.choice, seq: ballotPapers.seq, prevHash: ballotPapers.prevHash, hash: ballotPapers.hash }).from(ballotPapers).where(eq(ballotPapers.ballotId, ballotId)).orderBy(asc(ballotPapers.hash))
}
