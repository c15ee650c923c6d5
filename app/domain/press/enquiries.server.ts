import { aliasedTable, and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { journalists, mediaEnquiries, spokespeople, users, type MediaEnquiry } from '../../../db/schema/index.ts'
import { formatLondon } from '~/utils/london-time.ts'
import { audit } from '~/domain/audit.server.ts'
import { consumeRateLimits, type Limit } from '~/domain/auth/rate-limit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { isUuid } from '~/domain/ids.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { describeDeadline, ENQUIRY_STATUS_LABELS, isEnquiryClosed, nextEnquiryStatus, type EnquiryEvent } from './enquiry-status.ts'
import type { EnquiryInput } from './contact-schemas.ts'
import { getJournalist } from './journalists.server.ts'
import { activeSpokespeopleByUser } from './spokespeople.server.ts'

const ENQUIRY_LIMITS = {
  /** The public form, and press accounts not yet approved with a confirmed address: per client address. */
  perClient: { max: 5, windowSeconds: 60 * 60 },
  /** A press account not yet approved with a confirmed address, wherever it connects from. */
  perUnconfirmedAccount: { max: 5, windowSeconds: 60 * 60 },
  /** An approved press account with a confirmed address. */
  perJournalist: { max: 30, windowSeconds: 60 * 60 },
  /** Receipts to any one address: more enquiries naming it are taken, but not acknowledged again. */
  receiptsPerAddress: { max: 3, windowSeconds: 24 * 60 * 60 },
  /** Receipts to addresses their senders have not confirmed, from everyone: past it, enquiries are still taken. */
  receiptsToUnconfirmed: { max: 200, windowSeconds: 60 * 60 },
  /** Deadlines further out than this are almost always a typing slip. */
  maxDeadlineDays: 92,
} as const

/** How often officers hear of new enquiries at most: one digest, never one email per enquiry. */
const DIGEST_EVERY_MINUTES = 15

/** `Enquiry 12` (Welsh: `Ymholiad 12`). Emails are written in English for now. */
export const enquiryReference = (e: Pick<MediaEnquiry, 'number'>, locale: Locale = 'en') => translate(locale, msg('Enquiry {n}'), { n: String(e.number) })
const enquirer = (e: Pick<MediaEnquiry, 'name' | 'outlet'>) => `${e.name} (${e.outlet})`

/** A press account officers approved, whose sign-in address is confirmed: trusted with a higher limit. */
async function trustedJournalist(db: Db, userId: string | null | undefined) {
  if (!userId) return null
  const [row] = await db
    .select({ email: users.email, workEmail: journalists.workEmail })
    .from(users)
    .innerJoin(journalists, eq(journalists.userId, users.id))
    .where(and(eq(users.id, userId), eq(journalists.status, 'approved'), isNotNull(users.emailVerifiedAt)))
  return row ?? null
}

/**
 * Every limit on taking an enquiry, in one place. Limits are per client (address, or account),
 * never one shared bucket a single client could use up for everyone.
 */
async function consumeEnquiryLimits(db: Db, input: { ip: string; userId: string | null; confirmedAccount: boolean; trusted: boolean; now: Date }) {
  if (input.userId && input.trusted) return consumeRateLimits(db, [{ key: `enquiry:user:${input.userId}`, ...ENQUIRY_LIMITS.perJournalist }], input.now)
  // Someone signed in with a confirmed address is counted by account, so people behind one
  // address (an office, a proxy) do not use up each other's enquiries; anyone else shares their
  // address's allowance, however many unconfirmed accounts they make.
  if (input.userId && input.confirmedAccount) return consumeRateLimits(db, [{ key: `enquiry:user:${input.userId}`, ...ENQUIRY_LIMITS.perUnconfirmedAccount }], input.now)
  const limits: Limit[] = [{ key: `enquiry:ip:${input.ip}`, ...ENQUIRY_LIMITS.perClient }]
  if (input.userId) limits.push({ key: `enquiry:user:${input.userId}`, ...ENQUIRY_LIMITS.perUnconfirmedAccount })
  return consumeRateLimits(db, limits, input.now)
}

/**
 * Whether a receipt may go to this address now (always, to the sender's own confirmed address);
 * running out stops the receipt, never the enquiry.
 */
async function mayAcknowledge(db: Db, input: { email: string; confirmed: boolean; now: Date }) {
  if (input.confirmed) return true
  try {
    await consumeRateLimits(
      db,
      [
        { key: `enquiry-receipt:to:${input.email}`, ...ENQUIRY_LIMITS.receiptsPerAddress },
        { key: 'enquiry-receipt:unconfirmed', ...ENQUIRY_LIMITS.receiptsToUnconfirmed },
      ],
      input.now,
    )
    return true
  } catch (error) {
    if (error instanceof DomainError && error.code === 'rate_limited') return false
    throw error
  }
}

/**
 * A question for the press office, from a signed-in journalist or the public form. Bad input
 * writes nothing; valid submissions count against the limits. The enquirer gets a receipt: with
 * their question when they sent it signed in from the address it goes to (their confirmed account
 * address, or the work address officers approved), otherwise one carrying none of the sender's
 * words, so the form cannot be used to send text to strangers. Officers see it in the queue and
 * in the next digest.
 */
export async function submitEnquiry(
  db: Db,
  input: EnquiryInput & { ip: string; journalistUserId?: string | null; sender?: { userId: string; confirmed: boolean } | null; baseUrl: string; now?: Date; locale?: Locale },
) {
  /** Sent from a Welsh page, the receipt is in Welsh (a user's own language choice comes first). */
  const lang = input.locale ? { locale: input.locale } : {}
  const now = input.now ?? new Date()
  if (input.deadline <= now) throw new DomainError('invalid_input', msg('Your deadline must be in the future'), 'deadline')
  if (input.deadline.getTime() > now.getTime() + ENQUIRY_LIMITS.maxDeadlineDays * 86_400_000) throw new DomainError('invalid_input', msg('Enter a deadline within the next three months'), 'deadline')
  let requested: { id: string; name: string } | undefined
  if (input.spokespersonId) {
    ;[requested] = await db
      .select({ id: spokespeople.id, name: spokespeople.displayName })
      .from(spokespeople)
      .where(and(eq(spokespeople.id, input.spokespersonId), eq(spokespeople.active, true)))
    if (!requested) throw new DomainError('invalid_input', msg('Choose a spokesperson from the list'), 'spokespersonId')
  }
  const trusted = await trustedJournalist(db, input.journalistUserId)
  await consumeEnquiryLimits(db, { ip: input.ip, userId: input.sender?.userId ?? input.journalistUserId ?? null, confirmedAccount: Boolean(input.sender?.confirmed), trusted: Boolean(trusted), now })
  const address = input.email.trim().toLowerCase()
  const confirmed = Boolean(trusted && (trusted.email.toLowerCase() === address || trusted.workEmail.toLowerCase() === address))
  const acknowledge = await mayAcknowledge(db, { email: address, confirmed, now })

  return db.transaction(async (tx) => {
    const [e] = await tx
      .insert(mediaEnquiries)
      .values({
        name: input.name,
        outlet: input.outlet,
        email: input.email,
        phone: input.phone ?? null,
        deadline: input.deadline,
        topic: input.topic,
        question: input.question,
        requestedSpokespersonId: requested?.id ?? null,
        journalistUserId: input.journalistUserId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
    if (acknowledge && confirmed) {
      await enqueueEmail(tx, {
        template: 'enquiry-received',
        to: { email: e.email, name: e.name, userId: e.journalistUserId },
        data: { reference: enquiryReference(e, input.locale), topic: e.topic, deadline: e.deadline.toISOString(), question: e.question, ...lang },
        dedupeKey: `enquiry:${e.id}:received`,
      })
    } else if (acknowledge) {
      await enqueueEmail(tx, {
        template: 'enquiry-acknowledged',
        to: { email: e.email, name: 'journalist' },
        data: { reference: enquiryReference(e, input.locale), ...lang },
        dedupeKey: `enquiry:${e.id}:received`,
      })
    }
    return e
  })
}

/**
 * The officers' digest, run by housekeeping: once the oldest enquiry not yet in a digest has
 * waited DIGEST_EVERY_MINUTES, every officer gets one email listing all of them, and they are
 * marked as sent. Returns how many enquiries it listed.
 */
export async function sendEnquiryDigest(db: Db, input: { baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const pending = await tx
      .select({ id: mediaEnquiries.id, number: mediaEnquiries.number, deadline: mediaEnquiries.deadline, topic: mediaEnquiries.topic, createdAt: mediaEnquiries.createdAt })
      .from(mediaEnquiries)
      .where(isNull(mediaEnquiries.digestedAt))
      .orderBy(asc(mediaEnquiries.createdAt))
      .limit(100)
      .for('update', { skipLocked: true })
    if (pending.length === 0 || now.getTime() - pending[0].createdAt.getTime() < DIGEST_EVERY_MINUTES * 60_000) return 0
    await tx
      .update(mediaEnquiries)
      .set({ digestedAt: now })
      .where(
        inArray(
          mediaEnquiries.id,
          pending.map((p) => p.id),
        ),
      )
    const officers = await tx
      .select({ email: users.email, name: users.name, userId: users.id })
      .from(users)
      .where(inArray(users.role, ['officer', 'admin']))
    const enquiries = [...pending].sort((a, b) => a.deadline.getTime() - b.deadline.getTime()).map((e) => ({ number: e.number, deadline: e.deadline.toISOString(), topic: e.topic.slice(0, 120) }))
    await enqueueEmail(tx, {
      template: 'enquiry-digest',
      to: officers,
      data: { count: pending.length, enquiries, queueUrl: `${input.baseUrl}/officer/enquiries` },
      dedupeKey: `enquiry-digest:${pending[0].id}`,
    })
    return pending.length
  })
}

/**
 * What the enquiry form starts with. An approved press account fills in the name, outlet and
 * work email it was approved with; any other press account its name and email; the public nothing.
 * A spokesperson or story picked on another page (a briefing's "Ask to speak to …") is carried over.
 */
export async function enquiryFormDefaults(db: Db, input: { user: { id: string; name: string; email: string; role: string } | null; spokespersonId?: string | null; topic?: string | null }) {
  const chosen = { spokespersonId: input.spokespersonId && isUuid(input.spokespersonId) ? input.spokespersonId : undefined, topic: input.topic?.trim().slice(0, 120) || undefined }
  if (input.user?.role !== 'journalist') return chosen
  const account = await getJournalist(db, input.user.id)
  if (account?.status === 'approved') return { ...chosen, name: input.user.name, outlet: account.outlet, email: account.workEmail }
  return { ...chosen, name: input.user.name, email: input.user.email }
}

const assignee = aliasedTable(users, 'assignee')
const requestedSpokesperson = aliasedTable(spokespeople, 'requested_spokesperson')

function selectEnquiries(db: Db) {
  return db
    .select({ e: mediaEnquiries, assigneeName: assignee.name, requestedName: requestedSpokesperson.displayName })
    .from(mediaEnquiries)
    .leftJoin(assignee, eq(assignee.id, mediaEnquiries.assigneeUserId))
    .leftJoin(requestedSpokesperson, eq(requestedSpokesperson.id, mediaEnquiries.requestedSpokespersonId))
}

function present(row: { e: MediaEnquiry; assigneeName: string | null; requestedName: string | null }, now: Date, locale: Locale = 'en') {
  const { e } = row
  const countdown = isEnquiryClosed(e.status) ? null : describeDeadline(e.deadline, now, locale)
  return {
    id: e.id,
    reference: enquiryReference(e, locale),
    status: e.status,
    statusLabel: translate(locale, ENQUIRY_STATUS_LABELS[e.status]),
    name: e.name,
    outlet: e.outlet,
    email: e.email,
    phone: e.phone,
    topic: e.topic,
    question: e.question,
    deadline: e.deadline.toISOString(),
    deadlineLabel: formatLondon(e.deadline, locale),
    countdown,
    assigneeName: row.assigneeName,
    requestedName: row.requestedName,
    replyText: e.replyText,
    declineReason: e.declineReason,
    closedAt: e.closedAt ? formatLondon(e.closedAt, locale) : null,
    receivedAt: formatLondon(e.createdAt, locale),
  }
}
export type EnquiryView = ReturnType<typeof present>

export type QueueFilter = 'active' | 'open' | 'assigned' | 'answered' | 'declined' | 'all'

/** The officers' queue: what still needs an answer, nearest deadline first; closed ones newest first. */
export async function listEnquiryQueue(db: Db, input: { status: QueueFilter; now: Date; locale?: Locale }) {
  const where = input.status === 'all' ? undefined : input.status === 'active' ? inArray(mediaEnquiries.status, ['open', 'assigned']) : eq(mediaEnquiries.status, input.status)
  const closed = input.status === 'answered' || input.status === 'declined'
  const rows = await selectEnquiries(db)
    .where(where)
    .orderBy(closed ? desc(mediaEnquiries.closedAt) : asc(mediaEnquiries.deadline))
    .limit(200)
  return rows.map((r) => present(r, input.now, input.locale))
}

export async function countActiveEnquiries(db: Db) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mediaEnquiries)
    .where(inArray(mediaEnquiries.status, ['open', 'assigned']))
  return n
}

export async function getEnquiry(db: Db, input: { id: string; now: Date; locale?: Locale }) {
  if (!isUuid(input.id)) return null
  const [row] = await selectEnquiries(db).where(eq(mediaEnquiries.id, input.id))
  return row ? present(row, input.now, input.locale) : null
}

/** A signed-in journalist's own enquiries, newest first. */
export async function listJournalistEnquiries(db: Db, input: { userId: string; now: Date; locale?: Locale }) {
  const rows = await selectEnquiries(db).where(eq(mediaEnquiries.journalistUserId, input.userId)).orderBy(desc(mediaEnquiries.createdAt)).limit(100)
  return rows.map((r) => present(r, input.now, input.locale))
}

/** Who an enquiry can be given to: officers and admins, and active spokespeople. */
export async function listAssignees(db: Db, locale: Locale = 'en') {
  const t = (message: string, values: Record<string, string>) => translate(locale, message, values)
  const [officers, speakers] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name })
      .from(users)
      .where(inArray(users.role, ['officer', 'admin']))
      .orderBy(asc(users.name)),
    activeSpokespeopleByUser(db),
  ])
  const spokes = new Map(speakers.map((s) => [s.userId, s]))
  const list = officers.map((o) => ({ userId: o.userId, label: spokes.has(o.userId) ? t(msg('{name} (officer; spokesperson)'), { name: o.name }) : t(msg('{name} (officer)'), { name: o.name }) }))
  for (const s of speakers) if (!officers.some((o) => o.userId === s.userId)) list.push({ userId: s.userId, label: t(msg('{name} (spokesperson: {role})'), { name: s.name, role: s.role }) })
  return list
}

async function lockEnquiry(tx: Db, id: string) {
  if (!isUuid(id)) throw new DomainError('not_found', msg('No such enquiry'))
  const [e] = await tx.select().from(mediaEnquiries).where(eq(mediaEnquiries.id, id)).for('update')
  if (!e) throw new DomainError('not_found', msg('No such enquiry'))
  return e
}

const ALREADY: Record<MediaEnquiry['status'], string> = {
  open: msg('This enquiry is still open'),
  assigned: msg('This enquiry has already been assigned'),
  answered: msg('This enquiry has already been answered'),
  declined: msg('This enquiry has already been declined'),
}

function move(e: MediaEnquiry, event: EnquiryEvent) {
  const next = nextEnquiryStatus(e.status, event)
  if (!next) throw new DomainError('invalid_state', ALREADY[e.status])
  return next
}

async function nameOf(tx: Db, userId: string) {
  const [u] = await tx.select({ name: users.name, email: users.email, role: users.role }).from(users).where(eq(users.id, userId))
  return u
}

/** Gives the enquiry to an officer or a spokesperson, who is emailed the details (unless they assigned themselves). */
export async function assignEnquiry(db: Db, input: { actorId: string; enquiryId: string; assigneeId: string; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const e = await lockEnquiry(tx, input.enquiryId)
    const status = move(e, 'assign')
    const person = await nameOf(tx, input.assigneeId)
    const isOfficer = person && (person.role === 'officer' || person.role === 'admin')
    if (!person || (!isOfficer && (await activeSpokespeopleByUser(tx, [input.assigneeId])).length === 0)) {
      throw new DomainError('invalid_input', msg('Choose an officer or an active spokesperson'), 'assigneeId')
    }
    if (e.assigneeUserId === input.assigneeId) throw new DomainError('invalid_state', msg('{name} already has this enquiry'), 'assigneeId', { name: person.name })
    await tx.update(mediaEnquiries).set({ status, assigneeUserId: input.assigneeId, assignedAt: now, updatedAt: now }).where(eq(mediaEnquiries.id, e.id))
    await audit(tx, {
      actorId: input.actorId,
      action: 'enquiry.assign',
      subjectType: 'media_enquiry',
      subjectId: e.id,
      before: { status: e.status, assigneeUserId: e.assigneeUserId },
      after: { status, assigneeUserId: input.assigneeId },
    })
    if (input.assigneeId !== input.actorId) {
      const actor = await nameOf(tx, input.actorId)
      await enqueueEmail(tx, {
        template: 'enquiry-assigned',
        to: { email: person.email, name: person.name, userId: input.assigneeId },
        data: {
          number: e.number,
          enquirer: enquirer(e),
          contact: [e.email, e.phone].filter(Boolean).join(', '),
          deadline: e.deadline.toISOString(),
          topic: e.topic,
          question: e.question,
          ...(actor?.name ? { assignedBy: actor.name } : {}),
          enquiryUrl: `${input.baseUrl}/officer/enquiries/${e.id}`,
        },
        dedupeKey: `enquiry:${e.id}:assigned:${input.assigneeId}:${now.getTime()}`,
      })
    }
  })
}

/** Sends the press office's answer to the enquirer by email and keeps its text. */
export async function replyToEnquiry(db: Db, input: { actorId: string; enquiryId: string; replyText: string; now?: Date }) {
  return close(db, { ...input, event: 'answer', text: input.replyText })
}

/** Declines the enquiry; the enquirer is emailed the reason. */
export async function declineEnquiry(db: Db, input: { actorId: string; enquiryId: string; reason: string; now?: Date }) {
  return close(db, { ...input, event: 'decline', text: input.reason })
}

async function close(db: Db, input: { actorId: string; enquiryId: string; event: 'answer' | 'decline'; text: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const e = await lockEnquiry(tx, input.enquiryId)
    const status = move(e, input.event)
    const answer = input.event === 'answer'
    const [after] = await tx
      .update(mediaEnquiries)
      .set({
        status,
        ...(answer ? { replyText: input.text } : { declineReason: input.text }),
        assigneeUserId: e.assigneeUserId ?? input.actorId,
        closedByUserId: input.actorId,
        closedAt: now,
        updatedAt: now,
      })
      .where(eq(mediaEnquiries.id, e.id))
      .returning()
    await audit(tx, {
      actorId: input.actorId,
      action: answer ? 'enquiry.answer' : 'enquiry.decline',
      subjectType: 'media_enquiry',
      subjectId: e.id,
      before: { status: e.status },
      after: { status, [answer ? 'replyText' : 'reason']: input.text },
    })
    const officerName = (await nameOf(tx, input.actorId))?.name
    const to = { email: e.email, name: e.name, userId: e.journalistUserId }
    const common = { number: e.number, topic: e.topic, ...(officerName ? { officerName } : {}) }
    if (answer) await enqueueEmail(tx, { template: 'enquiry-reply', to, data: { ...common, question: e.question, replyText: input.text }, dedupeKey: `enquiry:${e.id}:reply` })
    else await enqueueEmail(tx, { template: 'enquiry-declined', to, data: { ...common, reason: input.text }, dedupeKey: `enquiry:${e.id}:declined` })
    return after
  })
}
