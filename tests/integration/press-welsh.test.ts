import { describe, expect, it } from 'vitest'
import * as feedXml from '../../app/routes/press.feed[.]xml.ts'
import * as newBriefing from '../../app/routes/officer.press.new.tsx'
import * as editBriefing from '../../app/routes/officer.press.$id.tsx'
import * as newSpokesperson from '../../app/routes/officer.spokespeople.new.tsx'
import * as newEnquiry from '../../app/routes/press.enquiries.new.tsx'
import * as subscribe from '../../app/routes/press.subscribe.tsx'
import { outboxJobs } from '../../db/schema/index.ts'
import { getBriefing } from '../../app/domain/press/briefings.server.ts'
import { translate } from '../../app/i18n/translate.ts'
import { useTestDb } from '../helpers/db.ts'
import { sendBriefing } from '../helpers/press.ts'
import { callRoute, createUser, flashOf, signedInAs } from '../helpers/routes.ts'

/** The press office at /cy: Welsh feeds, Welsh drafts, Welsh errors and Welsh messages after a form. */
describe('the press office in Welsh', () => {
  const t = useTestDb()

  it('the Welsh press feed has a Welsh title and description, and links to the Welsh pages', async () => {
    const officer = (await signedInAs(t.db, 'officer')).user
    await sendBriefing(t.db, { officerId: officer.id, fields: { headline: 'Chorus responds to the Northbay review' } })
    const cy = await callRoute(feedXml.loader as never, { path: '/cy/press/feed.xml' })
    expect(cy.status).toBe(200)
    const xml = String(cy.body)
    expect(xml).toContain('<title>Briffiau Chorus i&apos;r wasg</title>')
    expect(xml).toContain('<language>cy</language>')
    expect(xml).toContain('Briffiau ymateb cyflym')
    expect(xml).toMatch(/http:\/\/localhost:3000\/cy\/press\/chorus-responds-to-the-northbay-review/)
    expect(xml).not.toContain('Rapid-response press briefings')
    const en = String((await callRoute(feedXml.loader as never, { path: '/press/feed.xml' })).body)
    expect(en).toContain('<title>Chorus press briefings</title>')
    expect(en).toContain('<language>en-GB</language>')
    expect(en).not.toContain('/cy/press/')
  })

  it('a briefing started on a Welsh page has Welsh prompts, and sending it asks in Welsh for each to be replaced', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const created = await callRoute(newBriefing.action as never, { path: '/cy/officer/press/new', cookie, form: { template: 'other' } })
    const id = created.headers.get('location')!.split('/').pop()!
    const draft = (await getBriefing(t.db, id))!
    expect(draft.headline).toBe('Chorus yn ymateb i [y stori]')
    expect(draft.notesToEditors).toMatch(/^Chorus yw corff proffesiynol cenedlaethol/)
    const refused = await callRoute(editBriefing.action as never, {
      path: `/cy/officer/press/${id}`,
      cookie,
      params: { id },
      form: { headline: draft.headline, standfirst: 'Iawn.', body: 'Iawn.', intent: 'release', when: 'now' },
    })
    expect(refused.status).toBe(400)
    expect((refused.body as { error: Record<string, string[]> }).error.headline).toEqual(["Rhowch rywbeth yn lle'r [anogwr mewn cromfachau] yn y pennawd cyn anfon"])
    const past = await callRoute(editBriefing.action as never, {
      path: `/cy/officer/press/${id}`,
      cookie,
      params: { id },
      form: { headline: 'Pennawd', intent: 'release', when: 'embargo', embargoUntil: '2099-10-25T01:30' },
    })
    expect((past.body as { error: Record<string, string[]> }).error.embargoUntil[0]).toMatch(/^Dydd Sul, 25 Hydref 2099: mae'r clociau'n mynd yn ôl/)
    const saved = await callRoute(editBriefing.action as never, { path: `/cy/officer/press/${id}`, cookie, params: { id }, form: { headline: 'Pennawd', intent: 'save' } })
    const flash = await flashOf(saved)
    expect(flash?.location).toBe(`/officer/press/${id}`)
    expect(translate('cy', flash!.message, flash!.values)).toBe("Drafft wedi'i gadw.")
  })

  it('the roster form answers a Welsh officer in Welsh, on the field and after saving', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const member = await createUser(t.db)
    const form = { email: member.email, roleTitle: 'Gweithiwr cymdeithasol', topics: 'workforce', nations: 'wales', availability: 'Mon-Fri 09:00-17:00\nweithiau' }
    const bad = await callRoute(newSpokesperson.action as never, { path: '/cy/officer/spokespeople/new', cookie, form })
    expect(bad.status).toBe(400)
    expect((bad.body as { error: Record<string, string[]> }).error.availability[0]).toMatch(/^Llinell 2 \(“weithiau”\): ysgrifennwch hi fel/)
    const ok = await callRoute(newSpokesperson.action as never, { path: '/cy/officer/spokespeople/new', cookie, form: { ...form, availability: 'Mon-Fri 09:00-17:00' } })
    const flash = await flashOf(ok)
    expect(translate('cy', flash!.message, flash!.values)).toBe("Wedi'u hychwanegu at y rhestr. Maen nhw'n ymddangos yn ystafell y wasg nawr.")
    const again = await callRoute(newSpokesperson.action as never, { path: '/cy/officer/spokespeople/new', cookie, form: { ...form, availability: 'Mon-Fri 09:00-17:00' } })
    expect(again.status).toBe(409)
    expect((again.body as { error: Record<string, string[]> }).error.email[0]).toMatch(/ar y rhestr yn barod\.$/)
  })

  it('a journalist on the Welsh enquiry form is told in Welsh that the deadline has passed', async () => {
    const res = await callRoute(newEnquiry.action as never, {
      path: '/cy/press/enquiries/new',
      form: { name: 'Siân Jones', outlet: 'Y Cymro', email: 'sian@ycymro.example', deadline: '2020-01-01T09:00', topic: 'Llwythi achosion', question: 'Beth yw ymateb Chorus i’r adroddiad?' },
    })
    expect(res.status).toBe(400)
    expect((res.body as { error: Record<string, string[]> }).error.deadline).toEqual(["Rhaid i'ch terfyn amser fod yn y dyfodol"])
  })

  it('a reader subscribing on the Welsh page is asked to confirm in Welsh, by a link to the Welsh page', async () => {
    const res = await callRoute(subscribe.action as never, { path: '/cy/press/subscribe', form: { email: 'darllenydd@example.com' } })
    expect(translate('cy', (await flashOf(res))!.message)).toMatch(/^Gwiriwch eich e-bost/)
    const [job] = await t.db.select().from(outboxJobs)
    expect(job.template).toBe('press-subscription-confirm')
    expect(job.data).toMatchObject({ locale: 'cy', confirmUrl: expect.stringMatching(/^http:\/\/localhost:3000\/cy\/press\/subscribe\?token=/) })
  })
})
