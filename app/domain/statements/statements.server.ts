import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { ballots, consultationComments, memberships, statementEndorsements, statements, statementVersions, type Statement } from '../../../db/schema/index.ts'
import type { Locale } from '~/i18n/locale.ts'
import { audit } from '~/domain/audit.server.ts'
import { consumeRateLimits } from '~/domain/auth/rate-limit.server.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { DomainError } from '~/domain/errors.ts'
import { createBallot, scheduleBallot } from '~/domain/voting/ballots.server.ts'
import { isSlug, slugify } from './diff.ts'
import { mailConsultationOpened, mailStatementPublished } from './mail.server.ts'
import { renderMarkdown } from './markdown.server.ts'
import { isPublic, nextStatementStatus, type StatementEvent } from './status.ts'

export interface StatementFields {
  title: string
  summary: string
  body: string
  topics: string[]
  nations: ('england' | 'scotland' | 'wales' | 'northern_ireland')[]
  reviewBy: string | null
}

/** A new English wording leaves the Welsh of the old one behind (app/domain/statements/welsh.server.ts). */
export const NO_WELSH = { titleCy: null, summaryCy: null, bodyCy: null, bodyHtmlCy: null }

async function lockStatement(tx: Db, id: string) {
  const [s] = await tx.select().from(statements).where(eq(statements.id, id)).for('update')
  if (!s) throw new DomainError('not_found', msg('No such statement'))
  return s
}

function move(s: Statement, event: StatementEvent) {
  const next = nextStatementStatus(s.status, event)
  if (!next) throw new DomainError('invalid_state', msg('A statement that is {status, select, under_review {under review} other {{status}}} cannot do that'), undefined, { status: s.status })
  return next
}

/** The statement's text as stored HTML, rendered once here; a text that cannot be rendered is refused and nothing is saved. */
function renderStatementBody(body: string) {
  return renderMarkdown(body, { field: 'body' })
}

export async function createStatement(db: Db, input: StatementFields & { actorId: string }) {
  const bodyHtml = await renderStatementBody(input.body)
  return db.transaction(async (tx) => {
    const base = slugify(input.title)
    const taken = await tx
      .select({ slug: statements.slug })
      .from(statements)
      .where(sql`${statements.slug} = ${base} or ${statements.slug} like ${`${base}-%`}`)
    const used = new Set(taken.map((t) => t.slug))
    let slug = base
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
    const [s] = await tx
      .insert(statements)
      .values({ ...input, bodyHtml, slug, createdBy: input.actorId })
      .returning()
    await audit(tx, { actorId: input.actorId, action: 'statement.create', subjectType: 'statement', subjectId: s.id, after: { title: s.title, slug } })
    return s
  })
}

/** Drafts and statements under consultation are edited in place; once adopted, changes are new versions. */
export async function editDraft(db: Db, input: StatementFields & { actorId: string; statementId: string }) {
  const bodyHtml = await renderStatementBody(input.body)
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    if (s.status !== 'draft' && s.status !== 'consultation') throw new DomainError('invalid_state', msg('An adopted statement is changed by publishing a new version'))
    if (s.adoptionBallotId) throw new DomainError('invalid_state', msg('Members are voting on this wording, so it cannot change until the vote is counted'))
    const { actorId, statementId, ...fields } = input
    const [after] = await tx
      .update(statements)
      .set({ ...fields, bodyHtml, updatedAt: new Date() })
      .where(eq(statements.id, s.id))
      .returning()
    await audit(tx, { actorId, action: 'statement.edit', subjectType: 'statement', subjectId: statementId, before: { title: s.title }, after: { title: after.title } })
    return after
  })
}

/** Opens a draft for members' comments until `closesAt`; members who want to hear about consultations are emailed. */
export async function openConsultation(db: Db, input: { actorId: string; statementId: string; closesAt: Date; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  if (input.closesAt <= now) throw new DomainError('invalid_input', msg('The consultation must close in the future'), 'closesAt')
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    const status = move(s, 'open_consultation')
    await tx.update(statements).set({ status, consultationClosesAt: input.closesAt, updatedAt: now }).where(eq(statements.id, s.id))
    await audit(tx, { actorId: input.actorId, action: 'statement.consultation_open', subjectType: 'statement', subjectId: s.id, after: { closesAt: input.closesAt } })
    await mailConsultationOpened(tx, s, { closesAt: input.closesAt, baseUrl: input.baseUrl })
  })
}

/** Any member may comment while the consultation is open, whether or not they can vote. */
export async function commentOnConsultation(db: Db, input: { userId: string; statementId: string; body: string; now?: Date }) {
  const now = input.now ?? new Date()
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, input.userId), sql`${memberships.status} <> 'resigned'`))
  if (!member) throw new DomainError('forbidden', msg('Only members can comment on a consultation. Join Chorus to take part.'))
  const [s] = await db.select().from(statements).where(eq(statements.id, input.statementId))
  if (!s) throw new DomainError('not_found', msg('No such statement'))
  if (s.status !== 'consultation' || (s.consultationClosesAt && s.consultationClosesAt <= now)) throw new DomainError('invalid_state', msg('This consultation is closed'))
  // Generous for a person with a lot to say; a stop for a script.
  await consumeRateLimits(db, [{ key: `comment:user:${input.userId}`, max: 30, windowSeconds: 3600 }], now)
  const [comment] = await db.insert(consultationComments).values({ statementId: s.id, userId: input.userId, body: input.body }).returning()
  return comment
}

export async function markCommentAddressed(db: Db, input: { actorId: string; commentId: string }) {
  return db.transaction(async (tx) => {
    const [c] = await tx.update(consultationComments).set({ addressedAt: new Date(), addressedBy: input.actorId }).where(eq(consultationComments.id, input.commentId)).returning()
    if (!c) throw new DomainError('not_found', msg('No such comment'))
    await audit(tx, { actorId: input.actorId, action: 'statement.comment_addressed', subjectType: 'consultation_comment', subjectId: c.id })
  })
}

export async function closeConsultation(db: Db, input: { actorId: string; statementId: string }) {
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    const status = move(s, 'close_consultation')
    await tx.update(statements).set({ status, updatedAt: new Date() }).where(eq(statements.id, s.id))
    await audit(tx, { actorId: input.actorId, action: 'statement.consultation_close', subjectType: 'statement', subjectId: s.id })
  })
}

/** Adopts and publishes: the current wording becomes a permanent version. */
async function adopt(tx: Db, s: Statement, input: { actorId: string | null; via: 'officer' | 'ballot'; ballotId?: string; now: Date; baseUrl: string }) {
  const status = move(s, 'adopt')
  const [{ latest }] = await tx
    .select({ latest: sql<number>`coalesce(max(${statementVersions.version}), 0)::int` })
    .from(statementVersions)
    .where(eq(statementVersions.statementId, s.id))
  const version = latest + 1
  // A row saved before HTML was stored is rendered now: if it cannot be, nothing is published.
  const bodyHtml = s.bodyHtml ?? (await renderStatementBody(s.body))
  const welsh = { titleCy: s.titleCy, summaryCy: s.summaryCy, bodyCy: s.bodyCy, bodyHtmlCy: s.bodyHtmlCy }
  await tx.insert(statementVersions).values({
    statementId: s.id,
    version,
    title: s.title,
    summary: s.summary,
    body: s.body,
    bodyHtml,
    ...welsh,
    changeNote: version === 1 ? msg('First published') : msg('Adopted again after review'),
    createdBy: input.actorId,
  })
  await tx.update(statements).set({ status, version, bodyHtml, adoptedAt: input.now, updatedAt: input.now }).where(eq(statements.id, s.id))
  await audit(tx, { actorId: input.actorId, action: 'statement.adopt', subjectType: 'statement', subjectId: s.id, after: { via: input.via, ballotId: input.ballotId ?? null, version } })
  if (version === 1) await mailStatementPublished(tx, s, { baseUrl: input.baseUrl, via: input.via })
}

export async function publishStatement(db: Db, input: { actorId: string; statementId: string; baseUrl: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    if (s.adoptionBallotId) throw new DomainError('invalid_state', msg('Members are voting on this statement; it is published by itself if the motion passes'))
    return adopt(tx, s, { actorId: input.actorId, via: 'officer', now: input.now ?? new Date(), baseUrl: input.baseUrl })
  })
}

/** Puts a statement to the members as a motion; the worker publishes it if the motion passes. */
export async function putStatementToVote(db: Db, input: { actorId: string; statementId: string; opensAt: Date; closesAt: Date; threshold: 'simple' | 'two_thirds' }) {
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    move(s, 'adopt')
    if (s.adoptionBallotId) throw new DomainError('invalid_state', msg('This statement is already going to a vote'))
    const ballot = await createBallot(tx, {
      actorId: input.actorId,
      kind: 'motion',
      title: translate('en', 'Adopt the position statement: {title}', { title: s.title }),
      description: translate('en', '{summary}\n\nThe full text is at /statements/{slug}.', { summary: s.summary, slug: s.slug }),
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      threshold: input.threshold,
    })
    await scheduleBallot(tx, { ballotId: ballot.id, actorId: input.actorId })
    await tx.update(statements).set({ adoptionBallotId: ballot.id, updatedAt: new Date() }).where(eq(statements.id, s.id))
    await audit(tx, { actorId: input.actorId, action: 'statement.put_to_vote', subjectType: 'statement', subjectId: s.id, after: { ballotId: ballot.id } })
    return ballot
  })
}

/** The worker's part: once a statement's vote is counted, publish it if the motion passed, or return it to draft. */
export async function settleStatementVotes(db: Db, input: { baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  const waiting = await db
    .select({ id: statements.id })
    .from(statements)
    .innerJoin(ballots, eq(ballots.id, statements.adoptionBallotId))
    .where(and(isNotNull(ballots.countedAt), sql`${statements.status} in ('draft', 'consultation')`))
  for (const { id } of waiting) {
    await db.transaction(async (tx) => {
      const s = await lockStatement(tx, id)
      if (s.status !== 'draft' && s.status !== 'consultation') return
      const [ballot] = await tx.select().from(ballots).where(eq(ballots.id, s.adoptionBallotId!))
      if ((ballot.result as { passed?: boolean } | null)?.passed) {
        await adopt(tx, s, { actorId: null, via: 'ballot', ballotId: ballot.id, now, baseUrl: input.baseUrl })
      } else {
        await tx.update(statements).set({ status: 'draft', adoptionBallotId: null, updatedAt: now }).where(eq(statements.id, s.id))
        await audit(tx, { actorId: null, action: 'statement.vote_failed', subjectType: 'statement', subjectId: s.id, after: { ballotId: ballot.id } })
      }
    })
  }
  return waiting.length
}

/** A change to an adopted statement: a new permanent version with a note saying what changed. */
export async function reviseStatement(db: Db, input: { actorId: string; statementId: string; title: string; summary: string; body: string; changeNote: string }) {
  const bodyHtml = await renderStatementBody(input.body)
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    if (s.status !== 'adopted' && s.status !== 'under_review') throw new DomainError('invalid_state', msg('Only an adopted statement gets new versions; edit the draft instead'))
    const version = s.version + 1
    await tx
      .insert(statementVersions)
      .values({ statementId: s.id, version, title: input.title, summary: input.summary, body: input.body, bodyHtml, changeNote: input.changeNote, createdBy: input.actorId })
    // The Welsh translated the old wording: it waits to be written again for the new one.
    await tx
      .update(statements)
      .set({ title: input.title, summary: input.summary, body: input.body, bodyHtml, ...NO_WELSH, version, updatedAt: new Date() })
      .where(eq(statements.id, s.id))
    await audit(tx, { actorId: input.actorId, action: 'statement.revise', subjectType: 'statement', subjectId: s.id, before: { version: s.version }, after: { version, changeNote: input.changeNote } })
    return version
  })
}

/** A member stands behind a published statement; once each, enforced by the table's key. */
export async function endorseStatement(db: Db, input: { userId: string; statementId: string }) {
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, input.userId), sql`${memberships.status} in ('active', 'past_due')`))
  if (!member) throw new DomainError('forbidden', msg('Only members in good standing can endorse statements.'))
  return db.transaction(async (tx) => {
    const s = await lockStatement(tx, input.statementId)
    if (s.status !== 'adopted' && s.status !== 'under_review') throw new DomainError('invalid_state', msg('Only a current statement can be endorsed'))
    const [added] = await tx.insert(statementEndorsements).values({ statementId: s.id, membershipId: member.id }).onConflictDoNothing().returning()
    if (!added) return s.endorsementCount
    const [updated] = await tx
      .update(statements)
      .set({ endorsementCount: sql`${statements.endorsementCount} + 1` })
      .where(eq(statements.id, s.id))
      .returning()
    return updated.endorsementCount
  })
}

export async function withdrawEndorsement(db: Db, input: { userId: string; statementId: string }) {
  const [member] = await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, input.userId))
  if (!member) return
  await db.transaction(async (tx) => {
    await lockStatement(tx, input.statementId)
    const removed = await tx
      .delete(statementEndorsements)
      .where(and(eq(statementEndorsements.statementId, input.statementId), eq(statementEndorsements.membershipId, member.id)))
      .returning()
    if (removed.length)
      await tx
        .update(statements)
        .set({ endorsementCount: sql`${statements.endorsementCount} - 1` })
        .where(eq(statements.id, input.statementId))
  })
}

/** Endorsements by the nation each endorsing member works in. */
export async function endorsementsByNation(db: Db, statementId: string) {
  const rows = await db
    .select({ nation: memberships.nation, n: sql<number>`count(*)::int` })
    .from(statementEndorsements)
    .innerJoin(memberships, eq(memberships.id, statementEndorsements.membershipId))
    .where(eq(statementEndorsements.statementId, statementId))
    .groupBy(memberships.nation)
  return Object.fromEntries(rows.map((r) => [r.nation ?? 'unknown', r.n]))
}

/** Published statements, best match first when searching (PostgreSQL full-text search). */
/**
 * Published statements, best match first when searching. On Welsh pages a search looks in the Welsh
 * versions too (word for word, accents folded: PostgreSQL has no Welsh stemmer) and the list shows
 * each statement's Welsh title and summary where there is one.
 */
export async function searchStatements(db: Db, input: { q?: string; topic?: string; locale?: Locale }) {
  const text = input.q?.trim().slice(0, 200)
  const english = text ? sql`websearch_to_tsquery('english', ${text})` : null
  const welsh = text && input.locale === 'cy' ? sql`websearch_to_tsquery('simple', chorus_unaccent(${text}))` : null
  const matches = english ? (welsh ? sql`(${statements.search} @@ ${english} or ${statements.searchCy} @@ ${welsh})` : sql`${statements.search} @@ ${english}`) : undefined
  const rank = english
    ? welsh
      ? sql<number>`greatest(ts_rank(${statements.search}, ${english}), ts_rank(${statements.searchCy}, ${welsh}))`
      : sql<number>`ts_rank(${statements.search}, ${english})`
    : sql<number>`0`
  const inWelsh = input.locale === 'cy'
  const rows = await db
    .select({
      id: statements.id,
      slug: statements.slug,
      title: inWelsh ? sql<string>`coalesce(${statements.titleCy}, ${statements.title})` : statements.title,
      summary: inWelsh ? sql<string>`coalesce(${statements.summaryCy}, ${statements.summary})` : statements.summary,
      status: statements.status,
      topics: statements.topics,
      adoptedAt: statements.adoptedAt,
      endorsementCount: statements.endorsementCount,
      rank,
    })
    .from(statements)
    .where(and(sql`${statements.status} in ('adopted', 'under_review', 'superseded', 'withdrawn')`, matches, input.topic ? sql`${input.topic} = any(${statements.topics})` : undefined))
    .orderBy(english ? desc(rank) : desc(statements.adoptedAt))
    .limit(100)
  return rows
}

export async function getPublicStatement(db: Db, slug: string) {
  if (!isSlug(slug)) return null
  const [s] = await db.select().from(statements).where(eq(statements.slug, slug))
  return s && isPublic(s.status) ? s : null
}

export function listVersions(db: Db, statementId: string) {
  return db.select().from(statementVersions).where(eq(statementVersions.statementId, statementId)).orderBy(asc(statementVersions.version))
}
