import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as register from '../../app/routes/press.register.tsx'
import * as queue from '../../app/routes/officer.journalists.tsx'
import * as newBriefing from '../../app/routes/officer.press.new.tsx'
import * as editBriefing from '../../app/routes/officer.press.$id.tsx'
import * as officerPress from '../../app/routes/officer.press._index.tsx'
import { getBriefing } from '../../app/domain/press/briefings.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { auditLog, journalists, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { deliverToMailbox } from '../helpers/mail.ts'
import { BASE_URL, createJournalist } from '../helpers/press.ts'
import { callRoute, flashOf, signedInAs } from '../helpers/routes.ts'

const fields = {
  headline: 'Chorus responds to the Eastbrook review',
  standfirst: 'The review finds caseloads of 30. Chorus calls for a limit.',
  body: '## Our response\n\n- Caseloads are too high.',
  keyFacts: 'Caseloads of 30\nOne in four posts vacant',
  notesToEditors: 'About Chorus.',
  contactName: 'Press office',
  contactEmail: 'press@chorus.example',
  contactPhone: '020 7946 0000',
  quote1Text: 'Too many cases.',
  quote1Name: 'Priya Raman',
  quote1Role: 'Chair',
}

describe('press pages', () => {
  const t = useTestDb()

  it('registers a journalist: pending, asked to check their email, confirmation email sent; bad input changes nothing', async () => {
    const bad = await callRoute(register.action as never, { path: '/press/register', form: { name: 'Sam', outlet: '', jobTitle: 'Reporter', email: 'not-an-email', password: 'short' } })
    expect(bad.status).toBe(400)
    expect(await t.db.select().from(journalists)).toHaveLength(0)
    const ok = await callRoute(register.action as never, {
      path: '/press/register',
      form: { name: 'Sam Hale', outlet: 'The Gazette', jobTitle: 'Reporter', email: 'sam@gazette.example', password: 'a long enough password', beats: 'workforce' },
    })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ sentTo: 'sam@gazette.example' })
    expect(ok.headers.get('set-cookie')).toBeNull()
    const [j] = await t.db.select().from(journalists)
    expect(j).toMatchObject({ outlet: 'The Gazette', status: 'pending', beats: ['workforce'] })
    const mail = await deliverToMailbox(t.db)
    expect(mail.map((m) => m.to)).toContain('sam@gazette.example')
  })

  it('an officer approves a press account from the queue; the decision is audited', async () => {
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    const j = await createJournalist(t.db, { status: 'pending' })
    const page = await callRoute(queue.loader as never, { path: '/officer/journalists', cookie })
    expect((page.body as { queue: { userId: string }[] }).queue.map((q) => q.userId)).toContain(j.id)
    const res = await callRoute(queue.action as never, { path: '/officer/journalists', cookie, form: { decision: 'approve', userId: j.id } })
    expect(await flashOf(res)).toMatchObject({ location: '/officer/journalists', message: expect.stringContaining('approved') })
    const [row] = await t.db.select().from(journalists).where(eq(journalists.userId, j.id))
    expect(row).toMatchObject({ status: 'approved', decidedBy: officer.id })
    const refused = await callRoute(queue.action as never, { path: '/officer/journalists', cookie, form: { decision: 'decline', userId: j.id, reason: 'x' } })
    expect(refused.status).toBe(400)
  })

  it('template → fill → embargo: three submissions; an embargo in the past is refused and sends nothing', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const created = await callRoute(newBriefing.action as never, { path: '/officer/press/new', cookie, form: { template: 'serious_case_review' } })
    expect(created.status).toBe(303)
    expect((await flashOf(created))?.message).toMatch(/square brackets/)
    const id = created.headers.get('location')!.split('/').pop()!
    const past = await callRoute(editBriefing.action as never, {
      path: `/officer/press/${id}`,
      cookie,
      params: { id },
      form: { ...fields, intent: 'release', when: 'embargo', embargoUntil: '2020-01-01T09:00' },
    })
    expect(past.status).toBe(400)
    expect((await getBriefing(t.db, id))!.status).toBe('draft')
    // the officer's edits were kept even though sending was refused
    expect((await getBriefing(t.db, id))!.headline).toBe(fields.headline)
    const sent = await callRoute(editBriefing.action as never, {
      path: `/officer/press/${id}`,
      cookie,
      params: { id },
      form: { ...fields, intent: 'release', when: 'embargo', embargoUntil: '2099-06-01T09:30' },
    })
    expect(sent.status).toBe(303)
    const b = (await getBriefing(t.db, id))!
    expect(b.status).toBe('scheduled')
    expect(b.embargoUntil!.toISOString()).toBe('2099-06-01T08:30:00.000Z') // 09:30 London summer time
    expect(b.keyFacts).toEqual(['Caseloads of 30', 'One in four posts vacant'])
    const list = await callRoute(officerPress.loader as never, { path: '/officer/press', cookie })
    expect((list.body as { briefings: { id: string; group: string }[] }).briefings.find((x) => x.id === id)?.group).toBe('scheduled')
  })

  it('autosave keeps a draft; an invalid autosave changes nothing', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const created = await callRoute(newBriefing.action as never, { path: '/officer/press/new', cookie, form: { template: 'other' } })
    const id = created.headers.get('location')!.split('/').pop()!
    const saved = await callRoute(editBriefing.action as never, { path: `/officer/press/${id}`, cookie, params: { id }, form: { ...fields, intent: 'autosave' } })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ status: 'success' })
    const bad = await callRoute(editBriefing.action as never, { path: `/officer/press/${id}`, cookie, params: { id }, form: { ...fields, headline: '', intent: 'autosave' } })
    expect(bad.status).toBe(400)
    expect((await getBriefing(t.db, id))!.headline).toBe(fields.headline)
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, id))
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['briefing.create', 'briefing.edit']))
  })

  it('a journalist cannot reach the officer pages', async () => {
    const j = await createJournalist(t.db)
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: j.id })).id)
    expect((await callRoute(officerPress.loader as never, { path: '/officer/press', cookie })).status).toBe(403)
    expect((await t.db.select().from(users).where(eq(users.id, j.id)))[0].role).toBe('journalist')
  })
})

describe('briefings elsewhere on the site', () => {
  const t = useTestDb()

  it('a statement lists the lifted briefings that cite it, never one under embargo', async () => {
    const { createStatement, sendBriefing } = await import('../helpers/press.ts')
    const statementPage = await import('../../app/routes/statements.$slug.tsx')
    const officer = (await signedInAs(t.db, 'officer')).user
    const s = await createStatement(t.db)
    await sendBriefing(t.db, { officerId: officer.id, fields: { headline: 'Chorus responds to the Westmoor review', statementIds: [s.id] } })
    await sendBriefing(t.db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 3600_000), fields: { headline: 'Chorus responds to the Southdale review', statementIds: [s.id] } })
    const page = await callRoute(statementPage.loader as never, { path: `/statements/${s.slug}`, params: { slug: s.slug } })
    expect((page.body as { briefings: { headline: string }[] }).briefings.map((b) => b.headline)).toEqual(['Chorus responds to the Westmoor review'])
  })

  it('a withdrawn briefing shows its notice to everyone instead of the body, and leaves the feeds', async () => {
    const { sendBriefing } = await import('../helpers/press.ts')
    const { withdrawBriefing } = await import('../../app/domain/press/briefings.server.ts')
    const briefingPage = await import('../../app/routes/press.$slug.tsx')
    const feed = await import('../../app/routes/press.feed[.]json.ts')
    const officer = (await signedInAs(t.db, 'officer')).user
    const id = await sendBriefing(t.db, { officerId: officer.id, fields: { headline: 'Chorus responds to the Northmoor review' } })
    await withdrawBriefing(t.db, { actorId: officer.id, briefingId: id, notice: 'This briefing contained an error and has been withdrawn.', now: new Date(), baseUrl: BASE_URL })
    const b = (await getBriefing(t.db, id))!
    const page = await callRoute(briefingPage.loader as never, { path: `/press/${b.slug}`, params: { slug: b.slug } })
    expect(page.status).toBe(200)
    expect(page.body).toMatchObject({ view: 'withdrawn', article: null, notice: 'This briefing contained an error and has been withdrawn.' })
    expect(JSON.stringify(page.body)).not.toContain('Caseloads are too high')
    const json = await callRoute(feed.loader as never, { path: '/press/feed.json' })
    expect(String(json.body)).not.toContain('Northmoor')
  })
})
