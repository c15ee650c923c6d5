import { describe, expect, it, vi } from 'vitest'

const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
vi.mock('@remix-run/react', page.mockRemixHooks)

import { closePoll, createAndSendPoll, respondToPoll } from '../../app/domain/polls/polls.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { signedInAs } from '../helpers/routes.ts'
import * as list from '../../app/routes/officer.polls._index.tsx'
import * as create from '../../app/routes/officer.polls.new.tsx'
import * as officerPoll from '../../app/routes/officer.polls.$id.tsx'
import * as poll from '../../app/routes/polls.$id.tsx'
import * as answer from '../../app/routes/polls.$id_.answer.tsx'
import * as results from '../../app/routes/polls.$id_.results.tsx'

/** The poll pages as a Welsh reader gets them: every message they show has its Welsh. */
describe('poll pages in Welsh', () => {
  const t = useTestDb()
  it('render in Welsh with no message of theirs left in English', async () => {
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
    const missing = await page.renderWelshPages([
      { page: list, path: '/cy/officer/polls', cookie: off.cookie, shows: ['Arolygon cyflym'] },
      { page: create, path: '/cy/officer/polls/new', cookie: off.cookie, shows: ['Pwy sy&#x27;n cael eu holi'] },
      { page: officerPoll, path: `/cy/officer/polls/${open.id}`, params: { id: open.id }, cookie: off.cookie, shows: ['Mae celloedd o dan 10 wedi&#x27;u cuddio'] },
      { page: officerPoll, path: `/cy/officer/polls/${closed.id}`, params: { id: closed.id }, cookie: off.cookie, shows: ['Cyhoeddi&#x27;r canlyniadau'] },
      { page: poll, path: `/cy/polls/${open.id}`, params: { id: open.id }, cookie: memberCookie, shows: ['Anfon fy atebion'] },
      { page: poll, path: `/cy/polls/${closed.id}`, params: { id: closed.id }, cookie: memberCookie, shows: ['Mae&#x27;r arolwg hwn wedi cau'] },
      { page: answer, path: `/cy/polls/${open.id}/answer?q1=agree`, params: { id: open.id }, cookie: memberCookie, shows: ['Dewiswch bob un sy&#x27;n berthnasol'] },
      { page: results, path: `/cy/polls/${closed.id}/results`, params: { id: closed.id }, cookie: off.cookie, shows: ['Heb ei chyhoeddi eto'] },
    ])
    expect(missing).toEqual([])
  })
})
