import type { ReactNode } from 'react'
import { StaticRouter } from 'react-router-dom/server'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { StatementEndorse } from '../../app/components/statement-endorse.tsx'
import { StatementVersions } from '../../app/components/statement-versions.tsx'
import { createStatement, openConsultation, publishStatement } from '../../app/domain/statements/statements.server.ts'
import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import { translate } from '../../app/i18n/translate.ts'
import * as membersCsv from '../../app/routes/officer.members[.]csv.ts'
import * as statusPage from '../../app/routes/officer.statements.$id_.status.tsx'
import * as statementPage from '../../app/routes/statements.$slug.tsx'
import * as consultationPage from '../../app/routes/statements.$slug_.consultation.tsx'
import * as diffPage from '../../app/routes/statements.$slug_.diff.tsx'
import * as versionPage from '../../app/routes/statements.$slug_.versions.$n.tsx'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, createUser, flashOf, signedInAs } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const fields = (title: string, nations: ('england' | 'scotland' | 'wales' | 'northern_ireland')[]) => ({
  title,
  summary: `${title}, in short.`,
  body: 'The profession needs time to think.',
  topics: ['workforce'],
  nations,
  reviewBy: null,
})

/** A component as a Welsh page renders it (Links need a router). */
function rendered(locale: 'cy' | 'en', element: ReactNode) {
  return renderToStaticMarkup(
    <StaticRouter location="/statements/x">
      <LocaleProvider value={locale}>{element}</LocaleProvider>
    </StaticRouter>,
  )
}
const inWelsh = (element: ReactNode) => rendered('cy', element)
const inEnglish = (element: ReactNode) => rendered('en', element)

describe('position statements in Welsh', () => {
  const t = useTestDb()

  it('shows a statement’s page, its refusals and its missing versions in Welsh', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db, { ...fields('Time to reflect', ['wales']), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })

    const page = (await callRoute(statementPage.loader, { path: `/cy/statements/${s.slug}`, params: { slug: s.slug } })).body as Awaited<ReturnType<typeof statementPage.loader>>
    expect(page.statement.appliesIn).toBe('yng Nghymru')
    expect(page.url).toBe(`${BASE}/cy/statements/${s.slug}`)
    const english = (await callRoute(statementPage.loader, { path: `/statements/${s.slug}`, params: { slug: s.slug } })).body as typeof page
    expect(english.statement.appliesIn).toBe('in Wales')

    const journalist = await signedInAs(t.db, 'journalist')
    const refused = await callRoute(statementPage.action, { path: `/cy/statements/${s.slug}`, params: { slug: s.slug }, cookie: journalist.cookie, form: { intent: 'endorse' } })
    expect(refused.status).toBe(403)
    expect((refused.body as { error: Record<string, string[]> }).error['']).toEqual(['Dim ond aelodau mewn sefyllfa dda all gymeradwyo datganiadau.'])

    const missing = await callRoute(diffPage.loader, { path: `/cy/statements/${s.slug}/diff?from=1&to=9`, params: { slug: s.slug } })
    expect(missing).toMatchObject({ status: 404, body: 'Nid oes gan y datganiad hwn fersiwn 9. Mae ganddo fersiynau 1 i 1.' })
    const notANumber = await callRoute(versionPage.loader, { path: `/cy/statements/${s.slug}/versions/one`, params: { slug: s.slug, n: 'one' } })
    expect(notANumber).toMatchObject({ status: 400, body: "Nid yw “one” yn rhif fersiwn. Mae fersiynau wedi'u rhifo 1, 2, 3 ac ati." })
    const version = (await callRoute(versionPage.loader, { path: `/cy/statements/${s.slug}/versions/1`, params: { slug: s.slug, n: '1' } })).body as Awaited<ReturnType<typeof versionPage.loader>>
    expect(version.version.date).toMatch(/^\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}$/)
  })

  it('tells a non-member on a Welsh consultation page, in Welsh, why they cannot comment', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db, { ...fields('Caseloads we can carry', []), actorId: officer.id })
    await openConsultation(t.db, { actorId: officer.id, statementId: s.id, closesAt: new Date(Date.now() + 86_400_000), baseUrl: BASE })
    const journalist = await signedInAs(t.db, 'journalist')
    const result = await callRoute(consultationPage.action, {
      path: `/cy/statements/${s.slug}/consultation`,
      params: { slug: s.slug },
      cookie: journalist.cookie,
      form: { body: 'A thoughtful comment.' },
    })
    expect(result.status).toBe(403)
    expect((result.body as { error: Record<string, string[]> }).error['']).toEqual(['Dim ond aelodau all roi sylwadau ar ymgynghoriad. Ymunwch â Chorus i gymryd rhan.'])
  })

  it('gives an officer Welsh flash messages and a Welsh members’ spreadsheet', async () => {
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    const s = await createStatement(t.db, { ...fields('Supervision for all', ['scotland']), actorId: officer.id })
    const published = await callRoute(statusPage.action, { path: `/cy/officer/statements/${s.id}/status`, params: { id: s.id }, cookie, form: { intent: 'publish' } })
    const flash = (await flashOf(published))!
    expect(translate('cy', flash.message, flash.values)).toBe("Wedi'i gyhoeddi. Mae'r datganiad bellach yn gyhoeddus.")
    expect(translate('en', flash.message, flash.values)).toBe('Published. The statement is now public.')

    await createMember(t.db)
    const csv = await callRoute(membersCsv.loader, { path: '/cy/officer/members.csv', cookie })
    expect(String(csv.body).split('\r\n')[0]).toBe("Rhif aelodaeth,Enw,E-bost,Math,Statws,Rheoleiddiwr,Rhif cofrestru,Wedi'i ddilysu,Gwlad,Cangen,Sector gwaith,Ymunodd,Wedi talu tan")
    const englishCsv = await callRoute(membersCsv.loader, { path: '/officer/members.csv', cookie })
    expect(String(englishCsv.body).split('\r\n')[0]).toBe('Membership number,Name,Email,Type,Status,Regulator,Registration number,Verified,Nation,Branch,Sector,Joined,Paid until')
  })
})

describe('statement components in Welsh', () => {
  it('lists versions with Welsh labels, dates and Chorus’s own notes', () => {
    const html = inWelsh(
      <StatementVersions
        slug="time-to-reflect"
        versions={[
          { version: 1, changeNote: 'First published', date: '2026-12-01T12:00:00Z' },
          { version: 2, changeNote: 'Clearer on agency pay', date: '2027-01-05T12:00:00Z' },
        ]}
      />,
    )
    expect(html).toContain('Fersiynau')
    expect(html).toContain('Fersiwn 1</a>, 1 Rhagfyr 2026: Cyhoeddwyd gyntaf')
    expect(html).toContain('Fersiwn 2</a>, 5 Ionawr 2027: Clearer on agency pay')
    expect(inEnglish(<StatementVersions slug="s" versions={[{ version: 1, changeNote: 'First published', date: '2026-12-01T12:00:00Z' }]} />)).toContain(
      'Version 1</a>, 1 December 2026: First published',
    )
    expect(html).toContain('beth newidiodd<span class="visually-hidden"> rhwng fersiwn 1 a fersiwn 2</span>')
    expect(html).toContain('href="/statements/time-to-reflect/versions/1"')
  })

  it('counts endorsements in Welsh', () => {
    const html = inWelsh(<StatementEndorse slug="x" count={3} byNation={[]} open signedIn={false} endorsed={false} />)
    expect(html).toContain('Mae 3 aelod yn cefnogi hwn')
    expect(html).toMatch(/Gall aelodau ei gymeradwyo: <a[^>]* href="\/login\?redirectTo=%2Fstatements%2Fx">mewngofnodwch<\/a> i ychwanegu eich enw at y cyfrif\./)
    expect(inWelsh(<StatementEndorse slug="x" count={0} byNation={[]} open={false} signedIn={false} endorsed={false} />)).toContain('Does dim aelodau&#x27;n cefnogi hwn')
  })
})
