import { describe, expect, it } from 'vitest'
import * as editBriefing from '../../app/routes/officer.press.$id.tsx'
import * as newBriefing from '../../app/routes/officer.press.new.tsx'
import * as progress from '../../app/routes/officer.press.$id_.progress.ts'
import { getBriefing } from '../../app/domain/press/briefings.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { deliverToMailbox, englishPart } from '../helpers/mail.ts'
import { createJournalist, createStatement, sendBriefing } from '../helpers/press.ts'
import { callRoute, flashOf, signedInAs } from '../helpers/routes.ts'

const fields = {
  headline: 'Chorus responds to the Eastbrook review',
  standfirst: 'The review finds caseloads of 30. Chorus calls for a limit.',
  body: '## Our response\n\n- Caseloads are too high.',
  keyFacts: 'Caseloads of 30\nOne in four posts vacant',
  notesToEditors: 'About [Chorus](https://chorus.example/about): the national professional body.',
  contactName: 'Press office',
  contactEmail: 'press@chorus.example',
  contactPhone: '020 7946 0000',
  quote1Text: 'Too many cases.',
  quote1Name: 'Priya Raman',
  quote1Role: 'Chair',
}

type Outcome = { error?: Record<string, string[]> }

describe('the officer’s briefing form', () => {
  const t = useTestDb()

  it('refuses to send while any field still has a [template prompt], with a message beside each such field; edits are kept', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const created = await callRoute(newBriefing.action as never, { path: '/officer/press/new', cookie, form: { template: 'serious_case_review' } })
    const id = created.headers.get('location')!.split('/').pop()!
    const send = (form: Record<string, string>) =>
      callRoute(editBriefing.action as never, { path: `/officer/press/${id}`, cookie, params: { id }, form: { ...fields, ...form, intent: 'release', when: 'now' } })

    const refused = await send({ body: '## Our response\n\n- [Key line]', keyFacts: 'Caseloads of 30\n[Vacancy figure]', quote1Role: '[Their role]', contactPhone: '[phone]' })
    expect(refused.status).toBe(400)
    const errors = (refused.body as Outcome).error!
    expect(Object.keys(errors).sort()).toEqual(['body', 'contactPhone', 'keyFacts', 'quote1Role'])
    expect(errors.body[0]).toBe('Replace the [bracketed prompt] in the key lines before sending')
    expect(errors.quote1Role[0]).toBe('Replace the [bracketed prompt] in the role for quote 1 before sending')
    const draft = (await getBriefing(t.db, id))!
    expect(draft.status).toBe('draft')
    expect(draft.body).toContain('[Key line]')
    expect(draft.headline).toBe(fields.headline)

    // A Markdown link is not a prompt: with the prompts replaced, it goes.
    const sent = await send({})
    expect(sent.status).toBe(303)
    expect((await getBriefing(t.db, id))!.status).toBe('published')
  })

  it('suggests the background statements on the story’s topics, first and marked, but ticks none', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const other = await createStatement(t.db, { topics: ['pensions'], title: 'Aardvark pensions' })
    const relevant = await createStatement(t.db, { topics: ['serious case reviews'] })
    const created = await callRoute(newBriefing.action as never, { path: '/officer/press/new', cookie, form: { template: 'serious_case_review' } })
    const id = created.headers.get('location')!.split('/').pop()!
    const page = (await callRoute(editBriefing.loader as never, { path: `/officer/press/${id}`, cookie, params: { id } })).body as {
      values: { statementIds: string[] }
      statements: { id: string; suggested: boolean }[]
    }
    expect(page.values.statementIds).toEqual([])
    expect(page.statements[0]).toMatchObject({ id: relevant.id, suggested: true })
    expect(page.statements.find((s) => s.id === other.id)).toMatchObject({ suggested: false })
  })

  it('withdraws only from the confirmation screen: without confirm=yes nothing changes and nobody is told', async () => {
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    const journalist = await createJournalist(t.db)
    const id = await sendBriefing(t.db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 3600_000) })
    await deliverToMailbox(t.db)
    const withdraw = (form: Record<string, string>) =>
      callRoute(editBriefing.action as never, {
        path: `/officer/press/${id}`,
        cookie,
        params: { id },
        form: { intent: 'withdraw', notice: 'This briefing was issued in error and has been withdrawn.', ...form },
      })

    const unconfirmed = await withdraw({})
    expect(unconfirmed.status).toBe(400)
    expect((unconfirmed.body as Outcome).error!['']).toEqual(['Confirm that you want to withdraw this briefing: it cannot be undone'])
    expect((await getBriefing(t.db, id))!.status).toBe('scheduled')
    const withdrawnNotices = async () => (await deliverToMailbox(t.db)).filter((m) => m.to === journalist.email && englishPart(m.subject).startsWith('EMBARGOED RELEASE WITHDRAWN')).length
    expect(await withdrawnNotices()).toBe(0)
    const shortNotice = await withdraw({ confirm: 'yes', notice: 'Oops' })
    expect(shortNotice.status).toBe(400)
    expect((await getBriefing(t.db, id))!.status).toBe('scheduled')

    const confirmed = await withdraw({ confirm: 'yes' })
    expect(await flashOf(confirmed)).toMatchObject({ location: `/officer/press/${id}`, message: expect.stringMatching(/^Withdrawn\./) })
    expect((await getBriefing(t.db, id))!.status).toBe('withdrawn')
    expect(await withdrawnNotices()).toBe(1)
  })

  it('alert progress: "N of M delivered" from a small resource route, saying whether alerts are still going out', async () => {
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    await createJournalist(t.db)
    await createJournalist(t.db)
    const id = await sendBriefing(t.db, { officerId: officer.id })
    type Progress = { sending: boolean; timing: { alerts: { kind: string; recipients: number; delivered: number }[] } }
    const read = async () => {
      const res = await callRoute(progress.loader as never, { path: `/officer/press/${id}/progress`, cookie, params: { id } })
      expect(res.headers.get('cache-control')).toBe('no-store')
      return JSON.parse(res.body as string) as Progress
    }
    const before = await read()
    expect(before.sending).toBe(true)
    const lift = before.timing.alerts.find((a) => a.kind === 'lift')!
    expect(lift.recipients).toBeGreaterThanOrEqual(2)
    expect(lift.delivered).toBe(0)
    await deliverToMailbox(t.db)
    const after = await read()
    expect(after.sending).toBe(false)
    expect(after.timing.alerts.find((a) => a.kind === 'lift')).toMatchObject({ recipients: lift.recipients, delivered: lift.recipients })
    const missing = await callRoute(progress.loader as never, { path: '/officer/press/x/progress', cookie, params: { id: 'x' } })
    expect(missing.status).toBe(404)
  })
})
