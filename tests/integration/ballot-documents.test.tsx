import { eq } from 'drizzle-orm'
import ICAL from 'ical.js'
import { renderToStaticMarkup } from 'react-dom/server'
import { StaticRouter } from 'react-router-dom/server'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ReturningOfficerReport } from '../../app/components/returning-officer-report.tsx'
import { advanceBallots, castVote, countBallot, createBallot, scheduleBallot } from '../../app/domain/voting/ballots.server.ts'
import { reminderDueAt } from '../../app/domain/voting/reminders.ts'
import { renderShared } from '../../app/domain/outbox/render.server.ts'
import type { ReportDocument } from '../../app/domain/voting/report-document.ts'
import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import type { Locale } from '../../app/i18n/locale.ts'
import * as calendarRoute from '../../app/routes/ballots.$id_.calendar[.]ics.ts'
import * as reportPage from '../../app/routes/ballots.$id_.report.tsx'
import * as reportPdfRoute from '../../app/routes/ballots.$id_.report[.]pdf.ts'
import { ballots, outboxJobs, outboxRecipients, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { pdfText } from '../helpers/pdf-text.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'
const HOUR = 3_600_000
const at = (ms: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + ms)

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v)
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      utc: event.startDate.zone?.tzid === 'UTC' && event.endDate.zone?.tzid === 'UTC',
      status: v.getFirstPropertyValue('status'),
    }
  })
}

describe('a ballot in a calendar', () => {
  const t = useTestDb()

  async function scheduledMotion(opensAt: Date, closesAt: Date, title = 'Adopt the caseload standard') {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await createBallot(t.db, { kind: 'motion', title, description: 'That Chorus adopts a maximum caseload.', opensAt, closesAt, actorId: officer.id })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    return { ballot, officer }
  }

  it('imports as the voting window and the closing time, in UTC, with the same UIDs every time, in English and in Welsh', async () => {
    const opensAt = at(2 * HOUR)
    const closesAt = at(7 * 24 * HOUR + 30 * 60_000)
    const { ballot } = await scheduledMotion(opensAt, closesAt)
    const english = await callRoute(calendarRoute.loader, { path: `/ballots/${ballot.id}/calendar.ics`, params: { id: ballot.id } })
    expect(english.status).toBe(200)
    expect(english.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const text = english.body as string
    expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/)
    const events = eventsOf(text)
    expect(events).toHaveLength(2)
    const [window, closing] = events
    expect(window).toMatchObject({
      uid: `chorus-ballot-${ballot.id}-voting@chorus`,
      summary: 'Motion open for voting: Adopt the caseload standard',
      start: opensAt,
      end: closesAt,
      utc: true,
      status: 'CONFIRMED',
    })
    expect(window.description).toContain(`${BASE}/ballots/${ballot.id}`)
    expect(closing).toMatchObject({ uid: `chorus-ballot-${ballot.id}-closing@chorus`, summary: 'Voting closes: Adopt the caseload standard', end: closesAt, utc: true })
    expect(closing.start.getTime()).toBeLessThan(closesAt.getTime())

    const welsh = eventsOf((await callRoute(calendarRoute.loader, { path: `/cy/ballots/${ballot.id}/calendar.ics`, params: { id: ballot.id } })).body as string)
    // The same events (same UIDs, same times): importing the Welsh file updates the English one.
    expect(welsh.map((e) => [e.uid, e.start, e.end])).toEqual(events.map((e) => [e.uid, e.start, e.end]))
    expect(welsh[0].summary).toBe('Cynnig ar agor i bleidleisio: Adopt the caseload standard')
    expect(welsh[0].description).toContain(`${BASE}/cy/ballots/${ballot.id}`)
    expect(welsh[1].summary).toBe("Y pleidleisio'n cau: Adopt the caseload standard")
  })

  it('offers the results date as its own event, and marks a cancelled ballot cancelled', async () => {
    const { ballot, officer } = await scheduledMotion(at(HOUR), at(50 * HOUR), 'Protected supervision time')
    const results = eventsOf((await callRoute(calendarRoute.loader, { path: `/cy/ballots/${ballot.id}/calendar.ics?events=results`, params: { id: ballot.id } })).body as string)
    expect(results).toEqual([
      expect.objectContaining({ uid: `chorus-ballot-${ballot.id}-results@chorus`, summary: 'Canlyniad wedi’i gyhoeddi: Protected supervision time', start: ballot.closesAt, utc: true }),
    ])

    const { cancelBallot } = await import('../../app/domain/voting/ballots.server.ts')
    await cancelBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    const cancelled = eventsOf((await callRoute(calendarRoute.loader, { path: `/ballots/${ballot.id}/calendar.ics`, params: { id: ballot.id } })).body as string)
    expect(cancelled.map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED'])
  })

  it('is not offered for a draft or an unknown ballot', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const draft = await createBallot(t.db, { kind: 'motion', title: 'Draft', description: 'Not yet.', opensAt: at(HOUR), closesAt: at(5 * HOUR), actorId: officer.id })
    for (const id of [draft.id, 'not-a-ballot']) expect((await callRoute(calendarRoute.loader, { path: `/ballots/${id}/calendar.ics`, params: { id } })).status).toBe(404)
  })

  it('is linked from the opening email', async () => {
    const { ballot } = await scheduledMotion(at(-60_000), at(3 * 24 * HOUR))
    await createMember(t.db)
    await advanceBallots(t.db, { baseUrl: BASE })
    const [job] = await t.db.select({ data: outboxJobs.data }).from(outboxJobs).where(eq(outboxJobs.template, 'ballot-open'))
    expect((job.data as { calendarUrl: string }).calendarUrl).toBe(`${BASE}/ballots/${ballot.id}/calendar.ics`)
    // Each copy of the email links to the calendar in its own language.
    const both = await renderShared('ballot-open', job.data, { withUnsubscribe: false, language: 'both', origin: BASE })
    expect(both.text).toContain('Add the voting dates to your calendar')
    expect(both.html).toContain(`href="${BASE}/ballots/${ballot.id}/calendar.ics"`)
    expect(both.html).toContain(`href="${BASE}/cy/ballots/${ballot.id}/calendar.ics"`)
    expect(both.text).toContain("Ychwanegu dyddiadau'r bleidlais at eich calendr")
  })
})

describe('the reminder to electors who have not voted', () => {
  const t = useTestDb()

  async function openMotion(opensAt: Date, closesAt: Date) {
    const officer = await createUser(t.db, { role: 'officer' })
    const ballot = await createBallot(t.db, { kind: 'motion', title: 'Adopt the caseload standard', description: 'That Chorus adopts a maximum caseload.', opensAt, closesAt, actorId: officer.id })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    return ballot
  }
  const reminded = () => t.db.$count(outboxJobs, eq(outboxJobs.template, 'ballot-reminder'))

  it('goes 48 hours before close, not earlier, and only to those who have not voted', async () => {
    const ballot = await openMotion(at(-60_000), at(7 * 24 * HOUR))
    const [keen, late] = [await createMember(t.db), await createMember(t.db)]
    await advanceBallots(t.db, { baseUrl: BASE })
    await castVote(t.db, { ballotId: ballot.id, userId: keen.user.id, vote: { kind: 'motion', choice: 'for' }, baseUrl: BASE })
    expect(reminderDueAt(ballot)).toEqual(new Date(ballot.closesAt.getTime() - 48 * HOUR))
    expect(await advanceBallots(t.db, { baseUrl: BASE, now: new Date(ballot.closesAt.getTime() - 49 * HOUR) })).toMatchObject({ reminded: 0 })
    expect(await reminded()).toBe(0)
    expect(await advanceBallots(t.db, { baseUrl: BASE, now: new Date(ballot.closesAt.getTime() - 47 * HOUR) })).toMatchObject({ reminded: 1 })
    expect(await advanceBallots(t.db, { baseUrl: BASE, now: new Date(ballot.closesAt.getTime() - 46 * HOUR) })).toMatchObject({ reminded: 0 })
    const to = await t.db
      .select({ email: outboxRecipients.email })
      .from(outboxRecipients)
      .innerJoin(outboxJobs, eq(outboxJobs.id, outboxRecipients.jobId))
      .where(eq(outboxJobs.template, 'ballot-reminder'))
    expect(to.map((r) => r.email)).toEqual([late.user.email])
  })

  it('goes half-way through a ballot open for less than four days, not with the opening email', async () => {
    const ballot = await openMotion(at(-60_000), at(24 * HOUR - 60_000))
    await createMember(t.db)
    expect(await advanceBallots(t.db, { baseUrl: BASE })).toMatchObject({ opened: 1, reminded: 0 })
    expect(reminderDueAt(ballot)).toEqual(new Date(ballot.closesAt.getTime() - 12 * HOUR))
    expect(await advanceBallots(t.db, { baseUrl: BASE, now: new Date(ballot.closesAt.getTime() - 13 * HOUR) })).toMatchObject({ reminded: 0 })
    expect(await advanceBallots(t.db, { baseUrl: BASE, now: new Date(ballot.closesAt.getTime() - 11 * HOUR) })).toMatchObject({ reminded: 1 })
    expect(await reminded()).toBe(1)
  })
})

describe("the returning officer's report", () => {
  const t = useTestDb()

  async function counted(kind: 'motion' | 'election', votes: (string | number[])[], options: { abstainers?: number; title?: string } = {}) {
    const officer = await createUser(t.db, { role: 'officer' })
    await t.db.update(users).set({ name: 'Bethan Rowlands' }).where(eq(users.id, officer.id))
    const title = options.title ?? (kind === 'motion' ? 'Adopt the caseload standard' : 'Council 2027')
    const ballot = await createBallot(t.db, {
      actorId: officer.id,
      kind,
      title,
      description: 'For the report.',
      opensAt: at(-60_000),
      closesAt: at(HOUR),
      ...(kind === 'election' ? { seats: 2, candidates: ['Ruth Asante', 'Gareth Lloyd', 'Mhairi Baxter'].map((name) => ({ name, statement: '' })) } : {}),
    })
    await scheduleBallot(t.db, { ballotId: ballot.id, actorId: officer.id })
    const voters = []
    for (let i = 0; i < votes.length + (options.abstainers ?? 0); i++) voters.push(await createMember(t.db))
    for (const [i, v] of votes.entries()) {
      const vote = typeof v === 'string' ? { kind: 'motion' as const, choice: v as 'for' } : { kind: 'election' as const, order: v }
      await castVote(t.db, { ballotId: ballot.id, userId: voters[i].user.id, vote, baseUrl: BASE })
    }
    return ballot
  }
  const close = async (id: string) => {
    await t.db
      .update(ballots)
      .set({ closesAt: new Date(Date.now() - 60_000) })
      .where(eq(ballots.id, id))
    await countBallot(t.db, { ballotId: id, baseUrl: BASE })
  }
  const report = async (id: string, locale: Locale = 'en') => {
    const result = await callRoute(reportPage.loader, { path: `${locale === 'cy' ? '/cy' : ''}/ballots/${id}/report`, params: { id } })
    return result as { status: number; body: { id: string; report: ReportDocument } | string }
  }
  const html = (locale: Locale, page: { id: string; report: ReportDocument }) =>
    renderToStaticMarkup(
      <LocaleProvider value={locale}>
        <StaticRouter location={`/ballots/${page.id}/report`}>
          <ReturningOfficerReport {...page} />
        </StaticRouter>
      </LocaleProvider>,
    )
  const text = (markup: string) =>
    markup
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/\s+/g, ' ')

  it('is not published before the count', async () => {
    const ballot = await counted('motion', ['for'])
    const before = await report(ballot.id)
    expect(before.status).toBe(404)
    expect(before.body).toBe('The returning officer’s report is published when voting has closed and the votes are counted.')
    expect((await callRoute(reportPdfRoute.loader, { path: `/ballots/${ballot.id}/report.pdf`, params: { id: ballot.id } })).status).toBe(404)
  })

  it('shows a counted motion: electorate, votes cast, turnout, the votes each way and the result, signed by the officer', async () => {
    const ballot = await counted('motion', ['for', 'for', 'against'], { abstainers: 1 })
    await close(ballot.id)
    const page = await report(ballot.id)
    expect(page.status).toBe(200)
    const shown = text(html('en', page.body as { id: string; report: ReportDocument }))
    expect(shown).toContain('Returning officer’s report')
    expect(shown).toContain('Adopt the caseload standard')
    expect(shown).toContain('Who could vote The whole membership')
    expect(shown).toContain('Electorate 4')
    expect(shown).toContain('Votes cast 3')
    expect(shown).toContain('Turnout 75%')
    expect(shown).toMatch(/For 2 66\.7%/)
    expect(shown).toMatch(/Against 1 33\.3%/)
    expect(shown).toContain('The motion was carried.')
    expect(shown).toContain('Returning officer Bethan Rowlands')
    const [row] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    expect(shown).toContain(row.commitment!)
    expect(shown).not.toContain('Nominations received')
  })

  it('shows an STV election stage by stage, in Welsh under /cy', async () => {
    // Quota 3 (6 papers, 2 seats): Ruth is elected at once, her surplus moves to Gareth.
    const ballot = await counted('election', [[0, 1], [0, 1], [0, 1], [0, 2], [1], [2]])
    await close(ballot.id)
    const page = await report(ballot.id)
    const doc = (page.body as { report: ReportDocument }).report
    expect(doc.stages.length).toBeGreaterThan(1)
    expect(doc.stages[0].caption).toBe('Stage 1: First preferences — elected: Ruth Asante')
    expect(doc.stages[0].rows).toEqual([
      ['Ruth Asante', '4'],
      ['Gareth Lloyd', '1'],
      ['Mhairi Baxter', '1'],
      ['Non-transferable', '0'],
    ])
    expect(doc.result).toEqual(['Elected, in order of election:', '1. Ruth Asante', '2. Gareth Lloyd'])

    const welsh = await report(ballot.id, 'cy')
    const shown = text(html('cy', welsh.body as { id: string; report: ReportDocument }))
    expect(shown).toContain('Adroddiad y swyddog canlyniadau')
    expect(shown).toContain('Cam 1: Dewisiadau cyntaf')
    expect(shown).toContain('Etholwyd, yn nhrefn eu hethol:')
    expect(shown).toContain('Yr holl aelodaeth')
    expect(shown).not.toContain('Who could vote')
  })

  it('shows nominations when the ballot had them', async () => {
    const { reportDocument } = await import('../../app/domain/voting/report-document.ts')
    const ballot = await counted('motion', ['for'])
    await close(ballot.id)
    const [row] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))
    const doc = reportDocument(
      { ballot: row as typeof row & { countedAt: Date; commitment: string }, returningOfficer: null, nominations: { received: 5, valid: 3, withdrawn: 1, rejected: 1 }, origin: BASE },
      'en',
    )
    expect(text(html('en', { id: row.id, report: doc }))).toContain('Nominations received 5 Valid nominations 3 Withdrawn 1 Rejected 1')
  })

  it('comes as a PDF in the language of the address', async () => {
    const ballot = await counted('motion', ['for', 'against'], { title: 'Safe caseloads for every team' })
    await close(ballot.id)
    for (const [path, title] of [
      [`/ballots/${ballot.id}/report.pdf`, 'Returning officer’s report: Safe caseloads for every team'],
      [`/cy/ballots/${ballot.id}/report.pdf`, 'Adroddiad y swyddog canlyniadau: Safe caseloads for every team'],
    ]) {
      const handler = reportPdfRoute.loader as unknown as (args: { request: Request; params: Record<string, string>; context: object }) => Promise<Response>
      const response = await handler({ request: new Request(`${BASE}${path}`), params: { id: ballot.id }, context: {} })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      const pdf = Buffer.from(await response.arrayBuffer())
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(pdfStrings(pdf)).toContain(title)
      // A counted ballot's PDF keeps its turnout and its published record (an unopposed election's has neither).
      expect(pdfText(pdf).join(' ')).toMatch(path.startsWith('/cy') ? /Y nifer a bleidleisiodd 100%.*Ymrwymiad, a gyhoeddwyd/ : /Turnout 100%.*Commitment, published/)
    }
  })
})

/** The text strings a PDF's objects carry (its Info title among them), its streams inflated. */
function pdfStrings(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  const found: string[] = []
  for (const m of raw.matchAll(/<([0-9a-fA-F]+)>/g)) {
    const hex = m[1]
    if (!/^feff/i.test(hex)) continue
    const bytes = Buffer.from(hex.slice(4), 'hex')
    found.push(bytes.swap16().toString('utf16le'))
  }
  for (const m of raw.matchAll(/\(((?:[^()\\]|\\.)*)\)/g)) {
    const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }
    const literal = m[1].replace(/\\([nrtbf()\\])/g, (_, c: string) => escapes[c] ?? c)
    found.push(literal.startsWith('\xfe\xff') ? Buffer.from(literal.slice(2), 'latin1').swap16().toString('utf16le') : literal)
  }
  // Compressed content streams are inflated so that nothing hides in them.
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      found.push(inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1'))
    } catch {
      // not a deflated stream
    }
  }
  return found
}

describe('the demo data', () => {
  const t = useTestDb()

  it('has a counted election whose returning officer’s report opens, and queues no mail for it', async () => {
    const { seedDemoData } = await import('../../db/demo-data.ts')
    await seedDemoData(t.db)
    const [election] = await t.db.select().from(ballots).where(eq(ballots.title, 'Election: two members of the Ethics Committee 2026'))
    expect(election.countedAt).not.toBeNull()
    const page = await callRoute(reportPage.loader, { path: `/ballots/${election.id}/report`, params: { id: election.id } })
    expect(page.status).toBe(200)
    const doc = (page.body as { report: ReportDocument }).report
    expect(doc.turnout?.find((r) => r.label === 'Votes cast')?.value).toBe('3')
    expect(doc.stages.length).toBeGreaterThan(1)
    expect(doc.result).toEqual(['Elected, in order of election:', '1. Siân Pritchard', '2. Kwame Boateng'])
    expect(doc.signature[0]).toEqual({ label: 'Returning officer', value: 'Daniel Mensah' })
    expect(await t.db.$count(outboxJobs, eq(outboxJobs.template, 'ballot-result'))).toBe(0)
  })
})
