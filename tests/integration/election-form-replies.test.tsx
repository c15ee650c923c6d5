import { describe, expect, it, vi } from 'vitest'

const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
vi.mock('@remix-run/react', page.mockRemixHooks)

import { eq } from 'drizzle-orm'
import { askQuestion, moderateQuestion } from '../../app/domain/voting/hustings.server.ts'
import { nominateSelf } from '../../app/domain/voting/nominations.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { getBallot } from '../../app/domain/voting/ballots.server.ts'
import { hustingsAnswers, hustingsQuestions, nominations, nominationSupports } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn, electionInHustings, openCymruNominations } from '../helpers/elections.ts'
import { callRoute, signedInAs } from '../helpers/routes.ts'
import type { PageModule } from '../helpers/page-render.tsx'
import * as ask from '../../app/routes/ballots.$id_.hustings._index.tsx'
import * as answer from '../../app/routes/ballots.$id_.hustings.$questionId_.answer.tsx'
import * as moderate from '../../app/routes/officer.ballots.$id_.hustings.tsx'
import * as decide from '../../app/routes/officer.ballots.$id_.nominations.tsx'
import * as close from '../../app/routes/officer.ballots.$id_.nominations_.close.tsx'
import * as withdraw from '../../app/routes/ballots.$id_.nominations.$nominationId_.withdraw.tsx'
import * as support from '../../app/routes/ballots.$id_.nominations.$nominationId_.support.tsx'
import * as statement from '../../app/routes/ballots.$id_.nominations.$nominationId_.statement.tsx'
import * as nominate from '../../app/routes/ballots.$id_.nominations.new.tsx'

type Route = PageModule & { action: (...args: never[]) => unknown }
type Reply = { status?: string; error?: Record<string, string[] | null> | null }

/** A form sent to a route, and the page its reader then sees: the loader's data with the action's reply. */
async function send(route: Route, input: { path: string; params: Record<string, string>; cookie: string; form: Record<string, string> }) {
  const answered = await callRoute(route.action as never, input)
  const data = await callRoute(route.loader as never, { path: input.path, params: input.params, cookie: input.cookie })
  expect(data.status).toBe(200)
  const html = page.renderPage(route.default, { path: input.path, data: data.body, action: answered.body, locale: input.path.startsWith('/cy/') ? 'cy' : 'en' })
  return { status: answered.status, reply: answered.body as Reply, html }
}

/** The summary at the top of the page, as rendered. */
const summaryOf = (html: string) => html.match(/<div class="error-summary"[\s\S]*?<\/ul><\/div>/)?.[0] ?? ''
/** The message shown beside a field (`field-<name>`), as rendered. */
const besideField = (html: string, id: string) => html.match(new RegExp(`<p class="error-message" id="${id}-error">[\\s\\S]*?</p>`))?.[0] ?? ''

const cookieFor = async (db: Parameters<typeof createSession>[0], userId: string) => sessionCookieHeader((await createSession(db, { userId })).id)

describe('a refused election form answers with the form’s reply, and the page shows it', () => {
  const t = useTestDb()

  async function hustings() {
    const off = await signedInAs(t.db, 'officer')
    const [a, b] = [await createMemberIn(t.db, 'wales'), await createMemberIn(t.db, 'wales')]
    const ballot = await electionInHustings(t.db, { officerId: off.user.id, candidates: [a.user.id, b.user.id], statementWordLimit: 5 })
    const elector = await createMemberIn(t.db, 'wales')
    return { off, candidate: b, ballot, elector, cookie: await cookieFor(t.db, elector.user.id) }
  }

  it('asking a question: the message beside the question and in the summary, in the page’s language, with what was typed', async () => {
    const { ballot, cookie } = await hustings()
    const params = { id: ballot.id }

    const empty = await send(ask, { path: `/cy/ballots/${ballot.id}/hustings`, params, cookie, form: { question: '' } })
    expect(empty.status).toBe(400)
    expect(empty.reply).toMatchObject({ status: 'error', error: { question: ['Ysgrifennwch eich cwestiwn'] } })
    expect(summaryOf(empty.html)).toContain('Mae problem wedi codi')
    expect(summaryOf(empty.html)).toContain('<a href="#field-question">Ysgrifennwch eich cwestiwn</a>')
    expect(besideField(empty.html, 'field-question')).toContain('Ysgrifennwch eich cwestiwn')

    const long = 'Will you '.repeat(60)
    const overlong = await send(ask, { path: `/ballots/${ballot.id}/hustings`, params, cookie, form: { question: long } })
    expect(overlong.status).toBe(400)
    expect(overlong.reply.error).toEqual({ question: ['Keep your question to 500 characters or fewer'] })
    expect(besideField(overlong.html, 'field-question')).toContain('Keep your question to 500 characters or fewer')
    expect(overlong.html).toContain(`${long}</textarea>`)

    const short = await send(ask, { path: `/ballots/${ballot.id}/hustings`, params, cookie, form: { question: 'Why?' } })
    expect(short.status).toBe(400)
    expect(short.reply.error).toEqual({ question: ['Write your question in at least 10 characters'] })
    expect(besideField(short.html, 'field-question')).toContain('Write your question in at least 10 characters')

    expect(await t.db.select().from(hustingsQuestions)).toEqual([])
  })

  it('answering a question: the message beside the answer, over the word limit with its numbers', async () => {
    const { off, candidate, ballot, elector } = await hustings()
    const q = await askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'How will you listen to members in rural branches?' })
    await moderateQuestion(t.db, { ballotId: ballot.id, questionId: q.id, actorId: off.user.id, actorRole: 'officer', decision: 'approved', reason: '', baseUrl: 'http://localhost' })
    const input = { path: `/ballots/${ballot.id}/hustings/${q.id}/answer`, params: { id: ballot.id, questionId: q.id }, cookie: await cookieFor(t.db, candidate.user.id) }

    const empty = await send(answer, { ...input, form: { answer: '  ' } })
    expect(empty.status).toBe(400)
    expect(empty.reply.error).toEqual({ answer: ['Write your answer'] })
    expect(summaryOf(empty.html)).toContain('<a href="#field-answer">Write your answer</a>')
    expect(besideField(empty.html, 'field-answer')).toContain('Write your answer')

    const wordy = await send(answer, { ...input, form: { answer: 'one two three four five six seven' } })
    expect(wordy.status).toBe(400)
    expect(wordy.reply.error).toEqual({ answer: ['Your answer has 7 words; the limit is 5. Shorten it by 2 words.'] })
    expect(besideField(wordy.html, 'field-answer')).toContain('Shorten it by 2 words.')
    expect(wordy.html).toContain('one two three four five six seven</textarea>')

    expect(await t.db.select().from(hustingsAnswers)).toEqual([])
  })

  it('moderating: a stray decision is said in the summary, an overlong reason beside that question’s reason', async () => {
    const { off, ballot, elector } = await hustings()
    const q = await askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'What will you do about caseloads?' })
    const input = { path: `/officer/ballots/${ballot.id}/hustings`, params: { id: ballot.id }, cookie: off.cookie }

    const stray = await send(moderate, { ...input, form: { questionId: q.id, decision: 'maybe', reason: '' } })
    expect(stray.status).toBe(400)
    expect(stray.reply.error).toEqual({ decision: ['Choose approve or reject'] })
    expect(summaryOf(stray.html)).toContain('<li>Choose approve or reject</li>')

    const long = await send(moderate, { ...input, form: { questionId: q.id, decision: 'rejected', reason: 'x'.repeat(1001) } })
    expect(long.status).toBe(400)
    expect(long.reply.error).toEqual({ reason: ['Keep the reason under 1,000 characters'] })
    expect(summaryOf(long.html)).toContain(`<a href="#field-reason-${q.id}">Keep the reason under 1,000 characters</a>`)
    expect(besideField(long.html, `field-reason-${q.id}`)).toContain('Keep the reason under 1,000 characters')

    const other = await signedInAs(t.db, 'officer')
    const refused = await send(moderate, { ...input, cookie: other.cookie, form: { questionId: q.id, decision: 'approved', reason: '' } })
    expect(refused.status).toBe(403)
    expect(refused.reply.error).toEqual({ '': ['Only the returning officer for this election can moderate its hustings.'] })

    expect((await t.db.select().from(hustingsQuestions))[0].status).toBe('pending')
  })

  async function nomination() {
    const ro = await signedInAs(t.db, 'officer')
    const ballot = await openCymruNominations(t.db, ro.user.id, { returningOfficerId: ro.user.id })
    const nominee = await createMemberIn(t.db, 'wales')
    const n = await nominateSelf(t.db, { ballotId: ballot.id, userId: nominee.user.id })
    const statusOf = async () => (await t.db.select().from(nominations).where(eq(nominations.id, n.id)))[0]
    return { ro, ballot, n, statusOf, nomineeCookie: await cookieFor(t.db, nominee.user.id), params: { id: ballot.id, nominationId: n.id } }
  }

  it('deciding a nomination: rejecting without a reason is said beside that nomination’s reason', async () => {
    const { ro, ballot, n, statusOf } = await nomination()
    const input = { path: `/officer/ballots/${ballot.id}/nominations`, params: { id: ballot.id }, cookie: ro.cookie }

    const noReason = await send(decide, { ...input, form: { nominationId: n.id, decision: 'rejected', reason: '' } })
    expect(noReason.status).toBe(400)
    expect(noReason.reply.error).toEqual({ reason: ['Give the nominee a reason for rejecting it'] })
    expect(summaryOf(noReason.html)).toContain(`<a href="#field-reason-${n.id}">Give the nominee a reason for rejecting it</a>`)
    expect(besideField(noReason.html, `field-reason-${n.id}`)).toContain('Give the nominee a reason for rejecting it')

    const stray = await send(decide, { ...input, path: `/cy${input.path}`, form: { nominationId: n.id, decision: 'maybe' } })
    expect(stray.status).toBe(400)
    expect(stray.reply.error).toEqual({ decision: ['Choose valid or rejected'] })
    expect(summaryOf(stray.html)).toContain('Mae problem wedi codi')
    expect(summaryOf(stray.html)).not.toContain('Choose valid or rejected')

    expect((await statusOf()).status).toBe('submitted')
  })

  it('closing nominations: an overlong reason is said beside the reason, with what was typed', async () => {
    const { ro, ballot } = await nomination()
    const reason = 'The committee asked. '.repeat(50)
    const long = await send(close, { path: `/officer/ballots/${ballot.id}/nominations/close`, params: { id: ballot.id }, cookie: ro.cookie, form: { intent: 'close', reason } })
    expect(long.status).toBe(400)
    expect(long.reply.error).toEqual({ reason: ['Keep the reason under 1,000 characters'] })
    expect(summaryOf(long.html)).toContain('<a href="#field-reason">Keep the reason under 1,000 characters</a>')
    expect(besideField(long.html, 'field-reason')).toContain('Keep the reason under 1,000 characters')
    expect(long.html).toContain(`${reason}</textarea>`)
    expect((await getBallot(t.db, ballot.id))!.nominationsClosedAt).toBeNull()
  })

  it('withdrawing and supporting: one-button pages say the refusal in the summary', async () => {
    const { ballot, n, statusOf, nomineeCookie, params } = await nomination()
    const stray = await send(withdraw, { path: `/cy/ballots/${ballot.id}/nominations/${n.id}/withdraw`, params, cookie: nomineeCookie, form: {} })
    expect(stray.status).toBe(400)
    expect(stray.reply.error).toEqual({ intent: ['Choose what to do'] })
    expect(summaryOf(stray.html)).toContain('Mae problem wedi codi')
    expect(summaryOf(stray.html)).toMatch(/<li>Dewiswch beth i/)
    expect((await statusOf()).status).toBe('submitted')

    const outsider = await createMemberIn(t.db, 'england')
    const refused = await send(support, { path: `/ballots/${ballot.id}/nominations/${n.id}/support`, params, cookie: await cookieFor(t.db, outsider.user.id), form: { intent: 'support' } })
    expect(refused.status).toBe(403)
    expect(refused.reply.error).toEqual({ '': [expect.stringContaining('Only members who can vote in this election can support a nomination.')] })
    expect(summaryOf(refused.html)).toContain('<li>Only members who can vote in this election can support a nomination.')

    const own = await send(support, { path: `/ballots/${ballot.id}/nominations/${n.id}/support`, params, cookie: nomineeCookie, form: { intent: 'support' } })
    expect(own.status).toBe(403)
    expect(summaryOf(own.html)).toContain('<li>You cannot support your own nomination.</li>')
    expect(await t.db.select().from(nominationSupports)).toEqual([])
  })

  it('writing a statement: the message beside the statement, and both texts as typed', async () => {
    const { ballot, n, statusOf, nomineeCookie, params } = await nomination()
    const empty = await send(statement, { path: `/ballots/${ballot.id}/nominations/${n.id}/statement`, params, cookie: nomineeCookie, form: { statement: '', statementCy: 'Gofal teg i bawb.' } })
    expect(empty.status).toBe(400)
    expect(empty.reply.error).toEqual({ statement: ['Write your statement'] })
    expect(summaryOf(empty.html)).toContain('<a href="#field-statement">Write your statement</a>')
    expect(besideField(empty.html, 'field-statement')).toContain('Write your statement')
    expect(besideField(empty.html, 'field-statementCy')).toBe('')
    expect(empty.html).toContain('Gofal teg i bawb.</textarea>')
    expect(await statusOf()).toMatchObject({ statement: '', statementCy: '' })
  })

  it('nominating another member: a bad address beside the field and in the summary; standing twice said at the top', async () => {
    const { ballot, n, nomineeCookie, statusOf } = await nomination()
    const voter = await createMemberIn(t.db, 'wales')
    const input = { path: `/cy/ballots/${ballot.id}/nominations/new`, params: { id: ballot.id }, cookie: await cookieFor(t.db, voter.user.id) }

    const bad = await send(nominate, { ...input, form: { intent: 'other', email: 'not-an-address' } })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.reply.error ?? {})).toEqual(['email'])
    expect(summaryOf(bad.html)).toContain('href="#field-email"')
    expect(besideField(bad.html, 'field-email')).not.toBe('')
    expect(bad.html).toContain('Mae problem wedi codi')

    const twice = await send(nominate, { path: `/ballots/${ballot.id}/nominations/new`, params: { id: ballot.id }, cookie: nomineeCookie, form: { intent: 'self' } })
    expect(twice.status).toBeGreaterThanOrEqual(400)
    expect(twice.status).toBeLessThan(500)
    expect(twice.reply.error?.['']?.length).toBe(1)
    expect(summaryOf(twice.html)).toContain(twice.reply.error!['']![0])
    expect((await t.db.select().from(nominations)).map((r) => r.id)).toEqual([n.id])
    expect((await statusOf()).status).toBe(n.status)
  })
})
