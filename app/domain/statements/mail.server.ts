import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { emailPreferences, memberships, outboxJobs, statements, users, type Statement } from '../../../db/schema/index.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { reviewHorizon } from './review.ts'
import { msg } from '~/i18n/translate.ts'

/** Current members who have not turned this optional topic off. */
function membersWanting(tx: Db, topic: 'consultations' | 'statements') {
  return tx
    .select({ email: users.email, name: users.name, userId: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.status, ['active', 'past_due']), sql`not exists (select 1 from ${emailPreferences} p where p.user_id = ${users.id} and p.topic = ${topic} and not p.subscribed)`))
}

/**
 * Tells current members who have not turned off the consultations topic that a draft is open for
 * comment: one rendering for everyone, in the caller's transaction. The key is per statement, so
 * reopening a consultation (or a retry) mails nobody twice.
 */
export async function mailConsultationOpened(tx: Db, s: Statement, input: { closesAt: Date; baseUrl: string }) {
  const to = await membersWanting(tx, 'consultations')
  return enqueueEmail(tx, {
    template: 'consultation-open',
    topic: 'consultations',
    to,
    data: { title: s.title, summary: s.summary, consultationUrl: `${input.baseUrl}/statements/${s.slug}/consultation`, closes: input.closesAt.toISOString() },
    dedupeKey: `consultation-open:${s.id}`,
  })
}

/** Announces a statement's first publication to members who chose the statements topic; once per statement. */
export async function mailStatementPublished(tx: Db, s: Statement, input: { baseUrl: string; via: 'officer' | 'ballot' }) {
  const to = await membersWanting(tx, 'statements')
  return enqueueEmail(tx, {
    template: 'statement-published',
    topic: 'statements',
    to,
    data: { title: s.title, summary: s.summary, statementUrl: `${input.baseUrl}/statements/${s.slug}`, adoptedBy: input.via === 'ballot' ? msg('a vote of members') : msg('its officers') },
    dedupeKey: `statement-published:${s.id}`,
  })
}

/**
 * Emails every officer and admin about each published statement whose review date is within
 * 30 days (or past): once per statement and review date, so moving the date brings a new reminder.
 */
export async function remindStatementReviews(db: Db, input: { baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  const horizon = reviewHorizon(now)
  const due = await db
    .select()
    .from(statements)
    .where(
      and(
        inArray(statements.status, ['adopted', 'under_review']),
        sql`${statements.reviewBy} is not null and ${statements.reviewBy} <= ${horizon}::date`,
        // Already queued for this date: skip without writing (the dedupe key would refuse it anyway).
        sql`not exists (select 1 from ${outboxJobs} j where j.dedupe_key = 'statement-review:' || ${statements.id} || ':' || ${statements.reviewBy} || ':0')`,
      ),
    )
  if (due.length === 0) return 0
  const officers = await db
    .select({ email: users.email, name: users.name, userId: users.id })
    .from(users)
    .where(inArray(users.role, ['officer', 'admin']))
  let queued = 0
  for (const s of due) {
    // A calendar day, as noon of it: each copy writes it in its own language.
    const reviewBy = `${s.reviewBy}T12:00:00Z`
    const result = await db.transaction((tx) =>
      enqueueEmail(tx, {
        template: 'statement-review-due',
        to: officers,
        data: { title: s.title, reviewBy, officerUrl: `${input.baseUrl}/officer/statements/${s.id}`, statementUrl: `${input.baseUrl}/statements/${s.slug}` },
        dedupeKey: `statement-review:${s.id}:${s.reviewBy}`,
      }),
    )
    queued += result.jobs
  }
  return queued
}
