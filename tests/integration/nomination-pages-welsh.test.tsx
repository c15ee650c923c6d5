import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { StaticRouter } from 'react-router-dom/server'
import { describe, expect, it, vi } from 'vitest'

const state: { data: unknown; action: unknown } = { data: null, action: undefined }
vi.mock('@remix-run/react', async (original) => {
  const actual = (await original()) as Record<string, unknown>
  return {
    ...actual,
    useLoaderData: () => state.data,
    useActionData: () => state.action,
    useRouteLoaderData: () => null,
    useNavigation: () => ({ state: 'idle' }),
    useFetchers: () => [],
    useRevalidator: () => ({ revalidate: () => {}, state: 'idle' }),
    useSearchParams: () => [new URLSearchParams(), () => {}],
    Form: (props: { children?: ReactNode }) => <form>{props.children}</form>,
  }
})

import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { decideNomination, nominateSelf, saveNominationStatement, supportNomination } from '../../app/domain/voting/nominations.server.ts'
import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import { onMissingWelsh } from '../../app/i18n/translate.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn, openCymruNominations } from '../helpers/elections.ts'
import { callRoute, signedInAs } from '../helpers/routes.ts'
import * as list from '../../app/routes/ballots.$id_.nominations._index.tsx'
import * as nominate from '../../app/routes/ballots.$id_.nominations.new.tsx'
import * as one from '../../app/routes/ballots.$id_.nominations.$nominationId.tsx'
import * as statement from '../../app/routes/ballots.$id_.nominations.$nominationId_.statement.tsx'
import * as support from '../../app/routes/ballots.$id_.nominations.$nominationId_.support.tsx'
import * as withdraw from '../../app/routes/ballots.$id_.nominations.$nominationId_.withdraw.tsx'
import * as manage from '../../app/routes/officer.ballots.$id_.nominations.tsx'
import * as open from '../../app/routes/officer.elections.new.tsx'
import * as ballotPage from '../../app/routes/ballots.$id.tsx'
import * as results from '../../app/routes/ballots.$id_.results.tsx'
import { closeNominations } from '../../app/domain/voting/nominations.server.ts'

type Mod = { loader: (...a: never[]) => unknown; default: () => ReactNode }

describe('nomination pages in Welsh', () => {
  const t = useTestDb()
  it('render in Welsh with every message translated, for members and the returning officer', async () => {
    const missing = new Set<string>()
    onMissingWelsh((m) => missing.add(m))
    const off = await signedInAs(t.db, 'officer')
    const ballot = await openCymruNominations(t.db, off.user.id, { supportersNeeded: 1 })
    const nominee = await createMemberIn(t.db, 'wales')
    const supporter = await createMemberIn(t.db, 'wales')
    const n = await nominateSelf(t.db, { ballotId: ballot.id, userId: nominee.user.id })
    await saveNominationStatement(t.db, { nominationId: n.id, userId: nominee.user.id, statement: 'Gofal **teg** i bawb.' })
    await supportNomination(t.db, { nominationId: n.id, userId: supporter.user.id })
    await decideNomination(t.db, { nominationId: n.id, actorId: off.user.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: 'http://localhost' })
    const mine = await sessionCookieHeader((await createSession(t.db, { userId: nominee.user.id })).id)
    const theirs = await sessionCookieHeader((await createSession(t.db, { userId: supporter.user.id })).id)
    const ids = { id: ballot.id, nominationId: n.id }
    const base = `/cy/ballots/${ballot.id}/nominations`
    const pages: [Mod, string, Record<string, string>, string | undefined, string][] = [
      [list, base, { id: ballot.id }, theirs, 'Pwy all bleidleisio: Aelodau yn y gwledydd hyn: Cymru'],
      [nominate, `${base}/new`, { id: ballot.id }, theirs, 'Enwebu aelod arall'],
      [one, `${base}/${n.id}`, ids, mine, 'Ysgrifennu neu olygu eich datganiad'],
      [statement, `${base}/${n.id}/statement`, ids, mine, 'Cadw fy natganiad'],
      [support, `${base}/${n.id}/support`, ids, theirs, 'Rydych yn cefnogi&#x27;r enwebiad hwn.'],
      [withdraw, `${base}/${n.id}/withdraw`, ids, mine, 'Tynnu eich enwebiad yn ôl?'],
      [manage, `/cy/officer/ballots/${ballot.id}/nominations`, { id: ballot.id }, off.cookie, 'Dilys'],
      [open, '/cy/officer/elections/new', {}, off.cookie, 'Agor enwebiadau'],
      [ballotPage as unknown as Mod, `/cy/ballots/${ballot.id}`, { id: ballot.id }, theirs, 'Yn derbyn enwebiadau'],
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
    expect([...missing]).toEqual([])
  })

  it('publishes an unopposed result plainly, with who could have voted', async () => {
    const off = await signedInAs(t.db, 'officer')
    const ballot = await openCymruNominations(t.db, off.user.id, { supportersNeeded: 0 })
    const nominee = await createMemberIn(t.db, 'wales')
    const n = await nominateSelf(t.db, { ballotId: ballot.id, userId: nominee.user.id })
    await decideNomination(t.db, { nominationId: n.id, actorId: off.user.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: 'http://localhost' })
    expect(await closeNominations(t.db, { ballotId: ballot.id, now: new Date(Date.now() + 61 * 60_000) })).toBe('unopposed')
    for (const [path, locale, words] of [[`/ballots/${ballot.id}/results`, 'en', ['Elected unopposed', nominee.user.name, '2 seats remain unfilled', 'Members in Wales']], [`/cy/ballots/${ballot.id}/results`, 'cy', ['Etholwyd yn ddiwrthwynebiad', nominee.user.name]]] as const) {
      const res = await callRoute(results.loader as never, { path, params: { id: ballot.id } })
      expect(res.status).toBe(200)
      state.data = res.body
      const Page = (results as unknown as Mod).default
      const html = renderToStaticMarkup(
        <StaticRouter location={path}>
          <LocaleProvider value={locale}>
            <Page />
          </LocaleProvider>
        </StaticRouter>,
      )
      for (const w of words) expect(html).toContain(w)
    }
  })
})
