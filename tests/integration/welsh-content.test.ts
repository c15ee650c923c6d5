import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { saveStatementWelsh, statementIn } from '../../app/domain/statements/welsh.server.ts'
import { DomainError } from '../../app/domain/errors.ts'
import { translate } from '../../app/i18n/translate.ts'
import '../../app/i18n/server.ts'
import { statements, statementVersions } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createStatement } from '../helpers/press.ts'
import { createUser } from '../helpers/routes.ts'

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
    const [version] = await t.db.select().from(statementVersions).where(and(eq(statementVersions.statementId, s.id), eq(statementVersions.version, 1)))
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
