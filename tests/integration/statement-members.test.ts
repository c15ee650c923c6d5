import type Stripe from 'stripe'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { deleteAccount, exportMemberData } from '../../app/domain/membership/privacy.server.ts'
import { setPreference } from '../../app/domain/outbox/preferences.server.ts'
import { remindStatementReviews } from '../../app/domain/statements/mail.server.ts'
import { closeConsultation, commentOnConsultation, createStatement, endorseStatement, openConsultation, publishStatement, reviseStatement } from '../../app/domain/statements/statements.server.ts'
import * as consultationPage from '../../app/routes/statements.$slug_.consultation.tsx'
import * as diffPage from '../../app/routes/statements.$slug_.diff.tsx'
import * as versionPage from '../../app/routes/statements.$slug_.versions.$n.tsx'
import * as statementPage from '../../app/routes/statements.$slug.tsx'
import { consultationComments, statementEndorsements, statements } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { deliverToMailbox, englishPart } from '../helpers/mail.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, createUser, flashOf, signedInAs } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000)
const fields = (title: string) => ({
  title,
  summary: `${title}: what Chorus says.`,
  body: 'Social workers need manageable caseloads to keep children safe.',
  topics: ['workforce'],
  nations: [],
  reviewBy: null,
})
type Page<T extends (...args: never[]) => unknown> = Awaited<ReturnType<T>>

describe('statements for members', () => {
  const t = useTestDb()

  async function consultation(title = 'Supervision time in every contract') {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db, { ...fields(title), actorId: officer.id })
    await openConsultation(t.db, { actorId: officer.id, statementId: s.id, closesAt: inDays(14), baseUrl: BASE })
    return { officer, s }
  }

  it('lets a signed-in member comment on an open consultation and see their comments; visitors are asked to sign in', async () => {
    const { s } = await consultation()
    const path = `/statements/${s.slug}/consultation`
    const params = { slug: s.slug }
    const redirected = await callRoute(statementPage.loader, { path: `/statements/${s.slug}`, params })
    expect(redirected.status).toBe(302)
    expect(redirected.headers.get('location')).toBe(path)

    const anonymous = (await callRoute(consultationPage.loader, { path, params })).body as Page<typeof consultationPage.loader>
    expect(anonymous).toMatchObject({ signedIn: false, mine: [], statement: { open: true, title: s.title } })
    expect((await callRoute(consultationPage.action, { path, params, form: { body: 'Hello' } })).status).toBe(302)

    const lapsed = await createMember(t.db, { status: 'lapsed' })
    const { sessionCookieHeader } = await import('../../app/utils/session.server.ts')
    const { createSession } = await import('../../app/domain/auth/sessions.server.ts')
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: lapsed.user.id })).id)
    const blank = await callRoute(consultationPage.action, { path, params, cookie, form: { body: '  ' } })
    expect(blank.status).toBe(400)
    expect((blank.body as { error: Record<string, string[]> }).error.body).toEqual(['Enter your comment'])
    const sent = await callRoute(consultationPage.action, { path, params, cookie, form: { body: 'Please include agency social workers.' } })
    expect(await flashOf(sent)).toMatchObject({ message: expect.stringContaining('Your comment is with the officers') })
    const page = (await callRoute(consultationPage.loader, { path, params, cookie })).body as Page<typeof consultationPage.loader>
    expect(page.mine.map((c) => c.body)).toEqual(['Please include agency social workers.'])

    const journalist = await signedInAs(t.db, 'journalist')
    const refused = await callRoute(consultationPage.action, { path, params, cookie: journalist.cookie, form: { body: 'As a reporter…' } })
    expect(refused.status).toBe(403)
    expect((refused.body as { error: Record<string, string[]> }).error['']?.[0]).toMatch(/Only members can comment/)
    expect(await t.db.$count(consultationComments)).toBe(1)

    for (let i = 2; i <= 30; i++) await commentOnConsultation(t.db, { userId: lapsed.user.id, statementId: s.id, body: `Point ${i}` })
    const flood = await callRoute(consultationPage.action, { path, params, cookie, form: { body: 'One more point.' } })
    expect(flood.status).toBe(429)
    expect(await t.db.$count(consultationComments)).toBe(30)
  })

  it('emails members who want consultation news once, even if the consultation is closed and reopened', async () => {
    const active = await createMember(t.db)
    const optedOut = await createMember(t.db)
    await setPreference(t.db, { userId: optedOut.user.id, topic: 'consultations', subscribed: false })
    const lapsed = await createMember(t.db, { status: 'lapsed' })
    await createUser(t.db, { role: 'journalist' })
    const { officer, s } = await consultation('Learning, not blame, in reviews')
    await closeConsultation(t.db, { actorId: officer.id, statementId: s.id })
    await openConsultation(t.db, { actorId: officer.id, statementId: s.id, closesAt: inDays(21), baseUrl: BASE })

    const mail = await deliverToMailbox(t.db)
    expect(mail.map((m) => m.to)).toEqual([active.user.email])
    expect(englishPart(mail[0].subject)).toBe('Have your say: Learning, not blame, in reviews')
    expect(mail[0].text).toContain(`${BASE}/statements/${s.slug}/consultation`)
    expect(mail.some((m) => [optedOut.user.email, lapsed.user.email].includes(m.to))).toBe(false)
  })

  it('announces a statement’s first publication to members who keep the statements topic, and not its later versions', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const reader = await createMember(t.db)
    const optedOut = await createMember(t.db)
    await setPreference(t.db, { userId: optedOut.user.id, topic: 'statements', subscribed: false })
    const s = await createStatement(t.db, { ...fields('Safe caseloads'), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })
    await reviseStatement(t.db, { actorId: officer.id, statementId: s.id, title: s.title, summary: s.summary, body: 'New wording.', changeNote: 'Clearer' })
    const mail = await deliverToMailbox(t.db)
    expect(mail.map((m) => [m.to, englishPart(m.subject)])).toEqual([[reader.user.email, 'New position statement: Safe caseloads']])
    expect(mail[0].text).toContain(`${BASE}/statements/${s.slug}`)
    expect(mail[0].text).toContain('agreed by its officers')
  })

  it('reminds officers once per statement and review date when a review is within 30 days', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const admin = await createUser(t.db, { role: 'admin' })
    const member = await createMember(t.db)
    const soon = await createStatement(t.db, { ...fields('Fair pay'), reviewBy: inDays(20).toISOString().slice(0, 10), actorId: officer.id })
    await createStatement(t.db, { ...fields('Caseloads'), reviewBy: inDays(90).toISOString().slice(0, 10), actorId: officer.id }).then((s) =>
      publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE }),
    )
    await createStatement(t.db, { ...fields('Still a draft'), reviewBy: inDays(5).toISOString().slice(0, 10), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: soon.id, baseUrl: BASE })

    expect(await remindStatementReviews(t.db, { baseUrl: BASE })).toBe(1)
    expect(await remindStatementReviews(t.db, { baseUrl: BASE })).toBe(0)
    const reviewMail = async () => (await deliverToMailbox(t.db)).filter((m) => englishPart(m.subject).startsWith('Review due'))
    let mail = await reviewMail()
    expect(mail.map((m) => m.to).sort()).toEqual([officer.email, admin.email].sort())
    expect(englishPart(mail[0].subject)).toMatch(/^Review due by .*: Fair pay$/)
    expect(mail[0].text).toContain(`${BASE}/officer/statements/${soon.id}`)
    expect(mail.some((m) => m.to === member.user.email)).toBe(false)

    await t.db
      .update(statements)
      .set({ reviewBy: inDays(25).toISOString().slice(0, 10) })
      .where(eq(statements.id, soon.id))
    await remindStatementReviews(t.db, { baseUrl: BASE })
    mail = await reviewMail()
    expect(mail.filter((m) => m.to === officer.email)).toHaveLength(2)
  })

  it('keeps a permanent page per version and compares any two, with clear 400/404 for bad numbers', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db, { ...fields('Caseload limits'), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })
    await reviseStatement(t.db, {
      actorId: officer.id,
      statementId: s.id,
      title: s.title,
      summary: s.summary,
      body: 'Social workers need caseloads of no more than 18 children.',
      changeNote: 'A number, not an adjective',
    })
    await reviseStatement(t.db, {
      actorId: officer.id,
      statementId: s.id,
      title: s.title,
      summary: 'A national limit of 18 children per worker.',
      body: 'Social workers need caseloads of no more than 18 children.',
      changeNote: 'Summary says the number',
    })
    const params = (n: string) => ({ slug: s.slug, n })

    const old = (await callRoute(versionPage.loader, { path: `/statements/${s.slug}/versions/1`, params: params('1') })).body as Page<typeof versionPage.loader>
    expect(old.version).toMatchObject({ n: 1, changeNote: 'First published' })
    expect(old.version.html).toContain('manageable caseloads')
    expect(old.statement.current).toBe(3)
    for (const [n, status] of [
      ['0', 400],
      ['abc', 400],
      ['9', 404],
    ] as const) {
      const res = await callRoute(versionPage.loader, { path: `/statements/${s.slug}/versions/${n}`, params: params(n) })
      expect(res.status, n).toBe(status)
      expect(res.body, n).toMatch(status === 404 ? /has no version 9. Its latest is version 3/ : /not a version number/)
    }

    const diff = (query: string) => callRoute(diffPage.loader, { path: `/statements/${s.slug}/diff?${query}`, params: { slug: s.slug } })
    const compared = (await diff('from=1&to=3')).body as Page<typeof diffPage.loader>
    const body = compared.fields.find((f) => f.field === 'body')!
    expect(
      body.parts
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toContain('manageable')
    expect(
      body.parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('18')
    expect(compared.fields.find((f) => f.field === 'title')!.changed).toBe(false)
    expect((await diff('from=one&to=3')).status).toBe(400)
    const unknown = await diff('from=1&to=7')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatch(/no version 7/)

    const draft = await createStatement(t.db, { ...fields('Not yet public'), actorId: officer.id })
    expect((await callRoute(versionPage.loader, { path: `/statements/${draft.slug}/versions/1`, params: { slug: draft.slug, n: '1' } })).status).toBe(404)
  })

  it('exports a member’s comments and endorsements, and on deletion removes endorsements and unsigns comments', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const { user, membership } = await createMember(t.db)
    const { s } = await consultation('Reflective supervision')
    await commentOnConsultation(t.db, { userId: user.id, statementId: s.id, body: 'Make it weekly for newly qualified staff.' })
    const adopted = await createStatement(t.db, { ...fields('Safe caseloads'), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: adopted.id, baseUrl: BASE })
    await endorseStatement(t.db, { userId: user.id, statementId: adopted.id })

    const data = await exportMemberData(t.db, user.id)
    expect(data.consultationComments).toEqual([expect.objectContaining({ statement: 'Reflective supervision', comment: 'Make it weekly for newly qualified staff.', addressedByOfficersAt: null })])
    expect(data.statementEndorsements).toEqual([expect.objectContaining({ statement: 'Safe caseloads', statementSlug: adopted.slug })])

    await deleteAccount(t.db, {} as Stripe, { userId: user.id })
    expect(await t.db.$count(statementEndorsements, eq(statementEndorsements.membershipId, membership.id))).toBe(0)
    const [after] = await t.db.select().from(statements).where(eq(statements.id, adopted.id))
    expect(after.endorsementCount).toBe(0)
    const [comment] = await t.db.select().from(consultationComments)
    expect(comment).toMatchObject({ userId: null, body: 'Make it weekly for newly qualified staff.' })
  })
})
