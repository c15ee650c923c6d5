import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as alertsPage from '../../app/routes/press.alerts.tsx'
import { journalists, mailboxMessages, users } from '../../db/schema/index.ts'
import { correctBriefing, createBriefingFromTemplate, releaseBriefing, rescheduleEmbargo, saveBriefingDraft, withdrawBriefing } from '../../app/domain/press/briefings.server.ts'
import { saveBriefingWelsh } from '../../app/domain/press/welsh.server.ts'
import type { Db } from '../../db/client.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { deliverToMailbox, latestMailTo } from '../helpers/mail.ts'
import { BASE_URL, briefingFields, createJournalist } from '../helpers/press.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

const HEADLINE = 'Chorus responds to the Northfield safeguarding review'
const WELSH = {
  headlineCy: 'Chorus yn ymateb i adolygiad diogelu Northfield',
  standfirstCy: 'Mae’r adolygiad yn canfod llwythi achos o hyd at 32 o blant i bob gweithiwr cymdeithasol.',
  bodyCy: '- Mae llwythi achos yn rhy uchel.',
  keyFactsCy: '',
  notesToEditorsCy: 'Chorus yw corff proffesiynol cenedlaethol gweithwyr cymdeithasol.',
}
async function sessionCookieFor(db: Db, userId: string) {
  return sessionCookieHeader((await createSession(db, { userId })).id)
}

/** Everything delivered to the address so far (the test clock stands still: order by what it says). */
async function mailTo(db: Db, email: string, subject: RegExp) {
  await deliverToMailbox(db)
  const found = (await db.select().from(mailboxMessages).where(eq(mailboxMessages.to, email))).filter((m) => subject.test(m.subject))
  expect(found, `${email}: ${subject}`).toHaveLength(1)
  return found[0]
}

const ENGLISH_MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/

/** A briefing sent by an officer, with its Welsh version written before sending when `welsh` is true. */
async function sendBriefing(db: Db, input: { welsh: boolean; embargoUntil?: Date }) {
  const officer = await createUser(db, { role: 'officer' })
  const draft = await createBriefingFromTemplate(db, { actorId: officer.id, template: 'serious_case_review' })
  await saveBriefingDraft(db, { actorId: officer.id, briefingId: draft.id, fields: briefingFields({ headline: HEADLINE }) })
  if (input.welsh) await saveBriefingWelsh(db, { actorId: officer.id, briefingId: draft.id, ...WELSH })
  await releaseBriefing(db, { actorId: officer.id, briefingId: draft.id, embargoUntil: input.embargoUntil ?? null, now: new Date(), baseUrl: BASE_URL })
  return { id: draft.id, officerId: officer.id }
}

async function journalistChoosing(db: Db, language: 'cy' | 'en' | 'both' | null, accountLocale: 'cy' | 'en' | null = null) {
  const j = await createJournalist(db)
  if (accountLocale) await db.update(users).set({ locale: accountLocale }).where(eq(users.id, j.id))
  if (language) await db.update(journalists).set({ alertLanguage: language }).where(eq(journalists.userId, j.id))
  return j
}

describe('a journalist chooses the language of their briefing alerts', () => {
  const t = useTestDb()

  it('the press account page saves the choice, and shows the account’s language until one is made', async () => {
    const j = await journalistChoosing(t.db, null, 'cy')
    const cookie = await sessionCookieFor(t.db, j.id)
    const before = await callRoute(alertsPage.loader as never, { path: '/press/alerts', cookie })
    expect((before.body as { language: string }).language).toBe('cy')
    const bad = await callRoute(alertsPage.action as never, { path: '/cy/press/alerts', cookie, form: { intent: 'language', alertLanguage: 'fr' } })
    expect(bad.status).toBe(400)
    const saved = await callRoute(alertsPage.action as never, { path: '/press/alerts', cookie, form: { intent: 'language', alertLanguage: 'both' } })
    expect(saved.status).toBe(303)
    const [row] = await t.db.select({ alertLanguage: journalists.alertLanguage }).from(journalists).where(eq(journalists.userId, j.id))
    expect(row.alertLanguage).toBe('both')
  })

  it('the same page saves the alert topics; chosen topics with none ticked, or no choice at all, are refused and change nothing', async () => {
    const j = await journalistChoosing(t.db, null)
    const cookie = await sessionCookieFor(t.db, j.id)
    const settings = async () => (await callRoute(alertsPage.loader as never, { path: '/press/alerts', cookie })).body as { all: boolean; topics: string[] }
    const post = (form: [string, string][]) => callRoute(alertsPage.action as never, { path: '/press/alerts', cookie, form: [['intent', 'topics'], ...form] })

    const none = await post([['scope', 'chosen']])
    expect(none.status).toBe(400)
    expect((none.body as { error: Record<string, string[]> }).error.topics).toEqual(['Choose at least one topic, or all topics'])
    const noChoice = await post([])
    expect(noChoice.status).toBe(400)
    expect((noChoice.body as { error: Record<string, string[]> }).error.scope).toEqual(['Choose all topics or the topics you want'])
    expect(await settings()).toMatchObject({ all: true, topics: [] })

    const saved = await post([
      ['scope', 'chosen'],
      ['topics', 'mental-health'],
      ['topics', 'adult-social-care'],
    ])
    expect(saved.status).toBe(303)
    expect(await settings()).toMatchObject({ all: false, topics: expect.arrayContaining(['mental-health', 'adult-social-care']) })
  })

  it('a pending journalist cannot choose yet, and is told why', async () => {
    const j = await createJournalist(t.db, { status: 'pending' })
    const cookie = await sessionCookieFor(t.db, j.id)
    const refused = await callRoute(alertsPage.action as never, { path: '/press/alerts', cookie, form: { intent: 'language', alertLanguage: 'cy' } })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    const [row] = await t.db.select({ alertLanguage: journalists.alertLanguage }).from(journalists).where(eq(journalists.userId, j.id))
    expect(row.alertLanguage).toBeNull()
  })

  it('Welsh gets the Welsh version, English the English, both gets both; an unchosen journalist follows their account', async () => {
    const welsh = await journalistChoosing(t.db, 'cy', 'en')
    const english = await journalistChoosing(t.db, 'en', 'cy')
    const both = await journalistChoosing(t.db, 'both', 'en')
    const unchosenWelsh = await journalistChoosing(t.db, null, 'cy')
    await sendBriefing(t.db, { welsh: true })

    const cy = await latestMailTo(t.db, welsh.email)
    expect(cy.subject).toBe(`Briff i’r wasg: ${WELSH.headlineCy}`)
    expect(cy.text).toContain(WELSH.standfirstCy)
    expect(cy.text).toContain(WELSH.notesToEditorsCy)
    expect(cy.text).toContain('DIWEDD')
    expect(cy.text).toContain('/cy/press/')
    expect(cy.text).not.toContain(HEADLINE)
    expect(cy.text).not.toMatch(ENGLISH_MONTHS)

    const en = await latestMailTo(t.db, english.email)
    expect(en.subject).toBe(`Press briefing: ${HEADLINE}`)
    expect(en.text).not.toContain(WELSH.headlineCy)
    expect(en.text).toContain('ENDS')

    const bi = await latestMailTo(t.db, both.email)
    expect(bi.subject).toBe(`Briff i’r wasg: ${WELSH.headlineCy} / Press briefing: ${HEADLINE}`)
    expect(bi.text.indexOf(WELSH.headlineCy)).toBeGreaterThanOrEqual(0)
    expect(bi.text.indexOf(WELSH.headlineCy)).toBeLessThan(bi.text.indexOf(HEADLINE))

    expect((await latestMailTo(t.db, unchosenWelsh.email)).subject).toBe(`Briff i’r wasg: ${WELSH.headlineCy}`)
  })

  it('with no Welsh version, Welsh alerts give the English and say the Welsh is not available', async () => {
    const welsh = await journalistChoosing(t.db, 'cy')
    const english = await journalistChoosing(t.db, 'en')
    await sendBriefing(t.db, { welsh: false })
    const cy = await latestMailTo(t.db, welsh.email)
    expect(cy.subject).toBe(`Briff i’r wasg: ${HEADLINE}`)
    expect(cy.text).toContain('Nid oes fersiwn Gymraeg o’r briff hwn. Dyma fe yn Saesneg.')
    expect(cy.text).toContain(HEADLINE)
    expect((await latestMailTo(t.db, english.email)).text).not.toContain('Nid oes fersiwn Gymraeg')
  })

  it('under embargo the Welsh alert carries the embargo line in Welsh, and the follow-ups come in the language chosen', async () => {
    const welsh = await journalistChoosing(t.db, 'cy', 'en')
    const english = await journalistChoosing(t.db, 'en', 'cy')
    const lift = new Date(Date.now() + 3 * 86_400_000)
    const b = await sendBriefing(t.db, { welsh: true, embargoUntil: lift })
    const alert = await latestMailTo(t.db, welsh.email)
    expect(alert.subject).toBe(`Briff i’r wasg DAN EMBARGO: ${WELSH.headlineCy}`)
    expect(alert.text).toContain("EMBARGO: NID I'W GYHOEDDI TAN")
    expect(alert.text).not.toMatch(ENGLISH_MONTHS)

    await rescheduleEmbargo(t.db, { actorId: b.officerId, briefingId: b.id, embargoUntil: new Date(lift.getTime() + 86_400_000), now: new Date(), baseUrl: BASE_URL })
    const moved = await mailTo(t.db, welsh.email, /^EMBARGO WEDI’I SYMUD i \d\d:\d\d (GMT|BST), Dydd /)
    expect(moved.subject).toContain(WELSH.headlineCy)
    expect(moved.text).not.toMatch(ENGLISH_MONTHS)
    expect((await mailTo(t.db, english.email, /^EMBARGO MOVED to /)).subject).toMatch(ENGLISH_MONTHS)

    await withdrawBriefing(t.db, { actorId: b.officerId, briefingId: b.id, notice: 'Issued in error.', now: new Date(), baseUrl: BASE_URL })
    const withdrawn = await mailTo(t.db, welsh.email, /^DATGANIAD DAN EMBARGO WEDI’I DYNNU’N ÔL/)
    expect(withdrawn.subject).toContain(WELSH.headlineCy)
    expect(withdrawn.subject).not.toContain(HEADLINE)
    await mailTo(t.db, english.email, new RegExp(`^EMBARGOED RELEASE WITHDRAWN — do not publish: ${HEADLINE}$`))
  })

  it('lifted early, each holder is told once in their alert language, the old lift time in that language too', async () => {
    const welsh = await journalistChoosing(t.db, 'cy', 'en')
    const english = await journalistChoosing(t.db, 'en', 'cy')
    const both = await journalistChoosing(t.db, 'both')
    const b = await sendBriefing(t.db, { welsh: true, embargoUntil: new Date(Date.now() + 3 * 86_400_000) })
    await deliverToMailbox(t.db)
    await rescheduleEmbargo(t.db, { actorId: b.officerId, briefingId: b.id, embargoUntil: null, now: new Date(), baseUrl: BASE_URL })

    const cy = await mailTo(t.db, welsh.email, /^EMBARGO WEDI’I GODI’N GYNNAR — mae’n rhydd i’w gyhoeddi nawr \(roedd dan embargo tan \d\d:\d\d (GMT|BST), Dydd /)
    expect(cy.subject).toContain(WELSH.headlineCy)
    expect(`${cy.subject}\n${cy.text}`).not.toMatch(ENGLISH_MONTHS)
    expect((await mailTo(t.db, english.email, /^EMBARGO LIFTED EARLY — now free to publish \(was embargoed until /)).subject).toMatch(ENGLISH_MONTHS)
    await mailTo(t.db, both.email, /^EMBARGO WEDI’I GODI’N GYNNAR .* \/ EMBARGO LIFTED EARLY — /)
    // The notice is their lift email: no ordinary lift alert besides it.
    for (const j of [welsh, english, both]) {
      const subjects = (await t.db.select().from(mailboxMessages).where(eq(mailboxMessages.to, j.email))).map((m) => m.subject)
      expect(subjects, j.email).toHaveLength(2)
    }
  })

  it('a correction reaches a Welsh journalist in Welsh, saying the corrected text has no Welsh version yet', async () => {
    const welsh = await journalistChoosing(t.db, 'cy')
    const b = await sendBriefing(t.db, { welsh: true })
    await deliverToMailbox(t.db)
    await correctBriefing(t.db, {
      actorId: b.officerId,
      briefingId: b.id,
      fields: briefingFields({ headline: `${HEADLINE}, corrected` }),
      correctionNote: 'The caseload figure is 28, not 32.',
      now: new Date(),
      baseUrl: BASE_URL,
    })
    const corrected = await mailTo(t.db, welsh.email, /^WEDI’I GYWIRO — yn disodli’r fersiwn a anfonwyd ar \d\d:\d\d (GMT|BST), Dydd /)
    expect(corrected.text).toContain('Nid oes fersiwn Gymraeg o’r testun cywiredig eto. Dyma fe yn Saesneg.')
    expect(corrected.text).toContain('The caseload figure is 28, not 32.')
    expect(`${corrected.subject}\n${corrected.text}`).not.toMatch(ENGLISH_MONTHS)
  })
})
