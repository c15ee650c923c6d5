import { and, eq } from 'drizzle-orm'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ElectionOutcome, MotionOutcome } from '../../app/components/ballot-result.tsx'
import { castVote, createBallot, scheduleBallot } from '../../app/domain/voting/ballots.server.ts'
import type { ElectionResult } from '../../app/domain/voting/election-count.ts'
import type { MotionResult } from '../../app/domain/voting/lifecycle.ts'
import { displayVotes, votesPhrase } from '../../app/domain/voting/result-display.ts'
import * as ballotPage from '../../app/routes/ballots.$id.tsx'
import * as resultsPage from '../../app/routes/ballots.$id_.results.tsx'
import { ballotElectors, ballots } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const minutes = (n: number) => new Date(Date.now() + n * 60_000)

describe('vote values as people read them', () => {
  it('shows whole numbers whole, with thousands separated, and fractions cut to two decimals', () => {
    expect(displayVotes('1234.00000')).toBe('1,234')
    expect(displayVotes('3.00000')).toBe('3')
    expect(displayVotes('0.00000')).toBe('0')
    expect(displayVotes('1.75000')).toBe('1.75')
    expect(displayVotes('1.50000')).toBe('1.50')
    // Cut, not rounded: just under the quota never reads as the quota.
    expect(displayVotes('2.99999')).toBe('2.99')
    expect(displayVotes('12.00300')).toBe('12.00')
    expect(displayVotes(1234567)).toBe('1,234,567')
    expect(displayVotes('not a number')).toBe('not a number')
  })

  it('says "1 vote" and "2 votes"', () => {
    expect(votesPhrase(1)).toBe('1 vote')
    expect(votesPhrase('1.00000')).toBe('1 vote')
    expect(votesPhrase(2)).toBe('2 votes')
    expect(votesPhrase('1.25000')).toBe('1.25 votes')
  })
})

describe('the results page', () => {
  const t = useTestDb()

  async function election(orders: number[][], seats: number, names: string[], abstainers = 0) {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await createBallot(t.db, {
      actorId: officer.id,
      kind: 'election',
      title: 'Council 2027',
      description: 'Seats.',
      opensAt: minutes(-1),
      closesAt: minutes(60),
      seats,
      candidates: names.map((name) => ({ name, statement: '' })),
    })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    const voters = []
    for (let i = 0; i < orders.length + abstainers; i++) voters.push(await createMember(t.db))
    for (const [i, order] of orders.entries()) await castVote(t.db, { ballotId: ballot.id, userId: voters[i].user.id, vote: { kind: 'election', order }, baseUrl: BASE })
    return { ...ballot, silent: voters.slice(orders.length) }
  }

  const close = (ballotId: string, secondsAgo = 6) =>
    t.db
      .update(ballots)
      .set({ closesAt: new Date(Date.now() - secondsAgo * 1000) })
      .where(eq(ballots.id, ballotId))
  const results = async (id: string) => (await callRoute(resultsPage.loader, { path: `/ballots/${id}/results`, params: { id } })).body as Awaited<ReturnType<typeof resultsPage.loader>>

  it('shows transfers as people read them, the quota in words, and the count as a picture with an accessible name', async () => {
    // Quota 3 (6 papers, 2 seats); Ruth's surplus of 1 moves at a quarter a paper.
    const ballot = await election([[0, 1], [0, 1], [0, 1], [0, 2], [1], [2]], 2, ['Ruth Asante', 'Gareth Lloyd', 'Mhairi Baxter'])
    await close(ballot.id)
    const page = await results(ballot.id)
    if (page.counting) throw new Error('the count should be done')
    const r = page.result as ElectionResult
    expect(r.quota).toBe(3)
    const html = renderToStaticMarkup(<ElectionOutcome r={r} />)
    expect(html).toContain('quota: 3 votes')
    expect(html).toContain('<data value="1.75000">1.75</data>')
    expect(html).toContain('<data value="4.00000">4</data>')
    expect(html).not.toMatch(/>\d+\.\d{3,}</)
    // The picture: an image with a title and a description naming every stage's figures.
    const svg = /<svg[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
    const titleId = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]
    const descId = /aria-describedby="([^"]+)"/.exec(svg)?.[1]
    expect(svg).toContain(`<title id="${titleId}">Votes for each candidate at each stage of the count, with the quota of 3 votes</title>`)
    expect(svg).toMatch(new RegExp(`<desc id="${descId}">[^<]*Stage 1, First preferences[^<]*Ruth Asante 4, Gareth Lloyd 1, Mhairi Baxter 1\\.`))
    expect(svg).toMatch(/Stage 2, Surplus of Ruth Asante transferred[^<]*Gareth Lloyd 1\.75, Mhairi Baxter 1\.25/)
    // The stage table and the picture each scroll inside their own labelled, focusable region.
    expect(html.match(/role="region"[^>]*tabindex="0"/g)).toHaveLength(2)
    expect(html).toContain('<th scope="row">Ruth Asante</th>')
  })

  it('says "quota: 1 vote" when one vote is the quota', async () => {
    const ballot = await election([[0]], 1, ['Ruth Asante', 'Gareth Lloyd'])
    await close(ballot.id)
    const page = await results(ballot.id)
    if (page.counting) throw new Error('the count should be done')
    const html = renderToStaticMarkup(<ElectionOutcome r={page.result as ElectionResult} />)
    expect(html).toContain('quota: 1 vote (')
    expect(html).toContain('1 paper from 1 member;')
  })

  it('shows a motion’s figures with thousands separated', () => {
    const r: MotionResult = { for: 1234, against: 1, abstain: 0, cast: 1235, electorate: 2000, turnoutPercent: 61.8, quorumPercent: null, quorumMet: true, threshold: 'simple', passed: true }
    const html = renderToStaticMarkup(<MotionOutcome r={r} />)
    expect(html).toContain('For 1,234, against 1, abstain 0')
    expect(html).toContain('1,235 of 2,000 members')
    expect(html).toContain('1,235 votes for or against')
  })

  it('says the votes are being counted while a vote is on its way into the urn, instead of failing', async () => {
    const ballot = await election([[0]], 1, ['Ruth Asante', 'Gareth Lloyd'], 1)
    // An elector marked whose sealed vote has not reached the urn yet: the seal waits for it.
    const marked = await t.db
      .update(ballotElectors)
      .set({ voted: true })
      .where(and(eq(ballotElectors.ballotId, ballot.id), eq(ballotElectors.membershipId, ballot.silent[0].membership.id)))
      .returning()
    expect(marked).toHaveLength(1)
    await close(ballot.id, 2)
    expect(await results(ballot.id)).toEqual({ counting: true, id: ballot.id, title: 'Council 2027' })
  })
})

describe('the receipt', () => {
  const t = useTestDb()

  async function openMotion() {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await createBallot(t.db, {
      actorId: officer.id,
      kind: 'motion',
      title: 'Motion: a national caseload limit',
      description: 'That Chorus campaigns for a limit.',
      opensAt: minutes(-1),
      closesAt: minutes(60),
    })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    return ballot
  }
  async function cookieOf(userId: string) {
    const { sessionCookieHeader } = await import('../../app/utils/session.server.ts')
    const { createSession } = await import('../../app/domain/auth/sessions.server.ts')
    return sessionCookieHeader((await createSession(t.db, { userId })).id)
  }
  /** What the browser sends back after the vote: its session and the cookies the answer set (name=value only). */
  const withSetCookies = (cookie: string, headers: Headers) => [cookie, ...headers.getSetCookie().map((c) => c.split(';')[0])].join('; ')
  type Page = { receipt: string | null; ballot: { title: string }; standing: { voted: boolean } | null }

  it('is shown on the ballot page the vote redirects to, again on a refresh, only to the voter, and never in the address', async () => {
    const ballot = await openMotion()
    const voter = await createMember(t.db)
    const cookie = await cookieOf(voter.user.id)
    const attempt = ((await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie })).body as { attempt: string }).attempt
    const voted = await callRoute(ballotPage.action, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie, form: { choice: 'for', attempt } })
    expect(voted.status).toBe(303)
    expect(voted.headers.get('location')).toBe(`/ballots/${ballot.id}`)
    // Sent only to the ballot pages, in both languages, for a quarter of an hour, out of reach of scripts.
    const set = voted.headers.getSetCookie()
    expect(set.map((c) => /Path=([^;]+)/i.exec(c)?.[1]).sort()).toEqual(['/ballots', '/cy/ballots'])
    for (const c of set) {
      expect(c).toMatch(/HttpOnly/i)
      expect(c).toMatch(/Max-Age=900\b/i)
    }

    const after = withSetCookies(cookie, voted.headers)
    const page = (await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: after })).body as Page
    expect(page.receipt).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{2}$/)
    // The receipt names the ballot it is for.
    expect(page.ballot.title).toBe('Motion: a national caseload limit')
    const refreshed = (await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: after })).body as Page
    expect(refreshed.receipt).toBe(page.receipt)
    const welshPage = (await callRoute(ballotPage.loader, { path: `/cy/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: after })).body as Page
    expect(welshPage.receipt).toBe(page.receipt)
    expect(voted.headers.get('location')).not.toContain(page.receipt!)

    // Sending the same form again (its answer was lost) gives the same receipt; nothing more is cast.
    const again = await callRoute(ballotPage.action, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie, form: { choice: 'for', attempt } })
    expect(again.status).toBe(303)
    const resent = (await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: withSetCookies(cookie, again.headers) })).body as Page
    expect(resent.receipt).toBe(page.receipt)

    // Another member signed in on the same browser does not see it; nor does the voter without the cookie.
    const other = await createMember(t.db)
    const theirs = withSetCookies(await cookieOf(other.user.id), voted.headers)
    expect(((await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: theirs })).body as Page).receipt).toBeNull()
    const later = (await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie })).body as Page
    expect(later).toMatchObject({ receipt: null, standing: { voted: true } })
  })

  it('is not shown from a cookie that was altered', async () => {
    const ballot = await openMotion()
    const voter = await createMember(t.db)
    const cookie = await cookieOf(voter.user.id)
    const voted = await callRoute(ballotPage.action, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie, form: { choice: 'against' } })
    const [name, value] = voted.headers.getSetCookie()[0].split(';')[0].split('=')
    const [payload, signature] = decodeURIComponent(value).split('.')
    const shown = (await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: `${cookie}; ${name}=${encodeURIComponent(`${payload}.${signature}`)}` }))
      .body as Page
    expect(shown.receipt).toMatch(/^[0-9A-Z]{4}-/)
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64').toString()), receipt: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA' })).toString('base64')
    const page = (await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie: `${cookie}; ${name}=${encodeURIComponent(`${forged}.${signature}`)}` }))
      .body as Page
    expect(page.receipt).toBeNull()
  })

  it('explains a paper with no choice beside the field, casts nothing, and answers 400', async () => {
    const ballot = await openMotion()
    const voter = await createMember(t.db)
    const cookie = await cookieOf(voter.user.id)
    const blank = await callRoute(ballotPage.action, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie, form: { choice: 'maybe' } })
    expect(blank.status).toBe(400)
    expect((blank.body as { error: Record<string, string[]> }).error.choice).toEqual(['Choose For, Against or Abstain'])
    expect(blank.headers.getSetCookie()).toEqual([])
    expect(((await callRoute(ballotPage.loader, { path: `/ballots/${ballot.id}`, params: { id: ballot.id }, cookie })).body as Page).standing).toMatchObject({ voted: false })
  })
})
