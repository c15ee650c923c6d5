import { PRACTICE_AREAS } from '~/domain/polls/practice-areas.ts'
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm'
import type Stripe from 'stripe'
import type { Db } from '../../../db/client.server.ts'
import { auditLog, memberships, outboxJobs, outboxRecipients, payments, sessions, users } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { getPreferences } from '~/domain/outbox/preferences.server.ts'
import { erasePressDataForUser, pressDataForUser } from '~/domain/press/privacy.server.ts'
import { eraseStatementDataForUser, statementDataForUser } from '~/domain/statements/privacy.server.ts'
import { membershipNumber } from './format.ts'
import { getMembershipForUser } from './join.server.ts'
import { REGULATORS } from './registration.ts'
import { NATIONS, SECTORS } from './schemas.ts'
import { describeError, log } from '~/utils/log.server.ts'
import { msg } from '~/i18n/translate.ts'

/** What outbox recipient rows of an erased person say instead of their address. */
const ERASED_EMAIL = 'erased@invalid'

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null)

/**
 * Everything Chorus holds about a person, as plain JSON (dates as ISO 8601 strings), for them to
 * download. Secrets (password hash, session ids, token hashes) are never included; neither are
 * other people's details (e.g. which officer verified a registration).
 */
export async function exportMemberData(db: Db, userId: string, now = new Date()) {
  const [user] = await db.select().from(users).where(eq(users.id, userId))
  if (!user) throw new DomainError('not_found', msg('There is no account to export.'))
  const m = await getMembershipForUser(db, userId)

  const paid = m ? await db.select().from(payments).where(eq(payments.membershipId, m.id)).orderBy(asc(payments.paidAt)) : []
  const emails = await db
    .select({
      template: outboxJobs.template,
      topic: outboxJobs.topic,
      queuedAt: outboxJobs.createdAt,
      sentAt: outboxJobs.sentAt,
      status: outboxRecipients.status,
      skipReason: outboxRecipients.skipReason,
      to: outboxRecipients.email,
    })
    .from(outboxRecipients)
    .innerJoin(outboxJobs, eq(outboxJobs.id, outboxRecipients.jobId))
    .where(eq(outboxRecipients.userId, userId))
    .orderBy(asc(outboxJobs.createdAt))
  const browsers = await db
    .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt, userAgent: sessions.userAgent })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(asc(sessions.createdAt))
  const subjects = [and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, userId))]
  if (m) subjects.push(and(eq(auditLog.subjectType, 'membership'), eq(auditLog.subjectId, m.id)))
  const records = await db
    .select({ action: auditLog.action, at: auditLog.createdAt })
    .from(auditLog)
    .where(or(eq(auditLog.actorId, userId), ...subjects))
    .orderBy(asc(auditLog.id))
  const statementData = await statementDataForUser(db, { userId, membershipId: m?.id ?? null })
  const pressData = await pressDataForUser(db, { userId, now })

  return {
    exportedAt: now.toISOString(),
    account: {
      name: user.name,
      email: user.email,
      role: user.role,
      createdAt: iso(user.createdAt),
      emailVerifiedAt: iso(user.emailVerifiedAt),
    },
    membership: m
      ? {
          number: membershipNumber(m.number),
          tier: m.tier.name,
          interval: m.interval,
          status: m.status,
          regulator: m.regulator ? REGULATORS[m.regulator].name : null,
          registrationNumber: m.registrationNumber,
          registrationVerifiedAt: iso(m.registrationVerifiedAt),
          registrationRejectedReason: m.registrationRejectedReason,
          nation: m.nation ? NATIONS[m.nation].name : null,
          branch: m.branch,
          sector: m.sector ? (SECTORS[m.sector as keyof typeof SECTORS] ?? m.sector) : null,
          practiceArea: m.practiceArea ? PRACTICE_AREAS[m.practiceArea] : null,
          consentedTermsAt: iso(m.consentedTermsAt),
          currentPeriodEnd: iso(m.currentPeriodEnd),
          cancelAtPeriodEnd: m.cancelAtPeriodEnd,
          joinedAt: iso(m.joinedAt),
          endedAt: iso(m.endedAt),
          createdAt: iso(m.createdAt),
          stripeCustomerId: m.stripeCustomerId,
          stripeSubscriptionId: m.stripeSubscriptionId,
        }
      : null,
    payments: paid.map((p) => ({
      amountPence: p.amountPence,
      currency: p.currency,
      paidAt: iso(p.paidAt),
      paidUntil: iso(p.periodEnd),
      invoiceId: p.stripeInvoiceId,
    })),
    emailPreferences: await getPreferences(db, userId),
    emails: emails.map((e) => ({
      template: e.template,
      topic: e.topic,
      to: e.to,
      queuedAt: iso(e.queuedAt),
      sentAt: e.status === 'sent' ? iso(e.sentAt) : null,
      status: e.status,
      skipReason: e.skipReason,
    })),
    sessions: browsers.map((s) => ({ createdAt: iso(s.createdAt), expiresAt: iso(s.expiresAt), userAgent: s.userAgent })),
    consultationComments: statementData.consultationComments,
    statementEndorsements: statementData.endorsements,
    pressAccount: pressData.pressAccount,
    embargoedBriefingsViewed: pressData.embargoedBriefingsViewed,
    mediaEnquiries: pressData.mediaEnquiries,
    spokesperson: pressData.spokesperson,
    activity: records.map((r) => ({ action: r.action, at: iso(r.at) })),
  }
}

export type MemberDataExport = Awaited<ReturnType<typeof exportMemberData>>

/** Whether what the person typed is their own email address (case and surrounding spaces ignored). */
export function confirmsEmail(typed: unknown, email: string) {
  return typeof typed === 'string' && typed.trim().toLowerCase() === email.trim().toLowerCase()
}

function stripeErrorCode(error: unknown) {
  const e = error as { type?: string; code?: string; raw?: { code?: string } }
  return e?.type === 'StripeInvalidRequestError' ? (e.code ?? e.raw?.code ?? 'invalid_request') : null
}

const paymentsNotStopped = () =>
  new DomainError(
    'invalid_state',
    msg('We could not stop your membership payments with our payment provider, so nothing has been deleted. Try again in a few minutes; if it keeps happening, contact us.'),
  )
const paymentsChanged = () => new DomainError('conflict', msg('Your membership payments changed while we were deleting your account. Nothing has been deleted: try again.'))

/**
 * Makes any checkout the person left open unpayable, so no subscription can start after their
 * account is gone. A checkout completed meanwhile means payments changed: stop and let them retry.
 */
async function expireOpenCheckouts(stripe: Stripe, customerId: string) {
  try {
    for await (const session of stripe.checkout.sessions.list({ customer: customerId, status: 'open', limit: 100 })) {
      await stripe.checkout.sessions.expire(session.id)
    }
  } catch (error) {
    if (stripeErrorCode(error) === 'checkout_session_not_open') {
      throw paymentsChanged()
    }
    log.error({ err: describeError(error) }, 'could not expire open checkouts for account deletion')
    throw paymentsNotStopped()
  }
}

/** Stops the subscription's payments now. A subscription Stripe no longer has, or has already ended, is fine. */
async function cancelSubscription(stripe: Stripe, subscriptionId: string) {
  try {
    await stripe.subscriptions.cancel(subscriptionId)
    return
  } catch (error) {
    const code = stripeErrorCode(error)
    if (code === 'resource_missing') return
    if (!code) {
      log.error({ err: describeError(error) }, 'could not cancel a subscription for account deletion')
      throw paymentsNotStopped()
    }
  }
  // Stripe refused the cancellation (e.g. it has already ended): delete only if payments have stopped.
  try {
    const subscription = await stripe.subscriptions.retrieve(subscriptionId)
    if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') return
  } catch (error) {
    if (stripeErrorCode(error) === 'resource_missing') return
    log.error({ err: describeError(error) }, 'could not check a subscription for account deletion')
  }
  throw paymentsNotStopped()
}

/**
 * Erases a person: stops their dues in Stripe first (so a Stripe failure changes nothing), then in
 * one transaction resigns their membership keeping only what the accounts and ballot integrity
 * need (number, tier, dates, Stripe ids, payments), erases their address from the mail history,
 * removes their statement endorsements, unlinks their consultation comments, removes their press
 * account and alert topics, unlinks their media enquiries, and deletes the account (sessions,
 * tokens, email preferences, embargo views and any spokesperson entry go with it).
 */
export async function deleteAccount(db: Db, stripe: Stripe, input: { userId: string }) {
  const current = await getMembershipForUser(db, input.userId)
  const cancelled = current?.stripeSubscriptionId ?? null
  if (cancelled) await cancelSubscription(stripe, cancelled)
  if (current?.stripeCustomerId) await expireOpenCheckouts(stripe, current.stripeCustomerId)

  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update')
    if (!user) throw new DomainError('not_found', msg('This account has already been deleted.'))
    if (user.role === 'admin') {
      const [other] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'admin'), ne(users.id, user.id)))
        .limit(1)
      if (!other) throw new DomainError('invalid_state', msg('You are the only administrator. Make someone else an administrator before deleting your account.'))
    }
    const [m] = await tx.select().from(memberships).where(eq(memberships.userId, user.id)).for('update')
    if (m?.stripeSubscriptionId && m.stripeSubscriptionId !== cancelled) {
      // A checkout finished between our Stripe call and now: its subscription is still live.
      throw paymentsChanged()
    }
    const now = new Date()
    if (m) {
      await tx
        .update(memberships)
        .set({
          status: 'resigned',
          endedAt: m.endedAt ?? now,
          regulator: null,
          registrationNumber: null,
          registrationVerifiedAt: null,
          registrationVerifiedBy: null,
          registrationRejectedReason: null,
          nation: null,
          branch: null,
          sector: null,
          practiceArea: null,
          updatedAt: now,
        })
        .where(eq(memberships.id, m.id))
    }

    await eraseStatementDataForUser(tx, { userId: user.id, membershipId: m?.id ?? null })
    await erasePressDataForUser(tx, { userId: user.id })

    // Emails addressed to this person alone may carry their details in the job's data.
    const theirs = tx.select({ jobId: outboxRecipients.jobId }).from(outboxRecipients).where(eq(outboxRecipients.userId, user.id))
    const someoneElse = tx
      .select({ jobId: outboxRecipients.jobId })
      .from(outboxRecipients)
      .where(and(inArray(outboxRecipients.jobId, theirs), sql`${outboxRecipients.userId} is distinct from ${user.id}`))
    await tx
      .update(outboxJobs)
      .set({ data: { erased: true } })
      .where(and(inArray(outboxJobs.id, theirs), sql`${outboxJobs.id} not in ${someoneElse}`))
    await tx
      .update(outboxRecipients)
      .set({ status: 'skipped', skipReason: 'account deleted' })
      .where(and(eq(outboxRecipients.userId, user.id), eq(outboxRecipients.status, 'pending')))
    await tx.update(outboxRecipients).set({ email: ERASED_EMAIL, name: null, personal: null }).where(eq(outboxRecipients.userId, user.id))

    await audit(tx, {
      actorId: null,
      action: 'account.delete',
      subjectType: 'membership',
      subjectId: m?.id ?? null,
      after: { membershipNumber: m ? membershipNumber(m.number) : null },
    })
    try {
      await tx.delete(users).where(eq(users.id, user.id))
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === '23503') {
        // A table that points at users without ON DELETE: the whole transaction rolls back.
        log.error({ err: describeError(error) }, 'account deletion blocked by a reference to the user')
        throw new DomainError('invalid_state', msg('We could not delete everything on this account automatically. Nothing has been deleted: contact us and we will do it for you.'))
      }
      throw error
    }
    return { membershipNumber: m ? membershipNumber(m.number) : null }
  })
}
