import { randomBytes, randomInt } from 'node:crypto'
import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { ballotCandidates, ballotElectors, ballotPapers, ballotReceipts, ballots, ballotUrn, memberships, tiers, users, type Ballot } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'
import { isUuid } from '~/domain/ids.ts'
import { preparedQuery } from '~/utils/prepared.server.ts'
import { votingEligibility } from '~/domain/membership/status.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { ballotPhase, type MotionChoice } from './lifecycle.ts'
import { REMIND_BEFORE_CLOSE_MS } from './reminders.ts'
import { eligibleElectors } from './electorate.server.ts'
import { closeDueNominations, settleNominations } from './nominations.server.ts'
import { inScope, scopeOf, type BallotScope } from './scope.ts'
import { commitmentOf, countFromPapers, inclusionProof, merkleRoot, paperHash, receiptLeaf, RECORD_FORMAT, RECORD_RULES, type PublishedRecord } from './record.ts'
import { attemptSecrets, isAttempt, newAttempt, openVote, sealVote, urnTag } from './urn.server.ts'
import { commitWithoutWaitingForDisk } from '~/domain/sealing.server.ts'

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
  /** Who may vote: the whole body when absent. */
  scope?: BallotScope
  /** The officer who runs the ballot's nominations and count; the creator when absent. */
  returningOfficerId?: string | null
}

export async function createBallot(db: Db, input: NewBallot & { actorId: string }) {
  if (input.closesAt <= input.opensAt) throw new DomainError('invalid_input', msg('The ballot must close after it opens'), 'closesAt')
  if (input.kind === 'election') {
    const candidates = input.candidates ?? []
    if (candidates.length < 2) throw new DomainError('invalid_input', msg('An election needs at least two candidates'), 'candidates')
    if (!input.seats || input.seats < 1 || input.seats >= candidates.length) throw new DomainError('invalid_input', msg('Seats must be at least 1 and fewer than the candidates'), 'seats')
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
        scopeNations: input.scope?.nations ?? [],
        scopeBranches: input.scope?.branches ?? [],
        scopeTiers: input.scope?.tiers ?? [],
        returningOfficerId: input.returningOfficerId ?? input.actorId,
      })
      .returning()
    if (input.kind === 'election') {
      await tx.insert(ballotCandidates).values(input.candidates!.map((c, position) => ({ ballotId: ballot.id, position, name: c.name, statement: c.statement })))
    }
    await audit(tx, {
      actorId: input.actorId,
      action: 'ballot.create',
      subjectType: 'ballot',
      subjectId: ballot.id,
      after: { kind: ballot.kind, title: ballot.title, opensAt: ballot.opensAt, closesAt: ballot.closesAt, scope: input.scope ?? null, returningOfficerId: ballot.returningOfficerId },
    })
    return ballot
  })
}

/** Moves a draft to scheduled: from then on it opens and closes by the clock. */
export async function scheduleBallot(db: Db, input: { ballotId: string; actorId: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!b) throw new DomainError('not_found', msg('No such ballot'))
    if (b.status !== 'draft') throw new DomainError('invalid_state', msg('Only a draft can be scheduled'))
    if (b.closesAt <= now) throw new DomainError('invalid_state', msg('The closing time has passed. Change the dates first.'))
    await tx.update(ballots).set({ status: 'scheduled', updatedAt: now }).where(eq(ballots.id, b.id))
    await audit(tx, { actorId: input.actorId, action: 'ballot.schedule', subjectType: 'ballot', subjectId: b.id, before: { status: 'draft' }, after: { status: 'scheduled' } })
  })
}

export async function cancelBallot(db: Db, input: { ballotId: string; actorId: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!b) throw new DomainError('not_found', msg('No such ballot'))
    const phase = ballotPhase(b, now)
    if (phase !== 'draft' && phase !== 'scheduled' && phase !== 'nominations') throw new DomainError('invalid_state', msg('A ballot cannot be cancelled once it has opened'))
    await tx.update(ballots).set({ status: 'cancelled', updatedAt: now }).where(eq(ballots.id, b.id))
    await audit(tx, { actorId: input.actorId, action: 'ballot.cancel', subjectType: 'ballot', subjectId: b.id, before: { status: b.status }, after: { status: 'cancelled' } })
  })
}

/** Copies every member in the ballot's scope eligible at the scheduled opening into the electorate; called once. */
async function freezeElectorate(tx: Db, ballot: Ballot, now: Date, baseUrl: string) {
  // Eligibility as of the scheduled opening, whenever this runs (worker tick, first vote or page view), within the ballot's scope.
  const electors = await eligibleElectors(tx, scopeOf(ballot), ballot.opensAt)
  for (let i = 0; i < electors.length; i += 1000) {
    await tx.insert(ballotElectors).values(electors.slice(i, i + 1000).map((e) => ({ ballotId: ballot.id, membershipId: e.id })))
  }
  await tx.update(ballots).set({ frozenAt: now, electorateCount: electors.length, updatedAt: now }).where(eq(ballots.id, ballot.id))
  await audit(tx, { actorId: null, action: 'ballot.open', subjectType: 'ballot', subjectId: ballot.id, after: { electorate: electors.length } })
  if (electors.length > 0) {
    await enqueueEmail(tx, {
      template: 'ballot-open',
      topic: 'ballots',
      to: electors.map((e) => ({ email: e.email, name: e.name, userId: e.userId })),
      data: {
        title: ballot.title,
        kind: ballot.kind,
        ballotUrl: `${baseUrl}/ballots/${ballot.id}`,
        calendarUrl: `${baseUrl}/ballots/${ballot.id}/calendar.ics`,
        closes: ballot.closesAt.toISOString(),
      },
      dedupeKey: `ballot-open:${ballot.id}`,
    })
  }
}

export type CastChoice = { kind: 'motion'; choice: MotionChoice } | { kind: 'election'; order: number[] }

const CLOSED_BY_DATABASE = /has closed|is not taking votes|is sealed/

/**
 * Casts a member's vote, in two transactions that share nothing but the moment (README.md):
 * first the elector is marked (one row, locked alone: one vote per member), then the vote goes
 * into the urn sealed with a key the database never sees. No lock is shared by the voters of a
 * ballot. The same form sent again (same `attempt`) returns the same receipt, so a voter whose
 * answer was lost can have it again; a different form from a member who has voted is refused.
 */
export async function castVote(db: Db, input: { ballotId: string; userId: string; vote: CastChoice; attempt?: string; baseUrl: string; now?: Date; candidateCount?: number; ballot?: Ballot }) {
  const now = input.now ?? new Date()
  // A caller that has just read the ballot passes it: the clock and the database triggers decide
  // whether it is open, not this copy, so it need not be read again.
  let [ballot] = input.ballot?.id === input.ballotId ? [input.ballot] : await db.select().from(ballots).where(eq(ballots.id, input.ballotId))
  if (!ballot) throw new DomainError('not_found', msg('No such ballot'))
  if (input.vote.kind !== ballot.kind) throw new DomainError('invalid_input', msg('That is not a vote for this ballot'))
  // A ballot form always carries the attempt its page made; anything else is not that form.
  if (input.attempt !== undefined && !isAttempt(input.attempt)) throw new DomainError('invalid_input', msg('This ballot form is not valid any more. Open the ballot again to vote.'))
  // Candidates never change once a ballot is scheduled, so a caller that has listed them may say how many.
  const candidates = ballot.kind === 'election' ? (input.candidateCount ?? (await db.$count(ballotCandidates, eq(ballotCandidates.ballotId, ballot.id)))) : 0
  let choice: unknown
  if (input.vote.kind === 'motion') {
    if (!['for', 'against', 'abstain'].includes(input.vote.choice)) throw new DomainError('invalid_input', msg('Choose For, Against or Abstain'))
    choice = input.vote.choice
  } else {
    const order = input.vote.order
    if (order.length === 0 || new Set(order).size !== order.length || order.some((p) => !Number.isInteger(p) || p < 0 || p >= candidates)) {
      throw new DomainError('invalid_input', msg('Number your choices 1, 2, 3… once each'))
    }
    choice = order
  }
  const phase = ballotPhase(ballot, now)
  if (phase !== 'open') throw new DomainError('invalid_state', phase === 'scheduled' || phase === 'nominations' ? msg('Voting has not opened yet') : msg('Voting has closed'))
  if (!ballot.frozenAt) ballot = (await openBallotOnce(db, { ballotId: ballot.id, baseUrl: input.baseUrl, now })) ?? ballot

  const attempt = isAttempt(input.attempt) ? input.attempt : newAttempt()
  const { receipt, tag, mark } = attemptSecrets(ballot.id, attempt)
  const closed = (error: unknown) => {
    const message = String((error as { cause?: { message?: string } })?.cause?.message ?? (error as Error)?.message ?? '')
    if (CLOSED_BY_DATABASE.test(message)) return new DomainError('invalid_state', msg('Voting has closed'))
    return error
  }
  // The member's elector row, found through their membership in the same statement: one round trip.
  const marked = await markElectorQuery(db)
    .execute({ ballotId: ballot.id, userId: input.userId, mark })
    .catch((error) => {
      throw closed(error)
    })
  if (marked.length === 0) {
    const [membership] = await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, input.userId))
    if (!membership) throw new DomainError('forbidden', msg('You are not on the electorate of this ballot: it was fixed when voting opened, from the members eligible to vote then.'))
    const [elector] = await db
      .select()
      .from(ballotElectors)
      .where(and(eq(ballotElectors.ballotId, ballot.id), eq(ballotElectors.membershipId, membership.id)))
    if (!elector) throw new DomainError('forbidden', msg('You are not on the electorate of this ballot: it was fixed when voting opened, from the members eligible to vote then.'))
    // The same form again: the mark is this form's, so make sure its vote is in and answer as before.
    if (elector.attemptMark !== mark) throw new DomainError('conflict', msg('You have already voted in this ballot. Each member votes once.'))
  }
  await sealIntoUrnQuery(db)
    .execute({ ballotId: ballot.id, tag, sealed: sealVote(ballot.id, candidates, { receipt, choice }) })
    .catch((error) => {
      throw closed(error)
    })
  return { receipt }
}

/**
 * Casting a vote's two statements, built once (every vote runs them; see castVote). The mark does
 * not wait for the disk: the seal after it does, for both (commitWithoutWaitingForDisk).
 */
const markElectorQuery = preparedQuery((db) =>
  db
    .update(ballotElectors)
    .set({ voted: true, attemptMark: sql`${sql.placeholder('mark')}` })
    .where(
      and(
        eq(ballotElectors.ballotId, sql.placeholder('ballotId')),
        sql`${ballotElectors.membershipId} = (select ${memberships.id} from ${memberships} where ${memberships.userId} = ${sql.placeholder('userId')})`,
        eq(ballotElectors.voted, false),
        commitWithoutWaitingForDisk,
      ),
    )
    .returning({ membershipId: ballotElectors.membershipId })
    .prepare('mark_elector'),
)

const sealIntoUrnQuery = preparedQuery((db) =>
  db
    .insert(ballotUrn)
    .values({ ballotId: sql.placeholder('ballotId'), tag: sql.placeholder('tag'), sealed: sql.placeholder('sealed') })
    .onConflictDoNothing()
    .prepare('seal_into_urn'),
)

/**
 * Votes arriving together at a ballot not yet frozen share one opening per process, rather than
 * each queueing on the ballot row to find it already frozen.
 */
const opening = new Map<string, ReturnType<typeof openBallot>>()
function openBallotOnce(db: Db, input: { ballotId: string; baseUrl: string; now: Date }) {
  let pending = opening.get(input.ballotId)
  if (!pending) {
    pending = openBallot(db, input).finally(() => opening.delete(input.ballotId))
    opening.set(input.ballotId, pending)
  }
  return pending
}

/** Freezes the electorate of a ballot whose opening time has come; does nothing if it is frozen. */
export async function openBallot(db: Db, input: { ballotId: string; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!b || b.frozenAt || ballotPhase(b, now) !== 'open') return b
    await freezeElectorate(tx, b, now, input.baseUrl)
    const [frozen] = await tx.select().from(ballots).where(eq(ballots.id, b.id))
    return frozen
  })
}

/** How long after closing the seal waits for votes marked before close but not yet in the urn. */
const SEAL_GRACE_MS = 30_000

/** Fisher–Yates with the operating system's randomness: the mix nobody can predict or replay. */
function mix<T>(items: T[]) {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/**
 * At close: opens the urn, mixes the votes into papers in random order, writes the sorted
 * receipts, empties the urn, and commits to the counts and Merkle roots,
 * all before anything is counted. Returns 'waiting' while a vote marked before close is still
 * on its way into the urn (for at most SEAL_GRACE_MS).
 */
export async function sealBallot(db: Db, input: { ballotId: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!b) return null
    if (b.sealedAt) return 'sealed' as const
    if (ballotPhase(b, now) !== 'closed') return null
    // Waits for votes being written and holds new ones back until the seal is committed.
    await tx.execute(sql`lock table ballot_electors, ballot_urn in share mode`)
    const voted = await tx.$count(ballotElectors, and(eq(ballotElectors.ballotId, b.id), eq(ballotElectors.voted, true)))
    const urn = await tx.select({ sealed: ballotUrn.sealed }).from(ballotUrn).where(eq(ballotUrn.ballotId, b.id))
    if (urn.length < voted && now.getTime() - b.closesAt.getTime() < SEAL_GRACE_MS) return 'waiting' as const
    const opened = urn.map((row) => openVote(b.id, row.sealed))
    const valid = opened.filter((v): v is { receipt: string; choice: unknown } => v !== null)
    const receipts = valid.map((v) => v.receipt).sort()
    const papers = mix(valid).map((v, i) => {
      const nonce = randomBytes(16).toString('hex')
      return { ballotId: b.id, position: i + 1, nonce, choice: v.choice, hash: paperHash(b.id, nonce, v.choice) }
    })
    for (let i = 0; i < receipts.length; i += 1000) await tx.insert(ballotReceipts).values(receipts.slice(i, i + 1000).map((receipt) => ({ ballotId: b.id, receipt })))
    for (let i = 0; i < papers.length; i += 1000) await tx.insert(ballotPapers).values(papers.slice(i, i + 1000))
    await tx.delete(ballotUrn).where(eq(ballotUrn.ballotId, b.id))
    const counts = { electorate: b.electorateCount ?? 0, voted, receipts: receipts.length, papers: papers.length }
    const receiptsRoot = merkleRoot(receipts.map((r) => receiptLeaf(b.id, r)))
    const papersRoot = merkleRoot(papers.map((p) => p.hash))
    const commitment = commitmentOf(b.id, counts, receiptsRoot, papersRoot)
    await tx
      .update(ballots)
      .set({ sealedAt: now, commitment, receiptsRoot, papersRoot, votedCount: voted, papersCount: papers.length, lotSeed: commitment, updatedAt: now })
      .where(eq(ballots.id, b.id))
    await audit(tx, { actorId: null, action: 'ballot.seal', subjectType: 'ballot', subjectId: b.id, after: { ...counts, rejected: opened.length - valid.length, commitment } })
    return 'sealed' as const
  })
}

/** Counts a ballot whose closing time has passed, once its record is sealed; the result is public from then on. */
export async function countBallot(db: Db, input: { ballotId: string; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  const sealed = await sealBallot(db, { ballotId: input.ballotId, now })
  if (sealed !== 'sealed') return null
  return db.transaction(async (tx) => {
    const [ballot] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!ballot || ballot.countedAt || !ballot.sealedAt) return null
    const papers = await tx.select({ hash: ballotPapers.hash, choice: ballotPapers.choice }).from(ballotPapers).where(eq(ballotPapers.ballotId, ballot.id)).orderBy(asc(ballotPapers.position))
    if (merkleRoot(papers.map((p) => p.hash)) !== ballot.papersRoot) throw new Error(`The papers of ballot ${ballot.id} no longer match their commitment`)
    const candidates = await tx.select().from(ballotCandidates).where(eq(ballotCandidates.ballotId, ballot.id)).orderBy(asc(ballotCandidates.position))
    const result = countFromPapers(
      recordBallot(ballot, candidates),
      papers.map((p) => p.choice),
      ballot.commitment!,
      ballot.electorateCount ?? 0,
    )
    // Rewrites every elector row in this transaction (not the seal's, which wrote the papers):
    // no row keeps the moment it was marked, nor a form mark, nor an xid shared with a paper.
    await tx.update(ballotElectors).set({ attemptMark: null }).where(eq(ballotElectors.ballotId, ballot.id))
    await tx.update(ballots).set({ result, countedAt: now, updatedAt: now }).where(eq(ballots.id, ballot.id))
    await audit(tx, { actorId: null, action: 'ballot.count', subjectType: 'ballot', subjectId: ballot.id, after: { papers: papers.length, commitment: ballot.commitment } })
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

function recordBallot(ballot: Ballot, candidates: { name: string }[]): PublishedRecord['ballot'] {
  return {
    id: ballot.id,
    kind: ballot.kind,
    title: ballot.title,
    seats: ballot.seats,
    candidates: candidates.map((c) => c.name),
    threshold: ballot.threshold,
    quorumPercent: ballot.quorumPercent,
    scope: scopeOf(ballot),
  }
}

/**
 * A page for a ballot that has closed seals and counts it at once rather than waiting for the
 * worker. Opening is left to the first vote or the worker (a page view writes nothing while voting
 * is open); the electorate is who was eligible at the scheduled opening either way.
 */
export async function settleIfClosed(db: Db, ballot: Ballot, input: { baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  ballot = await settleNominations(db, ballot, now)
  const phase = ballotPhase(ballot, now)
  if (phase !== 'closed') return ballot
  await countBallot(db, { ballotId: ballot.id, baseUrl: input.baseUrl, now })
  return (await getBallot(db, ballot.id)) ?? ballot
}

/** The worker's part: open ballots whose time has come, count those that have closed. */
export async function advanceBallots(db: Db, input: { baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  await closeDueNominations(db, now)
  const due = await db
    .select({ id: ballots.id })
    .from(ballots)
    .where(and(eq(ballots.status, 'scheduled'), lte(ballots.opensAt, now), isNull(ballots.frozenAt), sql`${ballots.closesAt} > ${now.toISOString()}::timestamptz`))
  for (const { id } of due) await openBallot(db, { ballotId: id, baseUrl: input.baseUrl, now })
  const closing = await db
    .select({ id: ballots.id })
    .from(ballots)
    .where(
      and(
        eq(ballots.status, 'scheduled'),
        isNull(ballots.reminderSentAt),
        sql`${ballots.frozenAt} is not null and ${ballots.closesAt} > ${now.toISOString()}::timestamptz and ${ballots.closesAt} - least(${sql.raw(`interval '${REMIND_BEFORE_CLOSE_MS / 1000} seconds'`)}, (${ballots.closesAt} - ${ballots.opensAt}) / 2) <= ${now.toISOString()}::timestamptz`,
      ),
    )
  for (const { id } of closing) await remindElectors(db, { ballotId: id, baseUrl: input.baseUrl, now })
  const closed = await db
    .select({ id: ballots.id })
    .from(ballots)
    .where(and(eq(ballots.status, 'scheduled'), lte(ballots.closesAt, now), isNull(ballots.countedAt)))
  for (const { id } of closed) await countBallot(db, { ballotId: id, baseUrl: input.baseUrl, now })
  return { opened: due.length, reminded: closing.length, counted: closed.length }
}

/** 48 hours before closing (half-way through a shorter ballot: reminders.ts), electors who have not voted get one reminder. */
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
        data: { title: b.title, ballotUrl: `${input.baseUrl}/ballots/${b.id}`, closes: b.closesAt.toISOString() },
        dedupeKey: `ballot-reminder:${b.id}`,
      })
    }
    await tx.update(ballots).set({ reminderSentAt: input.now }).where(eq(ballots.id, b.id))
  })
}

/** A ballot by id: every vote and every look at a ballot asks, so its SQL is built once. */
const ballotQuery = preparedQuery((db) =>
  db
    .select()
    .from(ballots)
    .where(eq(ballots.id, sql.placeholder('id')))
    .prepare('ballot_by_id'),
)

export async function getBallot(db: Db, id: string): Promise<Ballot | undefined> {
  if (!isUuid(id)) return undefined
  const [ballot] = await ballotQuery(db).execute({ id })
  return ballot
}

export function listCandidates(db: Db, ballotId: string) {
  return db.select().from(ballotCandidates).where(eq(ballotCandidates.ballotId, ballotId)).orderBy(asc(ballotCandidates.position))
}

export function listBallots(db: Db) {
  return db
    .select()
    .from(ballots)
    .where(sql`${ballots.status} <> 'draft'`)
    .orderBy(desc(ballots.opensAt))
    .limit(100)
}

export function listAllBallots(db: Db) {
  return db.select().from(ballots).orderBy(desc(ballots.createdAt)).limit(200)
}

/** Whether this member is on the electorate, has voted, or why they cannot. */
export async function getVoterStanding(db: Db, ballot: Ballot, userId: string, now = new Date()) {
  // One query: the membership and, once the electorate is frozen, this member's elector row.
  const [m] = await db
    .select({
      id: memberships.id,
      status: memberships.status,
      pastDueSince: memberships.pastDueSince,
      registrationVerifiedAt: memberships.registrationVerifiedAt,
      votingRights: tiers.votingRights,
      electorVoted: ballotElectors.voted,
      nation: memberships.nation,
      branch: memberships.branch,
      tierId: memberships.tierId,
    })
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .leftJoin(ballotElectors, and(eq(ballotElectors.ballotId, ballot.id), eq(ballotElectors.membershipId, memberships.id)))
    .where(eq(memberships.userId, userId))
  if (ballot.frozenAt) {
    if (!m || m.electorVoted === null)
      return { canVote: false, voted: false, reason: msg('You are not on the electorate of this ballot: it was fixed when voting opened, from the members eligible then.') }
    return { canVote: !m.electorVoted, voted: m.electorVoted, reason: null }
  }
  if (m && !inScope(scopeOf(ballot), m)) return { canVote: false, voted: false, reason: msg('This ballot is only for members within its scope, shown above. Your membership is outside it.') }
  const eligibility = votingEligibility(m ? { ...m, tier: { votingRights: m.votingRights } } : null, now)
  return { canVote: eligibility.eligible, voted: false, reason: eligibility.eligible ? null : eligibility.reason }
}

/**
 * A voter checks their receipt: before close, that a sealed vote with it is in the urn; after,
 * that it is among the published receipts, with the Merkle path to the committed root. Never
 * which paper is theirs, never what it says.
 */
export async function findReceipt(db: Db, ballotId: string, receipt: string) {
  const ballot = await getBallot(db, ballotId)
  if (!ballot) return null
  if (!ballot.sealedAt) {
    const [row] = await db
      .select({ tag: ballotUrn.tag })
      .from(ballotUrn)
      .where(and(eq(ballotUrn.ballotId, ballot.id), eq(ballotUrn.tag, urnTag(ballot.id, receipt))))
    return row ? { counted: false as const } : null
  }
  const receipts = await listReceipts(db, ballot.id)
  const index = receipts.indexOf(receipt)
  if (index < 0) return null
  const proof = inclusionProof(
    receipts.map((r) => receiptLeaf(ballot.id, r)),
    index,
  )
  return { counted: Boolean(ballot.countedAt), leaf: receiptLeaf(ballot.id, receipt), proof, receiptsRoot: ballot.receiptsRoot!, commitment: ballot.commitment! }
}

async function listReceipts(db: Db, ballotId: string) {
  const rows = await db
    .select({ receipt: ballotReceipts.receipt })
    .from(ballotReceipts)
    .where(eq(ballotReceipts.ballotId, ballotId))
    .orderBy(sql`${ballotReceipts.receipt} collate "C"`)
  return rows.map((r) => r.receipt)
}

/** The whole public record of a sealed ballot: what `npm run verify-ballot` checks. */
export async function getPublishedRecord(db: Db, ballotId: string): Promise<PublishedRecord | null> {
  const ballot = await getBallot(db, ballotId)
  if (!ballot?.sealedAt) return null
  const [candidates, receipts, papers] = await Promise.all([
    listCandidates(db, ballot.id),
    listReceipts(db, ballot.id),
    db.select({ nonce: ballotPapers.nonce, choice: ballotPapers.choice, hash: ballotPapers.hash }).from(ballotPapers).where(eq(ballotPapers.ballotId, ballot.id)).orderBy(asc(ballotPapers.position)),
  ])
  return {
    format: RECORD_FORMAT,
    ballot: recordBallot(ballot, candidates),
    counts: { electorate: ballot.electorateCount ?? 0, voted: ballot.votedCount ?? 0, receipts: receipts.length, papers: papers.length },
    receiptsRoot: ballot.receiptsRoot!,
    papersRoot: ballot.papersRoot!,
    commitment: ballot.commitment!,
    sealedAt: ballot.sealedAt.toISOString(),
    receipts,
    papers,
    result: ballot.result,
    rules: RECORD_RULES,
  }
}

/** After the count: the papers' choices in the mixed order (for the BLT export). */
export async function listPublishedChoices(db: Db, ballotId: string) {
  const rows = await db.select({ choice: ballotPapers.choice }).from(ballotPapers).where(eq(ballotPapers.ballotId, ballotId)).orderBy(asc(ballotPapers.position))
  return rows.map((r) => r.choice)
}
