import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { ballots, consultationComments, memberships, statementEndorsements, statements, statementVersions, users, type Statement } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { msg } from '~/i18n/translate.ts'
import { DomainError } from '~/domain/errors.ts'
import { isUuid } from '~/domain/ids.ts'
import { isSlug } from './diff.ts'
import { renderMarkdown } from './markdown.server.ts'
import { NO_WELSH, type StatementFields } from './statements.server.ts'
import { reviewHorizon } from './review.ts'
import { nextStatementStatus, type StatementEvent, type StatementStatus } from './status.ts'

/** Every statement for the officers' list, newest change first, with how many are in each status. */
export async function listStatementsForOfficers(db: Db, input: { status?: StatementStatus } = {}) {
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: statements.id,
        slug: statements.slug,
        title: statements.title,
        status: statements.status,
        version: statements.version,
        reviewBy: statements.reviewBy,
        consultationClosesAt: statements.consultationClosesAt,
        updatedAt: statements.updatedAt,
        comments: sql<number>`(select count(*)::int from ${consultationComments} c where c.statement_id = ${statements.id} and c.addressed_at is null)`,
      })
      .from(statements)
      .where(input.status ? eq(statements.status, input.status) : undefined)
      .orderBy(desc(statements.updatedAt))
      .limit(500),
    db
      .select({ status: statements.status, n: sql<number>`count(*)::int` })
      .from(statements)
      .groupBy(statements.status),
  ])
  return { rows, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<Record<StatementStatus, number>> }
}

export async function getStatement(db: Db, id: string) {
  if (!isUuid(id)) return null
  const [s] = await db.select().from(statements).where(eq(statements.id, id))
  return s ?? null
}

/** A statement as officers see it: with its consultation comments (author's name while the account exists) and its ballot. */
export async function getStatementForOfficers(db: Db, id: string) {
  const s = await getStatement(db, id)
  if (!s) return null
  const [comments, ballot, supersededBy] = await Promise.all([
    db
      .select({ id: consultationComments.id, body: consultationComments.body, createdAt: consultationComments.createdAt, addressedAt: consultationComments.addressedAt, author: users.name })
      .from(consultationComments)
      .leftJoin(users, eq(users.id, consultationComments.userId))
      .where(eq(consultationComments.statementId, s.id))
      .orderBy(asc(consultationComments.createdAt)),
    s.adoptionBallotId
      ? db
          .select({ id: ballots.id, title: ballots.title, closesAt: ballots.closesAt, countedAt: ballots.countedAt })
          .from(ballots)
          .where(eq(ballots.id, s.adoptionBallotId))
          .then((r) => r[0] ?? null)
      : null,
    s.supersededById
      ? db
          .select({ slug: statements.slug, title: statements.title })
          .from(statements)
          .where(eq(statements.id, s.supersededById))
          .then((r) => r[0] ?? null)
      : null,
  ])
  return { statement: s, comments, ballot, supersededBy }
}

async function lockStatement(tx: Db, id: string) {
  const [s] = isUuid(id) ? await tx.select().from(statements).where(eq(statements.id, id)).for('update') : []
  if (!s) throw new DomainError('not_found', msg('No such statement'))
  return s
}

function move(s: Statement, event: StatementEvent) {
  const next = nextStatementStatus(s.status, event)
  if (!next) throw new DomainError('invalid_state', msg('A statement that is {status, select, under_review {under review} other {{status}}} cannot do that'), undefined, { status: s.status })
  return next
}

const MOVE_ACTIONS = { start_review: 'statement.review_start', reaffirm: 'statement.reaffirm', withdraw: 'statement.withdraw' } as const

/** Starts a review of a published statement, reaffirms it unchanged, or withdraws it for good. */
export async function changeStatementStatus(db: Db, input: { actorId: string; statementId: string; event: keyof typeof MOVE_ACTIONS; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    const status = move(s, input.event)
    const [after] = await tx.update(statements).set({ status, updatedAt: now }).where(eq(statements.id, s.id)).returning()
    await audit(tx, { actorId: input.actorId, action: MOVE_ACTIONS[input.event], subjectType: 'statement', subjectId: s.id, before: { status: s.status }, after: { status } })
    return after
  })
}

/** Replaces a published statement by another published one; the old one stays readable, pointing at the new. */
export async function supersedeStatement(db: Db, input: { actorId: string; statementId: string; bySlug: string; now?: Date }) {
  const slug = input.bySlug
    .trim()
    .replace(/^.*\/statements\//, '')
    .replace(/[/?#].*$/, '')
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    const status = move(s, 'supersede')
    const [by] = isSlug(slug) ? await tx.select().from(statements).where(eq(statements.slug, slug)) : []
    if (!by) throw new DomainError('invalid_input', msg('There is no statement at “{slug}”. Enter the web address of a published statement'), 'bySlug', { slug })
    if (by.id === s.id) throw new DomainError('invalid_input', msg('A statement cannot replace itself'), 'bySlug')
    if (by.status !== 'adopted' && by.status !== 'under_review') throw new DomainError('invalid_input', msg('The replacement must be a published, current statement'), 'bySlug')
    await tx
      .update(statements)
      .set({ status, supersededById: by.id, updatedAt: input.now ?? new Date() })
      .where(eq(statements.id, s.id))
    await audit(tx, { actorId: input.actorId, action: 'statement.supersede', subjectType: 'statement', subjectId: s.id, before: { status: s.status }, after: { status, supersededBy: by.slug } })
    return by
  })
}

/** A member's own comments on one statement's consultation, oldest first. */
export function listOwnComments(db: Db, input: { userId: string; statementId: string }) {
  return db
    .select({ id: consultationComments.id, body: consultationComments.body, createdAt: consultationComments.createdAt, addressedAt: consultationComments.addressedAt })
    .from(consultationComments)
    .where(and(eq(consultationComments.userId, input.userId), eq(consultationComments.statementId, input.statementId)))
    .orderBy(asc(consultationComments.createdAt))
}

/**
 * A draft members may read before it is adopted: one under consultation, or one put to their
 * vote (they must be able to read what they are voting on). Null for any other draft.
 */
export async function getConsultation(db: Db, slug: string) {
  if (!isSlug(slug)) return null
  const [s] = await db.select().from(statements).where(eq(statements.slug, slug))
  return s && (s.status === 'consultation' || (s.status === 'draft' && s.adoptionBallotId)) ? s : null
}

/** Consultations open to comment now, soonest closing first. */
export function listOpenConsultations(db: Db, now = new Date()) {
  return db
    .select({ slug: statements.slug, title: statements.title, summary: statements.summary, closesAt: statements.consultationClosesAt })
    .from(statements)
    .where(and(eq(statements.status, 'consultation'), sql`(${statements.consultationClosesAt} is null or ${statements.consultationClosesAt} > ${now.toISOString()}::timestamptz)`))
    .orderBy(asc(statements.consultationClosesAt))
}

/**
 * Saves an officer's changes to a published statement. A change to its wording (title, summary,
 * text) is a new permanent version and needs a change note; topics, nations and the review date
 * are details kept on the statement, changed in place.
 */
export async function savePublishedStatement(db: Db, input: StatementFields & { actorId: string; statementId: string; changeNote?: string; now?: Date }) {
  const now = input.now ?? new Date()
  const bodyHtml = await renderMarkdown(input.body, { field: 'body' })
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    if (s.status !== 'adopted' && s.status !== 'under_review') throw new DomainError('invalid_state', msg('Only a current published statement can be changed'))
    const reworded = s.title !== input.title || s.summary !== input.summary || s.body !== input.body
    if (reworded && !input.changeNote) throw new DomainError('invalid_input', msg('Say what changed in this version: the note is shown in the public version history'), 'changeNote')
    const version = reworded ? s.version + 1 : s.version
    if (reworded)
      await tx
        .insert(statementVersions)
        .values({ statementId: s.id, version, title: input.title, summary: input.summary, body: input.body, bodyHtml, changeNote: input.changeNote!, createdBy: input.actorId, createdAt: now })
    const [after] = await tx
      .update(statements)
      .set({
        title: input.title,
        summary: input.summary,
        body: input.body,
        bodyHtml,
        ...(reworded ? NO_WELSH : {}),
        topics: input.topics,
        nations: input.nations,
        reviewBy: input.reviewBy,
        version,
        updatedAt: now,
      })
      .where(eq(statements.id, s.id))
      .returning()
    await audit(tx, {
      actorId: input.actorId,
      action: reworded ? 'statement.revise' : 'statement.edit',
      subjectType: 'statement',
      subjectId: s.id,
      before: { version: s.version, reviewBy: s.reviewBy, topics: s.topics },
      after: { version, changeNote: reworded ? input.changeNote : null, reviewBy: after.reviewBy, topics: after.topics },
    })
    return { statement: after, newVersion: reworded ? version : null }
  })
}

/** For the officer dashboard: consultations open now and published statements due for review. */
export async function countStatementsNeedingAttention(db: Db, now = new Date()) {
  const horizon = reviewHorizon(now)
  const [row] = await db
    .select({
      consultations: sql<number>`count(*) filter (where ${statements.status} = 'consultation')::int`,
      reviewDue: sql<number>`count(*) filter (where ${statements.status} in ('adopted', 'under_review') and ${statements.reviewBy} <= ${horizon}::date)::int`,
    })
    .from(statements)
  return row
}

/** One permanent version of a public statement, or null. */
export async function getStatementVersion(db: Db, statementId: string, version: number) {
  const [v] = await db
    .select()
    .from(statementVersions)
    .where(and(eq(statementVersions.statementId, statementId), eq(statementVersions.version, version)))
  return v ?? null
}

/** Whether this person's membership endorses the statement. */
export async function hasEndorsed(db: Db, input: { userId: string; statementId: string }) {
  const [row] = await db
    .select({ at: statementEndorsements.createdAt })
    .from(statementEndorsements)
    .innerJoin(memberships, eq(memberships.id, statementEndorsements.membershipId))
    .where(and(eq(memberships.userId, input.userId), eq(statementEndorsements.statementId, input.statementId)))
  return Boolean(row)
}
