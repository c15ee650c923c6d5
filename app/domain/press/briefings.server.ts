import { randomBytes } from 'node:crypto'
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { briefingEmbargoViews, briefings, briefingStatements, briefingVersions, pressSettings, statements, users, type Briefing, type BriefingTemplate } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { slugify } from '~/domain/statements/diff.ts'
import { forgetPublicPages } from '~/utils/page-cache.server.ts'
import { renderMarkdown } from '~/domain/statements/markdown.server.ts'
import { alertsInFlight, alertTimings, cancelQueuedAlerts, queueBriefingAlerts, type AlertTiming } from './alerts.server.ts'
import { queueCorrectedNotice, queueLiftedEarlyNotice, queueMovedNotice, queueWithdrawnNotice } from './follow-ups.server.ts'
import type { BriefingFields } from './schemas.ts'
import { nextBriefingStatus, releaseStep, type BriefingEvent } from './status.ts'
import { BRIEFING_TEMPLATES, promptsLeft, templateDraft } from './templates.ts'

export async function getPressSettings(db: Db) {
  const [row] = await db.select().from(pressSettings)
  return { secondApprovalRequired: row?.secondApprovalRequired ?? false }
}

export async function setSecondApprovalRequired(db: Db, input: { actorId: string; required: boolean }) {
  await db.transaction(async (tx) => {
    const before = await getPressSettings(tx)
    await tx
      .insert(pressSettings)
      .values({ id: true, secondApprovalRequired: input.required, updatedBy: input.actorId })
      .onConflictDoUpdate({ target: pressSettings.id, set: { secondApprovalRequired: input.required, updatedBy: input.actorId, updatedAt: new Date() } })
    await audit(tx, { actorId: input.actorId, action: 'press.settings', subjectType: 'press_settings', before, after: { secondApprovalRequired: input.required } })
  })
}

const CANNOT: Record<Briefing['status'], string> = {
  draft: msg('A briefing that is draft cannot do that'),
  awaiting_approval: msg('A briefing that is awaiting approval cannot do that'),
  scheduled: msg('A briefing that is scheduled cannot do that'),
  published: msg('A briefing that is published cannot do that'),
  withdrawn: msg('A briefing that is withdrawn cannot do that'),
}

async function lockBriefing(tx: Db, id: string) {
  const [b] = await tx.select().from(briefings).where(eq(briefings.id, id)).for('update')
  if (!b) throw new DomainError('not_found', msg('No such briefing'))
  return b
}

function move(b: Briefing, event: BriefingEvent) {
  const next = nextBriefingStatus(b.status, event)
  if (!next) throw new DomainError('invalid_state', CANNOT[b.status])
  return next
}

/** Published position statements on the template's topics, newest first: suggested background. */
async function suggestStatements(db: Db, statementTopics: string[]) {
  if (statementTopics.length === 0) return []
  return db
    .select({ id: statements.id, slug: statements.slug, title: statements.title })
    .from(statements)
    .where(
      and(
        sql`${statements.status} in ('adopted', 'under_review')`,
        sql`${statements.topics} && ${sql`array[${sql.join(
          statementTopics.map((t) => sql`${t}`),
          sql`, `,
        )}]::text[]`}`,
      ),
    )
    .orderBy(desc(statements.adoptedAt))
    .limit(5)
}

/** Statements an officer may cite as background. */
function listCitableStatements(db: Db) {
  return db
    .select({ id: statements.id, slug: statements.slug, title: statements.title })
    .from(statements)
    .where(sql`${statements.status} in ('adopted', 'under_review')`)
    .orderBy(asc(statements.title))
}

/**
 * Step one of a rapid response: a draft prefilled from the template. It cites nothing yet: the
 * statements on the template's topics are suggested on the form, and the officer ticks those
 * that fit this story (a topic match alone once attached a Wales mental-health statement to a
 * child-death briefing).
 */
export async function createBriefingFromTemplate(db: Db, input: { actorId: string; template: BriefingTemplate; locale?: Locale }) {
  const locale = input.locale ?? 'en'
  const t = { ...BRIEFING_TEMPLATES[input.template], ...templateDraft(BRIEFING_TEMPLATES[input.template], locale) }
  const bodyHtml = await renderBriefingBody(t.body)
  return db.transaction(async (tx) => {
    const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.actorId))
    const [b] = await tx
      .insert(briefings)
      .values({
        slug: `draft-${randomBytes(6).toString('hex')}`,
        template: input.template,
        headline: t.headline,
        standfirst: t.standfirst,
        body: t.body,
        bodyHtml,
        keyFacts: t.keyFacts,
        notesToEditors: t.notesToEditors,
        topics: t.topics,
        contactName: author?.name ? translate(locale, msg('{name}, Chorus press office'), { name: author.name }) : translate(locale, msg('Chorus press office')),
        contactEmail: 'press@chorus.example',
        contactPhone: '020 7946 0000',
        createdBy: input.actorId,
      })
      .returning()
    await audit(tx, { actorId: input.actorId, action: 'briefing.create', subjectType: 'briefing', subjectId: b.id, after: { template: input.template } })
    return b
  })
}

async function setCitations(tx: Db, briefingId: string, statementIds: string[]) {
  await tx.delete(briefingStatements).where(eq(briefingStatements.briefingId, briefingId))
  const ids = [...new Set(statementIds)]
  if (ids.length === 0) return
  const found = await tx
    .select({ id: statements.id })
    .from(statements)
    .where(and(inArray(statements.id, ids), sql`${statements.status} in ('adopted', 'under_review', 'superseded')`))
  const ok = new Set(found.map((f) => f.id))
  const rows = ids.filter((id) => ok.has(id)).map((statementId, position) => ({ briefingId, statementId, position }))
  if (rows.length) await tx.insert(briefingStatements).values(rows)
}

function fieldValues(f: BriefingFields) {
  const { statementIds: _s, ...rest } = f
  return rest
}

/** The key lines as stored HTML, rendered once here: a body that cannot be rendered is refused, and nothing is saved or sent. */
function renderBriefingBody(body: string) {
  return renderMarkdown(body, { field: 'body' })
}

/** Saves a draft (autosave and the plain Save button alike); only before it is sent. */
export async function saveBriefingDraft(db: Db, input: { actorId: string; briefingId: string; fields: BriefingFields }) {
  const bodyHtml = await renderBriefingBody(input.fields.body)
  return db.transaction(async (tx) => {
    const b = await lockBriefing(tx, input.briefingId)
    const status = move(b, 'edit')
    const [after] = await tx
      .update(briefings)
      .set({ ...fieldValues(input.fields), bodyHtml, status, updatedAt: new Date() })
      .where(eq(briefings.id, b.id))
      .returning()
    await setCitations(tx, b.id, input.fields.statementIds)
    await audit(tx, { actorId: input.actorId, action: 'briefing.edit', subjectType: 'briefing', subjectId: b.id, before: { headline: b.headline }, after: { headline: after.headline } })
    return after
  })
}

async function uniqueSlug(tx: Db, headline: string, id: string) {
  const base = slugify(headline) || 'briefing'
  const taken = await tx
    .select({ slug: briefings.slug })
    .from(briefings)
    .where(and(sql`${briefings.id} <> ${id}`, sql`(${briefings.slug} = ${base} or ${briefings.slug} like ${`${base}-%`})`))
  const used = new Set(taken.map((t) => t.slug))
  let slug = base
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
  return slug
}

/** Sending refused: template prompts are still in these fields (form name to message). */
export class PromptsLeftError extends DomainError {
  /** Each field's message id, with `fieldValues` for its placeholders. */
  readonly fields: Record<string, string>
  readonly fieldValues: Record<string, { n: number } | undefined>
  constructor(prompts: ReturnType<typeof promptsLeft>) {
    super('invalid_input', msg('Replace every [bracketed prompt] before sending: {count, plural, one {one field still has one} other {# fields still have one}}.'), undefined, {
      count: Object.keys(prompts).length,
    })
    this.fields = Object.fromEntries(Object.entries(prompts).map(([name, p]) => [name, p.message]))
    this.fieldValues = Object.fromEntries(Object.entries(prompts).map(([name, p]) => [name, p.values]))
  }
}

export type ReleaseOutcome = 'published' | 'scheduled' | 'awaiting_approval'

/**
 * "Publish now" (embargoUntil null) or "Embargo until". Sends at once unless a second officer
 * must approve: then it waits, and the approver's press of the same button sends it as asked.
 * Sending fixes the slug, records version 1 and queues the alerts, all in one transaction.
 */
export async function releaseBriefing(db: Db, input: { actorId: string; briefingId: string; embargoUntil: Date | null; now: Date; baseUrl: string }): Promise<ReleaseOutcome> {
  if (input.embargoUntil && input.embargoUntil <= input.now)
    throw new DomainError('invalid_input', msg('The embargo must lift in the future. To release it now, choose “Publish now”.'), 'embargoUntil')
  const settings = await getPressSettings(db)
  const result = await db.transaction(async (tx) => {
    const b = await lockBriefing(tx, input.briefingId)
    const step = releaseStep({ status: b.status, approvalRequired: settings.secondApprovalRequired, actorId: input.actorId, drafterId: b.createdBy })
    if (step.kind === 'refused') throw new DomainError(b.status === 'awaiting_approval' ? 'forbidden' : 'invalid_state', step.reason)
    if (!b.headline.trim()) throw new DomainError('invalid_input', msg('Enter a headline before sending.'), 'headline')
    const prompts = promptsLeft(b)
    if (Object.keys(prompts).length) throw new PromptsLeftError(prompts)
    if (step.kind === 'request_approval') {
      move(b, 'request_approval')
      await tx.update(briefings).set({ status: 'awaiting_approval', embargoUntil: input.embargoUntil, updatedAt: input.now }).where(eq(briefings.id, b.id))
      await audit(tx, { actorId: input.actorId, action: 'briefing.request_approval', subjectType: 'briefing', subjectId: b.id, after: { embargoUntil: input.embargoUntil } })
      return 'awaiting_approval'
    }
    const approving = b.status === 'awaiting_approval'
    const status = move(b, input.embargoUntil ? 'embargo' : 'publish')
    // A draft saved before HTML was stored is rendered now; if it cannot be, nothing is sent and no alert goes.
    const bodyHtml = b.bodyHtml ?? (await renderBriefingBody(b.body))
    const slug = await uniqueSlug(tx, b.headline, b.id)
    const [sent] = await tx
      .update(briefings)
      .set({
        status,
        slug,
        bodyHtml,
        embargoUntil: input.embargoUntil,
        publishedAt: input.embargoUntil ?? input.now,
        issuedAt: input.now,
        publishedBy: input.actorId,
        ...(approving ? { approvedBy: input.actorId, approvedAt: input.now } : {}),
        updatedAt: input.now,
      })
      .where(eq(briefings.id, b.id))
      .returning()
    const welsh = { headlineCy: b.headlineCy, standfirstCy: b.standfirstCy, bodyCy: b.bodyCy, keyFactsCy: b.keyFactsCy, notesToEditorsCy: b.notesToEditorsCy }
    await tx.insert(briefingVersions).values({
      briefingId: b.id,
      version: 1,
      headline: b.headline,
      standfirst: b.standfirst,
      body: b.body,
      keyFacts: b.keyFacts,
      quotes: b.quotes,
      notesToEditors: b.notesToEditors,
      ...welsh,
      correctionNote: null,
      createdBy: input.actorId,
      createdAt: input.now,
    })
    const alerts = await queueBriefingAlerts(tx, sent, { now: input.now, baseUrl: input.baseUrl })
    await audit(tx, {
      actorId: input.actorId,
      action: input.embargoUntil ? 'briefing.embargo' : 'briefing.publish',
      subjectType: 'briefing',
      subjectId: b.id,
      before: { status: b.status },
      after: { status, slug, embargoUntil: input.embargoUntil, approved: approving, alerts },
    })
    return status === 'scheduled' ? 'scheduled' : 'published'
  })
  // A briefing going public (now, or at a new lift time) changes the press room and feeds.
  await forgetPublicPages(db)
  return result
}

/**
 * Under embargo: lift it now, or move the lift time. Alerts already queued for the old time are
 * cancelled and queued afresh. Those who hold the embargoed text hear of the change at once: the
 * new time, or (lifted now) that it was lifted early, which is their one lift email.
 */
export async function rescheduleEmbargo(db: Db, input: { actorId: string; briefingId: string; embargoUntil: Date | null; now: Date; baseUrl: string }) {
  if (input.embargoUntil && input.embargoUntil <= input.now)
    throw new DomainError('invalid_input', msg('The embargo must lift in the future. To lift it now, choose “Lift the embargo now”.'), 'embargoUntil')
  const result = await db.transaction(async (tx) => {
    const b = await lockBriefing(tx, input.briefingId)
    if (b.status !== 'scheduled' || !b.embargoUntil || b.embargoUntil <= input.now) throw new DomainError('invalid_state', msg('Only a briefing still under embargo can be rescheduled'))
    const status = move(b, input.embargoUntil ? 'reschedule' : 'publish')
    await cancelQueuedAlerts(tx, b.id, 'embargo_rescheduled', ['lift', 'public'])
    const [after] = await tx
      .update(briefings)
      .set({ status, embargoUntil: input.embargoUntil, publishedAt: input.embargoUntil ?? input.now, updatedAt: input.now })
      .where(eq(briefings.id, b.id))
      .returning()
    // Lifted now: everyone holding the embargoed text is told the embargo they work to is over,
    // and that notice is their lift alert (asked before the new lift alerts make more holders).
    const toldEarly = input.embargoUntil ? undefined : await queueLiftedEarlyNotice(tx, b, { now: input.now, baseUrl: input.baseUrl })
    // The journalists already have the embargoed text; only the lift alerts are sent again.
    await queueBriefingAlerts(tx, after, { now: input.now, baseUrl: input.baseUrl, embargoAlerts: false, except: toldEarly })
    // Everyone holding the text hears of the new time now, not when the old time passes.
    if (input.embargoUntil) await queueMovedNotice(tx, b, { embargoUntil: input.embargoUntil, baseUrl: input.baseUrl })
    await audit(tx, {
      actorId: input.actorId,
      action: 'briefing.reschedule',
      subjectType: 'briefing',
      subjectId: b.id,
      before: { embargoUntil: b.embargoUntil },
      after: { embargoUntil: input.embargoUntil, ...(toldEarly ? { earlyLiftNotices: toldEarly.size } : {}) },
    })
  })
  // A briefing going public (now, or at a new lift time) changes the press room and feeds.
  await forgetPublicPages(db)
  return result
}

/**
 * A change after sending: a new version with a correction note everyone sees, and the corrected
 * text sent at once to everyone who holds the earlier one.
 */
export async function correctBriefing(db: Db, input: { actorId: string; briefingId: string; fields: BriefingFields; correctionNote: string; now: Date; baseUrl: string }) {
  const bodyHtml = await renderBriefingBody(input.fields.body)
  const version = await db.transaction(async (tx) => {
    const b = await lockBriefing(tx, input.briefingId)
    const status = move(b, 'correct')
    const version = b.version + 1
    const f = fieldValues(input.fields)
    await tx.insert(briefingVersions).values({
      briefingId: b.id,
      version,
      headline: f.headline,
      standfirst: f.standfirst,
      body: f.body,
      keyFacts: f.keyFacts,
      quotes: f.quotes,
      notesToEditors: f.notesToEditors,
      correctionNote: input.correctionNote,
      createdBy: input.actorId,
      createdAt: input.now,
    })
    // The Welsh translated the old wording: it waits to be written again for the corrected one.
    const noWelsh = { headlineCy: null, standfirstCy: null, bodyCy: null, bodyHtmlCy: null, keyFactsCy: null, notesToEditorsCy: null }
    const [after] = await tx
      .update(briefings)
      .set({ ...f, bodyHtml, ...noWelsh, status, version, correctedAt: input.now, updatedAt: input.now })
      .where(eq(briefings.id, b.id))
      .returning()
    await setCitations(tx, b.id, input.fields.statementIds)
    if (b.embargoUntil && b.embargoUntil > input.now) {
      // Alerts still waiting for the lift would carry the old wording: queue them again.
      await cancelQueuedAlerts(tx, b.id, 'corrected_before_lift', ['lift', 'public'])
      const [fresh] = await tx.select().from(briefings).where(eq(briefings.id, b.id))
      await queueBriefingAlerts(tx, fresh, { now: input.now, baseUrl: input.baseUrl, embargoAlerts: false })
    }
    await queueCorrectedNotice(tx, b, { version, fields: f, correctionNote: input.correctionNote, now: input.now, baseUrl: input.baseUrl })
    await audit(tx, {
      actorId: input.actorId,
      action: 'briefing.correct',
      subjectType: 'briefing',
      subjectId: b.id,
      before: { version: b.version, headline: b.headline },
      after: { version, headline: after.headline, correctionNote: input.correctionNote },
    })
    return version
  })
  await forgetPublicPages(db)
  return version
}

/**
 * Withdraws a sent briefing: its page shows the notice instead of the body, alerts not yet sent
 * are cancelled, and everyone who received the text is told not to publish it.
 */
export async function withdrawBriefing(db: Db, input: { actorId: string; briefingId: string; notice: string; now: Date; baseUrl: string }) {
  await db.transaction(async (tx) => {
    const b = await lockBriefing(tx, input.briefingId)
    const status = move(b, 'withdraw')
    const cancelled = await cancelQueuedAlerts(tx, b.id, 'briefing_withdrawn')
    await tx.update(briefings).set({ status, withdrawnAt: input.now, withdrawalNotice: input.notice, updatedAt: input.now }).where(eq(briefings.id, b.id))
    await queueWithdrawnNotice(tx, b, { notice: input.notice, now: input.now, baseUrl: input.baseUrl })
    await audit(tx, {
      actorId: input.actorId,
      action: 'briefing.withdraw',
      subjectType: 'briefing',
      subjectId: b.id,
      before: { status: b.status },
      after: { status, notice: input.notice, alertsCancelled: cancelled },
    })
  })
  await forgetPublicPages(db)
}

export async function getBriefing(db: Db, id: string) {
  const [b] = await db.select().from(briefings).where(eq(briefings.id, id))
  return b ?? null
}

export function listCitations(db: Db, briefingId: string) {
  return db
    .select({ id: statements.id, slug: statements.slug, title: statements.title })
    .from(briefingStatements)
    .innerJoin(statements, eq(statements.id, briefingStatements.statementId))
    .where(eq(briefingStatements.briefingId, briefingId))
    .orderBy(asc(briefingStatements.position))
}

export function listBriefingVersions(db: Db, briefingId: string) {
  return db.select().from(briefingVersions).where(eq(briefingVersions.briefingId, briefingId)).orderBy(asc(briefingVersions.version))
}

/** Who read it under embargo, and when (officers only): kept as read, even after an account is deleted. */
export async function listEmbargoViews(db: Db, briefingId: string) {
  return db
    .select({
      name: briefingEmbargoViews.viewerName,
      outlet: briefingEmbargoViews.viewerOutlet,
      viewedAt: briefingEmbargoViews.viewedAt,
      accountDeleted: sql<boolean>`${briefingEmbargoViews.userId} is null`,
    })
    .from(briefingEmbargoViews)
    .where(eq(briefingEmbargoViews.briefingId, briefingId))
    .orderBy(desc(briefingEmbargoViews.viewedAt))
    .limit(500)
}

/**
 * The officer's list: every briefing with the two timings that matter in a breaking story —
 * draft opened to sent, and sent (or lifted) to the last alert delivered.
 */
export async function listBriefingsForOfficer(db: Db) {
  const rows = await db.select().from(briefings).orderBy(desc(briefings.updatedAt)).limit(200)
  const timings = await alertTimings(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((b) => ({ ...b, timing: briefingTiming(b, timings.get(b.id) ?? []) }))
}

export async function getBriefingTiming(db: Db, b: Briefing) {
  return briefingTiming(b, (await alertTimings(db, [b.id])).get(b.id) ?? [])
}

function briefingTiming(b: Briefing, alerts: AlertTiming[]) {
  const seconds = (from: Date | null, to: Date | null) => (from && to ? Math.max(0, (to.getTime() - from.getTime()) / 1000) : null)
  const last = (kinds: string[]) => alerts.filter((a) => kinds.includes(a.kind)).reduce<Date | null>((m, a) => (a.lastDeliveredAt && (!m || a.lastDeliveredAt > m) ? a.lastDeliveredAt : m), null)
  return {
    draftToSentSeconds: seconds(b.createdAt, b.issuedAt),
    embargoAlertSeconds: seconds(b.issuedAt, last(['embargo'])),
    liftAlertSeconds: seconds(b.publishedAt, last(['lift', 'public', 'lifted-early'])),
    alerts,
  }
}

/** The briefing's alert figures as the officer's page shows them, and whether they are still moving. */
export async function getAlertProgress(db: Db, briefingId: string) {
  const b = await getBriefing(db, briefingId)
  if (!b) return null
  const [timing, sending] = await Promise.all([getBriefingTiming(db, b), alertsInFlight(db, b.id)])
  return { timing, sending }
}

/** Saves the officer's latest edits, then sends (or asks for approval): edits are kept even if sending is refused. */
export async function saveAndReleaseBriefing(db: Db, input: { actorId: string; briefingId: string; fields: BriefingFields; embargoUntil: Date | null; now: Date; baseUrl: string }) {
  await saveBriefingDraft(db, input)
  return releaseBriefing(db, input)
}

/** Everything the officer's briefing page shows. */
export async function getOfficerBriefing(db: Db, id: string) {
  const b = await getBriefing(db, id)
  if (!b) return null
  const [citations, versions, views, timing, alertsSending, settings, citable, suggested, drafter, approver] = await Promise.all([
    listCitations(db, id),
    listBriefingVersions(db, id),
    listEmbargoViews(db, id),
    getBriefingTiming(db, b),
    alertsInFlight(db, b.id),
    getPressSettings(db),
    listCitableStatements(db),
    suggestStatements(db, BRIEFING_TEMPLATES[b.template].statementTopics),
    b.createdBy ? db.select({ name: users.name }).from(users).where(eq(users.id, b.createdBy)) : Promise.resolve([]),
    b.approvedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, b.approvedBy)) : Promise.resolve([]),
  ])
  return {
    b,
    citations,
    versions,
    views,
    timing,
    alertsSending,
    settings,
    citable,
    suggestedIds: suggested.map((x) => x.id),
    drafterName: drafter[0]?.name ?? null,
    approverName: approver[0]?.name ?? null,
  }
}
