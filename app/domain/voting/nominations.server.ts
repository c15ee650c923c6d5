import { randomInt } from 'node:crypto'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { ballotCandidates, ballots, memberships, nominations, nominationSupports, tiers, users, type Ballot, type Nomination } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'
import { isUuid } from '~/domain/ids.ts'
import { votingEligibility } from '~/domain/membership/status.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { renderMarkdown } from '~/domain/statements/markdown.server.ts'
import { formatLondon } from '~/utils/london-time.ts'
import { ballotPhase } from './lifecycle.ts'
import { countWords, nextNominationStatus, orderCandidates, outcomeAtClose, standingEligibility, type NominationEvent } from './nomination-rules.ts'
import { inScope, scopeOf, type BallotScope } from './scope.ts'

export interface NewNominations {
  title: string
  description: string
  seats: number
  scope: BallotScope
  nominationsCloseAt: Date
  supportersNeeded: number
  statementWordLimit: number
  standTiers: string[]
  standMinYears: number
  candidateOrder: 'alphabetical' | 'random'
  opensAt: Date
  closesAt: Date
  returningOfficerId?: string | null
}

/** Opens nominations for an election: a scheduled ballot whose candidates come from valid nominations at the close. */
export async function openNominations(db: Db, input: NewNominations & { actorId: string; now?: Date }) {
  const now = input.now ?? new Date()
  if (input.nominationsCloseAt <= now) throw new DomainError('invalid_input', msg('Nominations must close in the future'), 'nominationsCloseAt')
  if (input.opensAt < input.nominationsCloseAt) throw new DomainError('invalid_input', msg('Voting must open after nominations close'), 'opensAt')
  if (input.closesAt <= input.opensAt) throw new DomainError('invalid_input', msg('The ballot must close after it opens'), 'closesAt')
  return db.transaction(async (tx) => {
    if (input.returningOfficerId) {
      const [officer] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.returningOfficerId))
      if (!officer || (officer.role !== 'officer' && officer.role !== 'admin')) throw new DomainError('invalid_input', msg('Choose an officer from the list'), 'returningOfficerId')
    }
    const [ballot] = await tx
      .insert(ballots)
      .values({
        kind: 'election',
        status: 'scheduled',
        title: input.title,
        description: input.description,
        seats: input.seats,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        scopeNations: input.scope.nations,
        scopeBranches: input.scope.branches,
        scopeTiers: input.scope.tiers,
        nominationsCloseAt: input.nominationsCloseAt,
        supportersNeeded: input.supportersNeeded,
        statementWordLimit: input.statementWordLimit,
        standTiers: input.standTiers,
        standMinYears: input.standMinYears,
        candidateOrder: input.candidateOrder,
        returningOfficerId: input.returningOfficerId ?? input.actorId,
        createdBy: input.actorId,
      })
      .returning()
    await audit(tx, {
      actorId: input.actorId,
      action: 'nominations.open',
      subjectType: 'ballot',
      subjectId: ballot.id,
      after: {
        title: ballot.title,
        seats: ballot.seats,
        scope: input.scope,
        nominationsCloseAt: ballot.nominationsCloseAt,
        supportersNeeded: ballot.supportersNeeded,
        statementWordLimit: ballot.statementWordLimit,
        standTiers: ballot.standTiers,
        standMinYears: ballot.standMinYears,
        candidateOrder: ballot.candidateOrder,
        returningOfficerId: ballot.returningOfficerId,
      },
    })
    return ballot
  })
}

async function lockBallot(tx: Db, ballotId: string) {
  if (!isUuid(ballotId)) throw new DomainError('not_found', msg('No such election'))
  const [b] = await tx.select().from(ballots).where(eq(ballots.id, ballotId)).for('share')
  if (!b || !b.nominationsCloseAt || b.status === 'draft') throw new DomainError('not_found', msg('No such election'))
  return b
}

function requireTakingNominations(b: Ballot, now: Date) {
  if (ballotPhase(b, now) !== 'nominations' || (b.nominationsCloseAt && b.nominationsCloseAt <= now)) throw new DomainError('invalid_state', msg('Nominations for this election have closed'))
}

/** The member behind a user, refused unless they are in the election's electorate as it stands now. */
export async function requireElector(db: Db, ballot: Ballot, userId: string, now: Date, refusal: string = msg('Only members who can vote in this election can do that. {reason}')) {
  const [m] = await db
    .select({
      id: memberships.id,
      status: memberships.status,
      pastDueSince: memberships.pastDueSince,
      registrationVerifiedAt: memberships.registrationVerifiedAt,
      votingRights: tiers.votingRights,
      nation: memberships.nation,
      branch: memberships.branch,
      tierId: memberships.tierId,
      joinedAt: memberships.joinedAt,
      name: users.name,
      email: users.email,
      userId: users.id,
    })
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.userId, userId))
  const eligibility = votingEligibility(m ? { ...m, tier: { votingRights: m.votingRights } } : null, now)
  if (!eligibility.eligible) throw new DomainError('forbidden', refusal, undefined, { reason: eligibility.reason })
  if (!inScope(scopeOf(ballot), m)) throw new DomainError('forbidden', refusal, undefined, { reason: msg('This election is only for members within its scope, and your membership is outside it.') })
  return m
}

function requireCanStand(ballot: Ballot, member: { tierId: string; joinedAt: Date | null }, now: Date) {
  const can = standingEligibility(member, { standTiers: ballot.standTiers, standMinYears: ballot.standMinYears }, now)
  if (!can.ok) throw new DomainError('forbidden', can.reason, undefined, can.values)
}

export const isUniqueViolation = (error: unknown) => (error as { cause?: { code?: string } })?.cause?.code === '23505' || (error as { code?: string })?.code === '23505'

/** A member in the scope who may stand nominates themselves. One nomination per member per election (the database's unique key). */
export async function nominateSelf(db: Db, input: { ballotId: string; userId: string; now?: Date }) {
  const now = input.now ?? new Date()
  try {
    return await db.transaction(async (tx) => {
      const ballot = await lockBallot(tx, input.ballotId)
      requireTakingNominations(ballot, now)
      const member = await requireElector(tx, ballot, input.userId, now, msg('Only members who can vote in this election can stand in it. {reason}'))
      requireCanStand(ballot, member, now)
      const [nomination] = await tx.insert(nominations).values({ ballotId: ballot.id, membershipId: member.id, nominatedById: member.id, status: 'submitted' }).returning()
      await audit(tx, { actorId: input.userId, action: 'nomination.create', subjectType: 'nomination', subjectId: nomination.id, after: { ballotId: ballot.id, self: true } })
      return nomination
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('conflict', msg('You are already nominated in this election.'))
    throw error
  }
}

/**
 * A member nominates another by email; the nominee is emailed and stands only once they accept.
 * Whether the address belongs to a member who may stand is never said (it would tell the
 * nominator who has an account): the answer is the same either way.
 */
export async function nominateOther(db: Db, input: { ballotId: string; userId: string; email: string; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const ballot = await lockBallot(tx, input.ballotId)
    requireTakingNominations(ballot, now)
    const nominator = await requireElector(tx, ballot, input.userId, now, msg('Only members who can vote in this election can nominate. {reason}'))
    const [found] = await tx
      .select({ userId: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email.trim().toLowerCase()}`)
    if (!found || found.userId === input.userId) return null
    const nominee = await requireElector(tx, ballot, found.userId, now).catch(() => null)
    if (!nominee || !standingEligibility(nominee, { standTiers: ballot.standTiers, standMinYears: ballot.standMinYears }, now).ok) return null
    const [nomination] = await tx
      .insert(nominations)
      .values({ ballotId: ballot.id, membershipId: nominee.id, nominatedById: nominator.id, status: 'awaiting_acceptance' })
      .onConflictDoNothing()
      .returning()
    if (!nomination) return null
    await audit(tx, { actorId: input.userId, action: 'nomination.create', subjectType: 'nomination', subjectId: nomination.id, after: { ballotId: ballot.id, self: false } })
    await enqueueEmail(tx, {
      template: 'nomination-invitation',
      to: { email: nominee.email, name: nominee.name, userId: nominee.userId },
      data: {
        nominator: nominator.name,
        election: ballot.title,
        closes: formatLondon(ballot.nominationsCloseAt!),
        nominationUrl: `${input.baseUrl}/ballots/${ballot.id}/nominations/${nomination.id}`,
      },
      dedupeKey: `nomination-invitation:${nomination.id}`,
    })
    return nomination
  })
}

async function lockNomination(tx: Db, nominationId: string) {
  if (!isUuid(nominationId)) throw new DomainError('not_found', msg('No such nomination'))
  const [n] = await tx.select().from(nominations).where(eq(nominations.id, nominationId)).for('update')
  if (!n) throw new DomainError('not_found', msg('No such nomination'))
  const ballot = await lockBallot(tx, n.ballotId)
  return { n, ballot }
}

async function requireNominee(tx: Db, n: Nomination, userId: string) {
  const [m] = await tx.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, userId))
  if (!m || m.id !== n.membershipId) throw new DomainError('forbidden', msg('Only the nominee can do that.'))
}

function move(n: Nomination, event: NominationEvent) {
  const next = nextNominationStatus(n.status, event)
  if (!next) throw new DomainError('invalid_state', n.status === 'withdrawn' ? msg('This nomination has been withdrawn.') : msg('This nomination cannot be changed that way now.'))
  return next
}

/** The nominee accepts a nomination another member made. */
export async function acceptNomination(db: Db, input: { nominationId: string; userId: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const { n, ballot } = await lockNomination(tx, input.nominationId)
    requireTakingNominations(ballot, now)
    await requireNominee(tx, n, input.userId)
    const status = move(n, 'accept')
    await tx.update(nominations).set({ status, updatedAt: now }).where(eq(nominations.id, n.id))
    await audit(tx, { actorId: input.userId, action: 'nomination.accept', subjectType: 'nomination', subjectId: n.id, before: { status: n.status }, after: { status } })
  })
}

/**
 * The nominee writes their statement (Markdown, sanitised when saved) within the election's word
 * limit, and may write it in Welsh too: each language is held to the limit on its own.
 */
export async function saveNominationStatement(db: Db, input: { nominationId: string; userId: string; statement: string; statementCy?: string; now?: Date }) {
  const now = input.now ?? new Date()
  const statementCy = input.statementCy?.trim() ?? ''
  const html = await renderMarkdown(input.statement, { field: 'statement' })
  const htmlCy = statementCy ? await renderMarkdown(statementCy, { field: 'statementCy' }) : ''
  return db.transaction(async (tx) => {
    const { n, ballot } = await lockNomination(tx, input.nominationId)
    requireTakingNominations(ballot, now)
    await requireNominee(tx, n, input.userId)
    if (n.status === 'withdrawn') throw new DomainError('invalid_state', msg('This nomination has been withdrawn.'))
    const limit = ballot.statementWordLimit ?? 0
    for (const [field, text] of [
      ['statement', input.statement],
      ['statementCy', statementCy],
    ] as const) {
      const words = countWords(text)
      if (limit && words > limit)
        throw new DomainError('invalid_input', msg('Your statement has {words, number} words; the limit is {limit, number}. Shorten it by {over, plural, one {# word} other {# words}}.'), field, {
          words,
          limit,
          over: words - limit,
        })
    }
    await tx.update(nominations).set({ statement: input.statement, statementHtml: html, statementCy, statementCyHtml: htmlCy, updatedAt: now }).where(eq(nominations.id, n.id))
  })
}

/**
 * A member of the electorate supports a nomination from its shared link. One support per member
 * per nomination (the table's key); the nominee cannot support themselves; support stops once the
 * nomination has the supporters it needs (the row lock keeps the count exact).
 */
export async function supportNomination(db: Db, input: { nominationId: string; userId: string; now?: Date }) {
  const now = input.now ?? new Date()
  try {
    return await db.transaction(async (tx) => {
      const { n, ballot } = await lockNomination(tx, input.nominationId)
      requireTakingNominations(ballot, now)
      const member = await requireElector(tx, ballot, input.userId, now, msg('Only members who can vote in this election can support a nomination. {reason}'))
      if (member.id === n.membershipId) throw new DomainError('forbidden', msg('You cannot support your own nomination.'))
      if (n.status !== 'submitted' && n.status !== 'valid')
        throw new DomainError('invalid_state', n.status === 'awaiting_acceptance' ? msg('The nominee has not accepted this nomination yet.') : msg('This nomination is not taking supporters.'))
      if (n.supportCount >= (ballot.supportersNeeded ?? 0)) throw new DomainError('conflict', msg('This nomination already has all the supporters it needs. Thank you.'))
      await tx.insert(nominationSupports).values({ nominationId: n.id, membershipId: member.id })
      await tx
        .update(nominations)
        .set({ supportCount: sql`${nominations.supportCount} + 1`, updatedAt: now })
        .where(eq(nominations.id, n.id))
      await audit(tx, { actorId: input.userId, action: 'nomination.support', subjectType: 'nomination', subjectId: n.id })
      return n.supportCount + 1
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('conflict', msg('You already support this nomination.'))
    throw error
  }
}

/** The nominee withdraws, at any point before nominations close. */
export async function withdrawNomination(db: Db, input: { nominationId: string; userId: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const { n, ballot } = await lockNomination(tx, input.nominationId)
    requireTakingNominations(ballot, now)
    await requireNominee(tx, n, input.userId)
    const status = move(n, 'withdraw')
    await tx.update(nominations).set({ status, withdrawnAt: now, updatedAt: now }).where(eq(nominations.id, n.id))
    await audit(tx, { actorId: input.userId, action: 'nomination.withdraw', subjectType: 'nomination', subjectId: n.id, before: { status: n.status }, after: { status } })
  })
}

/** The returning officer (or an admin) validates or rejects a nomination with a reason; audited, and the nominee is emailed. */
export async function decideNomination(db: Db, input: { nominationId: string; actorId: string; actorRole: string; decision: 'valid' | 'rejected'; reason: string; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const { n, ballot } = await lockNomination(tx, input.nominationId)
    if (ballot.returningOfficerId !== input.actorId && input.actorRole !== 'admin') throw new DomainError('forbidden', msg('Only the returning officer for this election can decide on nominations.'))
    requireTakingNominations(ballot, now)
    if (input.decision === 'rejected' && !input.reason.trim()) throw new DomainError('invalid_input', msg('Give the nominee a reason for rejecting it'), 'reason')
    if (input.decision === 'valid' && n.supportCount < (ballot.supportersNeeded ?? 0)) {
      throw new DomainError('invalid_state', msg('This nomination has {count, number} of the {needed, number} supporters it needs.'), undefined, {
        count: n.supportCount,
        needed: ballot.supportersNeeded ?? 0,
      })
    }
    const status = move(n, input.decision === 'valid' ? 'validate' : 'reject')
    const reason = input.reason.trim() || null
    await tx
      .update(nominations)
      .set({ status, decidedBy: input.actorId, decidedAt: now, rejectedReason: status === 'rejected' ? reason : null, updatedAt: now })
      .where(eq(nominations.id, n.id))
    await audit(tx, {
      actorId: input.actorId,
      action: status === 'valid' ? 'nomination.validate' : 'nomination.reject',
      subjectType: 'nomination',
      subjectId: n.id,
      before: { status: n.status },
      after: { status, reason },
    })
    const [nominee] = await tx
      .select({ email: users.email, name: users.name, userId: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.id, n.membershipId))
    if (nominee) {
      await enqueueEmail(tx, {
        template: 'nomination-decision',
        to: nominee,
        data: { election: ballot.title, kind: status === 'valid' ? 'valid' : 'rejected', reason: reason ?? '', nominationUrl: `${input.baseUrl}/ballots/${ballot.id}/nominations/${n.id}` },
        dedupeKey: `nomination-decision:${n.id}:${now.getTime()}`,
      })
    }
  })
}

/**
 * At the close of nominations: valid nominations become the candidates, in the order the rules
 * chose, each linked to the nominee's account. No more of them than seats: they are elected
 * unopposed, the result is published and no ballot is held. Otherwise the ballot opens on schedule.
 */
export async function closeNominations(db: Db, input: { ballotId: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!b || ballotPhase(b, now) !== 'nominations' || !b.nominationsCloseAt || b.nominationsCloseAt > now) return null
    return closeLockedNominations(tx, b, now, { actorId: null })
  })
}

/** The close itself, on a locked ballot taking nominations: shared by the worker's tick and the returning officer's early close. */
async function closeLockedNominations(tx: Db, b: Ballot, now: Date, by: { actorId: string | null; early?: { reason: string | null; scheduledFor: Date } }) {
  const valid = await tx
    .select({ name: users.name, userId: users.id, statement: nominations.statement, statementCy: nominations.statementCy })
    .from(nominations)
    .innerJoin(memberships, eq(memberships.id, nominations.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(nominations.ballotId, b.id), eq(nominations.status, 'valid')))
  const ordered = orderCandidates(valid, b.candidateOrder ?? 'alphabetical', randomInt)
  if (ordered.length)
    await tx.insert(ballotCandidates).values(ordered.map((c, position) => ({ ballotId: b.id, position, name: c.name, statement: c.statement, statementCy: c.statementCy, userId: c.userId })))
  const seats = b.seats ?? 1
  const outcome = outcomeAtClose(ordered.length, seats)
  // Closed early, the closing time becomes the moment it closed, so every page tells the truth.
  const closeAt = by.early ? { nominationsCloseAt: now } : {}
  if (outcome === 'unopposed') {
    const result = { unopposed: true as const, seats, elected: ordered.map((c) => c.name) }
    await tx
      .update(ballots)
      .set({ ...closeAt, nominationsClosedAt: now, countedAt: now, result, electorateCount: null, updatedAt: now })
      .where(eq(ballots.id, b.id))
  } else {
    await tx
      .update(ballots)
      .set({ ...closeAt, nominationsClosedAt: now, updatedAt: now })
      .where(eq(ballots.id, b.id))
  }
  const after = { valid: ordered.length, seats, outcome, candidates: ordered.map((c) => c.name) }
  if (by.early) {
    await audit(tx, {
      actorId: by.actorId,
      action: 'nominations.close_early',
      subjectType: 'ballot',
      subjectId: b.id,
      before: { nominationsCloseAt: by.early.scheduledFor },
      after: { ...after, nominationsCloseAt: now, reason: by.early.reason },
    })
  } else {
    await audit(tx, { actorId: null, action: 'nominations.close', subjectType: 'ballot', subjectId: b.id, after })
  }
  return outcome
}

/**
 * The returning officer (or an admin) closes nominations before their time, with an optional
 * reason: exactly the worker's close, brought forward. Nominations still awaiting a decision or
 * the nominee's acceptance do not stand, as at the scheduled close.
 */
export async function closeNominationsEarly(db: Db, input: { ballotId: string; actorId: string; actorRole: string; reason?: string; now?: Date }) {
  const now = input.now ?? new Date()
  if (!isUuid(input.ballotId)) throw new DomainError('not_found', msg('No such election'))
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(ballots).where(eq(ballots.id, input.ballotId)).for('update')
    if (!b || !b.nominationsCloseAt || b.status === 'draft') throw new DomainError('not_found', msg('No such election'))
    if (b.returningOfficerId !== input.actorId && input.actorRole !== 'admin') throw new DomainError('forbidden', msg('Only the returning officer for this election can close its nominations.'))
    if (ballotPhase(b, now) !== 'nominations') throw new DomainError('invalid_state', msg('Nominations for this election have already closed.'))
    const reason = input.reason?.trim() || null
    return closeLockedNominations(tx, b, now, { actorId: input.actorId, early: { reason, scheduledFor: b.nominationsCloseAt } })
  })
}

/** What closing now would do: how many nominations are valid, and how many would not stand because they still await a decision or the nominee's acceptance. */
export async function previewNominationsClose(db: Db, ballotId: string) {
  if (!isUuid(ballotId)) return null
  const rows = await db
    .select({ status: nominations.status, count: sql<number>`count(*)::int` })
    .from(nominations)
    .where(eq(nominations.ballotId, ballotId))
    .groupBy(nominations.status)
  const count = (status: Nomination['status']) => rows.find((r) => r.status === status)?.count ?? 0
  return { valid: count('valid'), awaitingDecision: count('submitted'), awaitingAcceptance: count('awaiting_acceptance') }
}

/** Elections whose nominations are due to close: the worker's part. */
export async function closeDueNominations(db: Db, now = new Date()) {
  const due = await db
    .select({ id: ballots.id })
    .from(ballots)
    .where(
      and(eq(ballots.status, 'scheduled'), sql`${ballots.nominationsCloseAt} <= ${now.toISOString()}::timestamptz`, sql`${ballots.nominationsClosedAt} is null`, sql`${ballots.countedAt} is null`),
    )
  for (const { id } of due) await closeNominations(db, { ballotId: id, now })
  return due.length
}

/** A page's part: an election viewed after its nominations should have closed closes them first. */
export async function settleNominations(db: Db, ballot: Ballot, now = new Date()) {
  if (!ballot.nominationsCloseAt || ballot.nominationsClosedAt || ballot.nominationsCloseAt > now || ballot.status !== 'scheduled') return ballot
  await closeNominations(db, { ballotId: ballot.id, now })
  const [fresh] = await db.select().from(ballots).where(eq(ballots.id, ballot.id))
  return fresh ?? ballot
}

const nominationColumns = {
  id: nominations.id,
  ballotId: nominations.ballotId,
  status: nominations.status,
  statement: nominations.statement,
  statementHtml: nominations.statementHtml,
  statementCy: nominations.statementCy,
  statementCyHtml: nominations.statementCyHtml,
  supportCount: nominations.supportCount,
  rejectedReason: nominations.rejectedReason,
  membershipId: nominations.membershipId,
  createdAt: nominations.createdAt,
  name: users.name,
  email: users.email,
  userId: users.id,
}

/** Every nomination of an election, for the returning officer. */
export function listNominations(db: Db, ballotId: string, input: { statuses?: Nomination['status'][] } = {}) {
  if (!isUuid(ballotId)) return Promise.resolve([])
  return db
    .select(nominationColumns)
    .from(nominations)
    .innerJoin(memberships, eq(memberships.id, nominations.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(nominations.ballotId, ballotId), input.statuses ? inArray(nominations.status, input.statuses) : undefined))
    .orderBy(asc(users.name))
}

export async function getNomination(db: Db, nominationId: string) {
  if (!isUuid(nominationId)) return undefined
  const [n] = await db
    .select(nominationColumns)
    .from(nominations)
    .innerJoin(memberships, eq(memberships.id, nominations.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(nominations.id, nominationId))
  return n
}

/** Where a signed-in member stands in an election's nominations: their own nomination, whether they may stand, whether they already support one. */
export async function getNominationStanding(db: Db, ballot: Ballot, userId: string, now = new Date()) {
  const [m] = await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, userId))
  const own = m
    ? ((
        await db
          .select({ id: nominations.id, status: nominations.status })
          .from(nominations)
          .where(and(eq(nominations.ballotId, ballot.id), eq(nominations.membershipId, m.id)))
      )[0] ?? null)
    : null
  const elector = await requireElector(db, ballot, userId, now).then(
    (member) => ({ ok: true as const, member }),
    (error: DomainError) => ({ ok: false as const, reason: String(error.values?.reason ?? error.message) }),
  )
  if (!elector.ok) return { own, canNominate: false, canStand: false, reason: elector.reason, reasonValues: undefined }
  const stand = standingEligibility(elector.member, { standTiers: ballot.standTiers, standMinYears: ballot.standMinYears }, now)
  return { own, canNominate: true, canStand: stand.ok, reason: stand.ok ? null : stand.reason, reasonValues: stand.ok ? undefined : stand.values }
}

/** Whether this member already supports this nomination. */
export async function supportsNomination(db: Db, nominationId: string, userId: string) {
  const [row] = await db
    .select({ id: nominationSupports.nominationId })
    .from(nominationSupports)
    .innerJoin(memberships, eq(memberships.id, nominationSupports.membershipId))
    .where(and(eq(nominationSupports.nominationId, nominationId), eq(memberships.userId, userId)))
  return Boolean(row)
}
