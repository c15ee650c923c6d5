/**
 * The public forms are no relay for strangers' words: one client trying for an hour to make
 * Chorus email addresses nobody has confirmed (the anonymous enquiry form, a press account not
 * yet approved, the press subscription form) causes a handful of emails, none carrying a word it
 * typed, and officers hear of its enquiries in one digest rather than an email each.
 */
import { eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { sendEnquiryDigest } from '../../app/domain/press/enquiries.server.ts'
import { toLondonLocal } from '../../app/utils/london-time.ts'
import * as newEnquiry from '../../app/routes/press.enquiries.new.tsx'
import * as subscribe from '../../app/routes/press.subscribe.tsx'
import { mediaEnquiries, outboxJobs, outboxRecipients } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { deliverToMailbox } from '../helpers/mail.ts'
import { createJournalist } from '../helpers/press.ts'
import { callRoute, createUser } from '../helpers/routes.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'

const TYPED = { name: 'Buy cheap pills now', outlet: 'pills.example', topic: 'CLICK https://pills.example/offer', question: 'Visit https://pills.example/offer for the best prices on pills today.' }

describe('mail to unconfirmed addresses', () => {
  const t = useTestDb()

  it('one client can cause single-digit emails an hour to arbitrary addresses, none with its text; officers get one digest', async () => {
    const officers = [await createUser(t.db, { role: 'officer' }), await createUser(t.db, { role: 'admin' })]
    const pending = await createJournalist(t.db, { status: 'pending', verified: false })
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: pending.id })).id)
    const deadline = toLondonLocal(new Date(Date.now() + 5 * 3_600_000))
    // One client: every request comes from the same address.
    const context = { remoteAddress: '203.0.113.7' }
    const victims: string[] = []
    const statuses: number[] = []
    for (let i = 0; i < 40; i++) {
      const anonymous = `victim-a${i}@example.org`
      const viaPressAccount = `victim-p${i}@example.org`
      const subscriber = `victim-s${i}@example.org`
      victims.push(anonymous, viaPressAccount, subscriber)
      statuses.push((await callRoute(newEnquiry.action, { path: '/press/enquiries/new', context, form: { ...TYPED, email: anonymous, deadline } })).status)
      statuses.push((await callRoute(newEnquiry.action, { path: '/press/enquiries/new', cookie, context, form: { ...TYPED, email: viaPressAccount, deadline } })).status)
      statuses.push((await callRoute(subscribe.action, { path: '/press/subscribe', context, form: { email: subscriber } })).status)
    }
    // Refused with a message, never a failure.
    expect(statuses.filter((s) => s !== 200 && s !== 302 && s !== 303 && s !== 429)).toEqual([])
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(100)

    const toStrangers = await t.db
      .select({ email: outboxRecipients.email, template: outboxJobs.template })
      .from(outboxRecipients)
      .innerJoin(outboxJobs, eq(outboxJobs.id, outboxRecipients.jobId))
      .where(inArray(outboxRecipients.email, victims))
    expect(toStrangers.length).toBeGreaterThan(0)
    expect(toStrangers.length).toBeLessThan(10)

    const mail = await deliverToMailbox(t.db)
    const strangersMail = mail.filter((m) => victims.includes(m.to))
    expect(strangersMail).toHaveLength(toStrangers.length)
    for (const m of strangersMail) for (const typed of ['pills', 'Buy cheap', 'best prices']) expect(`${m.subject}\n${m.text}\n${m.html}`, `${m.to}: ${m.subject}`).not.toContain(typed)
    // Nothing to the officers yet: no email per enquiry.
    expect(mail.filter((m) => officers.some((o) => o.email === m.to))).toEqual([])

    const enquiries = await t.db.select().from(mediaEnquiries)
    const later = new Date(Math.max(...enquiries.map((e) => e.createdAt.getTime())) + 16 * 60_000)
    expect(await sendEnquiryDigest(t.db, { baseUrl: 'http://localhost:3000', now: later })).toBe(enquiries.length)
    const digests = (await deliverToMailbox(t.db)).filter((m) => officers.some((o) => o.email === m.to))
    expect(digests.map((m) => m.to).sort()).toEqual(officers.map((o) => o.email).sort())
  }, 180_000)
})
