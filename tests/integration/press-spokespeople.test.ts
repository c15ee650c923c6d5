import { describe, expect, it } from 'vitest'
import { getBriefing } from '../../app/domain/press/briefings.server.ts'
import { addSpokesperson, setSpokespersonActive } from '../../app/domain/press/spokespeople.server.ts'
import type { PressTopic } from '../../app/domain/press/topics.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import * as briefingPage from '../../app/routes/press.$slug.tsx'
import * as enquiryForm from '../../app/routes/press.enquiries.new.tsx'
import * as pressRoom from '../../app/routes/press._index.tsx'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import type { Db } from '../../db/client.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { createJournalist, sendBriefing } from '../helpers/press.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

type BriefingData = { spokespeople?: { id: string; name: string; topicLabels: string[] }[] }
type RoomData = Awaited<ReturnType<typeof pressRoom.loader>>['data']
type FormData = Awaited<ReturnType<typeof enquiryForm.loader>>

async function speaker(db: Db, officerId: string, name: string, topics: PressTopic[]) {
  const user = await createUser(db, { role: 'member' })
  return addSpokesperson(db, {
    actorId: officerId,
    email: user.email,
    displayName: name,
    roleTitle: 'Social worker',
    topics,
    nations: ['england'],
    mediaTrained: false,
    mediaTrainedOn: null,
    bio: '',
    availability: [],
  })
}

async function cookieOf(db: Db, userId: string) {
  return sessionCookieHeader((await createSession(db, { userId })).id)
}

describe('spokespeople beside briefings and in the press room', () => {
  const t = useTestDb()

  it('a briefing lists the active spokespeople on its topics, and nobody unrelated or stood down', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const ruth = await speaker(t.db, officer.id, 'Ruth Asante', ['serious-case-reviews', 'workforce'])
    await speaker(t.db, officer.id, 'Owen Pryce', ['mental-health'])
    const sue = await speaker(t.db, officer.id, 'Sue Marlow', ['children-and-families'])
    await setSpokespersonActive(t.db, { spokespersonId: sue.id, actorId: officer.id, active: false })

    const id = await sendBriefing(t.db, { officerId: officer.id, fields: { topics: ['serious-case-reviews', 'children-and-families'] } })
    const { slug, headline } = (await getBriefing(t.db, id))!
    const page = await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug } })
    expect(page.status).toBe(200)
    const listed = (page.body as BriefingData).spokespeople ?? []
    expect(listed.map((s) => s.name)).toEqual(['Ruth Asante'])
    expect(listed[0].topicLabels).toEqual(['Serious case reviews', 'Workforce and caseloads'])

    // "Ask to speak to Ruth Asante" opens the enquiry form with her and the story chosen.
    const form = await callRoute(enquiryForm.loader, { path: `/press/enquiries/new?spokesperson=${ruth.id}&topic=${encodeURIComponent(headline)}` })
    expect((form.body as FormData).defaults).toMatchObject({ spokespersonId: ruth.id, topic: headline })

    // Bringing Sue back puts her on the story too.
    await setSpokespersonActive(t.db, { spokespersonId: sue.id, actorId: officer.id, active: true })
    const again = await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug } })
    expect(((again.body as BriefingData).spokespeople ?? []).map((s) => s.name).sort()).toEqual(['Ruth Asante', 'Sue Marlow'])
  })

  it('an approved journalist sees the spokespeople beside a briefing under embargo', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    await speaker(t.db, officer.id, 'Ruth Asante', ['funding'])
    const id = await sendBriefing(t.db, { officerId: officer.id, embargoUntil: new Date(Date.now() + 86_400_000), fields: { topics: ['funding'] } })
    const { slug } = (await getBriefing(t.db, id))!
    const journalist = await createJournalist(t.db, { status: 'approved' })
    const page = await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug }, cookie: await cookieOf(t.db, journalist.id) })
    expect(page.status).toBe(200)
    expect(((page.body as BriefingData).spokespeople ?? []).map((s) => s.name)).toEqual(['Ruth Asante'])
    const visitor = await callRoute(briefingPage.loader, { path: `/press/${slug}`, params: { slug } })
    expect(visitor.status).toBe(404)
  })

  it('the press room shows the roster, by topic when one is chosen, without anyone stood down', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    await speaker(t.db, officer.id, 'Ruth Asante', ['serious-case-reviews'])
    await speaker(t.db, officer.id, 'Owen Pryce', ['mental-health'])
    const sue = await speaker(t.db, officer.id, 'Sue Marlow', ['mental-health'])
    await setSpokespersonActive(t.db, { spokespersonId: sue.id, actorId: officer.id, active: false })

    const room = (await callRoute(pressRoom.loader, { path: '/press' })).body as RoomData
    expect(room.spokespeople.map((s) => s.name).sort()).toEqual(['Owen Pryce', 'Ruth Asante'])
    const onTopic = (await callRoute(pressRoom.loader, { path: '/press?topic=mental-health' })).body as RoomData
    expect(onTopic.spokespeople.map((s) => s.name)).toEqual(['Owen Pryce'])
  })

  it('fills in the enquiry form from an approved press account, and not for anyone else', async () => {
    const approved = await createJournalist(t.db, { status: 'approved', outlet: 'The Eastbrook Courier' })
    const filled = (await callRoute(enquiryForm.loader, { path: '/press/enquiries/new', cookie: await cookieOf(t.db, approved.id) })).body as FormData
    expect(filled.defaults).toMatchObject({ name: approved.name, outlet: 'The Eastbrook Courier', email: approved.email })

    const pending = await createJournalist(t.db, { status: 'pending', outlet: 'Unconfirmed Weekly' })
    const partly = (await callRoute(enquiryForm.loader, { path: '/press/enquiries/new', cookie: await cookieOf(t.db, pending.id) })).body as FormData
    expect(partly.defaults).toMatchObject({ name: pending.name, email: pending.email })
    expect(partly.defaults).not.toHaveProperty('outlet')

    const member = await createUser(t.db, { role: 'member' })
    for (const cookie of [undefined, await cookieOf(t.db, member.id)]) {
      const blank = (await callRoute(enquiryForm.loader, { path: '/press/enquiries/new?spokesperson=not-an-id', cookie })).body as FormData
      expect(blank.defaults).toEqual({ spokespersonId: undefined, topic: undefined })
    }
  })
})
