import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { StaticRouter } from 'react-router-dom/server'
import { describe, expect, it, vi } from 'vitest'

const state: { data: unknown; action: unknown; search: URLSearchParams } = { data: null, action: undefined, search: new URLSearchParams() }
vi.mock('@remix-run/react', async (original) => {
  const actual = (await original()) as Record<string, unknown>
  return {
    ...actual,
    useLoaderData: () => state.data,
    useActionData: () => state.action,
    useSearchParams: () => [state.search, () => {}],
    useRouteLoaderData: () => null,
    useNavigation: () => ({ state: 'idle' }),
    useFetchers: () => [],
    useFetcher: () => ({ state: 'idle', Form: (props: { children?: ReactNode }) => <form>{props.children}</form>, data: undefined }),
    Form: (props: { children?: ReactNode }) => <form>{props.children}</form>,
  }
})

import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import { onMissingWelsh } from '../../app/i18n/translate.ts'
import { createStatement, openConsultation, publishStatement, commentOnConsultation } from '../../app/domain/statements/statements.server.ts'
import { STATUS_LABELS } from '../../app/domain/membership/status.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, createUser, signedInAs } from '../helpers/routes.ts'
import * as r1 from '../../app/routes/statements._index.tsx'
import * as r2 from '../../app/routes/statements.$slug.tsx'
import * as r3 from '../../app/routes/statements.$slug_.consultation.tsx'
import * as r4 from '../../app/routes/statements.$slug_.diff.tsx'
import * as r5 from '../../app/routes/statements.$slug_.versions.$n.tsx'
import * as o1 from '../../app/routes/officer.statements._index.tsx'
import * as o2 from '../../app/routes/officer.statements.$id.tsx'
import * as o3 from '../../app/routes/officer.statements.$id_.consultation.tsx'
import * as o4 from '../../app/routes/officer.statements.$id_.status.tsx'
import * as o5 from '../../app/routes/officer.statements.new.tsx'
import * as o6 from '../../app/routes/officer._index.tsx'
import * as o7 from '../../app/routes/officer.members.tsx'
import * as o8 from '../../app/routes/officer.verifications.tsx'
import * as a1 from '../../app/routes/admin._index.tsx'
import * as a2 from '../../app/routes/admin.audit.tsx'
import * as a3 from '../../app/routes/admin.outbox.tsx'
import * as a4 from '../../app/routes/admin.security.tsx'
import * as a5 from '../../app/routes/admin.tiers.tsx'
import * as a6 from '../../app/routes/admin.users.tsx'

const BASE = 'http://localhost:3000'
/** Shown on the members' pages, translated by the membership part. */
const MEMBERSHIP_LABELS = new Set<string>(Object.values(STATUS_LABELS))
type Mod = { loader: (...a: never[]) => unknown; default: () => ReactNode }

/**
 * The statement, officer and admin pages as a Welsh reader gets them: each page's loader answers a
 * `/cy/…` request and its component renders in Welsh, every message it shows with its Welsh.
 * (Membership status labels come from the membership part and are checked there.)
 */
describe('statement, officer and admin pages in Welsh', () => {
  const t = useTestDb()
  it('render in Welsh with no message of theirs left in English', async () => {
    const missing = new Set<string>()
    onMissingWelsh((m) => missing.add(m))
    const officer = await createUser(t.db, { role: 'officer' })
    const admin = await signedInAs(t.db, 'admin')
    const off = await signedInAs(t.db, 'officer')
    const s = await createStatement(t.db, { title: 'Time to reflect', summary: 'Summary here.', body: 'Body of text here.', topics: ['workforce'], nations: ['wales', 'scotland'], reviewBy: '2027-03-01', actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })
    const c = await createStatement(t.db, { title: 'Caseloads draft', summary: 'Summary here.', body: 'Body of text here.', topics: [], nations: [], reviewBy: null, actorId: officer.id })
    await openConsultation(t.db, { actorId: officer.id, statementId: c.id, closesAt: new Date(Date.now() + 86_400_000), baseUrl: BASE })
    const { user: member } = await createMember(t.db)
    await commentOnConsultation(t.db, { userId: member.id, statementId: c.id, body: 'A comment to read.' })
    const pages: [Mod, string, Record<string, string>, string | undefined, string][] = [
      [r1, '/cy/statements', {}, undefined, 'Datganiadau safbwynt'],
      [r2, `/cy/statements/${s.slug}`, { slug: s.slug }, undefined, 'yn berthnasol yn y gwledydd hyn: Cymru, yr Alban'],
      [r3, `/cy/statements/${c.slug}/consultation`, { slug: c.slug }, undefined, 'Dweud eich dweud'],
      [r4, `/cy/statements/${s.slug}/diff?from=1&to=1`, { slug: s.slug }, undefined, 'Newidiadau o fersiwn 1 i fersiwn 1'],
      [r5, `/cy/statements/${s.slug}/versions/1`, { slug: s.slug, n: '1' }, undefined, 'Dolen barhaol i&#x27;r fersiwn hon'],
      [o1, '/cy/officer/statements', {}, off.cookie, 'Sylwadau i ymdrin â nhw'],
      [o2, `/cy/officer/statements/${s.id}`, { id: s.id }, off.cookie, 'Beth newidiodd yn y fersiwn hon'],
      [o3, `/cy/officer/statements/${c.id}/consultation`, { id: c.id }, off.cookie, 'Sylwadau (1, 1 i ymdrin â nhw)'],
      [o4, `/cy/officer/statements/${s.id}/status`, { id: s.id }, off.cookie, 'Dechrau adolygiad'],
      [o4, `/cy/officer/statements/${c.id}/status`, { id: c.id }, off.cookie, 'Ei roi i bleidlais aelodau'],
      [o5, '/cy/officer/statements/new', {}, off.cookie, 'Cadw&#x27;r drafft'],
      [o6, '/cy/officer', {}, off.cookie, '1 ar agor i ymgynghoriad'],
      [o7, '/cy/officer/members', {}, off.cookie, '1 aelod'],
      [o8, '/cy/officer/verifications', {}, off.cookie, 'Rhifau cofrestru i&#x27;w dilysu'],
      [a1, '/cy/admin', {}, admin.cookie, 'Pobl a rolau'],
      [a2, '/cy/admin/audit', {}, admin.cookie, 'Log archwilio'],
      [a3, '/cy/admin/outbox', {}, admin.cookie, 'Negeseuon e-bost a fethodd'],
      [a4, '/cy/admin/security', {}, admin.cookie, 'Nac oes'],
      [a5, '/cy/admin/tiers', {}, admin.cookie, 'Pris blynyddol (£)'],
      [a6, '/cy/admin/users', {}, admin.cookie, 'Gweinyddwr (chi)'],
    ]
    for (const [mod, path, params, cookie, welsh] of pages) {
      const res = await callRoute(mod.loader as never, { path, params, cookie })
      expect(res.status, path).toBe(200)
      state.data = res.body
      const Page = mod.default
      const html = renderToStaticMarkup(
        <StaticRouter location={path}>
          <LocaleProvider value="cy">
            <Page />
          </LocaleProvider>
        </StaticRouter>,
      )
      expect(html, path).toContain(welsh)
    }
    onMissingWelsh(null)
    expect([...missing].filter((m) => !MEMBERSHIP_LABELS.has(m))).toEqual([])
  })
})
