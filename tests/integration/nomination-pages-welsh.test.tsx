import { describe, expect, it, vi } from 'vitest'

const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
vi.mock('@remix-run/react', page.mockRemixHooks)

import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { decideNomination, nominateSelf, saveNominationStatement, supportNomination } from '../../app/domain/voting/nominations.server.ts'
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
import type { PageModule } from '../helpers/page-render.tsx'

describe('nomination pages in Welsh', () => {
  const t = useTestDb()
  it('render in Welsh with every message translated, for members and the returning officer', async () => {
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
    const missing = await page.renderWelshPages([
      { page: list, path: base, params: { id: ballot.id }, cookie: theirs, shows: ['Pwy all bleidleisio: Aelodau yn y gwledydd hyn: Cymru'] },
      { page: nominate, path: `${base}/new`, params: { id: ballot.id }, cookie: theirs, shows: ['Enwebu aelod arall'] },
      { page: one, path: `${base}/${n.id}`, params: ids, cookie: mine, shows: ['Ysgrifennu neu olygu eich datganiad'] },
      { page: statement, path: `${base}/${n.id}/statement`, params: ids, cookie: mine, shows: ['Cadw fy natganiad'] },
      { page: support, path: `${base}/${n.id}/support`, params: ids, cookie: theirs, shows: ['Rydych yn cefnogi&#x27;r enwebiad hwn.'] },
      { page: withdraw, path: `${base}/${n.id}/withdraw`, params: ids, cookie: mine, shows: ['Tynnu eich enwebiad yn ôl?'] },
      { page: manage, path: `/cy/officer/ballots/${ballot.id}/nominations`, params: { id: ballot.id }, cookie: off.cookie, shows: ['Dilys'] },
      { page: open, path: '/cy/officer/elections/new', cookie: off.cookie, shows: ['Agor enwebiadau'] },
      { page: ballotPage as unknown as PageModule, path: `/cy/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: theirs, shows: ['Yn derbyn enwebiadau'] },
    ])
    expect(missing).toEqual([])
  })

  it('publishes an unopposed result plainly, with who could have voted', async () => {
    const off = await signedInAs(t.db, 'officer')
    const ballot = await openCymruNominations(t.db, off.user.id, { supportersNeeded: 0 })
    const nominee = await createMemberIn(t.db, 'wales')
    const n = await nominateSelf(t.db, { ballotId: ballot.id, userId: nominee.user.id })
    await decideNomination(t.db, { nominationId: n.id, actorId: off.user.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: 'http://localhost' })
    expect(await closeNominations(t.db, { ballotId: ballot.id, now: new Date(Date.now() + 61 * 60_000) })).toBe('unopposed')
    for (const [path, locale, words] of [
      [`/ballots/${ballot.id}/results`, 'en', ['Elected unopposed', nominee.user.name, '2 seats remain unfilled', 'Members in Wales']],
      [`/cy/ballots/${ballot.id}/results`, 'cy', ['Etholwyd yn ddiwrthwynebiad', nominee.user.name]],
    ] as const) {
      const res = await callRoute(results.loader as never, { path, params: { id: ballot.id } })
      expect(res.status).toBe(200)
      const html = page.renderPage((results as unknown as PageModule).default, { path, data: res.body, locale })
      for (const w of words) expect(html).toContain(w)
    }
  })
})
