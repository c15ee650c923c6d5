import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createStatement, publishStatement } from '../../app/domain/statements/statements.server.ts'
import * as consultationPage from '../../app/routes/officer.statements.$id_.consultation.tsx'
import * as statusPage from '../../app/routes/officer.statements.$id_.status.tsx'
import * as editorPage from '../../app/routes/officer.statements.$id.tsx'
import * as listPage from '../../app/routes/officer.statements._index.tsx'
import * as newPage from '../../app/routes/officer.statements.new.tsx'
import * as publicPage from '../../app/routes/statements.$slug.tsx'
import * as memberConsultation from '../../app/routes/statements.$slug_.consultation.tsx'
import { auditLog, ballots, consultationComments, statements, statementVersions } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, flashOf, signedInAs } from '../helpers/routes.ts'
import { translate } from '../../app/i18n/translate.ts'

const BASE = 'http://localhost:3000'

const draft = {
  title: 'Supervision time in every contract',
  summary: 'Every social worker should get protected reflective supervision.',
  body: '## Why\n\nBecause reflection keeps children safe. <script>alert(1)</script>',
  topics: 'workforce, Supervision',
  nations: 'scotland',
  reviewBy: '2027-06-30',
}
const local = (msFromNow: number) => new Date(Date.now() + msFromNow).toLocaleString('sv-SE', { timeZone: 'Europe/London' }).replace(' ', 'T').slice(0, 16)
type Reply = { error?: Record<string, string[]> | null; preview?: { html: string; title: string }; saved?: string | null }
type Outcome = { error?: Record<string, string[] | null> | null }

describe('officer statement pages', () => {
  const t = useTestDb()
  const auditCount = async (action: string) => t.db.$count(auditLog, eq(auditLog.action, action))

  it('drafts a statement, with a preview that renders exactly what the public page will (and saves nothing)', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const preview = await callRoute(newPage.action, { path: '/officer/statements/new', cookie, form: { ...draft, intent: 'preview' } })
    expect(preview.status).toBe(200)
    const body = preview.body as Reply
    expect(body.preview!.html).toContain('<h2>Why</h2>')
    expect(body.preview!.html).not.toContain('<script')
    expect(await t.db.$count(statements)).toBe(0)

    const saved = await callRoute(newPage.action, { path: '/officer/statements/new', cookie, form: { ...draft, intent: 'save' } })
    const [row] = await t.db.select().from(statements)
    expect(await flashOf(saved)).toMatchObject({ location: `/officer/statements/${row.id}`, message: expect.stringContaining('Draft saved') })
    expect(row).toMatchObject({ status: 'draft', topics: ['workforce', 'supervision'], nations: ['scotland'], reviewBy: '2027-06-30' })
    expect(await auditCount('statement.create')).toBe(1)

    const list = (await callRoute(listPage.loader, { path: '/officer/statements?status=draft', cookie })).body as Awaited<ReturnType<typeof listPage.loader>>
    expect(list.rows.map((r) => r.title)).toEqual([draft.title])
    expect(list.counts.draft).toBe(1)
  })

  it('refuses bad input with messages for each field and changes nothing', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const res = await callRoute(newPage.action, {
      path: '/officer/statements/new',
      cookie,
      form: { title: 'No', summary: '', body: 'short', topics: 'a;b', nations: 'atlantis', reviewBy: '2027-02-30', intent: 'save' },
    })
    expect(res.status).toBe(400)
    const errors = (res.body as Reply).error!
    expect(errors.title).toEqual(['Enter a title of at least 5 characters'])
    expect(errors.summary?.[0]).toMatch(/summary/)
    expect(errors.body?.[0]).toMatch(/at least 20 characters/)
    expect(errors.reviewBy?.[0]).toMatch(/real date/)
    expect(errors.topics?.[0]).toMatch(/separated by commas/)
    expect(errors.nations).toEqual(['Choose nations from the list'])
    expect(await t.db.$count(statements)).toBe(0)
    expect(await t.db.$count(auditLog)).toBe(0)
  })

  it('answers 404, not 500, for an id that is not a statement', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      expect((await callRoute(editorPage.loader, { path: `/officer/statements/${id}`, params: { id }, cookie })).status).toBe(404)
      expect((await callRoute(statusPage.action, { path: `/officer/statements/${id}/status`, params: { id }, cookie, form: { intent: 'publish' } })).status).toBe(404)
    }
  })

  it('runs a consultation: opens with a closing time, shows comments, marks them addressed, closes — audited', async () => {
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    const s = await createStatement(t.db, {
      title: 'Caseload limits',
      summary: 'A national limit of 18 children.',
      body: 'Text of the statement.',
      topics: [],
      nations: [],
      reviewBy: null,
      actorId: officer.id,
    })
    const path = `/officer/statements/${s.id}/consultation`
    const params = { id: s.id }

    const past = await callRoute(consultationPage.action, { path, params, cookie, form: { intent: 'open', closesAt: local(-3600_000) } })
    expect(past.status).toBe(400)
    expect((past.body as Outcome).error!.closesAt).toEqual(['The consultation must close in the future'])
    const garbled = await callRoute(consultationPage.action, { path, params, cookie, form: { intent: 'open', closesAt: 'next tuesday' } })
    expect((garbled.body as Outcome).error!.closesAt![0]).toMatch(/as a date and time/)
    expect((await t.db.select().from(statements))[0].status).toBe('draft')

    const opened = await callRoute(consultationPage.action, { path, params, cookie, form: { intent: 'open', closesAt: local(7 * 86400_000) } })
    expect(await flashOf(opened)).toMatchObject({ message: expect.stringMatching(/consultation is open/) })
    const { user: member } = await createMember(t.db)
    const [comment] = await t.db.insert(consultationComments).values({ statementId: s.id, userId: member.id, body: 'Include agency staff.' }).returning()

    const page = (await callRoute(consultationPage.loader, { path, params, cookie })).body as Awaited<ReturnType<typeof consultationPage.loader>>
    expect(page.comments).toEqual([expect.objectContaining({ body: 'Include agency staff.', author: member.name, addressed: null })])
    const foreign = await callRoute(consultationPage.action, { path, params, cookie, form: { intent: 'address', commentId: '00000000-0000-4000-8000-000000000000' } })
    expect(foreign.status).toBe(404)
    expect((foreign.body as Outcome).error!['']).toEqual(['That comment is not on this statement'])
    // A forged button or a garbled comment id is answered with a message and changes nothing.
    const unknown = await callRoute(consultationPage.action, { path, params, cookie, form: { intent: 'reopen' } })
    expect(unknown.status).toBe(400)
    expect((unknown.body as Outcome).error!.intent).toEqual(['Choose what to do'])
    const garbledComment = await callRoute(consultationPage.action, { path, params, cookie, form: { intent: 'address', commentId: 'not-a-uuid' } })
    expect(garbledComment.status).toBe(400)
    expect((garbledComment.body as Outcome).error!.commentId).toEqual(['That comment is not on this statement'])
    expect((await t.db.select().from(consultationComments))[0].addressedAt).toBeNull()
    expect((await t.db.select().from(statements))[0].status).toBe('consultation')
    await callRoute(consultationPage.action, { path, params, cookie, form: { intent: 'address', commentId: comment.id } })
    const [addressed] = await t.db.select().from(consultationComments)
    expect(addressed.addressedBy).toBe(officer.id)

    const closed = await callRoute(consultationPage.action, { path, params, cookie, form: { intent: 'close' } })
    expect(await flashOf(closed)).toMatchObject({ message: expect.stringMatching(/consultation is closed/) })
    for (const action of ['statement.consultation_open', 'statement.comment_addressed', 'statement.consultation_close']) expect(await auditCount(action), action).toBe(1)
  })

  it('puts a statement to members’ vote, creating the motion ballot, and refuses to publish it another way meanwhile', async () => {
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    const s = await createStatement(t.db, { title: 'Learning, not blame', summary: 'Serious case reviews should learn.', body: 'Text.', topics: [], nations: [], reviewBy: null, actorId: officer.id })
    const path = `/officer/statements/${s.id}/status`
    const params = { id: s.id }
    const backwards = await callRoute(statusPage.action, { path, params, cookie, form: { intent: 'vote', opensAt: local(86400_000), closesAt: local(3600_000), threshold: 'simple' } })
    expect(backwards.status).toBe(400)
    expect((backwards.body as Reply).error!.closesAt).toEqual(['Voting must close after it opens'])
    expect(await t.db.$count(ballots)).toBe(0)

    const put = await callRoute(statusPage.action, { path, params, cookie, form: { intent: 'vote', opensAt: local(3600_000), closesAt: local(8 * 86400_000), threshold: 'two_thirds' } })
    const [ballot] = await t.db.select().from(ballots)
    expect(await flashOf(put)).toMatchObject({ location: `/officer/ballots/${ballot.id}`, message: expect.stringMatching(/published by itself/) })
    expect(ballot).toMatchObject({ kind: 'motion', threshold: 'two_thirds', status: 'scheduled', title: 'Adopt the position statement: Learning, not blame' })
    const page = (await callRoute(statusPage.loader, { path, params, cookie })).body as Awaited<ReturnType<typeof statusPage.loader>>
    expect(page.ballot).toMatchObject({ id: ballot.id, counted: false })

    const publish = await callRoute(statusPage.action, { path, params, cookie, form: { intent: 'publish' } })
    expect(publish.status).toBe(409)
    const edit = await callRoute(editorPage.action, { path: `/officer/statements/${s.id}`, params, cookie, form: { ...draft, intent: 'save' } })
    expect(edit.status).toBe(409)
    expect((await t.db.select().from(statements))[0]).toMatchObject({ status: 'draft', title: 'Learning, not blame' })
    expect(await auditCount('statement.put_to_vote')).toBe(1)

    // Members can read the wording they are voting on, though it is still a draft.
    const publicPath = `/statements/${s.slug}`
    expect((await callRoute(publicPage.loader, { path: publicPath, params: { slug: s.slug } })).headers.get('location')).toBe(`${publicPath}/consultation`)
    const readable = (await callRoute(memberConsultation.loader, { path: `${publicPath}/consultation`, params: { slug: s.slug } })).body as Awaited<ReturnType<typeof memberConsultation.loader>>
    expect(readable.statement).toMatchObject({ title: 'Learning, not blame', ballotId: ballot.id, open: false })
  })

  it('publishes, then a wording change needs a change note and makes a new version; details change in place', async () => {
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    const s = await createStatement(t.db, {
      title: 'Fair pay for social workers',
      summary: 'Pay should match the job.',
      body: 'First wording of the text.',
      topics: ['pay'],
      nations: [],
      reviewBy: '2027-01-01',
      actorId: officer.id,
    })
    const params = { id: s.id }
    await callRoute(statusPage.action, { path: `/officer/statements/${s.id}/status`, params, cookie, form: { intent: 'publish' } })
    expect(await auditCount('statement.adopt')).toBe(1)
    const form = { title: s.title, summary: s.summary, body: 'Second wording of the text.', topics: 'pay', nations: '', reviewBy: '2027-01-01', intent: 'save' }

    const noNote = await callRoute(editorPage.action, { path: `/officer/statements/${s.id}`, params, cookie, form })
    expect(noNote.status).toBe(400)
    expect((noNote.body as Reply).error!.changeNote[0]).toMatch(/Say what changed/)
    expect(await t.db.$count(statementVersions)).toBe(1)

    const revised = await callRoute(editorPage.action, { path: `/officer/statements/${s.id}`, params, cookie, form: { ...form, changeNote: 'Clearer on agency pay' } })
    const published = (await flashOf(revised))!
    expect(translate('en', published.message, published.values)).toBe('Version 2 is published.')
    const details = await callRoute(editorPage.action, { path: `/officer/statements/${s.id}`, params, cookie, form: { ...form, reviewBy: '2028-01-01' } })
    expect(await flashOf(details)).toMatchObject({ message: expect.stringMatching(/no new version/) })
    const [row] = await t.db.select().from(statements)
    expect(row).toMatchObject({ version: 2, reviewBy: '2028-01-01', body: 'Second wording of the text.' })
    expect((await t.db.select().from(statementVersions)).map((v) => v.changeNote).sort()).toEqual(['Clearer on agency pay', 'First published'])
    expect(await auditCount('statement.revise')).toBe(1)
  })

  it('reviews, supersedes by another published statement, or withdraws — as the lifecycle allows', async () => {
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    const make = async (title: string) => {
      const s = await createStatement(t.db, { title, summary: `${title}, in short.`, body: 'Text of it.', topics: [], nations: [], reviewBy: null, actorId: officer.id })
      await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })
      return s
    }
    const [old, replacement, other] = [await make('Old position'), await make('New position'), await make('Another position')]
    const act = (id: string, form: Record<string, string>) => callRoute(statusPage.action, { path: `/officer/statements/${id}/status`, params: { id }, cookie, form })

    expect((await act(old.id, { intent: 'reaffirm' })).status).toBe(409)
    expect(await flashOf(await act(old.id, { intent: 'start_review' }))).toMatchObject({ message: expect.stringMatching(/under review/) })
    const unknown = await act(old.id, { intent: 'supersede', bySlug: 'no-such-statement' })
    expect(unknown.status).toBe(400)
    expect((unknown.body as Reply).error!.bySlug[0]).toMatch(/no statement at “no-such-statement”/)
    expect((await act(old.id, { intent: 'supersede', bySlug: old.slug })).status).toBe(400)
    await act(old.id, { intent: 'supersede', bySlug: `https://chorus.example/statements/${replacement.slug}` })
    expect((await act(other.id, { intent: 'withdraw' })).status).toBe(400) // not without the confirmation screen's confirm=yes
    await act(other.id, { intent: 'withdraw', confirm: 'yes' })
    const rows = Object.fromEntries((await t.db.select().from(statements)).map((r) => [r.title, r]))
    expect(rows['Old position']).toMatchObject({ status: 'superseded', supersededById: replacement.id })
    expect(rows['Another position'].status).toBe('withdrawn')
    expect((await act(other.id, { intent: 'start_review' })).status).toBe(409)
    expect((await act(other.id, { intent: 'frobnicate' })).status).toBe(400)
    for (const action of ['statement.review_start', 'statement.supersede', 'statement.withdraw']) expect(await auditCount(action), action).toBe(1)

    const publicOld = (await callRoute(publicPage.loader, { path: `/statements/${old.slug}`, params: { slug: old.slug } })).body as Awaited<ReturnType<typeof publicPage.loader>>
    expect(publicOld).toMatchObject({ statement: { status: 'superseded' }, supersededBy: { slug: replacement.slug, title: 'New position' } })
  })
})
