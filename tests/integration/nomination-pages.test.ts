import { describe, expect, it } from 'vitest'
import { replyProblems, type FormReply } from '../../app/components/forms.tsx'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { nominateSelf } from '../../app/domain/voting/nominations.server.ts'
import * as supportPage from '../../app/routes/ballots.$id_.nominations.$nominationId_.support.tsx'
import * as nominationsPage from '../../app/routes/ballots.$id_.nominations._index.tsx'
import * as ballotPage from '../../app/routes/ballots.$id.tsx'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn, openCymruNominations } from '../helpers/elections.ts'
import { callRoute, createUser, flashOf } from '../helpers/routes.ts'

const cookieFor = async (db: Parameters<typeof createSession>[0], userId: string) => sessionCookieHeader((await createSession(db, { userId })).id)

describe('nomination pages', () => {
  const t = useTestDb()

  it('shows the scope and about how many can vote, and refuses support from outside Wales with a clear message, in English and Welsh', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await openCymruNominations(t.db, officer.id)
    const nominee = await createMemberIn(t.db, 'wales')
    const supporter = await createMemberIn(t.db, 'wales')
    const english = await createMemberIn(t.db, 'england')
    const nomination = await nominateSelf(t.db, { ballotId: ballot.id, userId: nominee.user.id })
    const params = { id: ballot.id, nominationId: nomination.id }

    const list = await callRoute(nominationsPage.loader, { path: `/ballots/${ballot.id}/nominations`, params: { id: ballot.id } })
    expect(list.body).toMatchObject({ electorate: { scope: 'Members in Wales', count: 2, exact: false }, nominations: [{ name: nominee.user.name }] })
    const page = await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id } })
    expect(page.body).toMatchObject({ phase: 'nominations', electorate: { scope: 'Members in Wales' } })

    const refused = await callRoute(supportPage.action, {
      path: `/ballots/${ballot.id}/nominations/${nomination.id}/support`,
      params,
      form: { intent: 'support' },
      cookie: await cookieFor(t.db, english.user.id),
    })
    expect(refused.status).toBe(403)
    expect(replyProblems(refused.body as FormReply)).toEqual([
      'Only members who can vote in this election can support a nomination. This election is only for members within its scope, and your membership is outside it.',
    ])
    const welsh = await callRoute(supportPage.action, {
      path: `/cy/ballots/${ballot.id}/nominations/${nomination.id}/support`,
      params,
      form: { intent: 'support' },
      cookie: await cookieFor(t.db, english.user.id),
    })
    expect(replyProblems(welsh.body as FormReply)[0]).toContain('y tu allan iddo')

    const supported = await callRoute(supportPage.action, {
      path: `/ballots/${ballot.id}/nominations/${nomination.id}/support`,
      params,
      form: { intent: 'support' },
      cookie: await cookieFor(t.db, supporter.user.id),
    })
    expect(await flashOf(supported)).toMatchObject({ message: 'Thank you: you support this nomination.' })
    const shown = await callRoute(supportPage.loader, { path: `/ballots/${ballot.id}/nominations/${nomination.id}/support`, params, cookie: await cookieFor(t.db, supporter.user.id) })
    expect(shown.body).toMatchObject({ supported: true, nomination: { supporters: 1 } })
  })
})

describe('the officers’ forms', () => {
  const t = useTestDb()

  it('create a ballot for chosen nations and open nominations with a scope, rules and a returning officer', async () => {
    const { signedInAs } = await import('../helpers/routes.ts')
    const newBallot = await import('../../app/routes/officer.ballots.new.tsx')
    const openForm = await import('../../app/routes/officer.elections.new.tsx')
    const { getBallot } = await import('../../app/domain/voting/ballots.server.ts')
    const off = await signedInAs(t.db, 'officer')
    const made = await callRoute(newBallot.action as never, {
      path: '/officer/ballots/new',
      cookie: off.cookie,
      form: [
        ['kind', 'motion'],
        ['title', 'Cymru and Alba motion'],
        ['description', 'A motion for two nations.'],
        ['opensAt', '2030-01-01T09:00'],
        ['closesAt', '2030-01-08T09:00'],
        ['scopeNations', 'wales'],
        ['scopeNations', 'scotland'],
        ['scopeTiers', 'full'],
      ],
    })
    expect(made.status).toBe(302)
    const created = await getBallot(t.db, made.headers.get('location')!.split('/').at(-1)!)
    expect(created).toMatchObject({ scopeNations: ['wales', 'scotland'], scopeBranches: [], scopeTiers: ['full'], returningOfficerId: off.user.id })

    const opened = await callRoute(openForm.action as never, {
      path: '/officer/elections/new',
      cookie: off.cookie,
      form: [
        ['title', 'Cymru committee 2030'],
        ['description', 'Three members in Wales.'],
        ['seats', '3'],
        ['scopeNations', 'wales'],
        ['nominationsCloseAt', '2030-01-01T09:00'],
        ['supportersNeeded', '5'],
        ['statementWordLimit', '300'],
        ['standTiers', 'full'],
        ['standMinYears', '2'],
        ['candidateOrder', 'random'],
        ['opensAt', '2030-01-05T09:00'],
        ['closesAt', '2030-01-12T09:00'],
      ],
    })
    expect(await flashOf(opened)).toMatchObject({ message: 'Nominations are open. Members in scope can stand now.' })
    const election = await getBallot(t.db, opened.headers.get('location')!.split('/').at(-2)!)
    expect(election).toMatchObject({
      kind: 'election',
      seats: 3,
      scopeNations: ['wales'],
      supportersNeeded: 5,
      statementWordLimit: 300,
      standTiers: ['full'],
      standMinYears: 2,
      candidateOrder: 'random',
    })

    const refused = await callRoute(openForm.action as never, {
      path: '/officer/elections/new',
      cookie: off.cookie,
      form: [
        ['title', 'Too late'],
        ['description', 'Nominations close after voting opens.'],
        ['seats', '3'],
        ['nominationsCloseAt', '2030-01-09T09:00'],
        ['supportersNeeded', '5'],
        ['statementWordLimit', '300'],
        ['candidateOrder', 'random'],
        ['opensAt', '2030-01-05T09:00'],
        ['closesAt', '2030-01-12T09:00'],
      ],
    })
    expect(refused.status).toBe(400)
  })
})
