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
import { answerQuestion, askQuestion, moderateQuestion } from '../../app/domain/voting/hustings.server.ts'
import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import { onMissingWelsh } from '../../app/i18n/translate.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn, electionInHustings } from '../helpers/elections.ts'
import { callRoute, signedInAs } from '../helpers/routes.ts'
import * as hustings from '../../app/routes/ballots.$id_.hustings._index.tsx'
import * as answer from '../../app/routes/ballots.$id_.hustings.$questionId_.answer.tsx'
import * as queue from '../../app/routes/officer.ballots.$id_.hustings.tsx'

type Mod = { loader: (...a: never[]) => unknown; default: () => ReactNode }

describe('hustings pages in Welsh', () => {
  const t = useTestDb()
  it('render in Welsh with every message translated, for electors, candidates and the returning officer', async () => {
    const missing = new Set<string>()
    onMissingWelsh((m) => missing.add(m))
    const off = await signedInAs(t.db, 'officer')
    const [a, b] = [await createMemberIn(t.db, 'wales'), await createMemberIn(t.db, 'wales')]
    const ballot = await electionInHustings(t.db, { officerId: off.user.id, candidates: [a.user.id, b.user.id], scope: { nations: ['wales'], branches: [], tiers: [] } })
    const elector = await createMemberIn(t.db, 'wales')
    const q = await askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'Sut byddwch chi’n gwrando ar aelodau yng nghefn gwlad?' })
    await askQuestion(t.db, { ballotId: ballot.id, userId: elector.user.id, question: 'Cwestiwn sy’n aros am y swyddog.' })
    await moderateQuestion(t.db, { ballotId: ballot.id, questionId: q.id, actorId: off.user.id, actorRole: 'officer', decision: 'approved', reason: '', baseUrl: 'http://localhost' })
    await answerQuestion(t.db, { questionId: q.id, userId: a.user.id, answer: 'Cyfarfod **bob chwarter** ym mhob cangen.' })
    const cookie = async (userId: string) => sessionCookieHeader((await createSession(t.db, { userId })).id)
    const base = `/cy/ballots/${ballot.id}/hustings`
    const pages: [Mod, string, Record<string, string>, string | undefined, string[]][] = [
      [hustings, base, { id: ballot.id }, await cookie(elector.user.id), ['Hystings: Cymru committee 2027', 'Anfon fy nghwestiwn', '<strong>bob chwarter</strong>', 'Dim ateb eto.', 'Mae eich cwestiwn yn aros']],
      [hustings, base, { id: ballot.id }, await cookie(b.user.id), ['Ateb y cwestiwn hwn']],
      [answer, `${base}/${q.id}/answer`, { id: ballot.id, questionId: q.id }, await cookie(b.user.id), ['Cyhoeddi fy ateb']],
      [queue, `/cy/officer/ballots/${ballot.id}/hustings`, { id: ballot.id }, off.cookie, ['Cymeradwyo', 'Cwestiwn sy’n aros am y swyddog.']],
    ]
    for (const [mod, path, params, who, welsh] of pages) {
      const res = await callRoute(mod.loader as never, { path, params, cookie: who })
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
      for (const w of welsh) expect(html, path).toContain(w)
    }
    onMissingWelsh(null)
    expect([...missing]).toEqual([])
  })
})
