import { and, eq, like } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../app/domain/outbox/worker.server.ts'
import { correctBriefing, getBriefing, getBriefingTiming, rescheduleEmbargo, withdrawBriefing } from '../../app/domain/press/briefings.server.ts'
import { decideJournalist } from '../../app/domain/press/journalists.server.ts'
import { resendTransport } from '../../app/utils/mail-transport.server.ts'
import type { Connection, Db } from '../../db/client.server.ts'
import { journalists, outboxJobs } from '../../db/schema/index.ts'
import { createTestDatabase } from '../helpers/db.ts'
import { englishPart, workerOptions } from '../helpers/mail.ts'
import { BASE_URL, briefingFields, createJournalist, createSubscriber, sendBriefing } from '../helpers/press.ts'
import { ResendCapture } from '../helpers/resend-capture.ts'
import { formatLondon } from '../../app/utils/london-time.ts'
import { createUser } from '../helpers/routes.ts'

const HEADLINE = 'Chorus responds to the Northfield safeguarding review'
const HOUR = 3600_000

/** Makes a briefing's queued alerts due now, as if the clock had reached the lift. */
async function reachLift(db: Db, briefingId: string) {
  await db
    .update(outboxJobs)
    .set({ notBefore: new Date(Date.now() - 1000) })
    .where(and(like(outboxJobs.dedupeKey, `press:${briefingId}:%`), eq(outboxJobs.status, 'pending')))
}

/**
 * Runs on PGlite, and on the PostgreSQL server when TEST_DATABASE_URL is set (CI): the outbox
 * delivers through the real Resend SDK to the capture server, which counts what each person got.
 */
describe('embargo follow-ups and lift alerts, delivered through the outbox', () => {
  let connection: Connection
  let capture: ResendCapture
  beforeAll(async () => {
    connection = await createTestDatabase()
  })
  afterAll(async () => {
    await connection.close()
  })
  afterEach(async () => {
    await capture?.stop()
  })

  const deliver = () => drainOutbox(connection.db, workerOptions({ transport: resendTransport({ apiKey: 're_test', baseUrl: capture.url }) }))
  const subjectsTo = (email: string) => capture.delivered.filter((m) => m.to === email).map((m) => englishPart(m.subject))
  const count = (email: string, prefix: string) => subjectsTo(email).filter((s) => s.startsWith(prefix)).length

  it('a journalist who received the embargoed text gets the corrected, moved and withdrawn notices once each; nobody else does', async () => {
    capture = await new ResendCapture().start()
    const db = connection.db
    const officer = await createUser(db, { role: 'officer' })
    const holder = await createJournalist(db)
    const offTopic = await createJournalist(db, { topics: ['funding'] })
    const subscriber = await createSubscriber(db)
    const sentAt = new Date()
    const id = await sendBriefing(db, { officerId: officer.id, embargoUntil: new Date(Date.now() + HOUR), now: sentAt })
    await deliver()
    expect(subjectsTo(holder.email)).toEqual([`EMBARGOED press briefing: ${HEADLINE}`])

    // Corrected before the lift: the corrected text itself, saying which version it replaces.
    const corrected = briefingFields({ standfirst: 'The review finds caseloads of up to 28 children per social worker.' })
    await correctBriefing(db, { actorId: officer.id, briefingId: id, fields: corrected, correctionNote: 'The caseload figure is 28, not 32.', now: new Date(), baseUrl: BASE_URL })
    await deliver()
    const correction = capture.delivered.find((m) => m.to === holder.email && englishPart(m.subject).startsWith('CORRECTED — replaces the version sent at '))!
    expect(correction.text).toContain('The review finds caseloads of up to 28 children per social worker.')
    expect(correction.text).toContain('The caseload figure is 28, not 32.')
    expect(correction.text).toMatch(/EMBARGOED UNTIL/)

    // Moved: the new time, at once.
    const later = new Date(Date.now() + 2 * HOUR)
    await rescheduleEmbargo(db, { actorId: officer.id, briefingId: id, embargoUntil: later, now: new Date(), baseUrl: BASE_URL })
    await deliver()
    expect(count(holder.email, 'EMBARGO MOVED to ')).toBe(1)

    // Withdrawn: do not publish. A second press of Withdraw changes nothing and sends nothing.
    await withdrawBriefing(db, { actorId: officer.id, briefingId: id, notice: 'This briefing was issued in error and has been withdrawn.', now: new Date(), baseUrl: BASE_URL })
    await expect(withdrawBriefing(db, { actorId: officer.id, briefingId: id, notice: 'Withdrawn again by a second officer.', now: new Date(), baseUrl: BASE_URL })).rejects.toThrow(/cannot do that/)
    await deliver()
    const withdrawn = capture.delivered.find((m) => m.to === holder.email && englishPart(m.subject) === `EMBARGOED RELEASE WITHDRAWN — do not publish: ${HEADLINE}`)!
    expect(withdrawn.text).toContain('This briefing was issued in error and has been withdrawn.')

    // The lift time passes: nothing more goes, to anyone.
    await reachLift(db, id)
    await deliver()
    await deliver()
    expect(count(holder.email, 'EMBARGOED press briefing:')).toBe(1)
    expect(count(holder.email, 'CORRECTED — replaces the version sent at ')).toBe(1)
    expect(count(holder.email, 'EMBARGO MOVED to ')).toBe(1)
    expect(count(holder.email, 'EMBARGOED RELEASE WITHDRAWN — do not publish')).toBe(1)
    expect(subjectsTo(holder.email)).toHaveLength(4)
    expect(subjectsTo(offTopic.email)).toEqual([])
    expect(subjectsTo(subscriber.email)).toEqual([])
    const b = (await getBriefing(db, id))!
    expect(b.status).toBe('withdrawn')
    // The officer's page counts the follow-ups as it counts the alerts.
    const kinds = Object.fromEntries((await getBriefingTiming(db, b)).alerts.map((a) => [a.kind, a]))
    for (const kind of ['corrected', 'moved', 'withdrawn']) expect(kinds[kind], kind).toMatchObject({ delivered: kinds[kind].recipients })
    expect(kinds.withdrawn.recipients).toBeGreaterThanOrEqual(1)
  })

  it('lifted early: whoever received the embargoed text gets one early-lift notice naming the old time, instead of the lift alert; others get the ordinary alert', async () => {
    capture = await new ResendCapture().start()
    const db = connection.db
    const officer = await createUser(db, { role: 'officer' })
    const holder = await createJournalist(db)
    const offTopic = await createJournalist(db, { topics: ['funding'] })
    const late = await createJournalist(db, { status: 'pending' })
    const subscriber = await createSubscriber(db)
    const embargoUntil = new Date(Date.now() + 26 * HOUR)
    const id = await sendBriefing(db, { officerId: officer.id, embargoUntil })
    await deliver()
    expect(subjectsTo(holder.email)).toEqual([`EMBARGOED press briefing: ${HEADLINE}`])
    await decideJournalist(db, { officerId: officer.id, userId: late.id, decision: 'approve', baseUrl: BASE_URL })

    await rescheduleEmbargo(db, { actorId: officer.id, briefingId: id, embargoUntil: null, now: new Date(), baseUrl: BASE_URL })
    // Pressed again (a second officer, a resent form): refused, and nothing more goes.
    await expect(rescheduleEmbargo(db, { actorId: officer.id, briefingId: id, embargoUntil: null, now: new Date(), baseUrl: BASE_URL })).rejects.toThrow(/still under embargo/)
    await deliver()
    await deliver()

    const title = `EMBARGO LIFTED EARLY — now free to publish (was embargoed until ${formatLondon(embargoUntil)})`
    expect(subjectsTo(holder.email)).toEqual([`EMBARGOED press briefing: ${HEADLINE}`, `${title}: ${HEADLINE}`])
    const notice = capture.delivered.find((m) => m.to === holder.email && englishPart(m.subject).startsWith('EMBARGO LIFTED EARLY'))!
    expect(notice.text).toContain(`It was embargoed until ${formatLondon(embargoUntil)}. You are now free to publish, broadcast or use it online.`)
    expect(notice.text).toContain(`${BASE_URL}/press/`)
    // Not entitled: nothing at all.
    expect(subjectsTo(offTopic.email)).toEqual([])
    // Never held the embargoed text: the ordinary lift alert, no early-lift notice.
    expect(subjectsTo(late.email).filter((s) => s !== 'Your Chorus press account is approved')).toEqual([`Press briefing: ${HEADLINE}`])
    expect(subjectsTo(subscriber.email)).toEqual([`Press briefing: ${HEADLINE}`])

    const b = (await getBriefing(db, id))!
    expect(b.status).toBe('published')
    const kinds = Object.fromEntries((await getBriefingTiming(db, b)).alerts.map((a) => [a.kind, a]))
    // The officer's page counts the early-lift notices as it counts the alerts.
    expect(kinds['lifted-early']).toMatchObject({ delivered: kinds['lifted-early'].recipients })
    expect(kinds['lifted-early'].recipients).toBeGreaterThanOrEqual(1)
  })

  it('the lift alert goes to who is entitled at the lift: approved after sending, yes; approval lost, no; each once', async () => {
    capture = await new ResendCapture().start()
    const db = connection.db
    const officer = await createUser(db, { role: 'officer' })
    const early = await createJournalist(db)
    const late = await createJournalist(db, { status: 'pending' })
    const revoked = await createJournalist(db)
    const id = await sendBriefing(db, { officerId: officer.id, embargoUntil: new Date(Date.now() + HOUR) })
    await deliver()
    expect(count(early.email, 'EMBARGOED press briefing:')).toBe(1)
    expect(count(revoked.email, 'EMBARGOED press briefing:')).toBe(1)
    expect(subjectsTo(late.email)).toEqual([])

    await decideJournalist(db, { officerId: officer.id, userId: late.id, decision: 'approve', baseUrl: BASE_URL })
    await db.update(journalists).set({ status: 'declined' }).where(eq(journalists.userId, revoked.id))
    await reachLift(db, id)
    await deliver()
    await deliver()
    const liftAlert = `Press briefing: ${HEADLINE}`
    expect(count(early.email, liftAlert)).toBe(1)
    expect(count(late.email, liftAlert)).toBe(1)
    expect(count(revoked.email, liftAlert)).toBe(0)
    // The late journalist never held the embargoed text.
    expect(count(late.email, 'EMBARGOED')).toBe(0)
    // On time, nobody is told the embargo was lifted early.
    expect(capture.delivered.filter((m) => englishPart(m.subject).startsWith('EMBARGO LIFTED EARLY'))).toEqual([])
  })

  it('a correction after publication goes to those the lift alerts reached, subscribers with their own unsubscribe link', async () => {
    capture = await new ResendCapture().start()
    const db = connection.db
    const officer = await createUser(db, { role: 'officer' })
    const journalist = await createJournalist(db)
    const subscriber = await createSubscriber(db)
    const id = await sendBriefing(db, { officerId: officer.id })
    await deliver()
    await correctBriefing(db, {
      actorId: officer.id,
      briefingId: id,
      fields: briefingFields({ standfirst: 'Corrected standfirst for readers.' }),
      correctionNote: 'The caseload figure is 28, not 32.',
      now: new Date(),
      baseUrl: BASE_URL,
    })
    await deliver()
    await deliver()
    for (const who of [journalist.email, subscriber.email]) {
      expect(count(who, 'Press briefing:')).toBe(1)
      expect(count(who, 'CORRECTED — replaces the version sent at ')).toBe(1)
    }
    const toSubscriber = capture.delivered.find((m) => m.to === subscriber.email && englishPart(m.subject).startsWith('CORRECTED'))!
    expect(toSubscriber.html).toContain(`/press/unsubscribe?token=${subscriber.unsubscribeToken}`)
    expect(toSubscriber.text).not.toMatch(/EMBARGOED/)
  })

  it('a lift alert addressed at the lift to more than one batch reaches each person once', async () => {
    capture = await new ResendCapture().start()
    const db = connection.db
    const officer = await createUser(db, { role: 'officer' })
    const subscribers = []
    for (let i = 0; i < 130; i++) subscribers.push(await createSubscriber(db, { topics: ['serious-case-reviews'] }))
    const id = await sendBriefing(db, { officerId: officer.id, embargoUntil: new Date(Date.now() + HOUR) })
    await deliver()
    await reachLift(db, id)
    await deliver()
    await deliver()
    for (const s of subscribers) expect(count(s.email, `Press briefing: ${HEADLINE}`), s.email).toBe(1)
  })
})
