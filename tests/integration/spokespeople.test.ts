import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { addSpokesperson, listSpokespeople } from '../../app/domain/press/spokespeople.server.ts'
import type { PressTopic } from '../../app/domain/press/topics.ts'
import * as editPage from '../../app/routes/officer.spokespeople.$id.tsx'
import * as rosterPage from '../../app/routes/officer.spokespeople._index.tsx'
import * as newPage from '../../app/routes/officer.spokespeople.new.tsx'
import * as publicPage from '../../app/routes/press.spokespeople.tsx'
import { auditLog, spokespeople } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, createUser, flashOf, signedInAs } from '../helpers/routes.ts'

const valid = (email: string): [string, string][] => [
  ['email', email],
  ['displayName', 'Ruth Asante'],
  ['roleTitle', 'Chair of the Practice Council'],
  ['topics', 'serious-case-reviews'],
  ['topics', 'workforce'],
  ['nations', 'england'],
  ['nations', 'wales'],
  ['mediaTrained', 'yes'],
  ['mediaTrainedOn', '2026-03-14'],
  ['bio', 'Twenty years in child protection in Leeds.'],
  ['availability', 'Mon-Fri 09:00-17:00\nAway 2026-12-24 to 2027-01-02'],
]
const replace = (form: [string, string][], name: string, value: string | null) => [...form.filter(([k]) => k !== name), ...(value === null ? [] : [[name, value] as [string, string]])]

type Reply = { error?: Record<string, string[]> }

describe('spokesperson roster', () => {
  const t = useTestDb()

  it('lets an officer add a member by email, audited, and shows them in the press room', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const member = await createUser(t.db, { role: 'member' })
    const res = await callRoute(newPage.action, { path: '/officer/spokespeople/new', cookie: officer.cookie, form: valid(member.email.toUpperCase()) })
    expect(await flashOf(res)).toMatchObject({ message: expect.stringContaining('Added to the roster') })
    const [row] = await t.db.select().from(spokespeople)
    expect(res.headers.get('location')).toBe(`/officer/spokespeople/${row.id}`)
    expect(row).toMatchObject({
      userId: member.id,
      displayName: 'Ruth Asante',
      topics: ['serious-case-reviews', 'workforce'],
      nations: ['england', 'wales'],
      mediaTrained: true,
      mediaTrainedOn: '2026-03-14',
      active: true,
    })
    expect(row.availability).toHaveLength(2)
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, row.id))
    expect(entry).toMatchObject({ actorId: officer.user.id, action: 'spokesperson.add' })

    const page = (await callRoute(publicPage.loader, { path: '/press/spokespeople' })).body as Awaited<ReturnType<typeof publicPage.loader>>
    expect(page.spokespeople.map((s) => s.name)).toEqual(['Ruth Asante'])
    expect(page.spokespeople[0]).toMatchObject({
      role: 'Chair of the Practice Council',
      topicLabels: ['Serious case reviews', 'Workforce and caseloads'],
      nations: ['England', 'Wales'],
      mediaTrained: true,
    })
    expect(page.spokespeople[0]).not.toHaveProperty('email')
    expect(page.topics).toEqual([
      { slug: 'serious-case-reviews', label: 'Serious case reviews' },
      { slug: 'workforce', label: 'Workforce and caseloads' },
    ])
  })

  it('refuses bad input with a message on the field and writes nothing', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const member = await createUser(t.db, { role: 'member' })
    const journalist = await createUser(t.db, { role: 'journalist' })
    const cases: [string, [string, string][], string, RegExp][] = [
      ['unknown email', valid('nobody@example.test'), 'email', /No Chorus account uses that email/],
      ['journalist', valid(journalist.email), 'email', /journalist’s account/],
      ['missing role', replace(valid(member.email), 'roleTitle', null), 'roleTitle', /Enter their role/],
      ['no topics', valid(member.email).filter(([k]) => k !== 'topics'), 'topics', /at least one topic/],
      [
        'a topic typed in',
        replace(
          valid(member.email).filter(([k]) => k !== 'topics'),
          'topics',
          'caseloads',
        ),
        'topics',
        /Choose topics from the list/,
      ],
      ['no nation', valid(member.email).filter(([k]) => k !== 'nations'), 'nations', /at least one nation/],
      [
        'made-up nation',
        replace(
          valid(member.email).filter(([k]) => k !== 'nations'),
          'nations',
          'atlantis',
        ),
        'nations',
        /Choose nations from the list/,
      ],
      ['overlong role', replace(valid(member.email), 'roleTitle', 'x'.repeat(121)), 'roleTitle', /under 120 characters/],
      ['overlong bio', replace(valid(member.email), 'bio', 'x'.repeat(601)), 'bio', /under 600 characters/],
      ['trained without a date', replace(valid(member.email), 'mediaTrainedOn', null), 'mediaTrainedOn', /date of their media training/],
      ['training in the future', replace(valid(member.email), 'mediaTrainedOn', '2099-01-01'), 'mediaTrainedOn', /today or in the past/],
      ['nonsense availability', replace(valid(member.email), 'availability', 'Mon-Fri 09:00-17:00\nsometimes'), 'availability', /^Line 2/],
      ['backwards hours', replace(valid(member.email), 'availability', 'Mon 17:00-09:00'), 'availability', /end time must be after/],
    ]
    for (const [label, form, field, message] of cases) {
      const res = await callRoute(newPage.action, { path: '/officer/spokespeople/new', cookie: officer.cookie, form })
      expect(res.status, label).toBeGreaterThanOrEqual(400)
      expect(res.status, label).toBeLessThan(500)
      expect(String((res.body as Reply).error?.[field]?.[0]), `${label}: ${JSON.stringify((res.body as Reply).error)}`).toMatch(message)
    }
    expect(await t.db.select().from(spokespeople)).toEqual([])
    expect(await t.db.select().from(auditLog)).toEqual([])
  })

  it('refuses to add the same person twice', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const member = await createUser(t.db, { role: 'member' })
    expect((await callRoute(newPage.action, { path: '/officer/spokespeople/new', cookie: officer.cookie, form: valid(member.email) })).status).toBe(303)
    const again = await callRoute(newPage.action, { path: '/officer/spokespeople/new', cookie: officer.cookie, form: valid(member.email) })
    expect(again.status).toBe(409)
    expect((again.body as Reply).error?.email?.[0]).toMatch(/already on the roster/)
    expect(await t.db.select().from(spokespeople)).toHaveLength(1)
  })

  it('edits and stands down with an audit trail; stood-down spokespeople leave the press room', async () => {
    const officer = await signedInAs(t.db, 'officer')
    const member = await createUser(t.db, { role: 'member' })
    const s = await addSpokesperson(t.db, {
      actorId: officer.user.id,
      email: member.email,
      roleTitle: 'Team manager',
      topics: ['workforce'],
      nations: ['scotland'],
      mediaTrained: false,
      mediaTrainedOn: null,
      bio: '',
      availability: [],
      displayName: undefined,
    })
    expect(s.displayName).toBe(member.name)
    const params = { id: s.id }

    const page = (await callRoute(editPage.loader, { path: `/officer/spokespeople/${s.id}`, cookie: officer.cookie, params })).body as Awaited<ReturnType<typeof editPage.loader>>
    expect(page.values).toMatchObject({ topics: ['workforce'], nations: ['scotland'], availability: '' })

    const form: [string, string][] = [
      ['intent', 'save'],
      ['roleTitle', 'Principal social worker'],
      ['topics', 'workforce'],
      ['topics', 'mental-health'],
      ['nations', 'scotland'],
      ['availability', 'Weekdays 08:00-18:00'],
    ]
    const saved = await callRoute(editPage.action, { path: `/officer/spokespeople/${s.id}`, cookie: officer.cookie, params, form })
    expect(await flashOf(saved)).toMatchObject({ message: 'Changes saved.' })
    const bad = await callRoute(editPage.action, { path: `/officer/spokespeople/${s.id}`, cookie: officer.cookie, params, form: replace(form, 'roleTitle', '') })
    expect(bad.status).toBe(400)

    expect((await listSpokespeople(t.db, { now: new Date() })).map((p) => p.role)).toEqual(['Principal social worker'])
    const down = await callRoute(editPage.action, { path: `/officer/spokespeople/${s.id}`, cookie: officer.cookie, params, form: { intent: 'deactivate' } })
    expect(await flashOf(down)).toMatchObject({ tone: 'success' })
    expect(await listSpokespeople(t.db, { now: new Date() })).toEqual([])
    const twice = await callRoute(editPage.action, { path: `/officer/spokespeople/${s.id}`, cookie: officer.cookie, params, form: { intent: 'deactivate' } })
    expect(twice.status).toBe(409)

    const roster = (await callRoute(rosterPage.loader, { path: '/officer/spokespeople', cookie: officer.cookie })).body as Awaited<ReturnType<typeof rosterPage.loader>>
    expect(roster.roster).toMatchObject([{ id: s.id, active: false, email: member.email }])

    const trail = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, s.id)).orderBy(auditLog.id)
    expect(trail.map((a) => a.action)).toEqual(['spokesperson.add', 'spokesperson.edit', 'spokesperson.deactivate'])
    expect(trail[1]).toMatchObject({ before: { roleTitle: 'Team manager' }, after: { roleTitle: 'Principal social worker', topics: ['workforce', 'mental-health'] } })
  })

  it('filters by topic and nation and puts whoever is free now first', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const add = async (name: string, topics: PressTopic[], nations: ('england' | 'scotland' | 'wales' | 'northern_ireland')[], availability: string) => {
      const user = await createUser(t.db, { role: 'member' })
      const { parseAvailability } = await import('../../app/domain/press/availability.ts')
      const parsed = parseAvailability(availability)
      if (!parsed.ok) throw new Error(parsed.message)
      return addSpokesperson(t.db, {
        actorId: officer.id,
        email: user.email,
        displayName: name,
        roleTitle: 'Social worker',
        topics,
        nations,
        mediaTrained: false,
        mediaTrainedOn: null,
        bio: '',
        availability: parsed.windows,
      })
    }
    await add('Aled Evans', ['workforce'], ['wales'], 'Mon-Fri 18:00-20:00')
    await add('Bronagh Kelly', ['workforce', 'mental-health'], ['northern_ireland'], 'Mon-Fri 09:00-17:00')
    await add('Callum Reid', ['mental-health'], ['scotland', 'england'], '')
    const monday10am = new Date('2026-12-07T10:00:00Z')

    const everyone = await listSpokespeople(t.db, { now: monday10am })
    expect(everyone.map((s) => [s.name, s.availabilityLabel])).toEqual([
      ['Bronagh Kelly', 'Available now'],
      ['Aled Evans', 'Next available today at 18:00 GMT'],
      ['Callum Reid', 'Not available in the next four weeks'],
    ])
    expect((await listSpokespeople(t.db, { topic: 'mental-health', now: monday10am })).map((s) => s.name)).toEqual(['Bronagh Kelly', 'Callum Reid'])
    expect((await listSpokespeople(t.db, { nation: 'england', now: monday10am })).map((s) => s.name)).toEqual(['Callum Reid'])
    expect((await listSpokespeople(t.db, { topic: 'workforce', nation: 'wales', now: monday10am })).map((s) => s.name)).toEqual(['Aled Evans'])

    const filtered = (await callRoute(publicPage.loader, { path: '/press/spokespeople?topic=workforce&nation=northern_ireland' })).body as Awaited<ReturnType<typeof publicPage.loader>>
    expect(filtered.spokespeople.map((s) => s.name)).toEqual(['Bronagh Kelly'])
    const junk = (await callRoute(publicPage.loader, { path: '/press/spokespeople?nation=atlantis&topic=Mental%20Health' })).body as Awaited<ReturnType<typeof publicPage.loader>>
    expect(junk.spokespeople).toHaveLength(3)
  })
})
