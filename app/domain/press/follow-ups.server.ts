import { and, eq, inArray, like, ne, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { briefingEmbargoViews, briefingVersions, journalists, outboxJobs, outboxRecipients, users, type Briefing } from '../../../db/schema/index.ts'
import type { TemplateData } from '../../../emails/index.ts'
import { asEmailLanguage } from '../../../emails/components/language.ts'
import { asLocale } from '~/i18n/locale.ts'
import { enqueueEmail, type Recipient } from '~/domain/outbox/enqueue.server.ts'
import type { BriefingFields } from './schemas.ts'

/**
 * Everyone who holds the briefing's text: whoever an embargo, lift or public alert went (or is
 * going) to, and journalists who read it under embargo. Once each, by address, in the language
 * their alert came in (a journalist's alert language, a subscriber's page language).
 */
async function holdersOfText(tx: Db, briefingId: string): Promise<Recipient[]> {
  const kind = sql`split_part(${outboxJobs.dedupeKey}, ':', 4)`
  const alerted = await tx
    .select({ email: outboxRecipients.email, name: outboxRecipients.name, userId: outboxRecipients.userId, personal: outboxRecipients.personal })
    .from(outboxRecipients)
    .innerJoin(outboxJobs, eq(outboxJobs.id, outboxRecipients.jobId))
    .where(and(like(outboxJobs.dedupeKey, `press:${briefingId}:%`), inArray(kind, ['embargo', 'lift', 'public']), ne(outboxRecipients.status, 'skipped')))
  const readers = await tx
    .select({ email: users.email, name: users.name, userId: users.id, language: journalists.alertLanguage })
    .from(briefingEmbargoViews)
    .innerJoin(users, eq(users.id, briefingEmbargoViews.userId))
    .leftJoin(journalists, eq(journalists.userId, users.id))
    .where(eq(briefingEmbargoViews.briefingId, briefingId))
  const byEmail = new Map<string, Recipient>()
  for (const r of alerted) {
    const personal = r.personal as { unsubscribeUrl?: unknown; locale?: unknown; language?: unknown } | null
    const person: Recipient = {
      email: r.email,
      name: r.name ?? 'reader',
      userId: r.userId,
      ...(typeof personal?.unsubscribeUrl === 'string' ? { unsubscribeUrl: personal.unsubscribeUrl } : {}),
      ...(personal?.locale ? { locale: asLocale(personal.locale) } : {}),
      ...(personal?.language ? { language: asEmailLanguage(personal.language) } : {}),
    }
    if (!byEmail.has(r.email.toLowerCase())) byEmail.set(r.email.toLowerCase(), person)
  }
  for (const r of readers) if (!byEmail.has(r.email.toLowerCase())) byEmail.set(r.email.toLowerCase(), r)
  // Optional mail needs a way to unsubscribe; everyone here has one, but never let one row stop the rest.
  return [...byEmail.values()].filter((r) => r.userId || r.unsubscribeUrl)
}

/** Still under embargo at `now`: the text must not be used yet. */
export function underEmbargo(b: Briefing, now: Date) {
  return b.status === 'scheduled' && Boolean(b.embargoUntil && b.embargoUntil > now)
}

type FollowUp = TemplateData<'press-follow-up'>

/**
 * Queues one follow-up in the caller's transaction to everyone who holds the text. `serial` names
 * the change (a round, a version): the dedupe key means each person gets each notice once.
 * Under embargo it is essential mail, sent even to someone who has since turned press alerts off.
 */
async function queueFollowUp(tx: Db, b: Briefing, serial: string, data: FollowUp) {
  const to = await holdersOfText(tx, b.id)
  const queued = await enqueueEmail(tx, { template: 'press-follow-up', topic: data.embargoed ? 'account' : 'press_alerts', to, data, dedupeKey: `press:${b.id}:${serial}:${data.kind}` })
  return { ...queued, to }
}

const briefingUrl = (b: Briefing, baseUrl: string) => `${baseUrl}/press/${b.slug}`
/** The Welsh headline of the version people hold, when it has one. */
const welshHeadline = (b: Briefing) => (b.headlineCy ? { headlineCy: b.headlineCy } : {})

/** "EMBARGOED RELEASE WITHDRAWN — do not publish" (or, once public, "RELEASE WITHDRAWN"). */
export function queueWithdrawnNotice(tx: Db, b: Briefing, input: { notice: string; now: Date; baseUrl: string }) {
  return queueFollowUp(tx, b, 'final', {
    kind: 'withdrawn',
    headline: b.headline,
    ...welshHeadline(b),
    briefingUrl: briefingUrl(b, input.baseUrl),
    embargoed: underEmbargo(b, input.now),
    notice: input.notice,
  })
}

/** "EMBARGO MOVED to …": `b` is the briefing before the move, whose alert round names this move. */
export function queueMovedNotice(tx: Db, b: Briefing, input: { embargoUntil: Date; baseUrl: string }) {
  return queueFollowUp(tx, b, `r${b.alertRound}`, {
    kind: 'moved',
    headline: b.headline,
    ...welshHeadline(b),
    briefingUrl: briefingUrl(b, input.baseUrl),
    embargoed: true,
    movedTo: input.embargoUntil.toISOString(),
    embargoUntil: input.embargoUntil.toISOString(),
  })
}

/**
 * "EMBARGO LIFTED EARLY — now free to publish (was embargoed until …)": `b` is the briefing before
 * the lift, still under its embargo. Returns the addresses it goes to: for them this notice is
 * the lift alert, so the ordinary one is not sent to them as well.
 */
export async function queueLiftedEarlyNotice(tx: Db, b: Briefing, input: { now: Date; baseUrl: string }) {
  const { to } = await queueFollowUp(tx, b, `r${b.alertRound}`, {
    kind: 'lifted-early',
    headline: b.headline,
    ...welshHeadline(b),
    briefingUrl: briefingUrl(b, input.baseUrl),
    embargoed: false,
    wasEmbargoedUntil: b.embargoUntil!.toISOString(),
    liftedAt: input.now.toISOString(),
  })
  return new Set(to.map((r) => r.email.toLowerCase()))
}

/**
 * "CORRECTED — replaces the version sent at …", with the corrected text in full. `b` is the
 * briefing before the correction; `version` the new version's number.
 */
export async function queueCorrectedNotice(tx: Db, b: Briefing, input: { version: number; fields: Omit<BriefingFields, 'statementIds'>; correctionNote: string; now: Date; baseUrl: string }) {
  const [replaced] = await tx
    .select({ createdAt: briefingVersions.createdAt })
    .from(briefingVersions)
    .where(and(eq(briefingVersions.briefingId, b.id), eq(briefingVersions.version, b.version)))
  const embargoed = underEmbargo(b, input.now)
  const f = input.fields
  return queueFollowUp(tx, b, `v${input.version}`, {
    kind: 'corrected',
    headline: f.headline,
    briefingUrl: briefingUrl(b, input.baseUrl),
    embargoed,
    ...(embargoed && b.embargoUntil ? { embargoUntil: b.embargoUntil.toISOString() } : {}),
    replacesSentAt: (replaced?.createdAt ?? b.issuedAt ?? input.now).toISOString(),
    correctionNote: input.correctionNote,
    standfirst: f.standfirst,
    keyLines: f.body
      .split(/\r?\n/)
      .map((line) =>
        line
          .trim()
          .replace(/^#+\s*/, '')
          .replace(/^[-*]\s+/, '• '),
      )
      .filter(Boolean),
    keyFacts: f.keyFacts,
    quotes: f.quotes,
    notesToEditors: f.notesToEditors,
  })
}
