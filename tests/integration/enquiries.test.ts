import { and, eq, like } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { addSpokesperson } from '../../app/domain/press/spokespeople.server.ts'
import { assignEnquiry, replyToEnquiry, sendEnquiryDigest, submitEnquiry } from '../../app/domain/press/enquiries.server.ts'
import { setSpokespersonActive } from '../../app/domain/press/spokespeople.server.ts'
import { toLondonLocal } from '../../app/utils/london-time.ts'
import * as officerEnquiry from '../../app/routes/officer.enquiries.$id.tsx'
import * as queuePage from '../../app/routes/officer.enquiries._index.tsx'
import * as myEnquiries from '../../app/routes/press.enquiries._index.tsx'
import * as newEnquiry from '../../app/routes/press.enquiries.new.tsx'
import { auditLog, journalists, mediaEnquiries, outboxJobs, outboxRecipients, rateLimits, users } from '../../db/schema/index.ts'
import { createTestDatabase, onPostgresServer, useTestDb } from '../helpers/db.ts'
import { deliverToMailbox, englishPart } from '../helpers/mail.ts'
import { callRoute, createUser, flashOf, signedInAs } from '../helpers/routes.ts'
import type { Db } from '../../db/client.server.ts'

const HOUR = 3_600_000
const inHours = (h: number) => toLondonLocal(new Date(Date.now() + h * HOUR))
const form = (overrides: Record<string, string | null> = {}) => {
  const base: Record<string, string> = {
    name: 'Tom Ashworth',
    outlet: 'The Northern Record',
    email: 'tom.ashworth@example.com',
    phone: '0161 496 0000',
    deadline: inHours(5),
    topic: 'the Hollins Vale review',
    question: 'Does Chorus think the review is right to blame caseloads?',
  }
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete base[k]
    else base[k] = v
  }
  return base
}
type Reply = { error?: Record<string, string[]> }
const jobsFor = async (db: Db, template: string) => db.select().from(outboxJobs).where(eq(outboxJobs.template, template))

async function recipientsOf(db: Db, template: string) {
  const rows = await db.select({ email: outboxRecipients.email }).from(outboxRecipients).innerJoin(outboxJobs, eq(outboxJobs.id, outboxRecipients.jobId)).where(eq(outboxJobs.template, template))
  return rows.map((r) => r.email).sort()
}

describe('media enquiries from the public and journalists', () => {
  const t = useTestDb()

  it('takes a public enquiry, acknowledges it without echoing a word the sender typed, and puts it in the officers’ next digest', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const admin = await createUser(t.db, { role: 'admin' })
    await createUser(t.db, { role: 'member' })
    const res = await callRoute(newEnquiry.action, { path: '/press/enquiries/new', form: form() })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/press/enquiries/new?sent=1')
    expect(res.headers.getSetCookie().some((c) => c.startsWith('chorus_flash='))).toBe(true)
    const [e] = await t.db.select().from(mediaEnquiries)
    expect(e).toMatchObject({ status: 'open', name: 'Tom Ashworth', outlet: 'The Northern Record', phone: '0161 496 0000', journalistUserId: null, digestedAt: null })
    expect(await recipientsOf(t.db, 'enquiry-acknowledged')).toEqual(['tom.ashworth@example.com'])
    expect(await jobsFor(t.db, 'enquiry-received')).toEqual([])
    expect(await jobsFor(t.db, 'enquiry-new')).toEqual([])

    const receipt = (await deliverToMailbox(t.db)).find((m) => m.to === 'tom.ashworth@example.com')!
    expect(englishPart(receipt.subject)).toBe(`The Chorus press office received your enquiry (Enquiry ${e.number})`)
    for (const typed of ['Tom', 'Ashworth', 'Northern Record', 'Hollins Vale', 'blame caseloads']) {
      expect(receipt.text).not.toContain(typed)
      expect(receipt.html).not.toContain(typed)
    }

    // Not yet: the digest waits for the oldest new enquiry to be 15 minutes old, then lists them all once.
    expect(await sendEnquiryDigest(t.db, { baseUrl: 'http://localhost:3000', now: new Date(e.createdAt.getTime() + 60_000) })).toBe(0)
    await callRoute(newEnquiry.action, { path: '/press/enquiries/new', form: form({ topic: 'Agency staff in Wales', email: 'someone@example.net' }) })
    expect(await sendEnquiryDigest(t.db, { baseUrl: 'http://localhost:3000', now: new Date(e.createdAt.getTime() + 16 * 60_000) })).toBe(2)
    expect(await sendEnquiryDigest(t.db, { baseUrl: 'http://localhost:3000', now: new Date(e.createdAt.getTime() + 60 * 60_000) })).toBe(0)
    expect(await recipientsOf(t.db, 'enquiry-digest')).toEqual([admin.email, officer.email].sort())
    const digest = (await deliverToMailbox(t.db)).find((m) => m.to === officer.email)!
    expect(englishPart(digest.subject)).toBe('Media enquiries: 2 new enquiries in the queue')
    expect(digest.text).toContain(`Enquiry ${e.number}`)
    expect(digest.text).toContain('the Hollins Vale review')
    expect(digest.text).toContain('/officer/enquiries')
  })

  it('sends the full receipt, question and all, only to the signed-in sender’s own confirmed address', async () => {
    const journalist = await signedInAs(t.db, 'journalist')
    await t.db.insert(journalists).values({ userId: journalist.user.id, outlet: 'The Northern Record', jobTitle: 'Reporter', workEmail: 'tom@northern-record.example', status: 'approved' })
    await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, journalist.user.id))
    expect((await callRoute(newEnquiry.action, { path: '/press/enquiries/new', cookie: journalist.cookie, form: form({ email: 'tom@northern-record.example' }) })).status).toBe(303)
    expect((await callRoute(newEnquiry.action, { path: '/press/enquiries/new', cookie: journalist.cookie, form: form({ email: 'victim@example.org' }) })).status).toBe(303)
    expect(await recipientsOf(t.db, 'enquiry-received')).toEqual(['tom@northern-record.example'])
    expect(await recipientsOf(t.db, 'enquiry-acknowledged')).toEqual(['victim@example.org'])
    const mail = await deliverToMailbox(t.db)
    expect(mail.find((m) => m.to === 'tom@northern-record.example')!.text).toContain('Does Chorus think the review is right to blame caseloads?')
    expect(mail.find((m) => m.to === 'victim@example.org')!.text).not.toContain('blame caseloads')
  })

  it('refuses bad input with a clear message and writes nothing', async () => {
    await createUser(t.db, { role: 'officer' })
    const member = await createUser(t.db, { role: 'member' })
    const officer = await createUser(t.db, { role: 'officer' })
    const standing = await addSpokesperson(t.db, {
      actorId: officer.id,
      email: member.email,
      roleTitle: 'Social worker',
      topics: ['workforce'],
      nations: ['england'],
      mediaTrained: false,
      mediaTrainedOn: null,
      bio: '',
      availability: [],
      displayName: undefined,
    })
    await setSpokespersonActive(t.db, { spokespersonId: standing.id, actorId: officer.id, active: false })
    const auditBefore = (await t.db.select().from(auditLog)).length
    const cases: [string, Record<string, string | null>, string, RegExp][] = [
      ['no name', { name: null }, 'name', /Enter your name/],
      ['no outlet', { outlet: '  ' }, 'outlet', /Enter the outlet/],
      ['no email', { email: null }, 'email', /Enter an email address/],
      ['bad email', { email: 'tom at example' }, 'email', /Enter an email address/],
      ['no deadline', { deadline: null }, 'deadline', /Enter your deadline/],
      ['nonsense deadline', { deadline: 'by Friday' }, 'deadline', /as a date and time/],
      ['past deadline', { deadline: inHours(-1) }, 'deadline', /must be in the future/],
      ['far-off deadline', { deadline: inHours(24 * 200) }, 'deadline', /within the next three months/],
      ['no topic', { topic: null }, 'topic', /what your story is about/],
      ['no question', { question: null }, 'question', /Enter your question/],
      ['one-word question', { question: 'Comment?' }, 'question', /Enter your question/],
      ['overlong name', { name: 'N'.repeat(121) }, 'name', /under 120 characters/],
      ['overlong outlet', { outlet: 'O'.repeat(121) }, 'outlet', /under 120 characters/],
      ['overlong topic', { topic: 'T'.repeat(121) }, 'topic', /under 120 characters/],
      ['overlong question', { question: 'Q'.repeat(5001) }, 'question', /under 5,000 characters/],
      ['letters in phone', { phone: 'call me' }, 'phone', /phone number/],
      ['made-up spokesperson', { spokespersonId: 'not-an-id' }, 'spokespersonId', /Choose a spokesperson/],
      ['unknown spokesperson', { spokespersonId: '00000000-0000-4000-8000-000000000000' }, 'spokespersonId', /Choose a spokesperson/],
      ['stood-down spokesperson', { spokespersonId: standing.id }, 'spokespersonId', /Choose a spokesperson/],
    ]
    for (const [label, overrides, field, message] of cases) {
      const res = await callRoute(newEnquiry.action, { path: '/press/enquiries/new', form: form(overrides) })
      expect(res.status, label).toBe(400)
      expect(String((res.body as Reply).error?.[field]?.[0]), label).toMatch(message)
    }
    expect(await t.db.select().from(mediaEnquiries)).toEqual([])
    expect(await t.db.select().from(outboxJobs).where(like(outboxJobs.template, 'enquiry-%'))).toEqual([])
    expect(await t.db.select().from(rateLimits).where(like(rateLimits.key, 'enquiry:%'))).toEqual([])
    expect(await t.db.select().from(auditLog)).toHaveLength(auditBefore)
  })

  it('limits the public form per client address, but not an approved journalist', async () => {
    for (let i = 0; i < 5; i++) expect((await callRoute(newEnquiry.action, { path: '/press/enquiries/new', form: form({ topic: `Story ${i}` }) })).status).toBe(303)
    const limited = await callRoute(newEnquiry.action, { path: '/press/enquiries/new', form: form({ topic: 'One too many' }) })
    expect(limited.status).toBe(429)
    expect((limited.body as { error: Record<string, string[]> }).error['']?.[0]).toMatch(/Too many attempts. Wait \d+ minutes?/)
    expect(await t.db.select().from(mediaEnquiries)).toHaveLength(5)
    // Three receipts a day to any one address, however many enquiries name it.
    expect(await jobsFor(t.db, 'enquiry-acknowledged')).toHaveLength(3)

    const journalist = await signedInAs(t.db, 'journalist')
    await t.db.insert(journalists).values({ userId: journalist.user.id, outlet: 'The Northern Record', jobTitle: 'Reporter', workEmail: 'tom@northern-record.example', status: 'approved' })
    await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, journalist.user.id))
    for (let i = 0; i < 6; i++)
      expect((await callRoute(newEnquiry.action, { path: '/press/enquiries/new', cookie: journalist.cookie, form: form({ email: 'tom@northern-record.example' }) })).status).toBe(303)
  })

  it('lets a signed-in journalist follow their own enquiries and nobody else’s', async () => {
    const journalist = await signedInAs(t.db, 'journalist')
    const other = await signedInAs(t.db, 'journalist')
    const prefilled = (await callRoute(newEnquiry.loader, { path: '/press/enquiries/new', cookie: journalist.cookie })).body as Awaited<ReturnType<typeof newEnquiry.loader>>
    expect(prefilled.defaults).toMatchObject({ name: journalist.user.name, email: journalist.user.email })

    const res = await callRoute(newEnquiry.action, { path: '/press/enquiries/new', cookie: journalist.cookie, form: form({ email: journalist.user.email }) })
    expect([res.status, res.headers.get('location')]).toEqual([303, '/press/enquiries'])
    await callRoute(newEnquiry.action, { path: '/press/enquiries/new', form: form({ topic: 'Sent without signing in' }) })

    const mine = (await callRoute(myEnquiries.loader, { path: '/press/enquiries', cookie: journalist.cookie })).body as Awaited<ReturnType<typeof myEnquiries.loader>>
    expect(mine.enquiries.map((e) => [e.topic, e.statusLabel])).toEqual([['the Hollins Vale review', 'Open']])
    const theirs = (await callRoute(myEnquiries.loader, { path: '/press/enquiries', cookie: other.cookie })).body as typeof mine
    expect(theirs.enquiries).toEqual([])

    expect((await callRoute(myEnquiries.loader, { path: '/press/enquiries' })).status).toBe(302)
    expect((await callRoute(myEnquiries.loader, { path: '/press/enquiries', cookie: (await signedInAs(t.db, 'member')).cookie })).status).toBe(403)

    const officer = await signedInAs(t.db, 'officer')
    const [e] = await t.db.select().from(mediaEnquiries).where(eq(mediaEnquiries.journalistUserId, journalist.user.id))
    await callRoute(officerEnquiry.action, {
      path: `/officer/enquiries/${e.id}`,
      cookie: officer.cookie,
      params: { id: e.id },
      form: { intent: 'reply', replyText: 'Our chair can speak to you at 3pm today.' },
    })
    const after = (await callRoute(myEnquiries.loader, { path: '/press/enquiries', cookie: journalist.cookie })).body as typeof mine
    expect(after.enquiries[0]).toMatchObject({ statusLabel: 'Answered', replyText: 'Our chair can speak to you at 3pm today.' })
  })
})

describe('the officers’ enquiry queue', () => {
  const t = useTestDb()

  async function submit(overrides: Record<string, string | null> = {}) {
    const res = await callRoute(newEnquiry.action, { path: '/press/enquiries/new', form: form(overrides) })
    expect(res.status).toBe(303)
    const [e] = await t.db
      .select()
      .from(mediaEnquiries)
      .where(eq(mediaEnquiries.topic, overrides.topic ?? 'the Hollins Vale review'))
    return e
  }

  it('orders by deadline with a countdown, and filters by status', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const later = await submit({ topic: 'Later story', deadline: inHours(30) })
    const sooner = await submit({ topic: 'Sooner story', deadline: inHours(2.25) })
    await replyToEnquiry(t.db, { actorId: officer.user.id, enquiryId: later.id, replyText: 'Here is our comment on the later story.' })
    const third = await submit({ topic: 'Third story', deadline: inHours(48) })

    const queue = (await callRoute(queuePage.loader, { path: '/officer/enquiries', cookie: officer.cookie })).body as Awaited<ReturnType<typeof queuePage.loader>>
    expect(queue.enquiries.map((e) => e.id)).toEqual([sooner.id, third.id])
    expect(queue.enquiries[0].countdown?.text).toMatch(/^due in 2 h (14|15) min$/)
    const answered = (await callRoute(queuePage.loader, { path: '/officer/enquiries?status=answered', cookie: officer.cookie })).body as typeof queue
    expect(answered.enquiries.map((e) => [e.id, e.countdown])).toEqual([[later.id, null]])
    const all = (await callRoute(queuePage.loader, { path: '/officer/enquiries?status=all', cookie: officer.cookie })).body as typeof queue
    expect(all.enquiries.map((e) => e.topic)).toEqual(['Sooner story', 'Later story', 'Third story'])
    const junk = (await callRoute(queuePage.loader, { path: '/officer/enquiries?status=%3Cscript%3E', cookie: officer.cookie })).body as typeof queue
    expect(junk.status).toBe('active')
  })

  it('says how overdue an enquiry is', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const e = await submit()
    await t.db
      .update(mediaEnquiries)
      .set({ deadline: new Date(Date.now() - 95 * 60_000) })
      .where(eq(mediaEnquiries.id, e.id))
    const page = (await callRoute(officerEnquiry.loader, { path: `/officer/enquiries/${e.id}`, cookie: officer.cookie, params: { id: e.id } })).body as Awaited<
      ReturnType<typeof officerEnquiry.loader>
    >
    expect(page.enquiry.countdown).toEqual({ text: 'overdue by 1 h 35 min', overdue: true, urgent: true })
  })

  it('assigns to a spokesperson, replies by email once, and audits each step', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const speaker = await createUser(t.db, { role: 'member' })
    await addSpokesperson(t.db, {
      actorId: officer.user.id,
      email: speaker.email,
      displayName: 'Ruth Asante',
      roleTitle: 'Chair of the Practice Council',
      topics: ['serious-case-reviews'],
      nations: ['england'],
      mediaTrained: true,
      mediaTrainedOn: '2026-03-14',
      bio: '',
      availability: [],
    })
    const journalist = await createUser(t.db, { role: 'journalist' })
    const e = await submit()
    const at = { path: `/officer/enquiries/${e.id}`, cookie: officer.cookie, params: { id: e.id } }

    const page = (await callRoute(officerEnquiry.loader, at)).body as Awaited<ReturnType<typeof officerEnquiry.loader>>
    expect(page.assignees.map((a) => a.label)).toEqual(expect.arrayContaining([`${officer.user.name} (officer)`, 'Ruth Asante (spokesperson: Chair of the Practice Council)']))
    expect(page.assignees.map((a) => a.userId)).not.toContain(journalist.id)

    const refused = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'assign', assigneeId: journalist.id } })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ error: { assigneeId: ['Choose an officer or an active spokesperson'] } })
    const nobody = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'assign', assigneeId: '' } })
    expect(nobody.body).toMatchObject({ error: { assigneeId: ['Choose who will handle this enquiry'] } })

    const assigned = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'assign', assigneeId: speaker.id } })
    expect(await flashOf(assigned)).toMatchObject({ tone: 'success' })
    expect((await t.db.select().from(mediaEnquiries).where(eq(mediaEnquiries.id, e.id)))[0]).toMatchObject({ status: 'assigned', assigneeUserId: speaker.id })
    expect(await recipientsOf(t.db, 'enquiry-assigned')).toEqual([speaker.email])

    const empty = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'reply', replyText: '   ' } })
    expect(empty.status).toBe(400)
    expect(empty.body).toMatchObject({ error: { replyText: ['Write your reply to the journalist'] } })
    const long = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'reply', replyText: 'x'.repeat(10_001) } })
    expect(long.body).toMatchObject({ error: { replyText: ['Keep the reply under 10,000 characters'] } })
    expect((await t.db.select().from(mediaEnquiries).where(eq(mediaEnquiries.id, e.id)))[0].status).toBe('assigned')

    const reply = 'Chorus says the review is right: caseloads of 28 children are unsafe.\n\nRuth Asante can speak to you at 3pm.'
    const sent = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'reply', replyText: reply } })
    expect(await flashOf(sent)).toMatchObject({ message: expect.stringContaining('Reply sent') })
    const again = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'reply', replyText: 'A second answer by mistake.' } })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ error: { '': ['This enquiry has already been answered'] } })
    const decline = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'decline', reason: 'Changed our minds about this one.' } })
    expect(decline.status).toBe(409)

    const [row] = await t.db.select().from(mediaEnquiries).where(eq(mediaEnquiries.id, e.id))
    expect(row).toMatchObject({ status: 'answered', replyText: reply, closedByUserId: officer.user.id, assigneeUserId: speaker.id, declineReason: null })
    expect(await jobsFor(t.db, 'enquiry-reply')).toHaveLength(1)
    const mail = await deliverToMailbox(t.db)
    const answer = mail.find((m) => englishPart(m.subject) === 'Chorus press office: the Hollins Vale review')!
    expect(answer.to).toBe('tom.ashworth@example.com')
    expect(answer.text).toContain('caseloads of 28 children are unsafe.')
    expect(answer.text).toContain(`${officer.user.name}, for the Chorus press office`)
    expect(mail.filter((m) => m.to === speaker.email).map((m) => englishPart(m.subject))).toEqual([expect.stringMatching(/^Media enquiry for you, due /)])

    const trail = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, e.id)).orderBy(auditLog.id)
    expect(trail.map((a) => [a.action, a.actorId])).toEqual([
      ['enquiry.assign', officer.user.id],
      ['enquiry.answer', officer.user.id],
    ])
    expect(trail[1].after).toMatchObject({ status: 'answered', replyText: reply })
  })

  it('declines an open enquiry with a reason the journalist is emailed', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const e = await submit()
    const at = { path: `/officer/enquiries/${e.id}`, cookie: officer.cookie, params: { id: e.id } }
    const short = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'decline', reason: 'No.' } })
    expect(short.status).toBe(400)
    expect(
      await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.subjectId, e.id))),
    ).toEqual([])
    const unknown = await callRoute(officerEnquiry.action, { ...at, form: { intent: 'shred' } })
    expect(unknown.body).toMatchObject({ error: { intent: ['Choose what to do'] } })

    const reason = 'We do not comment on individual social workers while a review is under way.'
    expect(await flashOf(await callRoute(officerEnquiry.action, { ...at, form: { intent: 'decline', reason } }))).toMatchObject({ tone: 'success' })
    expect((await t.db.select().from(mediaEnquiries).where(eq(mediaEnquiries.id, e.id)))[0]).toMatchObject({ status: 'declined', declineReason: reason, assigneeUserId: officer.user.id })
    const mail = await deliverToMailbox(t.db)
    expect(
      mail
        .filter((m) => m.to === 'tom.ashworth@example.com')
        .map((m) => englishPart(m.subject))
        .sort(),
    ).toEqual(['Chorus press office: the Hollins Vale review', expect.stringMatching(/^The Chorus press office received your enquiry \(Enquiry \d+\)$/)])
    expect(mail.find((m) => englishPart(m.subject).startsWith('Chorus press office'))!.text).toContain(reason)
    expect((await t.db.select().from(auditLog).where(eq(auditLog.subjectId, e.id))).map((a) => a.action)).toEqual(['enquiry.decline'])
    expect((await callRoute(officerEnquiry.loader, { ...at, params: { id: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404)
  })
})

describe.runIf(onPostgresServer)('two officers answering at once (PostgreSQL)', () => {
  it('sends one answer; the other officer is told it was already answered', async () => {
    const connection = await createTestDatabase({ max: 4 })
    try {
      const db = connection.db
      const [a, b] = [await createUser(db, { role: 'officer' }), await createUser(db, { role: 'officer' })]
      const e = await submitEnquiry(db, {
        name: 'Tom Ashworth',
        outlet: 'The Northern Record',
        email: 'tom@example.com',
        deadline: new Date(Date.now() + 5 * HOUR),
        topic: 'Caseloads',
        question: 'What is your view on caseloads?',
        ip: 'test',
        baseUrl: 'http://localhost:3000',
      })
      await assignEnquiry(db, { actorId: a.id, enquiryId: e.id, assigneeId: b.id, baseUrl: 'http://localhost:3000' })
      const results = await Promise.allSettled([
        replyToEnquiry(db, { actorId: a.id, enquiryId: e.id, replyText: 'Answer from the first officer.' }),
        replyToEnquiry(db, { actorId: b.id, enquiryId: e.id, replyText: 'Answer from the second officer.' }),
      ])
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
      const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
      expect(failure.reason.message).toBe('This enquiry has already been answered')
      expect(await db.select().from(outboxJobs).where(eq(outboxJobs.template, 'enquiry-reply'))).toHaveLength(1)
      expect(
        await db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.subjectId, e.id), eq(auditLog.action, 'enquiry.answer'))),
      ).toHaveLength(1)
    } finally {
      await connection.close()
    }
  })
})

describe('demo data', () => {
  const t = useTestDb()

  it('gives the press room three spokespeople and the officers two open enquiries', async () => {
    const { seedDemoData } = await import('../../db/demo-data.ts')
    await seedDemoData(t.db)
    const { listSpokespeople } = await import('../../app/domain/press/spokespeople.server.ts')
    const { listEnquiryQueue } = await import('../../app/domain/press/enquiries.server.ts')
    expect((await listSpokespeople(t.db, { now: new Date() })).map((s) => s.name).sort()).toEqual(['Amira Okafor', 'Daniel Mensah', 'Priya Raman'])
    const queue = await listEnquiryQueue(t.db, { status: 'active', now: new Date() })
    expect(queue.map((e) => [e.outlet, e.statusLabel, e.countdown?.overdue])).toEqual([
      ['The Northern Record', 'Open', false],
      ['Radio Cymru (freelance producer)', 'Open', false],
    ])
  })
})
