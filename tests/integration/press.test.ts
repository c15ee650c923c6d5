import { and, eq, like, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  correctBriefing,
  createBriefingFromTemplate,
  getBriefing,
  getOfficerBriefing,
  getBriefingTiming,
  listBriefingVersions,
  listCitations,
  releaseBriefing,
  rescheduleEmbargo,
  saveBriefingDraft,
  setSecondApprovalRequired,
  withdrawBriefing,
} from '../../app/domain/press/briefings.server.ts'
import { embargoNotice } from '../../app/domain/press/alerts.server.ts'
import { decideJournalist, getJournalist, listJournalistQueue, registerJournalist, setAlertTopics, viewerFor } from '../../app/domain/press/journalists.server.ts'
import { auditLog, journalists, mailboxMessages, outboxJobs } from '../../db/schema/index.ts'
import type { Db } from '../../db/client.server.ts'
import type { Connection } from '../../db/client.server.ts'
import { createTestDatabase, onPostgresServer, useTestDb } from '../helpers/db.ts'
import { deliverToMailbox, englishPart } from '../helpers/mail.ts'
import { BASE_URL, briefingFields, createJournalist, createStatement, createSubscriber, sendBriefing } from '../helpers/press.ts'
import { createUser } from '../helpers/routes.ts'

/** Makes the queued alerts of one briefing due now, as if the clock had reached the lift. */
async function reachLift(db: Db, briefingId: string) {
  await db
    .update(outboxJobs)
    .set({ notBefore: new Date(Date.now() - 1000) })
    .where(and(like(outboxJobs.dedupeKey, `press:${briefingId}:%`), eq(outboxJobs.status, 'pending')))
}

const mailTo = async (db: Db, email: string) => await db.select().from(mailboxMessages).where(eq(mailboxMessages.to, email))

describe('rapid-response briefings', () => {
  const t = useTestDb()

  it('starts from a template with its structure; the relevant published statements are suggested, not ticked', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const relevant = await createStatement(t.db, { topics: ['serious case reviews'] })
    await createStatement(t.db, { topics: ['pensions'], title: 'Pensions' })
    const draft = await createBriefingFromTemplate(t.db, { actorId: officer.id, template: 'serious_case_review' })
    expect(draft.status).toBe('draft')
    expect(draft.headline).toContain('safeguarding review')
    expect(draft.notesToEditors).toMatch(/do not name individual social workers/)
    expect(await listCitations(t.db, draft.id)).toEqual([])
    const page = (await getOfficerBriefing(t.db, draft.id))!
    expect(page.suggestedIds).toEqual([relevant.id])
    expect(page.citable.map((c) => c.id)).toEqual(expect.arrayContaining([relevant.id]))
  })

  it('refuses to send a briefing that still has [bracketed prompts], and changes nothing', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const draft = await createBriefingFromTemplate(t.db, { actorId: officer.id, template: 'other' })
    await expect(releaseBriefing(t.db, { actorId: officer.id, briefingId: draft.id, embargoUntil: null, now: new Date(), baseUrl: BASE_URL })).rejects.toThrow(/bracketed prompt/)
    expect((await getBriefing(t.db, draft.id))!.status).toBe('draft')
  })

  it('publishing now alerts approved journalists on the topic and confirmed subscribers, once each, and nobody else', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const everyTopic = await createJournalist(t.db)
    const onTopic = await createJournalist(t.db, { topics: ['serious-case-reviews'] })
    const offTopic = await createJournalist(t.db, { topics: ['funding'] })
    const pending = await createJournalist(t.db, { status: 'pending' })
    const declined = await createJournalist(t.db, { status: 'declined' })
    const member = await createUser(t.db)
    const subscriber = await createSubscriber(t.db)
    const unconfirmed = await createSubscriber(t.db, { confirmed: false })
    const id = await sendBriefing(t.db, { officerId: officer.id })
    await deliverToMailbox(t.db)
    await deliverToMailbox(t.db)
    for (const who of [everyTopic, onTopic]) {
      const mail = await mailTo(t.db, who.email)
      expect(mail).toHaveLength(1)
      expect(englishPart(mail[0].subject)).toBe('Press briefing: Chorus responds to the Northfield safeguarding review')
      expect(mail[0].text).not.toMatch(/EMBARGOED/)
    }
    const publicMail = await mailTo(t.db, subscriber.email)
    expect(publicMail).toHaveLength(1)
    expect(publicMail[0].html).toContain(`/press/unsubscribe?token=${subscriber.unsubscribeToken}`)
    for (const email of [offTopic.email, pending.email, declined.email, member.email, unconfirmed.email]) expect(await mailTo(t.db, email)).toHaveLength(0)
    const b = (await getBriefing(t.db, id))!
    expect(b).toMatchObject({ status: 'published', version: 1, embargoUntil: null })
    expect(b.slug).toBe('chorus-responds-to-the-northfield-safeguarding-review')
    const timing = await getBriefingTiming(t.db, b)
    expect(timing.draftToSentSeconds).not.toBeNull()
    expect(timing.liftAlertSeconds).not.toBeNull()
  })

  it('under embargo: journalists get the notice now; the lift alerts wait for the lift, then go to journalists and subscribers once', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const journalist = await createJournalist(t.db)
    const subscriber = await createSubscriber(t.db)
    const lift = new Date(Date.now() + 3600_000)
    const id = await sendBriefing(t.db, { officerId: officer.id, embargoUntil: lift })
    await deliverToMailbox(t.db)
    const early = await mailTo(t.db, journalist.email)
    expect(early).toHaveLength(1)
    expect(englishPart(early[0].subject)).toMatch(/^EMBARGOED press briefing:/)
    expect(early[0].text).toMatch(/EMBARGOED UNTIL \d{2}:\d{2} (GMT|BST), [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}/)
    expect(early[0].text).toContain(embargoNotice(lift))
    // The release's end, then its notes to editors, as press offices send them.
    expect(early[0].text).toMatch(/ENDS\s+Notes to editors\s+Chorus is the national professional body/)
    expect(await mailTo(t.db, subscriber.email)).toHaveLength(0)
    const liftJobs = await t.db
      .select()
      .from(outboxJobs)
      .where(like(outboxJobs.dedupeKey, `press:${id}:%:lift:%`))
    expect(liftJobs.every((j) => j.notBefore.getTime() === lift.getTime())).toBe(true)
    await reachLift(t.db, id)
    await deliverToMailbox(t.db)
    await deliverToMailbox(t.db)
    expect(await mailTo(t.db, journalist.email)).toHaveLength(2)
    expect(await mailTo(t.db, subscriber.email)).toHaveLength(1)
  })

  it('withdrawing under embargo cancels the lift alerts and tells the journalists: nothing goes out when the lift time comes', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const journalist = await createJournalist(t.db)
    const subscriber = await createSubscriber(t.db)
    const id = await sendBriefing(t.db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 3600_000) })
    await deliverToMailbox(t.db)
    await withdrawBriefing(t.db, { actorId: officer.id, briefingId: id, notice: 'This briefing was issued in error and has been withdrawn.', now: new Date(), baseUrl: BASE_URL })
    await reachLift(t.db, id)
    await deliverToMailbox(t.db)
    // the embargo alert, then the withdrawal notice; no lift alert
    const mail = await mailTo(t.db, journalist.email)
    expect(mail.map((m) => englishPart(m.subject)).sort()).toEqual([
      'EMBARGOED RELEASE WITHDRAWN — do not publish: Chorus responds to the Northfield safeguarding review',
      'EMBARGOED press briefing: Chorus responds to the Northfield safeguarding review',
    ])
    expect(await mailTo(t.db, subscriber.email)).toHaveLength(0)
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'briefing.withdraw'), eq(auditLog.subjectId, id)))
    expect(entry.actorId).toBe(officer.id)
    expect((await getBriefing(t.db, id))!.withdrawalNotice).toMatch(/issued in error/)
  })

  it('moving the lift time sends the lift alerts once, at the new time only', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const journalist = await createJournalist(t.db)
    const id = await sendBriefing(t.db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 3600_000) })
    const later = new Date(Date.now() + 7200_000)
    await rescheduleEmbargo(t.db, { actorId: officer.id, briefingId: id, embargoUntil: later, now: new Date(), baseUrl: BASE_URL })
    const live = await t.db
      .select()
      .from(outboxJobs)
      .where(and(like(outboxJobs.dedupeKey, `press:${id}:1:lift:%`)))
    expect(live.map((j) => j.notBefore.getTime())).toEqual([later.getTime()])
    await reachLift(t.db, id)
    await deliverToMailbox(t.db)
    // one embargo alert, the notice of the new time, one lift alert: the cancelled first lift alert never goes
    const subjects = (await mailTo(t.db, journalist.email)).map((m) => englishPart(m.subject))
    expect(subjects).toHaveLength(3)
    expect(subjects.filter((s) => s.startsWith('EMBARGO MOVED to '))).toHaveLength(1)
    expect(subjects.filter((s) => s.startsWith('Press briefing:'))).toHaveLength(1)
  })

  it('with second-officer approval on, the drafter cannot send their own; another officer sends it as asked', async () => {
    const drafter = await createUser(t.db, { role: 'officer' })
    const second = await createUser(t.db, { role: 'officer' })
    await setSecondApprovalRequired(t.db, { actorId: drafter.id, required: true })
    const draft = await createBriefingFromTemplate(t.db, { actorId: drafter.id, template: 'serious_case_review' })
    await saveBriefingDraft(t.db, { actorId: drafter.id, briefingId: draft.id, fields: briefingFields() })
    const lift = new Date(Date.now() + 3600_000)
    expect(await releaseBriefing(t.db, { actorId: drafter.id, briefingId: draft.id, embargoUntil: lift, now: new Date(), baseUrl: BASE_URL })).toBe('awaiting_approval')
    await expect(releaseBriefing(t.db, { actorId: drafter.id, briefingId: draft.id, embargoUntil: lift, now: new Date(), baseUrl: BASE_URL })).rejects.toThrow(/second officer/)
    expect(
      await t.db
        .select()
        .from(outboxJobs)
        .where(like(outboxJobs.dedupeKey, `press:${draft.id}:%`)),
    ).toHaveLength(0)
    expect(await releaseBriefing(t.db, { actorId: second.id, briefingId: draft.id, embargoUntil: lift, now: new Date(), baseUrl: BASE_URL })).toBe('scheduled')
    expect(await getBriefing(t.db, draft.id)).toMatchObject({ status: 'scheduled', approvedBy: second.id, createdBy: drafter.id })
  })

  it('a correction is a new version with its note; both versions are kept and the change is audited', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const id = await sendBriefing(t.db, { officerId: officer.id })
    await correctBriefing(t.db, {
      actorId: officer.id,
      briefingId: id,
      fields: briefingFields({ keyFacts: ['Caseloads of up to 28 children'] }),
      correctionNote: 'The caseload figure was 28, not 32.',
      now: new Date(),
      baseUrl: BASE_URL,
    })
    const versions = await listBriefingVersions(t.db, id)
    expect(versions.map((v) => [v.version, v.correctionNote])).toEqual([
      [1, null],
      [2, 'The caseload figure was 28, not 32.'],
    ])
    expect((await getBriefing(t.db, id))!.keyFacts).toEqual(['Caseloads of up to 28 children'])
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, id))
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['briefing.create', 'briefing.publish', 'briefing.correct']))
  })

  it('refuses to embargo until a time already past', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const draft = await createBriefingFromTemplate(t.db, { actorId: officer.id, template: 'serious_case_review' })
    await saveBriefingDraft(t.db, { actorId: officer.id, briefingId: draft.id, fields: briefingFields() })
    await expect(releaseBriefing(t.db, { actorId: officer.id, briefingId: draft.id, embargoUntil: new Date(Date.now() - 60_000), now: new Date(), baseUrl: BASE_URL })).rejects.toThrow(/future/)
  })
})

describe('press accounts', () => {
  const t = useTestDb()

  it('registers a pending journalist who must confirm their work email before officers see them', async () => {
    const registered = await registerJournalist(t.db, {
      name: 'Sam Hale',
      email: 'Sam@Gazette.example',
      password: 'a long enough password',
      outlet: 'The Gazette',
      jobTitle: 'Reporter',
      beats: ['workforce'],
      ip: '203.0.113.5',
      baseUrl: BASE_URL,
    })
    if (!registered.created) throw new Error('expected a new press account')
    const { user } = registered
    expect(user.role).toBe('journalist')
    expect(await viewerFor(t.db, user)).toMatchObject({ kind: 'journalist', status: 'pending' })
    expect((await listJournalistQueue(t.db)).map((q) => q.userId)).not.toContain(user.id)
    const mail = await deliverToMailbox(t.db)
    expect(englishPart(mail.find((m) => m.to === 'sam@gazette.example')!.subject)).toBe('Confirm your email address for Chorus')
    await t.db.execute(sql`update users set email_verified_at = now() where id = ${user.id}`)
    expect((await listJournalistQueue(t.db)).map((q) => q.userId)).toContain(user.id)
  })

  it('an officer approves (audited, emailed); the journalist then chooses alert topics', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const j = await createJournalist(t.db, { status: 'pending' })
    await expect(setAlertTopics(t.db, { userId: j.id, all: false, topics: ['funding'] })).rejects.toThrow(/once your press account is approved/)
    await decideJournalist(t.db, { officerId: officer.id, userId: j.id, decision: 'approve', baseUrl: BASE_URL })
    expect(await viewerFor(t.db, j)).toMatchObject({ kind: 'journalist', status: 'approved', outlet: 'The Northfield Gazette' })
    const mail = await mailTo(t.db, j.email).then(async (m) => (m.length ? m : (await deliverToMailbox(t.db)).filter((x) => x.to === j.email)))
    expect(englishPart(mail[0].subject)).toBe('Your Chorus press account is approved')
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'journalist.approve'), eq(auditLog.subjectId, j.id)))
    expect(entry.actorId).toBe(officer.id)
    await setAlertTopics(t.db, { userId: j.id, all: false, topics: ['funding'] })
    const [row] = await t.db.select().from(journalists).where(eq(journalists.userId, j.id))
    expect(row.alertAllTopics).toBe(false)
    await expect(decideJournalist(t.db, { officerId: officer.id, userId: j.id, decision: 'decline', reason: 'Changed my mind entirely', baseUrl: BASE_URL })).rejects.toThrow(/already approved/)
  })

  it('alerts a journalist on the beats they chose at registration, until they choose otherwise', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const registered = await registerJournalist(t.db, {
      name: 'Rae Lowe',
      email: 'rae@courier.example',
      password: 'a long enough password',
      outlet: 'The Courier',
      jobTitle: 'Reporter',
      beats: ['workforce', 'funding'],
      ip: '203.0.113.6',
      baseUrl: BASE_URL,
    })
    if (!registered.created) throw new Error('expected a new press account')
    const id = registered.user.id
    await t.db.execute(sql`update users set email_verified_at = now() where id = ${id}`)
    await decideJournalist(t.db, { officerId: officer.id, userId: id, decision: 'approve', baseUrl: BASE_URL })
    const approved = (await getJournalist(t.db, id))!
    expect(approved.alertAllTopics).toBe(false)
    expect(approved.alertTopics.sort()).toEqual(['funding', 'workforce'])
    await setAlertTopics(t.db, { userId: id, all: true, topics: [] })
    expect((await getJournalist(t.db, id))!).toMatchObject({ alertAllTopics: true, alertTopics: [] })
  })

  it('carries the beats of an account registered before beats became alert topics when it is approved', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const j = await createJournalist(t.db, { status: 'pending' })
    await t.db
      .update(journalists)
      .set({ beats: ['children-and-families', 'not-a-topic'], alertAllTopics: true })
      .where(eq(journalists.userId, j.id))
    await decideJournalist(t.db, { officerId: officer.id, userId: j.id, decision: 'approve', baseUrl: BASE_URL })
    expect((await getJournalist(t.db, j.id))!).toMatchObject({ alertAllTopics: false, alertTopics: ['children-and-families'] })
  })

  it('declining needs a reason the journalist can act on', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const j = await createJournalist(t.db, { status: 'pending' })
    await expect(decideJournalist(t.db, { officerId: officer.id, userId: j.id, decision: 'decline', reason: 'no', baseUrl: BASE_URL })).rejects.toThrow(/Say why/)
    await decideJournalist(t.db, { officerId: officer.id, userId: j.id, decision: 'decline', reason: 'We could not find your work at this outlet.', baseUrl: BASE_URL })
    expect(await viewerFor(t.db, j)).toMatchObject({ status: 'declined' })
  })
})

describe.runIf(onPostgresServer)('on a PostgreSQL server, two officers press Send at once', () => {
  let connection: Connection
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 10 })
  })
  afterAll(async () => {
    await connection.close()
  })

  it('sends the briefing once: one succeeds, the others are told it was already sent, and each journalist is alerted once', async () => {
    const db = connection.db
    const officers = await Promise.all([1, 2, 3, 4].map(() => createUser(db, { role: 'officer' })))
    const journalist = await createJournalist(db)
    const draft = await createBriefingFromTemplate(db, { actorId: officers[0].id, template: 'serious_case_review' })
    await saveBriefingDraft(db, { actorId: officers[0].id, briefingId: draft.id, fields: briefingFields() })
    const results = await Promise.allSettled(officers.map((o) => releaseBriefing(db, { actorId: o.id, briefingId: draft.id, embargoUntil: null, now: new Date(), baseUrl: BASE_URL })))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of results.filter((r) => r.status === 'rejected')) expect(String((r as PromiseRejectedResult).reason)).toMatch(/already been sent/)
    expect(await listBriefingVersions(db, draft.id)).toHaveLength(1)
    await deliverToMailbox(db)
    expect(await mailTo(db, journalist.email)).toHaveLength(1)
  })
})
