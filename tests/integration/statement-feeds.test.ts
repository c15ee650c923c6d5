import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { createStatement, openConsultation, publishStatement, reviseStatement } from '../../app/domain/statements/statements.server.ts'
import * as atom from '../../app/routes/statements.feed[.]atom.ts'
import * as json from '../../app/routes/statements.feed[.]json.ts'
import * as rss from '../../app/routes/statements.feed[.]xml.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'entry'].includes(name) })
const fields = (title: string) => ({
  title,
  summary: `${title}, in short.`,
  body: 'Children need social workers with **time** to know them.',
  topics: ['workforce'],
  nations: ['england' as const],
  reviewBy: null,
})

describe('statement feeds', () => {
  const t = useTestDb()

  it('carry adopted statements in RSS, Atom and JSON Feed, never drafts or consultations, and stay valid with a hostile title', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const hostile = 'Caseloads <script>alert(1)</script> ]]> & “quotes” \u0007'
    const adopted = await createStatement(t.db, { ...fields(hostile), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: adopted.id, baseUrl: 'http://localhost:3000' })
    await createStatement(t.db, { ...fields('A draft nobody has agreed'), actorId: officer.id })
    const consulting = await createStatement(t.db, { ...fields('Still out to consultation'), actorId: officer.id })
    await openConsultation(t.db, { actorId: officer.id, statementId: consulting.id, closesAt: new Date(Date.now() + 86_400_000), baseUrl: 'http://localhost' })

    const rssRes = await callRoute(rss.loader, { path: '/statements/feed.xml' })
    expect(rssRes.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
    const channel = parser.parse(rssRes.body as string).rss.channel
    const rssTitles = (channel.item ?? []).map((i: { title: string }) => i.title)
    // The markup arrives as text, and the bell character XML cannot carry is dropped.
    expect(rssTitles).toContain('Caseloads <script>alert(1)</script> ]]> & “quotes”')
    expect(rssTitles.join()).not.toMatch(/draft nobody|consultation/)

    const feed = parser.parse((await callRoute(atom.loader, { path: '/statements/feed.atom' })).body as string).feed
    for (const required of ['id', 'title', 'updated']) expect(feed[required]).toBeTruthy()
    const entry = feed.entry.find((e: { title: unknown }) => JSON.stringify(e.title).includes('Caseloads'))
    expect(entry.id).toMatch(/\/statements\/caseloads/)
    expect(entry.updated).toBeTruthy()

    const jsonFeed = JSON.parse((await callRoute(json.loader, { path: '/statements/feed.json' })).body as string)
    expect(jsonFeed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(jsonFeed.items.map((i: { title: string }) => i.title)).toEqual([expect.stringContaining('Caseloads <script>')])
    expect(jsonFeed.items[0].content_html).toContain('<strong>time</strong>')
  })

  it('marks a revised statement as updated', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const s = await createStatement(t.db, { ...fields('Supervision for every social worker'), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: 'http://localhost:3000' })
    const { title, summary } = fields('Supervision for every social worker')
    await reviseStatement(t.db, {
      actorId: officer.id,
      statementId: s.id,
      title,
      summary,
      body: 'Newly qualified social workers need supervision every week.',
      changeNote: 'Adds newly qualified social workers.',
    })
    const jsonFeed = JSON.parse((await callRoute(json.loader, { path: '/statements/feed.json' })).body as string)
    const item = jsonFeed.items.find((i: { title: string }) => i.title === 'Supervision for every social worker')
    expect(item.date_modified).toBeTruthy()
    expect(item.content_html).toContain('Newly qualified')
  })
})
