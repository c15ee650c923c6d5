import { and, eq, inArray, like, lte, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { briefings, journalistAlertTopics, journalists, outboxJobs, outboxRecipients, pressSubscribers, users, type Briefing } from '../../../db/schema/index.ts'
import { embargoNotice } from './embargo-line.ts'
import { enqueueEmail, enqueueForAudience, type Audience, type Recipient } from '~/domain/outbox/enqueue.server.ts'

/**
 * Alert jobs carry dedupe keys `press:<briefing id>:<round>:<embargo|lift>:<batch>`: one alert per
 * person per round, however often a request is retried, and the keys say which briefing a job
 * belongs to when timings are measured or queued alerts are cancelled.
 */
const keyPrefix = (briefingId: string) => `press:${briefingId}:`

/** Approved journalists whose alert topics match (or who follow every topic). */
async function journalistRecipients(tx: Db, topics: string[]): Promise<Recipient[]> {
  const topicMatch = topics.length
    ? sql`(${journalists.alertAllTopics} or exists (select 1 from ${journalistAlertTopics} t where t.user_id = ${journalists.userId} and t.topic in (${sql.join(
        topics.map((t) => sql`${t}`),
        sql`, `,
      )})))`
    : sql`true`
  const rows = await tx
    .select({ email: users.email, name: users.name, userId: users.id, language: journalists.alertLanguage })
    .from(journalists)
    .innerJoin(users, eq(users.id, journalists.userId))
    .where(and(eq(journalists.status, 'approved'), eq(users.role, 'journalist'), sql`${users.emailVerifiedAt} is not null`, topicMatch))
  return rows
}

/** Confirmed public subscribers whose topics match; each carries their own unsubscribe link. */
async function subscriberRecipients(tx: Db, topics: string[], baseUrl: string): Promise<Recipient[]> {
  const topicMatch = topics.length
    ? sql`(cardinality(${pressSubscribers.topics}) = 0 or ${pressSubscribers.topics} && ${sql`array[${sql.join(
        topics.map((t) => sql`${t}`),
        sql`, `,
      )}]::text[]`})`
    : sql`true`
  const rows = await tx
    .select({ email: pressSubscribers.email, token: pressSubscribers.unsubscribeToken })
    .from(pressSubscribers)
    .where(and(sql`${pressSubscribers.confirmedAt} is not null`, topicMatch))
  return rows.map((r) => ({ email: r.email, name: 'reader', unsubscribeUrl: `${baseUrl}/press/unsubscribe?token=${encodeURIComponent(r.token)}` }))
}

/** The Welsh version an alert carries for those who read it in Welsh, when the press office wrote one. */
function welshAlert(b: Briefing) {
  if (!b.headlineCy || !b.bodyCy) return {}
  return { welsh: { headline: b.headlineCy, summary: b.standfirstCy || b.headlineCy, ...(b.notesToEditorsCy ? { notesToEditors: b.notesToEditorsCy } : {}) } }
}

/** Times go as instants: each copy writes them in its own language. */
function alertData(b: Briefing, baseUrl: string, embargoed: boolean) {
  return {
    headline: b.headline,
    summary: b.standfirst || b.headline,
    briefingUrl: `${baseUrl}/press/${b.slug}`,
    issuedAt: (embargoed ? b.issuedAt! : (b.publishedAt ?? b.issuedAt!)).toISOString(),
    ...(embargoed && b.embargoUntil ? { embargoUntil: b.embargoUntil.toISOString() } : {}),
    ...(b.notesToEditors ? { notesToEditors: b.notesToEditors } : {}),
    ...welshAlert(b),
  }
}

export { embargoNotice }

/**
 * Queues a sent briefing's alerts in the caller's transaction. Under embargo: entitled journalists
 * now, with the embargo notice. At the lift (now, or `notBefore` = the lift time, so the worker
 * sends it then and nothing has to wake up): journalists and confirmed public subscribers. A lift
 * still to come is addressed when it falls due, to whoever is entitled then: a journalist approved
 * in the meantime gets it, one who has lost approval or unsubscribed does not. A lift now skips
 * the addresses in `except`: they were told of the lift another way (an early-lift notice).
 */
export async function queueBriefingAlerts(tx: Db, b: Briefing, input: { now: Date; baseUrl: string; embargoAlerts?: boolean; except?: ReadonlySet<string> }) {
  const notExcepted = (to: Recipient[]) => (input.except ? to.filter((r) => !input.except!.has(r.email.toLowerCase())) : to)
  const prefix = `${keyPrefix(b.id)}${b.alertRound}`
  let embargo = { jobs: 0, recipients: 0 }
  const liftAt = b.embargoUntil && b.embargoUntil > input.now ? b.embargoUntil : input.now
  if (liftAt > input.now && input.embargoAlerts !== false) {
    embargo = await enqueueEmail(tx, {
      template: 'press-alert',
      topic: 'press_alerts',
      to: await journalistRecipients(tx, b.topics),
      data: { ...alertData(b, input.baseUrl, true), audience: 'journalists' },
      dedupeKey: `${prefix}:embargo`,
    })
  }
  const lift = { template: 'press-alert', topic: 'press_alerts', data: alertData(b, input.baseUrl, false), notBefore: liftAt } as const
  if (liftAt > input.now) {
    const audience = (who: 'journalists' | 'subscribers'): Audience => ({ kind: 'press-lift', briefingId: b.id, round: b.alertRound, who, baseUrl: input.baseUrl })
    await enqueueForAudience(tx, { ...lift, data: { ...lift.data, audience: 'journalists' }, audience: audience('journalists'), dedupeKey: `${prefix}:lift` })
    await enqueueForAudience(tx, { ...lift, data: { ...lift.data, audience: 'subscribers' }, audience: audience('subscribers'), dedupeKey: `${prefix}:public` })
    return { embargo: embargo.recipients, lift: 'at_lift' as const }
  }
  const journalistsNow = await enqueueEmail(tx, { ...lift, to: notExcepted(await journalistRecipients(tx, b.topics)), data: { ...lift.data, audience: 'journalists' }, dedupeKey: `${prefix}:lift` })
  const subscribers = await enqueueEmail(tx, {
    ...lift,
    to: notExcepted(await subscriberRecipients(tx, b.topics, input.baseUrl)),
    data: { ...lift.data, audience: 'subscribers' },
    dedupeKey: `${prefix}:public`,
  })
  return { embargo: embargo.recipients, lift: journalistsNow.recipients + subscribers.recipients }
}

/**
 * Who a lift alert goes to, decided when it falls due. Nobody if the alert belongs to an earlier
 * round (the lift time moved, or the text was corrected) or the briefing was withdrawn.
 */
export async function resolveLiftAudience(tx: Db, audience: Extract<Audience, { kind: 'press-lift' }>): Promise<Recipient[]> {
  const [b] = await tx.select().from(briefings).where(eq(briefings.id, audience.briefingId))
  if (!b || b.alertRound !== audience.round || (b.status !== 'scheduled' && b.status !== 'published')) return []
  return audience.who === 'journalists' ? journalistRecipients(tx, b.topics) : subscriberRecipients(tx, b.topics, audience.baseUrl)
}

/**
 * Cancels this briefing's alerts that have not gone yet (a withdrawal, a new lift time, a
 * correction before the lift): their recipients are marked skipped, so the worker sends nothing
 * when they fall due, and alerts waiting to be addressed at the lift go to nobody. The briefing's alert round moves on, so any new alerts get fresh keys.
 */
export async function cancelQueuedAlerts(tx: Db, briefingId: string, reason: string, kinds: ('embargo' | 'lift' | 'public')[] = ['embargo', 'lift', 'public']) {
  const kind = sql`split_part(${outboxJobs.dedupeKey}, ':', 4)`
  const pending = tx
    .select({ id: outboxJobs.id })
    .from(outboxJobs)
    .where(and(like(outboxJobs.dedupeKey, `${keyPrefix(briefingId)}%`), inArray(kind, kinds), eq(outboxJobs.status, 'pending'), eq(outboxJobs.attempts, 0)))
  const skipped = await tx
    .update(outboxRecipients)
    .set({ status: 'skipped', skipReason: reason })
    .where(and(inArray(outboxRecipients.jobId, pending), eq(outboxRecipients.status, 'pending')))
    .returning({ jobId: outboxRecipients.jobId })
  // Alerts still waiting to be addressed at the lift are addressed to nobody.
  await tx.update(outboxJobs).set({ audience: null }).where(inArray(outboxJobs.id, pending))
  await tx
    .update(briefings)
    .set({ alertRound: sql`${briefings.alertRound} + 1` })
    .where(eq(briefings.id, briefingId))
  return skipped.length
}

export interface AlertTiming {
  /** The alerts themselves, or the follow-ups sent to those who received them. */
  kind: 'embargo' | 'lift' | 'public' | 'withdrawn' | 'moved' | 'corrected' | 'lifted-early'
  recipients: number
  delivered: number
  skipped: number
  lastDeliveredAt: Date | null
}

/** From the outbox rows: how many alerts (and follow-ups) of each kind went, and when the last was delivered. */
export async function alertTimings(db: Db, briefingIds: string[]): Promise<Map<string, AlertTiming[]>> {
  const result = new Map<string, AlertTiming[]>()
  if (briefingIds.length === 0) return result
  const briefingId = sql<string>`split_part(${outboxJobs.dedupeKey}, ':', 2)`
  const kind = sql<AlertTiming['kind']>`split_part(${outboxJobs.dedupeKey}, ':', 4)`
  const rows = await db
    .select({
      briefingId,
      kind,
      recipients: sql<number>`count(*)::int`,
      delivered: sql<number>`(count(*) filter (where ${outboxRecipients.status} = 'sent'))::int`,
      skipped: sql<number>`(count(*) filter (where ${outboxRecipients.status} = 'skipped'))::int`,
      lastDeliveredAt: sql<Date | null>`max(${outboxJobs.sentAt}) filter (where ${outboxRecipients.status} = 'sent')`.mapWith(outboxJobs.sentAt),
    })
    .from(outboxJobs)
    .innerJoin(outboxRecipients, eq(outboxRecipients.jobId, outboxJobs.id))
    .where(and(like(outboxJobs.dedupeKey, 'press:%'), inArray(briefingId, briefingIds), inArray(kind, ['embargo', 'lift', 'public', 'withdrawn', 'moved', 'corrected', 'lifted-early'])))
    .groupBy(briefingId, kind)
  for (const r of rows) {
    const list = result.get(r.briefingId) ?? []
    list.push({ kind: r.kind, recipients: r.recipients, delivered: r.delivered, skipped: r.skipped, lastDeliveredAt: r.lastDeliveredAt })
    result.set(r.briefingId, list)
  }
  return result
}

/**
 * True while some of the briefing's alerts are due (or fall due within the minute) and not yet
 * sent: the officer's page keeps its "N of M delivered" figures fresh only while this holds.
 */
export async function alertsInFlight(db: Db, briefingId: string, now = new Date()) {
  const soon = new Date(now.getTime() + 60_000)
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outboxJobs)
    .where(and(like(outboxJobs.dedupeKey, `${keyPrefix(briefingId)}%`), inArray(outboxJobs.status, ['pending', 'sending']), lte(outboxJobs.notBefore, soon)))
  return (row?.n ?? 0) > 0
}
