import { describe, expect, it } from 'vitest'
import { createStatement, publishStatement } from '../../app/domain/statements/statements.server.ts'
import * as statementPage from '../../app/routes/statements.$slug.tsx'
import * as statementsIndex from '../../app/routes/statements._index.tsx'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, createUser, flashOf, signedInAs } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'

const fields = (title: string, body: string) => ({ title, summary: `${title}, in short.`, body, topics: ['workforce'], nations: ['england' as const], reviewBy: null })

describe('statement pages', () => {
  const t = useTestDb()

  it('list and show only published statements, with safe HTML, and let members endorse', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const published = await createStatement(t.db, { ...fields('Caseloads', '## Why\n\nBecause children need time. <script>alert(1)</script>'), actorId: officer.id })
    const draft = await createStatement(t.db, { ...fields('Unfinished thoughts', 'Not yet.'), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: published.id, baseUrl: BASE })

    const list = (await callRoute(statementsIndex.loader, { path: '/statements' })).body as Awaited<ReturnType<typeof statementsIndex.loader>>
    expect(list.results.map((r) => r.slug)).toEqual([published.slug])
    expect((await callRoute(statementPage.loader, { path: `/statements/${draft.slug}`, params: { slug: draft.slug } })).status).toBe(404)
    const page = (await callRoute(statementPage.loader, { path: `/statements/${published.slug}`, params: { slug: published.slug } })).body as Awaited<ReturnType<typeof statementPage.loader>>
    expect(page.statement.html).toContain('<h2>Why</h2>')
    expect(page.statement.appliesIn).toBe('in England')
    expect(page.statement.html).not.toContain('<script')

    const { user } = await createMember(t.db)
    const { sessionCookieHeader } = await import('../../app/utils/session.server.ts')
    const { createSession } = await import('../../app/domain/auth/sessions.server.ts')
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: user.id })).id)
    const endorsed = await callRoute(statementPage.action, { path: `/statements/${published.slug}`, params: { slug: published.slug }, cookie, form: { intent: 'endorse' } })
    expect(await flashOf(endorsed)).toMatchObject({ message: expect.stringContaining('stand behind') })
    const journalist = await signedInAs(t.db, 'journalist')
    const refused = await callRoute(statementPage.action, { path: `/statements/${published.slug}`, params: { slug: published.slug }, cookie: journalist.cookie, form: { intent: 'endorse' } })
    expect(refused.status).toBe(403)
    const after = (await callRoute(statementPage.loader, { path: `/statements/${published.slug}`, params: { slug: published.slug } })).body as typeof page
    expect(after.statement.endorsements).toBe(1)
    expect(after.byNation).toEqual([{ nation: 'England', n: 1 }])
  })
})
