import { eq } from 'drizzle-orm'
import { renderToStaticMarkup } from 'react-dom/server'
import { StaticRouter } from 'react-router-dom/server'
import { describe, expect, it } from 'vitest'
import { ReturningOfficerReport } from '../../app/components/returning-officer-report.tsx'
import { UnopposedOutcome } from '../../app/components/unopposed-result.tsx'
import { closeNominations, decideNomination, nominateOther, nominateSelf, supportNomination, withdrawNomination } from '../../app/domain/voting/nominations.server.ts'
import type { ReportDocument } from '../../app/domain/voting/report-document.ts'
import { formatDate } from '../../app/i18n/format.ts'
import type { Locale } from '../../app/i18n/locale.ts'
import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import * as reportPage from '../../app/routes/ballots.$id_.report.tsx'
import * as reportPdfRoute from '../../app/routes/ballots.$id_.report[.]pdf.ts'
import { ballots, users } from '../../db/schema/index.ts'
import type { Db } from '../../db/client.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn, minutesFromNow, openCymruNominations } from '../helpers/elections.ts'
import { pdfText } from '../helpers/pdf-text.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'

/** "Cymru committee, 3 seats, Wales only": two valid nominations, one withdrawn, one rejected, one never accepted. */
async function unopposedElection(db: Db) {
  const officer = await createUser(db, { role: 'officer' })
  await db.update(users).set({ name: 'Bethan Rowlands' }).where(eq(users.id, officer.id))
  const ballot = await openCymruNominations(db, officer.id, { supportersNeeded: 1 })
  const supporter = await createMemberIn(db, 'wales')
  const people = await Promise.all(
    ['Siân Ŵyn Pritchard', 'Gareth Lloyd', 'Owain Jenkins', 'Carys Evans', 'Dafydd Morgan'].map(async (name) => {
      const m = await createMemberIn(db, 'wales')
      await db.update(users).set({ name }).where(eq(users.id, m.user.id))
      return m
    }),
  )
  const [sian, gareth, owain, carys, dafydd] = people
  const nominate = async (m: (typeof people)[number]) => {
    const n = await nominateSelf(db, { ballotId: ballot.id, userId: m.user.id })
    await supportNomination(db, { nominationId: n.id, userId: supporter.user.id })
    return n
  }
  for (const m of [sian, gareth]) await decideNomination(db, { nominationId: (await nominate(m)).id, actorId: officer.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: BASE })
  await withdrawNomination(db, { nominationId: (await nominate(owain)).id, userId: owain.user.id })
  await decideNomination(db, { nominationId: (await nominate(carys)).id, actorId: officer.id, actorRole: 'officer', decision: 'rejected', reason: 'Not enough years of membership.', baseUrl: BASE })
  await nominateOther(db, { ballotId: ballot.id, userId: supporter.user.id, email: dafydd.user.email, baseUrl: BASE })
  return ballot
}

const report = async (id: string, locale: Locale = 'en') =>
  (await callRoute(reportPage.loader, { path: `${locale === 'cy' ? '/cy' : ''}/ballots/${id}/report`, params: { id } })) as { status: number; body: { id: string; report: ReportDocument } | string }
const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
const html = (locale: Locale, page: { id: string; report: ReportDocument }) =>
  text(
    renderToStaticMarkup(
      <LocaleProvider value={locale}>
        <StaticRouter location={`/ballots/${page.id}/report`}>
          <ReturningOfficerReport {...page} />
        </StaticRouter>
      </LocaleProvider>,
    ),
  )
async function pdfOf(path: string, id: string) {
  const handler = reportPdfRoute.loader as unknown as (args: { request: Request; params: Record<string, string>; context: object }) => Promise<Response>
  const response = await handler({ request: new Request(`${BASE}${path}`), params: { id }, context: {} })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/pdf')
  return pdfText(Buffer.from(await response.arrayBuffer())).join(' ')
}

describe("the returning officer's report for an election declared unopposed", () => {
  const t = useTestDb()

  it('is published when nominations close unopposed: scope, nominations, the names elected unopposed, the officer and the date — and no turnout or count', async () => {
    const ballot = await unopposedElection(t.db)
    expect((await report(ballot.id)).status).toBe(404)
    expect(await closeNominations(t.db, { ballotId: ballot.id, now: minutesFromNow(61) })).toBe('unopposed')
    const [row] = await t.db.select().from(ballots).where(eq(ballots.id, ballot.id))

    const page = await report(ballot.id)
    expect(page.status).toBe(200)
    const shown = html('en', page.body as { id: string; report: ReportDocument })
    expect(shown).toContain('Returning officer’s report')
    expect(shown).toContain('Cymru committee 2027')
    expect(shown).toContain('Who could vote Members in Wales')
    expect(shown).toContain('Nominations received 4 Valid nominations 2 Withdrawn 1 Rejected 1')
    expect(shown).toMatch(/Elected unopposed Gareth Lloyd Siân Ŵyn Pritchard 1 seat remains unfilled\./)
    expect(shown).toContain('no more valid nominations than seats, so no ballot was held')
    expect(shown).toContain('Returning officer Bethan Rowlands')
    expect(shown).toContain(`Date ${formatDate('en', row.countedAt!, 'long')}`)
    for (const absent of ['Electorate', 'Turnout', 'Votes cast', 'The count', 'Commitment', 'Voting opened']) expect(shown).not.toContain(absent)

    const welsh = html('cy', (await report(ballot.id, 'cy')).body as { id: string; report: ReportDocument })
    expect(welsh).toContain('Adroddiad y swyddog canlyniadau')
    expect(welsh).toContain('Pwy allai bleidleisio Aelodau yn y gwledydd hyn: Cymru')
    expect(welsh).toContain('Enwebiadau a ddaeth i law 4')
    expect(welsh).toMatch(/Etholwyd yn ddiwrthwynebiad Gareth Lloyd Siân Ŵyn Pritchard/)
    expect(welsh).toContain('Swyddog canlyniadau Bethan Rowlands')
    expect(welsh).toContain(`Dyddiad ${formatDate('cy', row.countedAt!, 'long')}`)
    for (const absent of ['Y nifer a bleidleisiodd', 'Etholwyr', 'Pleidleisiau a fwriwyd', 'Who could vote', 'Elected unopposed']) expect(welsh).not.toContain(absent)
  })

  it('comes as a PDF that says the same, in English and in Welsh', async () => {
    const ballot = await unopposedElection(t.db)
    expect((await callRoute(reportPdfRoute.loader, { path: `/ballots/${ballot.id}/report.pdf`, params: { id: ballot.id } })).status).toBe(404)
    await closeNominations(t.db, { ballotId: ballot.id, now: minutesFromNow(61) })

    const english = await pdfOf(`/ballots/${ballot.id}/report.pdf`, ballot.id)
    for (const line of ['Returning officer’s report', 'Members in Wales', 'Nominations received', 'Elected unopposed', 'Siân Ŵyn Pritchard', 'Gareth Lloyd', 'Bethan Rowlands'])
      expect(english).toContain(line)
    for (const absent of ['Turnout', 'Electorate', 'Votes cast', 'Commitment', 'Owain Jenkins', 'Carys Evans']) expect(english).not.toContain(absent)

    const welsh = await pdfOf(`/cy/ballots/${ballot.id}/report.pdf`, ballot.id)
    for (const line of ['Adroddiad y swyddog canlyniadau', 'Aelodau yn y gwledydd hyn: Cymru', 'Enwebiadau a ddaeth i law', 'Etholwyd yn ddiwrthwynebiad', 'Siân Ŵyn Pritchard', 'Swyddog canlyniadau'])
      expect(welsh).toContain(line)
    for (const absent of ['Y nifer a bleidleisiodd', 'Elected unopposed', 'Returning officer']) expect(welsh).not.toContain(absent)
  })

  it('is linked from the unopposed result', () => {
    const markup = renderToStaticMarkup(
      <LocaleProvider value="cy">
        <StaticRouter location="/cy/ballots/b1/results">
          <UnopposedOutcome id="b1" title="Cymru committee 2027" counted="1 Ionawr 2027" scope="Aelodau yng Nghymru" result={{ unopposed: true, seats: 3, elected: ['Gareth Lloyd'] }} />
        </StaticRouter>
      </LocaleProvider>,
    )
    expect(markup).toMatch(/<a [^>]*href="\/ballots\/b1\/report"[^>]*>Adroddiad y swyddog canlyniadau<\/a>/)
  })
})
