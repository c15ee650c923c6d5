import { describe, expect, it, vi } from 'vitest'

const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
vi.mock('@remix-run/react', page.mockRemixHooks)

import { and, eq } from 'drizzle-orm'
import { onMissingWelsh } from '../../app/i18n/translate.ts'
import type { Locale } from '../../app/i18n/locale.ts'
import type { PageModule } from '../helpers/page-render.tsx'
import { closePoll, createAndSendPoll, publishPollResults, respondToPoll } from '../../app/domain/polls/polls.server.ts'
import { createBriefingFromTemplate, getBriefing, saveBriefingDraft } from '../../app/domain/press/briefings.server.ts'
import { briefingIn, saveBriefingWelsh } from '../../app/domain/press/welsh.server.ts'
import { auditLog, memberships } from '../../db/schema/index.ts'
import type { Db } from '../../db/client.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { briefingFields } from '../helpers/press.ts'
import { callRoute, flashOf, signedInAs } from '../helpers/routes.ts'
import * as officerPoll from '../../app/routes/officer.polls.$id.tsx'
import * as results from '../../app/routes/polls.$id_.results.tsx'
import * as csv from '../../app/routes/polls.$id_.results[.]csv.ts'

const HOUR = 3_600_000

/** 24 members in England and 6 in Wales answer "Is your caseload safe?"; the poll closes. */
async function closedPoll(db: Db, officerId: string) {
  const people = []
  for (let i = 0; i < 30; i++) {
    const { user, membership } = await createMember(db)
    if (i >= 24) await db.update(memberships).set({ nation: 'wales' }).where(eq(memberships.id, membership.id))
    people.push(user)
  }
  const poll = await createAndSendPoll(db, {
    actorId: officerId,
    title: 'Caseloads this winter',
    durationHours: 4,
    questions: [{ kind: 'single', wording: 'Is your caseload safe?', options: ['Yes', 'No'] }],
    baseUrl: 'http://localhost:3000',
  })
  for (const [i, person] of people.entries()) {
    const yes = i < 14 || (i >= 24 && i < 27)
    await respondToPoll(db, { pollId: poll.id, userId: person.id, answers: { '1': yes ? 'a' : 'b' } })
  }
  await closePoll(db, { pollId: poll.id, now: new Date(Date.now() + 5 * HOUR) })
  return poll.id
}

const render = (Page: PageModule['default'], path: string, data: unknown, locale: Locale = 'en') => page.renderPage(Page, { path, data, locale })

describe('poll results pages', () => {
  const t = useTestDb()

  it('show the public charts and breakdowns with the six in Wales hidden as [c], and a CSV once published', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const id = await closedPoll(t.db, officer.user.id)
    const early = await callRoute(csv.loader, { path: `/polls/${id}/results.csv`, params: { id } })
    expect(early.status).toBe(404)
    expect((await callRoute(results.loader, { path: `/polls/${id}/results`, params: { id } })).status).toBe(404)

    await publishPollResults(t.db, { pollId: id, actorId: officer.user.id, now: new Date(Date.now() + 6 * HOUR) })
    const page = await callRoute(results.loader, { path: `/polls/${id}/results`, params: { id } })
    expect(page.status).toBe(200)
    const html = render(results.default, `/polls/${id}/results`, page.body)
    expect(html).toContain('Is your caseload safe?')
    expect(html).toContain('57%')
    expect(html).toMatch(/<th scope="row">Wales<\/th><td>\[c\]<\/td><td>\[c\]<\/td><td>\[c\]<\/td>/)
    expect(html).toContain('How this poll was done')
    expect(html).toContain(`/polls/${id}/results.csv`)

    const file = await callRoute(csv.loader, { path: `/polls/${id}/results.csv`, params: { id } })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = String(file.body).split('\r\n')
    expect(lines[0]).toMatch(/^question_id,question,breakdown,group,option_id/)
    expect(lines).toContainEqual(expect.stringMatching(/^1,Is your caseload safe\?,all,all,a,Yes,30,17,56\.7,[\d.]+,[\d.]+,.*,no$/))
    expect(lines.filter((l) => l.includes(',nation,wales,'))).toEqual([expect.stringMatching(/,,,,,,,yes$/), expect.stringMatching(/,,,,,,,yes$/)])

    const missing = new Set<string>()
    onMissingWelsh((m) => missing.add(m))
    const cy = await callRoute(results.loader, { path: `/cy/polls/${id}/results`, params: { id } })
    const welsh = render(results.default, `/cy/polls/${id}/results`, cy.body, 'cy')
    onMissingWelsh(null)
    expect(welsh).toContain('Sut y cynhaliwyd')
    expect([...missing]).toEqual([])
  })

  it('let an officer put a published figure into a draft briefing’s key facts and notes to editors', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const id = await closedPoll(t.db, officer.user.id)
    const draft = await createBriefingFromTemplate(t.db, { actorId: officer.user.id, template: 'serious_case_review' })
    await saveBriefingDraft(t.db, { actorId: officer.user.id, briefingId: draft.id, fields: briefingFields() })
    const form = () =>
      new URLSearchParams([
        ['intent', 'brief'],
        ['questionId', '1'],
        ['optionIds', 'a'],
        ['briefingId', draft.id],
      ])
    const post = () => callRoute(officerPoll.action, { path: `/officer/polls/${id}`, params: { id }, cookie: officer.cookie, body: form(), contentType: 'application/x-www-form-urlencoded' })

    const refused = await post()
    expect(refused.status).toBe(409)
    expect((await getBriefing(t.db, draft.id))!.keyFacts).toEqual(briefingFields().keyFacts)

    await publishPollResults(t.db, { pollId: id, actorId: officer.user.id, now: new Date(Date.now() + 6 * HOUR) })
    const path = `/officer/polls/${id}?questionId=1&optionIds=a`
    const shown = await callRoute(officerPoll.loader, { path, params: { id }, cookie: officer.cookie })
    const press = (shown.body as { press: { drafted: { sentence: string; notes: string[] }; briefings: { id: string }[] } }).press
    expect(press.drafted.sentence).toMatch(/^57% of members who answered said “Yes” when asked “Is your caseload safe\?” \(n = 30; ±/)
    expect(press.briefings.map((b) => b.id)).toContain(draft.id)
    const html = render(officerPoll.default, path, shown.body)
    expect(html).toContain('Add to a briefing')
    expect(html).toContain('cells of fewer than 10 people are hidden')
    expect(html).toContain('Figures weighted by nation are withheld')

    const added = await post()
    expect(added.status).toBe(303)
    expect(added.headers.get('location')).toBe(`/officer/press/${draft.id}`)
    expect((await flashOf(added))?.message).toMatch(/in the key facts/)
    const after = (await getBriefing(t.db, draft.id))!
    expect(after.keyFacts).toEqual([...briefingFields().keyFacts, press.drafted.sentence])
    expect(after.notesToEditors).toMatch(/^Chorus is the national professional body for social workers\.\n\n/)
    expect(after.notesToEditors).toContain('Base: 30 members answered the question.')
    expect(after.notesToEditors).toContain(`/polls/${id}/results`)
    expect(await t.db.$count(auditLog, and(eq(auditLog.action, 'poll.press_line'), eq(auditLog.subjectId, id)))).toBe(1)
  })

  it('write the same figure in Welsh into the briefing’s Welsh key facts and notes, with Welsh dates and the Welsh results page', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const id = await closedPoll(t.db, officer.user.id)
    await publishPollResults(t.db, { pollId: id, actorId: officer.user.id, now: new Date(Date.now() + 6 * HOUR) })
    const add = (briefingId: string) =>
      callRoute(officerPoll.action, {
        path: `/officer/polls/${id}`,
        params: { id },
        cookie: officer.cookie,
        body: new URLSearchParams([
          ['intent', 'brief'],
          ['questionId', '1'],
          ['optionIds', 'a'],
          ['briefingId', briefingId],
        ]),
        contentType: 'application/x-www-form-urlencoded',
      })
    const welshSentence = /^Dywedodd 57% o aelodau a atebodd “Yes” pan ofynnwyd “Is your caseload safe\?” \(n = 30; ±\d+\.\d pwynt\)\.$/
    const englishMonth = /January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/
    const welshMonth = /Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr/

    // The officer sees the Welsh beside the English before adding it.
    const path = `/officer/polls/${id}?questionId=1&optionIds=a`
    const shown = await callRoute(officerPoll.loader, { path, params: { id }, cookie: officer.cookie })
    const drafted = (shown.body as { press: { drafted: { sentenceCy: string } } }).press.drafted
    expect(drafted.sentenceCy).toMatch(welshSentence)
    expect(render(officerPoll.default, path, shown.body)).toContain('<div lang="cy"><p><strong>Dywedodd 57%')

    // A briefing with a Welsh version: the Welsh line follows its Welsh facts and notes, and the Welsh page shows it.
    const bilingual = await createBriefingFromTemplate(t.db, { actorId: officer.user.id, template: 'serious_case_review' })
    await saveBriefingDraft(t.db, { actorId: officer.user.id, briefingId: bilingual.id, fields: briefingFields() })
    await saveBriefingWelsh(t.db, {
      actorId: officer.user.id,
      briefingId: bilingual.id,
      headlineCy: 'Chorus yn ymateb i adolygiad diogelu Northfield',
      bodyCy: '## Ein hymateb\n\n- Mae llwythi achos yn rhy uchel.',
      keyFactsCy: 'Llwythi achos o hyd at 32 o blant',
      notesToEditorsCy: 'Chorus yw corff proffesiynol cenedlaethol gweithwyr cymdeithasol.',
    })
    const added = await add(bilingual.id)
    expect(added.status).toBe(303)
    expect((await flashOf(added))?.message).toMatch(/in English and in Welsh/)
    const after = (await getBriefing(t.db, bilingual.id))!
    expect(after.keyFacts).toEqual([...briefingFields().keyFacts, expect.stringMatching(/^57% of members who answered said “Yes”/)])
    expect(after.keyFactsCy).toEqual(['Llwythi achos o hyd at 32 o blant', expect.stringMatching(welshSentence)])
    const notesCy = after.notesToEditorsCy!
    expect(notesCy).toMatch(/^Chorus yw corff proffesiynol cenedlaethol gweithwyr cymdeithasol\.\n\nGofynnodd Chorus/)
    expect(notesCy).toContain('Sylfaen: atebodd 30 aelod y cwestiwn.')
    expect(notesCy).toMatch(new RegExp(`Y canlyniadau llawn: https?://[^ ]+/cy/polls/${id}/results$`))
    expect(notesCy).toMatch(/Gwaith maes: o \d\d:\d\d (GMT|BST), /)
    expect(notesCy).toMatch(welshMonth)
    expect(notesCy).not.toMatch(englishMonth)
    expect(after.notesToEditors).not.toMatch(/Gwaith maes/)
    const welshPage = briefingIn('cy', after)
    expect(welshPage.lang).toBe('cy')
    expect(welshPage.briefing.keyFacts.at(-1)).toMatch(welshSentence)

    // A briefing not yet in Welsh: the Welsh line waits in the Welsh fields, and the Welsh page stays the English until a Welsh version is written.
    const englishOnly = await createBriefingFromTemplate(t.db, { actorId: officer.user.id, template: 'serious_case_review' })
    await saveBriefingDraft(t.db, { actorId: officer.user.id, briefingId: englishOnly.id, fields: briefingFields() })
    expect((await add(englishOnly.id)).status).toBe(303)
    const waiting = (await getBriefing(t.db, englishOnly.id))!
    expect(waiting.headlineCy).toBeNull()
    expect(waiting.keyFactsCy).toEqual([expect.stringMatching(welshSentence)])
    expect(waiting.notesToEditorsCy).toMatch(/^Gofynnodd Chorus/)
    expect(briefingIn('cy', waiting).lang).toBe('en')
  })

  it('refuse a figure for a briefing that is no longer a draft beside the list of briefings and in the summary, in either language, and change nothing', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const id = await closedPoll(t.db, officer.user.id)
    await publishPollResults(t.db, { pollId: id, actorId: officer.user.id, now: new Date(Date.now() + 6 * HOUR) })
    const draft = await createBriefingFromTemplate(t.db, { actorId: officer.user.id, template: 'serious_case_review' })
    await saveBriefingDraft(t.db, { actorId: officer.user.id, briefingId: draft.id, fields: briefingFields() })
    const gone = '00000000-0000-4000-8000-000000000000'
    for (const [prefix, locale, message] of [
      ['', 'en', 'Choose a draft briefing: this one has been sent or no longer exists'],
      ['/cy', 'cy', 'Dewiswch friff drafft'],
    ] as const) {
      const path = `${prefix}/officer/polls/${id}?questionId=1&optionIds=a`
      const refused = await callRoute(officerPoll.action, {
        path,
        params: { id },
        cookie: officer.cookie,
        body: new URLSearchParams([
          ['intent', 'brief'],
          ['questionId', '1'],
          ['optionIds', 'a'],
          ['briefingId', gone],
        ]),
        contentType: 'application/x-www-form-urlencoded',
      })
      expect(refused.status).toBe(409)
      const said = (refused.body as { error: Record<string, string[]> }).error.briefingId
      expect(said).toEqual([expect.stringContaining(message)])
      const shown = await callRoute(officerPoll.loader, { path, params: { id }, cookie: officer.cookie })
      const html = page.renderPage(officerPoll.default, { path, data: shown.body, action: refused.body, locale })
      const inSummary = html.match(/<div[^>]*class="error-summary"[\s\S]*?<\/ul><\/div>/)?.[0] ?? ''
      expect(inSummary).toContain(`<a href="#field-briefingId">`)
      expect(inSummary).toContain(message)
      expect(html).toMatch(new RegExp(`id="field-briefingId-error">.*${message}`))
    }
    expect((await getBriefing(t.db, draft.id))!.keyFacts).toEqual(briefingFields().keyFacts)
    expect(await t.db.$count(auditLog, and(eq(auditLog.action, 'poll.press_line'), eq(auditLog.subjectId, id)))).toBe(0)
  })
})
