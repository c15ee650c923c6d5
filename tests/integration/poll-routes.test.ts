import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as newPoll from '../../app/routes/officer.polls.new.tsx'
import * as officerPoll from '../../app/routes/officer.polls.$id.tsx'
import * as pollPage from '../../app/routes/polls.$id.tsx'
import * as answerPage from '../../app/routes/polls.$id_.answer.tsx'
import * as resultsPage from '../../app/routes/polls.$id_.results.tsx'
import * as membershipPage from '../../app/routes/account.membership.tsx'
import { closePoll } from '../../app/domain/polls/polls.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { memberships, polls, pollUrn } from '../../db/schema/index.ts'
import type { Db } from '../../db/client.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, flashOf, signedInAs } from '../helpers/routes.ts'
import { replyProblems, type FormReply } from '../../app/components/forms.tsx'

const POLL_FORM = { title: 'Caseloads this winter', durationHours: '4', q1kind: 'single', q1wording: 'Is your caseload safe?', q1options: 'Yes\nNo', q2kind: 'free_text', q2wording: 'Tell us more' }

async function memberCookie(db: Db) {
  const member = await createMember(db)
  const session = await createSession(db, { userId: member.user.id })
  return { member, cookie: await sessionCookieHeader(session.id) }
}

describe('poll pages', () => {
  const t = useTestDb()

  it('an officer previews, sends, sees live counts and publishes; a member answers from the email link once', async () => {
    const { cookie: memberC } = await memberCookie(t.db)
    const { cookie } = await signedInAs(t.db, 'officer')
    const preview = await callRoute(newPoll.action, { path: '/officer/polls/new', cookie, form: { ...POLL_FORM, intent: 'preview' } })
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ preview: { title: 'Caseloads this winter', questions: [{ wording: 'Is your caseload safe?' }, { kind: 'free_text' }] } })
    expect(await t.db.$count(polls)).toBe(0)

    const sent = await callRoute(newPoll.action, { path: '/officer/polls/new', cookie, form: { ...POLL_FORM, intent: 'send' } })
    expect(sent.status).toBe(303)
    expect((await flashOf(sent))?.message).toMatch(/emails are on their way/)
    const id = sent.headers.get('location')!.split('/').at(-1)!

    // The email's link shows the poll with the choice ticked and records nothing.
    const landing = await callRoute(answerPage.loader, { path: `/polls/${id}/answer?q1=b`, params: { id }, cookie: memberC })
    expect(landing.body).toMatchObject({ canAnswer: true, defaults: { q1: 'b' } })
    expect(await t.db.$count(pollUrn, eq(pollUrn.pollId, id))).toBe(0)
    const signedOut = await callRoute(answerPage.loader, { path: `/polls/${id}/answer?q1=b`, params: { id } })
    expect(signedOut.headers.get('location')).toMatch(/^\/login\?redirectTo=/)

    const answered = await callRoute(pollPage.action, { path: `/polls/${id}`, params: { id }, cookie: memberC, form: { q1: 'b', q2: 'Thirty cases and rising.' } })
    expect((await flashOf(answered))?.message).toMatch(/Your answers are in/)
    const again = await callRoute(pollPage.action, { path: `/polls/${id}`, params: { id }, cookie: memberC, form: { q1: 'a' } })
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toMatch(/already answered/)
    expect((await callRoute(pollPage.loader, { path: `/polls/${id}`, params: { id }, cookie: memberC })).body).toMatchObject({ canAnswer: false, responded: true })

    const live = await callRoute(officerPoll.loader, { path: `/officer/polls/${id}`, params: { id }, cookie })
    expect(live.body).toMatchObject({ responses: 1, model: { visible: true, questions: [{ questionId: '1', n: 1, tooFew: true }] } })
    expect(live.body).toMatchObject({ freeText: [{ questionId: '2', texts: ['Thirty cases and rising.'] }] })
    expect((await callRoute(resultsPage.loader, { path: `/polls/${id}/results`, params: { id } })).status).toBe(404)

    await closePoll(t.db, { pollId: id, now: new Date(Date.now() + 5 * 3_600_000) })
    const published = await callRoute(officerPoll.action, { path: `/officer/polls/${id}`, params: { id }, cookie, form: { intent: 'publish' } })
    expect((await flashOf(published))?.message).toMatch(/results are published/)
    const results = await callRoute(resultsPage.loader, { path: `/polls/${id}/results`, params: { id } })
    expect(results.status).toBe(200)
    expect(results.body).toMatchObject({ responses: 1, poll: { published: true } })
  })

  it('tells an officer what to fix in a poll, and sends nothing', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const res = await callRoute(newPoll.action, { path: '/officer/polls/new', cookie, form: { ...POLL_FORM, q1options: 'Yes', intent: 'send' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/between 2 and 8 options/)
    expect(await t.db.$count(polls)).toBe(0)
  })

  it('answers a button it does not know, or a figure for no briefing, with a message, and changes nothing', async () => {
    await memberCookie(t.db)
    const { cookie } = await signedInAs(t.db, 'officer')
    const sent = await callRoute(newPoll.action, { path: '/officer/polls/new', cookie, form: { ...POLL_FORM, intent: 'send' } })
    const id = sent.headers.get('location')!.split('/').at(-1)!
    const status = async () => (await t.db.select({ status: polls.status }).from(polls).where(eq(polls.id, id)))[0].status
    const unknown = await callRoute(officerPoll.action, { path: `/officer/polls/${id}`, params: { id }, cookie, form: { intent: 'reopen' } })
    expect(unknown.status).toBe(400)
    expect(replyProblems(unknown.body as FormReply)).toEqual(['Choose what to do'])
    const none = await callRoute(officerPoll.action, { path: `/officer/polls/${id}`, params: { id }, cookie, form: {} })
    expect(none.status).toBe(400)
    const noBriefing = await callRoute(officerPoll.action, {
      path: `/officer/polls/${id}`,
      params: { id },
      cookie,
      form: { intent: 'brief', questionId: '1', optionIds: 'a', briefingId: 'not-a-uuid' },
    })
    expect(noBriefing.status).toBe(400)
    expect((noBriefing.body as { error: Record<string, string[]> }).error.briefingId).toEqual(['Choose a draft briefing'])
    // A button the poll is not ready for: the rule it breaks, said as the form's own problem.
    const early = await callRoute(officerPoll.action, { path: `/officer/polls/${id}`, params: { id }, cookie, form: { intent: 'publish' } })
    expect(early.status).toBe(409)
    expect((early.body as { error: Record<string, string[]> }).error['']).toEqual(['Results can be published once the poll has closed'])
    expect(await status()).toBe('open')
  })

  it('lets a member give or withdraw their practice area', async () => {
    const { member, cookie } = await memberCookie(t.db)
    const saved = await callRoute(membershipPage.action, { path: '/account/membership', cookie, form: { intent: 'update-practice-area', practiceArea: 'mental_health_amhp' } })
    expect((await flashOf(saved))?.message).toMatch(/practice area is saved/)
    const read = async () => (await t.db.select({ a: memberships.practiceArea }).from(memberships).where(eq(memberships.id, member.membership.id)))[0].a
    expect(await read()).toBe('mental_health_amhp')
    await callRoute(membershipPage.action, { path: '/account/membership', cookie, form: { intent: 'update-practice-area', practiceArea: 'none' } })
    expect(await read()).toBeNull()
    const bad = await callRoute(membershipPage.action, { path: '/account/membership', cookie, form: { intent: 'update-practice-area', practiceArea: 'astrology' } })
    expect(bad.status).toBe(400)
  })
})
