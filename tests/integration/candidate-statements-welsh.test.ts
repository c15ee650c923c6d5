import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { listCandidates } from '../../app/domain/voting/ballots.server.ts'
import { closeNominations, decideNomination, nominateSelf, supportNomination } from '../../app/domain/voting/nominations.server.ts'
import * as one from '../../app/routes/ballots.$id_.nominations.$nominationId.tsx'
import * as statement from '../../app/routes/ballots.$id_.nominations.$nominationId_.statement.tsx'
import * as ballotPage from '../../app/routes/ballots.$id.tsx'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { nominations } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn, openCymruNominations } from '../helpers/elections.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

const ENGLISH = 'Fair caseloads and **protected supervision** for every social worker in Wales.'
const WELSH = 'Llwythi gwaith teg a **goruchwyliaeth warchodedig** i bob gweithiwr cymdeithasol yng Nghymru.'

describe('candidates’ statements in Welsh and English', () => {
  const t = useTestDb()

  it('a nominee writes both; Welsh pages and the Welsh ballot paper show the Welsh, English pages the English', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await openCymruNominations(t.db, officer.id, { supportersNeeded: 1 })
    const nominee = await createMemberIn(t.db, 'wales')
    const supporter = await createMemberIn(t.db, 'wales')
    const n = await nominateSelf(t.db, { ballotId: ballot.id, userId: nominee.user.id })
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: nominee.user.id })).id)
    const params = { id: ballot.id, nominationId: n.id }
    const path = `/ballots/${ballot.id}/nominations/${n.id}/statement`

    // Each language is held to the word limit on its own; a refusal changes nothing.
    const tooLong = await callRoute(statement.action, { path, params, cookie, form: { statement: ENGLISH, statementCy: 'gair '.repeat(400) } })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body).toMatchObject({ error: { statementCy: [expect.stringContaining('the limit is')] } })
    expect((await t.db.select().from(nominations).where(eq(nominations.id, n.id)))[0].statement).toBe('')

    expect((await callRoute(statement.action, { path, params, cookie, form: { statement: ENGLISH, statementCy: WELSH } })).status).toBe(303)
    const welshView = (await callRoute(one.loader, { path: `/cy/ballots/${ballot.id}/nominations/${n.id}`, params, cookie })).body as { nomination: { statementHtml: string; statementLang: string } }
    expect(welshView.nomination).toMatchObject({ statementLang: 'cy', statementHtml: expect.stringContaining('<strong>goruchwyliaeth warchodedig</strong>') })
    const englishView = (await callRoute(one.loader, { path: `/ballots/${ballot.id}/nominations/${n.id}`, params, cookie })).body as { nomination: { statementHtml: string; statementLang: string } }
    expect(englishView.nomination).toMatchObject({ statementLang: 'en', statementHtml: expect.stringContaining('<strong>protected supervision</strong>') })

    // Valid at the close, the nominee becomes a candidate with both statements.
    await supportNomination(t.db, { nominationId: n.id, userId: supporter.user.id })
    await decideNomination(t.db, { nominationId: n.id, actorId: officer.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: 'http://localhost' })
    await closeNominations(t.db, { ballotId: ballot.id, now: new Date(Date.now() + 61 * 60_000) })
    const [candidate] = await listCandidates(t.db, ballot.id)
    expect(candidate).toMatchObject({ statement: ENGLISH, statementCy: WELSH })
    const paper = (await callRoute(ballotPage.loader, { path: `/cy/ballots/${ballot.id}`, params: { id: ballot.id } })).body as { candidates: { statement: string; statementLang: string }[] }
    expect(paper.candidates[0]).toMatchObject({ statement: WELSH, statementLang: 'cy' })
    const englishPaper = (await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id } })).body as { candidates: { statement: string }[] }
    expect(englishPaper.candidates[0].statement).toBe(ENGLISH)
  })

  it('a statement written only in English is shown on Welsh pages, marked as English', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await openCymruNominations(t.db, officer.id)
    const nominee = await createMemberIn(t.db, 'wales')
    const n = await nominateSelf(t.db, { ballotId: ballot.id, userId: nominee.user.id })
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: nominee.user.id })).id)
    const params = { id: ballot.id, nominationId: n.id }
    expect((await callRoute(statement.action, { path: `/ballots/${ballot.id}/nominations/${n.id}/statement`, params, cookie, form: { statement: ENGLISH } })).status).toBe(303)
    const welshView = (await callRoute(one.loader, { path: `/cy/ballots/${ballot.id}/nominations/${n.id}`, params, cookie })).body as { nomination: { statementHtml: string; statementLang: string } }
    expect(welshView.nomination).toMatchObject({ statementLang: 'en', statementHtml: expect.stringContaining('protected supervision') })
  })
})
