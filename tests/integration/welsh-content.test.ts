import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../app/domain/errors.ts'
import { correctBriefing } from '../../app/domain/press/briefings.server.ts'
import { saveBriefingWelsh } from '../../app/domain/press/welsh.server.ts'
import { reviseStatement } from '../../app/domain/statements/statements.server.ts'
import { saveStatementWelsh, statementIn } from '../../app/domain/statements/welsh.server.ts'
import '../../app/i18n/server.ts'
import { translate } from '../../app/i18n/translate.ts'
import * as officerBriefingWelsh from '../../app/routes/officer.press.$id_.welsh.tsx'
import * as officerWelsh from '../../app/routes/officer.statements.$id_.welsh.tsx'
import * as briefingPage from '../../app/routes/press.$slug.tsx'
import * as publicPage from '../../app/routes/statements.$slug.tsx'
import * as statementsIndex from '../../app/routes/statements._index.tsx'
import * as pressIndex from '../../app/routes/press._index.tsx'
import { briefings, statements, statementVersions } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { BASE_URL, briefingFields, createStatement, sendBriefing } from '../helpers/press.ts'
import { callRoute, createUser, flashOf, signedInAs } from '../helpers/routes.ts'

const WELSH = {
  titleCy: 'Llwythi achos diogel i weithwyr cymdeithasol plant',
  summaryCy: 'Rhaid cael terfyn ar lwythi achos gweithwyr cymdeithasol.',
  bodyCy: 'Mae **llwythi achos** rhy uchel yn peryglu plant.\n\nRydym yn galw am derfyn cenedlaethol.',
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, cy: translate('cy', error.message, error.values), en: translate('en', error.message, error.values) }
    throw error
  }
  throw new Error('was not refused')
}

describe('a statement in Welsh', () => {
  const t = useTestDb()

  it('is shown to Welsh readers when officers have written it, with the English to everyone else', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db, { title: 'Safe caseloads for children’s social workers' })
    await t.db.insert(statementVersions).values({ statementId: s.id, version: 1, title: s.title, summary: s.summary, body: s.body, changeNote: 'First published' })
    expect(statementIn('cy', s)).toMatchObject({ lang: 'en', title: s.title, otherLanguage: false })

    await saveStatementWelsh(t.db, { actorId: officer.id, statementId: s.id, ...WELSH })
    const [saved] = await t.db.select().from(statements).where(eq(statements.id, s.id))
    const welsh = statementIn('cy', saved)
    expect(welsh).toMatchObject({ lang: 'cy', title: WELSH.titleCy, summary: WELSH.summaryCy, otherLanguage: true })
    expect(welsh.bodyHtml).toContain('<strong>llwythi achos</strong>')
    expect(statementIn('en', saved)).toMatchObject({ lang: 'en', title: s.title, otherLanguage: true })
    const [version] = await t.db
      .select()
      .from(statementVersions)
      .where(and(eq(statementVersions.statementId, s.id), eq(statementVersions.version, 1)))
    expect(version.titleCy).toBe(WELSH.titleCy)
  })

  it('is refused in part, with the message in Welsh, and taken down when every part is emptied', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db)
    const partial = await refusal(saveStatementWelsh(t.db, { actorId: officer.id, statementId: s.id, titleCy: WELSH.titleCy, summaryCy: '', bodyCy: WELSH.bodyCy }))
    expect(partial).toEqual({ field: 'summaryCy', cy: 'Rhowch y crynodeb Cymraeg, neu gadewch yr holl Gymraeg yn wag', en: 'Enter the Welsh summary, or leave all the Welsh empty' })
    const long = await refusal(saveStatementWelsh(t.db, { actorId: officer.id, statementId: s.id, ...WELSH, titleCy: 'Ll'.repeat(100) }))
    expect(long).toEqual({ field: 'titleCy', cy: 'Cadwch ef i 160 nod neu lai', en: 'Keep it to 160 characters or fewer' })
    const [unchanged] = await t.db.select().from(statements).where(eq(statements.id, s.id))
    expect(unchanged.titleCy).toBeNull()

    await saveStatementWelsh(t.db, { actorId: officer.id, statementId: s.id, ...WELSH })
    await saveStatementWelsh(t.db, { actorId: officer.id, statementId: s.id, titleCy: ' ', summaryCy: '', bodyCy: '' })
    const [takenDown] = await t.db.select().from(statements).where(eq(statements.id, s.id))
    expect(takenDown.titleCy).toBeNull()
    expect(statementIn('cy', takenDown).lang).toBe('en')
  })
})

describe('the Welsh version on the site', () => {
  const t = useTestDb()

  it('is written by an officer beside the English and read at the same address under /cy, the English page linking to it', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const s = await createStatement(t.db, { title: 'Safe caseloads for children’s social workers' })
    await t.db.insert(statementVersions).values({ statementId: s.id, version: 1, title: s.title, summary: s.summary, body: s.body, changeNote: 'First published' })

    const before = (await callRoute(publicPage.loader as never, { path: `/cy/statements/${s.slug}`, params: { slug: s.slug } })).body as { statement: { title: string; lang: string } }
    expect(before.statement).toMatchObject({ title: s.title, lang: 'en' })

    const refused = await callRoute(officerWelsh.action as never, {
      path: `/cy/officer/statements/${s.id}/welsh`,
      params: { id: s.id },
      cookie,
      form: { titleCy: WELSH.titleCy, summaryCy: '', bodyCy: WELSH.bodyCy },
    })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ error: { summaryCy: ['Rhowch y crynodeb Cymraeg, neu gadewch yr holl Gymraeg yn wag'] } })

    const saved = await callRoute(officerWelsh.action as never, { path: `/officer/statements/${s.id}/welsh`, params: { id: s.id }, cookie, form: WELSH })
    expect(await flashOf(saved)).toMatchObject({ message: 'The Welsh version is saved. Welsh readers see it now.' })
    const welsh = (await callRoute(publicPage.loader as never, { path: `/cy/statements/${s.slug}`, params: { slug: s.slug } })).body as {
      statement: { title: string; summary: string; html: string; lang: string }
    }
    expect(welsh.statement).toMatchObject({ title: WELSH.titleCy, summary: WELSH.summaryCy, lang: 'cy' })
    const english = (await callRoute(publicPage.loader as never, { path: `/statements/${s.slug}`, params: { slug: s.slug } })).body as {
      statement: { title: string; lang: string; inOtherLanguage: boolean }
    }
    expect(english.statement).toMatchObject({ title: s.title, lang: 'en', inOtherLanguage: true })
  })

  it('is left behind by a new English version until it is written again: no Welsh reader sees a translation of words no longer held', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db)
    await t.db.insert(statementVersions).values({ statementId: s.id, version: 1, title: s.title, summary: s.summary, body: s.body, changeNote: 'First published' })
    await saveStatementWelsh(t.db, { actorId: officer.id, statementId: s.id, ...WELSH })
    await reviseStatement(t.db, { actorId: officer.id, statementId: s.id, title: s.title, summary: s.summary, body: 'A changed body that says something new.', changeNote: 'Clarified' })
    const page = (await callRoute(publicPage.loader as never, { path: `/cy/statements/${s.slug}`, params: { slug: s.slug } })).body as { statement: { lang: string; version: number } }
    expect(page.statement).toMatchObject({ lang: 'en', version: 2 })
    const [first] = await t.db
      .select()
      .from(statementVersions)
      .where(and(eq(statementVersions.statementId, s.id), eq(statementVersions.version, 1)))
    expect(first.titleCy).toBe(WELSH.titleCy)
  })
})

describe('a briefing in Welsh, for Welsh media', () => {
  const t = useTestDb()
  const WELSH_BRIEFING = {
    headlineCy: 'Chorus yn ymateb i adolygiad diogelu Northfield',
    standfirstCy: 'Mae gweithwyr cymdeithasol angen amser gyda theuluoedd, nid rhagor o ffurflenni.',
    bodyCy: 'Mae **llwythi achos** yn rhy uchel.',
    keyFactsCy: '7 o bob 10 gweithiwr yn dweud bod llwythi achos yn anniogel\n\n 1,204 wedi ateb ',
    notesToEditorsCy: 'Chorus yw corff proffesiynol gweithwyr cymdeithasol.',
  }

  it('is read at /cy/press/:slug under the same embargo, and left behind by a correction of the English', async () => {
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    const id = await sendBriefing(t.db, { officerId: officer.id, fields: { headline: 'Chorus responds to the Northfield safeguarding review' } })
    const [b] = await t.db.select().from(briefings).where(eq(briefings.id, id))

    const refused = await callRoute(officerBriefingWelsh.action as never, { path: `/cy/officer/press/${id}/welsh`, params: { id }, cookie, form: { ...WELSH_BRIEFING, bodyCy: '' } })
    expect(refused.body).toMatchObject({ error: { bodyCy: ['Rhowch y prif negeseuon yn Gymraeg, neu gadewch yr holl Gymraeg yn wag'] } })
    const saved = await callRoute(officerBriefingWelsh.action as never, { path: `/officer/press/${id}/welsh`, params: { id }, cookie, form: WELSH_BRIEFING })
    expect(saved.status).toBe(303)

    type Page = { article: { headline: string; keyFacts: string[]; html: string } | null; lang: string; inOtherLanguage: boolean }
    const welsh = (await callRoute(briefingPage.loader as never, { path: `/cy/press/${b.slug}`, params: { slug: b.slug } })).body as Page
    expect(welsh.lang).toBe('cy')
    expect(welsh.article?.headline).toBe(WELSH_BRIEFING.headlineCy)
    expect(welsh.article?.keyFacts).toEqual(['7 o bob 10 gweithiwr yn dweud bod llwythi achos yn anniogel', '1,204 wedi ateb'])
    expect(welsh.article?.html).toContain('<strong>llwythi achos</strong>')
    const english = (await callRoute(briefingPage.loader as never, { path: `/press/${b.slug}`, params: { slug: b.slug } })).body as Page
    expect(english).toMatchObject({ lang: 'en', inOtherLanguage: true, article: { headline: 'Chorus responds to the Northfield safeguarding review' } })

    await correctBriefing(t.db, {
      actorId: officer.id,
      briefingId: id,
      fields: briefingFields({ headline: 'Chorus responds to the Northfield review (corrected)' }),
      correctionNote: 'Figures updated',
      now: new Date(),
      baseUrl: BASE_URL,
    })
    const afterCorrection = (await callRoute(briefingPage.loader as never, { path: `/cy/press/${b.slug}`, params: { slug: b.slug } })).body as Page
    expect(afterCorrection).toMatchObject({ lang: 'en', article: { headline: 'Chorus responds to the Northfield review (corrected)' } })
  })

  it('is under the same embargo as the English: a stranger gets nothing at /cy either', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const id = await sendBriefing(t.db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 3_600_000) })
    await saveBriefingWelsh(t.db, { actorId: officer.id, briefingId: id, ...WELSH_BRIEFING })
    const [b] = await t.db.select().from(briefings).where(eq(briefings.id, id))
    const stranger = await callRoute(briefingPage.loader as never, { path: `/cy/press/${b.slug}`, params: { slug: b.slug } })
    expect(stranger.status).toBe(404)
    expect(JSON.stringify(stranger.body ?? '')).not.toContain('Northfield')
  })
})

describe('searching in Welsh', () => {
  const t = useTestDb()

  it('finds statements and briefings by their Welsh words on Welsh pages, accents or none, and lists their Welsh titles', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db, { title: 'Safe caseloads for children’s social workers' })
    await saveStatementWelsh(t.db, { actorId: officer.id, statementId: s.id, ...WELSH, bodyCy: `${WELSH.bodyCy}\n\nMae angen dŵr a chinio ar bawb.` })
    const welshPage = (await callRoute(statementsIndex.loader as never, { path: '/cy/statements?q=dwr' })).body as { results: { slug: string; title: string }[] }
    expect(welshPage.results).toEqual([expect.objectContaining({ slug: s.slug, title: WELSH.titleCy })])
    const englishPage = (await callRoute(statementsIndex.loader as never, { path: '/statements?q=dwr' })).body as { results: unknown[] }
    expect(englishPage.results).toEqual([])

    const id = await sendBriefing(t.db, { officerId: officer.id, fields: { headline: 'Chorus responds to the Northfield review' } })
    await saveBriefingWelsh(t.db, { actorId: officer.id, briefingId: id, headlineCy: 'Chorus yn ymateb i adolygiad Northfield', bodyCy: 'Rhaid gwrando ar weithwyr cymdeithasol.' })
    const pressRoom = (await callRoute(pressIndex.loader as never, { path: '/cy/press?q=gwrando' })).body as { items: { headline: string }[] }
    expect(pressRoom.items.map((i) => i.headline)).toEqual(['Chorus yn ymateb i adolygiad Northfield'])
  })
})
