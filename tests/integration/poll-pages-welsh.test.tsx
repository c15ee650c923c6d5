import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { StaticRouter } from 'react-router-dom/server'
import { describe, expect, it, vi } from 'vitest'

const state: { data: unknown } = { data: null }
vi.mock('@remix-run/react', async (original) => {
  const actual = (await original()) as Record<string, unknown>
  return {
    ...actual,
    useLoaderData: () => state.data,
    useActionData: () => undefined,
    useRouteLoaderData: () => null,
    useNavigation: () => ({ state: 'idle' }),
    useFetchers: () => [],
    useRevalidator: () => ({ revalidate: () => {}, state: 'idle' }),
    Form: (props: { children?: ReactNode }) => <form>{props.children}</form>,
  }
})

import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import { onMissingWelsh } from '../../app/i18n/translate.ts'
import { closePoll, createAndSendPoll, respondToPoll } from '../../app/domain/polls/polls.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, signedInAs } from '../helpers/routes.ts'
import * as list from '../../app/routes/officer.polls._index.tsx'
import * as create from '../../app/routes/officer.polls.new.tsx'
import * as officerPoll from '../../app/routes/officer.polls.$id.tsx'
import * as poll from '../../app/routes/polls.$id.tsx'
import * as answer from '../../app/routes/polls.$id_.answer.tsx'
import * as results from '../../app/routes/polls.$id_.results.tsx'

type Mod = { loader: (...a: never[]) => unknown; default: () => ReactNode }

/** The poll pages as a Welsh reader gets them: every message they show has its Welsh. */
describe('poll pages in Welsh', () => {
  const t = useTestDb()
  it('render in Welsh with no message of theirs left in English', async () => {
    const missing = new Set<string>()
    onMissingWelsh((m) => missing.add(m))
    const off = await signedInAs(t.db, 'officer')
    const { user: member } = await createMember(t.db)
    const memberCookie = await sessionCookieHeader((await createSession(t.db, { userId: member.id })).id)
    const questions = [
      { kind: 'agree5' as const, wording: 'My caseload is safe' },
      { kind: 'multiple' as const, wording: 'What would help?', options: ['Fewer cases', 'Supervision'] },
      { kind: 'free_text' as const, wording: 'Anything else?' },
    ]
    const open = await createAndSendPoll(t.db, { actorId: off.user.id, title: 'Caseloads', durationHours: 4, questions, baseUrl: 'http://localhost:3000' })
    const closed = await createAndSendPoll(t.db, { actorId: off.user.id, title: 'Supervision', durationHours: 2, questions, baseUrl: 'http://localhost:3000' })
    await respondToPoll(t.db, { pollId: closed.id, userId: member.id, answers: { '1': 'agree', '2': ['a'] } })
    await closePoll(t.db, { pollId: closed.id, now: new Date(Date.now() + 3 * 3_600_000) })
    const pages: [Mod, string, Record<string, string>, string | undefined, string][] = [
      [list, '/cy/officer/polls', {}, off.cookie, 'Arolygon cyflym'],
      [create, '/cy/officer/polls/new', {}, off.cookie, 'Pwy sy&#x27;n cael eu holi'],
      [officerPoll, `/cy/officer/polls/${open.id}`, { id: open.id }, off.cookie, 'Mae celloedd o dan 10 wedi&#x27;u cuddio'],
      [officerPoll, `/cy/officer/polls/${closed.id}`, { id: closed.id }, off.cookie, 'Cyhoeddi&#x27;r canlyniadau'],
      [poll, `/cy/polls/${open.id}`, { id: open.id }, memberCookie, 'Anfon fy atebion'],
      [poll, `/cy/polls/${closed.id}`, { id: closed.id }, memberCookie, 'Mae&#x27;r arolwg hwn wedi cau'],
      [answer, `/cy/polls/${open.id}/answer?q1=agree`, { id: open.id }, memberCookie, 'Dewiswch bob un sy&#x27;n berthnasol'],
      [results, `/cy/polls/${closed.id}/results`, { id: closed.id }, off.cookie, 'Heb ei chyhoeddi eto'],
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
})
