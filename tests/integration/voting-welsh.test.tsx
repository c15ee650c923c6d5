import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ElectionOutcome, MotionOutcome } from '../../app/components/ballot-result.tsx'
import { castVote, createBallot, scheduleBallot } from '../../app/domain/voting/ballots.server.ts'
import type { ElectionResult } from '../../app/domain/voting/election-count.ts'
import type { MotionResult } from '../../app/domain/voting/lifecycle.ts'
import { votesPhrase } from '../../app/domain/voting/result-display.ts'
import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import { translate } from '../../app/i18n/translate.ts'
import * as ballotPage from '../../app/routes/ballots.$id.tsx'
import * as motionPage from '../../app/routes/motions.$id.tsx'
import * as newMotion from '../../app/routes/motions.new.tsx'
import * as newBallot from '../../app/routes/officer.ballots.new.tsx'
import * as resultsPage from '../../app/routes/ballots.$id_.results.tsx'
import * as verifyPage from '../../app/routes/ballots.$id_.verify.tsx'
import { ballots } from '../../db/schema/index.ts'
import { eq } from 'drizzle-orm'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, createUser, flashOf, signedInAs } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const minutes = (n: number) => new Date(Date.now() + n * 60_000)
const COUNTS = [0, 1, 2, 3, 6, 7, 1204]

const welsh = (element: React.ReactElement) => renderToStaticMarkup(<LocaleProvider value="cy">{element}</LocaleProvider>)

describe('counts in Welsh results text', () => {
  it('reads right for 0, 1, 2, 3, 6, 7 and large numbers of seats, votes, papers, members and supporters', () => {
    expect(COUNTS.map((seats) => translate('cy', 'Election · {seats, plural, one {# seat} other {# seats}}', { seats }))).toEqual([
      'Etholiad · 0 sedd',
      'Etholiad · un sedd',
      'Etholiad · dwy sedd',
      'Etholiad · tair sedd',
      'Etholiad · chwe sedd',
      'Etholiad · 7 sedd',
      'Etholiad · 1,204 sedd',
    ])
    expect(COUNTS.map((n) => votesPhrase(n, 'cy'))).toEqual(['0 pleidlais', '1 bleidlais', '2 bleidlais', '3 pleidlais', '6 phleidlais', '7 pleidlais', '1,204 pleidlais'])
    expect(votesPhrase('1.50000', 'cy')).toBe('1.50 pleidlais')
    const summary =
      '{papers, plural, one {# paper} other {# papers}} from {electorate, plural, one {# member} other {# members}}; quota: {quota, plural, one {# vote} other {# votes}} (Droop: valid papers ÷ ({seats} + 1), plus one).'
    expect(COUNTS.map((n) => translate('cy', summary, { papers: n, electorate: n, quota: n, seats: '2' }).split(' (')[0])).toEqual([
      '0 papur gan 0 aelod; cwota: 0 pleidlais',
      '1 papur gan 1 aelod; cwota: 1 bleidlais',
      '2 bapur gan 2 aelod; cwota: 2 bleidlais',
      '3 phapur gan 3 aelod; cwota: 3 pleidlais',
      '6 phapur gan 6 aelod; cwota: 6 phleidlais',
      '7 papur gan 7 aelod; cwota: 7 pleidlais',
      '1,204 papur gan 1,204 aelod; cwota: 1,204 pleidlais',
    ])
    const support = '{status} · {supporters, number} of {threshold, plural, one {# supporter} other {# supporters}}'
    expect([1, 2, 3, 6, 18].map((threshold) => translate('cy', support, { status: 'Yn casglu cefnogaeth', supporters: 1, threshold }))).toEqual([
      'Yn casglu cefnogaeth · 1 o 1 cefnogwr',
      'Yn casglu cefnogaeth · 1 o 2 gefnogwr',
      'Yn casglu cefnogaeth · 1 o 3 chefnogwr',
      'Yn casglu cefnogaeth · 1 o 6 chefnogwr',
      'Yn casglu cefnogaeth · 1 o 18 cefnogwr',
    ])
    // The same messages in English read as they always have.
    expect([1, 2].map((seats) => translate('en', 'Election · {seats, plural, one {# seat} other {# seats}}', { seats }))).toEqual(['Election · 1 seat', 'Election · 2 seats'])
  })

  it('shows an election count in Welsh: who was elected, the quota, every stage, and the chart’s text alternative', () => {
    const r: ElectionResult = {
      elected: ['Ruth Asante', 'Gareth Lloyd'],
      quota: 3,
      seats: 2,
      validBallots: 6,
      papers: 6,
      electorate: 7,
      candidates: ['Ruth Asante', 'Gareth Lloyd', 'Mhairi Baxter'],
      tieBrokenByLot: true,
      lots: [],
      seed: 'x',
      rounds: [
        {
          stage: 1,
          action: 'elect',
          candidates: ['Ruth Asante'],
          elected: ['Ruth Asante'],
          tallies: { 'Ruth Asante': '4.00000', 'Gareth Lloyd': '1.00000', 'Mhairi Baxter': '1.00000' },
          nonTransferable: '0.00000',
        },
        {
          stage: 2,
          action: 'transfer-surplus',
          candidates: ['Ruth Asante'],
          elected: [],
          tallies: { 'Ruth Asante': '3.00000', 'Gareth Lloyd': '1.75000', 'Mhairi Baxter': '1.25000' },
          nonTransferable: '0.00000',
        },
        {
          stage: 3,
          action: 'exclude',
          candidates: ['Mhairi Baxter'],
          elected: ['Gareth Lloyd'],
          tallies: { 'Ruth Asante': '3.00000', 'Gareth Lloyd': '3.00000', 'Mhairi Baxter': '0.00000' },
          nonTransferable: '0.00000',
        },
      ],
    }
    const html = welsh(<ElectionOutcome r={r} />)
    expect(html).toContain('<h2>Etholwyd</h2>')
    expect(html).toContain('6 phapur gan 7 aelod; cwota: 3 pleidlais (Droop: papurau dilys ÷ (2 + 1), ac un yn ychwanegol).')
    expect(html).toContain('Torrwyd cyfartalrwydd drwy fwrw coelbren')
    expect(html).toContain('aria-label="Cam olaf: Ruth Asante 3, Gareth Lloyd 3, Mhairi Baxter 0; cwota: 3 pleidlais"')
    expect(html).toContain('3 — etholwyd')
    expect(html).toContain('Pleidleisiau pob ymgeisydd ym mhob cam o&#x27;r cyfrif, gyda chwota o 3 pleidlais</title>')
    expect(html).toMatch(
      /<desc[^>]*>Etholwyd: Ruth Asante, Gareth Lloyd\. Cam 1, Dewisiadau cyntaf — etholwyd: Ruth Asante: Ruth Asante 4, Gareth Lloyd 1, Mhairi Baxter 1\. Cam 2, Trosglwyddo gwarged Ruth Asante: [^<]*Gareth Lloyd 1\.75/,
    )
    expect(html).toContain('Eithrio Mhairi Baxter — etholwyd: Gareth Lloyd')
    expect(html).toContain('<th scope="col">Ymgeisydd</th>')
    expect(html).toContain('<th scope="row">Anhrosglwyddadwy</th>')
    expect(html).not.toMatch(/\b(Stage|Elected|quota|votes|Candidate|First preferences)\b/)
  })

  it('says "cwota: 1 bleidlais" when one vote is the quota, and shows a motion’s figures in Welsh', () => {
    const one = welsh(
      <ElectionOutcome
        r={{
          elected: ['A'],
          quota: 1,
          seats: 1,
          validBallots: 1,
          papers: 1,
          electorate: 2,
          candidates: ['A', 'B'],
          tieBrokenByLot: false,
          lots: [],
          seed: 'x',
          rounds: [{ stage: 1, action: 'elect', candidates: ['A'], elected: ['A'], tallies: { A: '1.00000', B: '0.00000' }, nonTransferable: '0.00000' }],
        }}
      />,
    )
    expect(one).toContain('1 papur gan 2 aelod; cwota: 1 bleidlais (')
    const r: MotionResult = { for: 1234, against: 1, abstain: 0, cast: 1235, electorate: 2000, turnoutPercent: 61.8, quorumPercent: 25, quorumMet: true, threshold: 'two_thirds', passed: true }
    const html = welsh(<MotionOutcome r={r} />)
    expect(html).toContain('Pasiwyd')
    expect(html).toContain('O blaid 1,234, yn erbyn 1, ymatal 0')
    expect(html).toContain('Dwy ran o dair o&#x27;r 1,235 pleidlais o blaid neu yn erbyn')
    expect(html).toContain('1,235 o 2,000 aelod (61.8%) — cyrhaeddwyd y cworwm o 25%')
  })
})

describe('Welsh ballot and motion pages', () => {
  const t = useTestDb()

  it('explains a mistake on the ballot paper in Welsh, dates the ballot in Welsh, and counts the result in Welsh', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const voter = await createMember(t.db)
    const ballot = await createBallot(t.db, {
      actorId: officer.id,
      kind: 'election',
      title: 'Cyngor 2027',
      description: 'Seddi.',
      opensAt: minutes(-1),
      closesAt: minutes(60),
      seats: 1,
      candidates: [
        { name: 'Ruth Asante', statement: '' },
        { name: 'Gareth Lloyd', statement: '' },
      ],
    })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    const { sessionCookieHeader } = await import('../../app/utils/session.server.ts')
    const { createSession } = await import('../../app/domain/auth/sessions.server.ts')
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: voter.user.id })).id)

    const page = (await callRoute(ballotPage.loader, { path: `/cy/ballots/${ballot.id}`, params: { id: ballot.id }, cookie })).body as { ballot: { closes: string }; phaseLabel: string }
    expect(page.ballot.closes).toMatch(/(Dydd|Rhagfyr|Ionawr|Tachwedd)/)
    expect(translate('cy', page.phaseLabel)).toBe('Ar agor i bleidleisio')

    const twice = await callRoute(ballotPage.action, { path: `/cy/ballots/${ballot.id}`, params: { id: ballot.id }, cookie, form: { 'rank-0': '1', 'rank-1': '1' } })
    expect(twice.status).toBe(400)
    // Beside the boxes (and so in the summary), with what was typed kept.
    expect(twice.body).toMatchObject({ error: { ranks: ['Rydych wedi rhoi 1 i fwy nag un ymgeisydd. Rhowch bob rhif unwaith.'] }, initialValue: { 'rank-0': '1', 'rank-1': '1' } })
    const english = await callRoute(ballotPage.action, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie, form: { 'rank-0': '1', 'rank-1': '3' } })
    expect(english.body).toMatchObject({ error: { ranks: ['Use numbers from 1 to 2'] } })

    await castVote(t.db, { ballotId: ballot.id, userId: voter.user.id, vote: { kind: 'election', order: [0] }, baseUrl: BASE })
    const again = await callRoute(ballotPage.action, { path: `/cy/ballots/${ballot.id}`, params: { id: ballot.id }, cookie, form: { 'rank-0': '1' } })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ error: { '': ['Rydych eisoes wedi pleidleisio yn y bleidlais hon. Mae pob aelod yn pleidleisio unwaith.'] } })

    const notYet = await callRoute(resultsPage.loader, { path: `/cy/ballots/${ballot.id}/results`, params: { id: ballot.id } })
    expect(notYet.status).toBe(404)
    expect(notYet.body).toBe("Caiff y canlyniad ei gyhoeddi pan fydd y pleidleisio wedi cau a'r pleidleisiau wedi'u cyfrif.")

    const badReceipt = await callRoute(verifyPage.action, { path: `/cy/ballots/${ballot.id}/verify`, params: { id: ballot.id }, form: { receipt: 'nonsense' } })
    // Beside the field, in the page's language.
    expect(translate('cy', (badReceipt.body as { error: Record<string, string[]> }).error.receipt[0])).toBe('Rhowch god y dderbynneb yn union fel y cafodd ei ddangos: 26 o lythrennau a rhifau.')

    await t.db
      .update(ballots)
      .set({ closesAt: new Date(Date.now() - 6000) })
      .where(eq(ballots.id, ballot.id))
    const results = (await callRoute(resultsPage.loader, { path: `/cy/ballots/${ballot.id}/results`, params: { id: ballot.id } })).body as { counting: boolean; counted?: string }
    expect(results.counting).toBe(false)
    expect(results.counted).toMatch(/^\d{2}:\d{2} (GMT|BST), Dydd /)
  })

  it('gives Welsh flash messages and form errors for motions', async () => {
    const member = await createMember(t.db)
    const { sessionCookieHeader } = await import('../../app/utils/session.server.ts')
    const { createSession } = await import('../../app/domain/auth/sessions.server.ts')
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: member.user.id })).id)

    const short = await callRoute(newMotion.action, { path: '/cy/motions/new', cookie, form: { title: 'Hi', text: 'Too short', rationale: 'Too short' } })
    expect(short.status).toBe(400)
    const errors = (short.body as { error: Record<string, string[]> }).error
    expect(translate('cy', errors.title[0])).toBe("Rhowch deitl o 5 nod o leiaf i'r cynnig")

    const proposed = await callRoute(newMotion.action, {
      path: '/cy/motions/new',
      cookie,
      form: { title: 'A national caseload limit', text: 'That Chorus campaigns for a national caseload limit.', rationale: 'Caseloads are too high for safe practice.' },
    })
    const motionId = /\/motions\/([^/]+)$/.exec(proposed.headers.get('location') ?? '')?.[1] ?? ''
    const seconder = await createMember(t.db)
    const seconderCookie = await sessionCookieHeader((await createSession(t.db, { userId: seconder.user.id })).id)
    const seconded = await callRoute(motionPage.action, { path: `/cy/motions/${motionId}`, params: { id: motionId }, cookie: seconderCookie, form: { intent: 'second' } })
    const flash = await flashOf(seconded)
    expect(flash && translate('cy', flash.message, flash.values)).toBe("Rydych wedi eilio'r cynnig hwn.")

    const own = await callRoute(motionPage.action, { path: `/cy/motions/${motionId}`, params: { id: motionId }, cookie, form: { intent: 'support' } })
    expect(own.body).toMatchObject({ error: { '': ["Rydych eisoes yn cefnogi'r cynnig hwn."] } })
  })

  it('shows an officer’s ballot form errors in Welsh', async () => {
    const cookie = (await signedInAs(t.db, 'officer')).cookie
    const result = await callRoute(newBallot.action as never, {
      path: '/cy/officer/ballots/new',
      cookie,
      form: { kind: 'election', title: 'Council 2027', description: 'Members elect the council.', opensAt: '2030-01-01T09:00', closesAt: '2030-01-08T09:00', seats: '1', candidates: 'Ruth Asante' },
    })
    const errors = (result.body as { error: Record<string, string[]> }).error
    expect(translate('cy', errors.candidates[0])).toBe('Rhestrwch o leiaf ddau ymgeisydd, un ar bob llinell')
  })
})
