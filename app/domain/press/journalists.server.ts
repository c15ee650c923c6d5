import { and, asc, eq, isNotNull, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { journalistAlertTopics, journalists, users, type AlertLanguage, type Role } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { issueToken, tellOwnerOfExistingAccount } from '~/domain/auth/accounts.server.ts'
import { evenly } from '~/domain/auth/evenly.server.ts'
import { hashPassword } from '~/domain/auth/password.server.ts'
import { admit, mailThrottles } from '~/domain/auth/throttle.server.ts'
import { DomainError } from '~/domain/errors.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import type { Viewer } from './embargo.ts'
import { isPressTopic, type PressTopic } from './topics.ts'

export interface JournalistRegistration {
  name: string
  email: string
  password: string
  outlet: string
  jobTitle: string
  beats: PressTopic[]
}

/**
 * A press account: a journalist user, pending until an officer approves it; the work email is
 * confirmed first. Like the sign-up form, the answer is the same whether or not the address has an
 * account (its owner is emailed instead), and takes as long.
 */
export async function registerJournalist(db: Db, input: JournalistRegistration & { ip: string; baseUrl: string }) {
  return evenly(async () => {
    await admit(db, mailThrottles('signup', { email: input.email, address: input.ip }))
    const passwordHash = await hashPassword(input.password)
    return db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ name: input.name, email: input.email.toLowerCase(), passwordHash, role: 'journalist' }).onConflictDoNothing().returning()
      if (!user) {
        await tellOwnerOfExistingAccount(tx, { email: input.email, baseUrl: input.baseUrl })
        return { created: false as const }
      }
      await tx.insert(journalists).values({ userId: user.id, outlet: input.outlet, jobTitle: input.jobTitle, workEmail: user.email, beats: input.beats })
      await alertOnBeats(tx, { userId: user.id, beats: input.beats })
      const token = await issueToken(tx, { userId: user.id, purpose: 'verify_email' })
      await enqueueEmail(tx, {
        template: 'verify-email',
        to: { email: user.email, name: user.name, userId: user.id },
        data: { verifyUrl: `${input.baseUrl}/verify-email?token=${encodeURIComponent(token)}` },
      })
      return { created: true as const, user, verifyToken: token }
    })
  })
}

export async function getJournalist(db: Db, userId: string) {
  const [row] = await db.select({ j: journalists, locale: users.locale }).from(journalists).innerJoin(users, eq(users.id, journalists.userId)).where(eq(journalists.userId, userId))
  if (!row) return null
  const topics = await db.select({ topic: journalistAlertTopics.topic }).from(journalistAlertTopics).where(eq(journalistAlertTopics.userId, userId))
  return { ...row.j, alertTopics: topics.map((t) => t.topic), alertLanguageInUse: alertLanguageOf(row.j.alertLanguage, row.locale) }
}

/**
 * The language a journalist's alerts come in: the one they chose for alerts; until they choose,
 * their account's language (what they read Chorus in), and both, Welsh first, when that is not
 * known either — Welsh is never left out by default.
 */
function alertLanguageOf(chosen: AlertLanguage | null, accountLocale: string | null): AlertLanguage {
  return chosen ?? (accountLocale === 'cy' || accountLocale === 'en' ? accountLocale : 'both')
}

/** An approved journalist chooses the language of their alerts and of the notices that follow them. */
export async function setAlertLanguage(db: Db, input: { userId: string; language: AlertLanguage }) {
  return db.transaction(async (tx) => {
    const [j] = await tx.select().from(journalists).where(eq(journalists.userId, input.userId)).for('update')
    if (!j) throw new DomainError('not_found', msg('You do not have a press account'))
    if (j.status !== 'approved') throw new DomainError('forbidden', msg('You can choose the language of your alerts once your press account is approved'))
    await tx.update(journalists).set({ alertLanguage: input.language }).where(eq(journalists.userId, j.userId))
  })
}

/** Press accounts waiting for a decision whose owners have confirmed their work email, oldest first. */
export function listJournalistQueue(db: Db) {
  return db
    .select({
      userId: journalists.userId,
      name: users.name,
      email: users.email,
      outlet: journalists.outlet,
      jobTitle: journalists.jobTitle,
      beats: journalists.beats,
      createdAt: journalists.createdAt,
    })
    .from(journalists)
    .innerJoin(users, eq(users.id, journalists.userId))
    .where(and(eq(journalists.status, 'pending'), isNotNull(users.emailVerifiedAt)))
    .orderBy(asc(journalists.createdAt))
}

export function listApprovedJournalists(db: Db) {
  return db
    .select({ userId: journalists.userId, name: users.name, outlet: journalists.outlet, decidedAt: journalists.decidedAt })
    .from(journalists)
    .innerJoin(users, eq(users.id, journalists.userId))
    .where(eq(journalists.status, 'approved'))
    .orderBy(asc(users.name))
}

/** An officer approves or declines a press account; the journalist is told by email either way. */
export async function decideJournalist(db: Db, input: { officerId: string; userId: string; decision: 'approve' | 'decline'; reason?: string; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [j] = await tx.select().from(journalists).where(eq(journalists.userId, input.userId)).for('update')
    if (!j) throw new DomainError('not_found', msg('No such press account'))
    if (j.status !== 'pending') throw new DomainError('invalid_state', j.status === 'approved' ? msg('This press account was already approved') : msg('This press account was already declined'))
    const [user] = await tx.select().from(users).where(eq(users.id, j.userId))
    if (!user.emailVerifiedAt) throw new DomainError('invalid_state', msg('The journalist has not confirmed their work email yet'))
    const status = input.decision === 'approve' ? ('approved' as const) : ('declined' as const)
    const reason = input.decision === 'decline' ? (input.reason ?? '').trim() : ''
    if (input.decision === 'decline' && reason.length < 10) throw new DomainError('invalid_input', msg('Say why the account cannot be approved, in a sentence the journalist can act on'), 'reason')
    await tx
      .update(journalists)
      .set({ status, decidedBy: input.officerId, decidedAt: now, declineReason: reason || null })
      .where(eq(journalists.userId, j.userId))
    if (status === 'approved' && j.alertAllTopics) {
      // Accounts registered before beats became alert topics: their beats apply from approval.
      const chosen = await tx.select({ topic: journalistAlertTopics.topic }).from(journalistAlertTopics).where(eq(journalistAlertTopics.userId, j.userId)).limit(1)
      if (chosen.length === 0) await alertOnBeats(tx, { userId: j.userId, beats: j.beats.filter(isPressTopic) })
    }
    await enqueueEmail(tx, {
      template: 'press-account-decision',
      to: { email: user.email, name: user.name, userId: user.id },
      data: { approved: status === 'approved', outlet: j.outlet, reason, nextUrl: status === 'approved' ? `${input.baseUrl}/press/alerts` : `${input.baseUrl}/press` },
    })
    await audit(tx, {
      actorId: input.officerId,
      action: `journalist.${input.decision}`,
      subjectType: 'journalist',
      subjectId: j.userId,
      before: { status: j.status },
      after: { status, reason: reason || null },
    })
    return status
  })
}

/**
 * A journalist is alerted on the beats they said they cover unless they choose otherwise on
 * /press/alerts; with no beats, on every topic.
 */
async function alertOnBeats(db: Db, input: { userId: string; beats: PressTopic[] }) {
  const beats = [...new Set(input.beats)]
  if (beats.length === 0) return
  await db.update(journalists).set({ alertAllTopics: false }).where(eq(journalists.userId, input.userId))
  await db
    .insert(journalistAlertTopics)
    .values(beats.map((topic) => ({ userId: input.userId, topic })))
    .onConflictDoNothing()
}

/** An approved journalist's alert topics: every topic, or the ones chosen. */
export async function setAlertTopics(db: Db, input: { userId: string; all: boolean; topics: PressTopic[] }) {
  return db.transaction(async (tx) => {
    const [j] = await tx.select().from(journalists).where(eq(journalists.userId, input.userId)).for('update')
    if (!j) throw new DomainError('not_found', msg('You do not have a press account'))
    if (j.status !== 'approved') throw new DomainError('forbidden', msg('You can choose alert topics once your press account is approved'))
    if (!input.all && input.topics.length === 0) throw new DomainError('invalid_input', msg('Choose at least one topic, or all topics'), 'topics')
    await tx.update(journalists).set({ alertAllTopics: input.all }).where(eq(journalists.userId, j.userId))
    await tx.delete(journalistAlertTopics).where(eq(journalistAlertTopics.userId, j.userId))
    if (!input.all) await tx.insert(journalistAlertTopics).values([...new Set(input.topics)].map((topic) => ({ userId: j.userId, topic })))
  })
}

/** Who is looking, for the embargo rules. */
export async function viewerFor(db: Db, user: { id: string; role: Role } | null): Promise<Viewer & { userId?: string; name?: string; outlet?: string }> {
  if (!user) return { kind: 'anonymous' }
  if (user.role === 'admin') return { kind: 'admin', userId: user.id }
  if (user.role === 'officer') return { kind: 'officer', userId: user.id }
  if (user.role === 'journalist') {
    const [row] = await db
      .select({ status: journalists.status, outlet: journalists.outlet, name: users.name, verified: sql<boolean>`${users.emailVerifiedAt} is not null` })
      .from(journalists)
      .innerJoin(users, eq(users.id, journalists.userId))
      .where(eq(journalists.userId, user.id))
    if (!row) return { kind: 'journalist', status: 'pending', userId: user.id }
    return { kind: 'journalist', status: row.verified ? row.status : 'pending', userId: user.id, name: row.name, outlet: row.outlet }
  }
  return { kind: 'member', userId: user.id }
}
