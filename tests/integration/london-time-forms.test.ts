import { describe, expect, it } from 'vitest'
import * as newBriefing from '../../app/routes/officer.press.new.tsx'
import * as editBriefing from '../../app/routes/officer.press.$id.tsx'
import * as newBallot from '../../app/routes/officer.ballots.new.tsx'
import { getBriefing } from '../../app/domain/press/briefings.server.ts'
import { ballots, outboxJobs } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, signedInAs } from '../helpers/routes.ts'

const fields = {
  headline: 'Chorus responds to the Eastbrook review',
  standfirst: 'The review finds caseloads of 30. Chorus calls for a limit.',
  body: '## Our response\n\n- Caseloads are too high.',
  keyFacts: 'Caseloads of 30',
  notesToEditors: 'About Chorus.',
  contactName: 'Press office',
  contactEmail: 'press@chorus.example',
  contactPhone: '020 7946 0000',
  quote1Text: 'Too many cases.',
  quote1Name: 'Priya Raman',
  quote1Role: 'Chair',
}

type Outcome = { error?: Record<string, string[]> }

describe('London times typed into forms', () => {
  const t = useTestDb()

  it('the briefing form refuses an impossible date, the spring gap and an unanswered autumn hour, sending nothing; the answer picks the instant', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const created = await callRoute(newBriefing.action as never, { path: '/officer/press/new', cookie, form: { template: 'serious_case_review' } })
    const id = created.headers.get('location')!.split('/').pop()!
    const send = (form: Record<string, string>) =>
      callRoute(editBriefing.action as never, { path: `/officer/press/${id}`, cookie, params: { id }, form: { ...fields, intent: 'release', when: 'embargo', ...form } })

    const refusals: [string, string][] = [
      ['2099-02-30T10:00', '30 February 2099 does not exist'],
      ['2099-04-31T10:00', '31 April 2099 does not exist'],
      ['2099-03-29T01:30', 'Clocks go forward at 01:00 on Sunday 29 March 2099, so 01:30 does not exist that day. Choose 02:00 or later, or a time before 01:00'],
      ['2099-10-25T01:30', 'Clocks go back at 02:00 on Sunday 25 October 2099, so 01:30 happens twice that day. Choose 01:30 BST (the first) or 01:30 GMT (the second)'],
    ]
    for (const [embargoUntil, message] of refusals) {
      const res = await send({ embargoUntil })
      expect(res.status, embargoUntil).toBe(400)
      expect((res.body as Outcome).error?.embargoUntil, embargoUntil).toEqual([message])
      const b = (await getBriefing(t.db, id))!
      expect(b.status).toBe('draft')
      expect(b.embargoUntil).toBeNull()
    }
    expect(await t.db.select().from(outboxJobs)).toHaveLength(0)

    const chosen = await send({ embargoUntil: '2099-10-25T01:30', embargoUntilOffset: 'GMT' })
    expect(chosen.status).toBe(303)
    const sent = (await getBriefing(t.db, id))!
    expect(sent.status).toBe('scheduled')
    expect(sent.embargoUntil!.toISOString()).toBe('2099-10-25T01:30:00.000Z')

    // Moving the lift time asks the same question; BST is the earlier of the two.
    const moved = await callRoute(editBriefing.action as never, {
      path: `/officer/press/${id}`,
      cookie,
      params: { id },
      form: { intent: 'reschedule', when: 'embargo', embargoUntil: '2099-10-25T01:30', embargoUntilOffset: 'BST' },
    })
    expect(moved.status).toBe(303)
    expect((await getBriefing(t.db, id))!.embargoUntil!.toISOString()).toBe('2099-10-25T00:30:00.000Z')
  })

  it('the new-ballot form shows each message beside its field and saves nothing until the hour is chosen', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const ballot = { kind: 'motion', title: 'Adopt the caseload statement', description: 'Members vote on adopting the caseload statement.', threshold: 'simple', quorumPercent: '10' }
    const create = (form: Record<string, string>) => callRoute(newBallot.action as never, { path: '/officer/ballots/new', cookie, form: { ...ballot, ...form } })

    const impossible = await create({ opensAt: '2099-02-30T09:00', closesAt: '2099-03-29T01:30' })
    expect(impossible.status).toBe(400)
    expect((impossible.body as { error: Record<string, string[]> }).error).toMatchObject({
      opensAt: ['30 February 2099 does not exist'],
      closesAt: [expect.stringMatching(/^Clocks go forward at 01:00 on Sunday 29 March 2099, so 01:30 does not exist that day/)],
    })
    const ambiguous = await create({ opensAt: '2099-10-20T09:00', closesAt: '2099-10-25T01:30' })
    expect(ambiguous.status).toBe(400)
    expect((ambiguous.body as { error: Record<string, string[]> }).error.closesAt).toEqual([
      'Clocks go back at 02:00 on Sunday 25 October 2099, so 01:30 happens twice that day. Choose 01:30 BST (the first) or 01:30 GMT (the second)',
    ])
    expect(await t.db.select().from(ballots)).toHaveLength(0)

    const answered = await create({ opensAt: '2099-10-20T09:00', closesAt: '2099-10-25T01:30', closesAtOffset: 'BST' })
    expect(answered.status).toBe(302)
    const [saved] = await t.db.select().from(ballots)
    expect(saved.closesAt.toISOString()).toBe('2099-10-25T00:30:00.000Z')
    expect(saved.opensAt.toISOString()).toBe('2099-10-20T08:00:00.000Z')
  })
})
