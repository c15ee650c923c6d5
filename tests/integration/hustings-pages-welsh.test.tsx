import { describe, expect, it, vi } from 'vitest'

const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
vi.mock('@remix-run/react', page.mockRemixHooks)

import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { answerQuestion, askQuestion, moderateQuestion } from '../../app/domain/voting/hustings.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn, electionInHustings } from '../helpers/elections.ts'
import { signedInAs } from '../helpers/routes.ts'
import * as hustings from '../../app/routes/ballots.$id_.hustings._index.tsx'
import * as answer from '../../app/routes/ballots.$id_.hustings.$questionId_.answer.tsx'
import * as queue from '../../app/routes/officer.ballots.$id_.hustings.tsx'

describe('hustings pages in Welsh', () => {
  const t = useTestDb()
  it('render in Welsh with every message translated, for electors, candidates and the returning officer', async () => {
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
    const missing = await page.renderWelshPages([
      {
        page: hustings,
        path: base,
        params: { id: ballot.id },
        cookie: await cookie(elector.user.id),
        shows: ['Hystings: Cymru committee 2027', 'Anfon fy nghwestiwn', '<strong>bob chwarter</strong>', 'Dim ateb eto.', 'Mae eich cwestiwn yn aros'],
      },
      { page: hustings, path: base, params: { id: ballot.id }, cookie: await cookie(b.user.id), shows: ['Ateb y cwestiwn hwn'] },
      { page: answer, path: `${base}/${q.id}/answer`, params: { id: ballot.id, questionId: q.id }, cookie: await cookie(b.user.id), shows: ['Cyhoeddi fy ateb'] },
      { page: queue, path: `/cy/officer/ballots/${ballot.id}/hustings`, params: { id: ballot.id }, cookie: off.cookie, shows: ['Cymeradwyo', 'Cwestiwn sy’n aros am y swyddog.'] },
    ])
    expect(missing).toEqual([])
  })
})
