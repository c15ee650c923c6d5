import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import type { MemberDataExport } from '../../app/domain/membership/privacy.server.ts'
import { getEnquiry, replyToEnquiry, submitEnquiry } from '../../app/domain/press/enquiries.server.ts'
import { addSpokesperson } from '../../app/domain/press/spokespeople.server.ts'
import * as deletePage from '../../app/routes/account.delete.tsx'
import * as exportRoute from '../../app/routes/account.export.tsx'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import type { Db } from '../../db/client.server.ts'
import { listEmbargoViews } from '../../app/domain/press/briefings.server.ts'
import { briefingEmbargoViews, journalistAlertTopics, journalists, mediaEnquiries, spokespeople, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { BASE_URL, createJournalist, sendBriefing } from '../helpers/press.ts'
import { callRoute, createUser } from '../helpers/routes.ts'
import { useTestStripe } from '../helpers/stripe.ts'

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000)

function enquiry(db: Db, input: { journalistUserId: string | null; name: string; question: string; spokespersonId?: string }) {
  return submitEnquiry(db, {
    name: input.name,
    outlet: 'The Eastbrook Courier',
    email: `${input.name.split(' ')[0].toLowerCase()}@courier.example`,
    phone: undefined,
    deadline: inTwoDays(),
    topic: 'Agency staffing',
    question: input.question,
    spokespersonId: input.spokespersonId,
    ip: '203.0.113.9',
    journalistUserId: input.journalistUserId,
    baseUrl: BASE_URL,
  })
}

async function exportFor(db: Db, userId: string) {
  const cookie = await sessionCookieHeader((await createSession(db, { userId })).id)
  const res = await callRoute(exportRoute.loader, { path: '/account/export', cookie })
  expect(res.status).toBe(200)
  return JSON.parse(String(res.body)) as MemberDataExport
}

describe('a journalist’s press data: in their export, and what deleting the account leaves', () => {
  const t = useTestDb()
  useTestStripe()

  async function journalistWithHistory() {
    const officer = await createUser(t.db, { role: 'officer' })
    const journalist = await createJournalist(t.db, { status: 'approved', topics: ['serious-case-reviews', 'workforce'], outlet: 'The Eastbrook Courier' })
    const mine = await enquiry(t.db, { journalistUserId: journalist.id, name: 'Sam Hale', question: 'How many social workers in Eastbrook are agency staff?' })
    await replyToEnquiry(t.db, { actorId: officer.id, enquiryId: mine.id, replyText: 'About one in five, according to the council’s own figures.' })
    const theirs = await enquiry(t.db, { journalistUserId: null, name: 'Rhian Ellis', question: 'Is Chorus commenting on the Welsh workforce plan?' })
    const briefingId = await sendBriefing(t.db, { officerId: officer.id, embargoUntil: inTwoDays() })
    await t.db.insert(briefingEmbargoViews).values({ briefingId, userId: journalist.id, viewerName: journalist.name, viewerOutlet: 'The Eastbrook Courier' })
    return { journalist, mine, theirs, briefingId }
  }

  it('exports the press account, alert topics, embargoed reading and their own enquiries with the answers', async () => {
    const { journalist } = await journalistWithHistory()
    const data = await exportFor(t.db, journalist.id)
    expect(data.pressAccount).toMatchObject({ outlet: 'The Eastbrook Courier', status: 'approved', workEmail: journalist.email, alerts: ['Serious case reviews', 'Workforce and caseloads'] })
    expect(data.embargoedBriefingsViewed).toEqual([expect.objectContaining({ briefing: 'Chorus responds to the Northfield safeguarding review' })])
    expect(data.mediaEnquiries).toEqual([
      expect.objectContaining({
        name: 'Sam Hale',
        question: 'How many social workers in Eastbrook are agency staff?',
        status: 'Answered',
        answer: 'About one in five, according to the council’s own figures.',
      }),
    ])
    expect(data.spokesperson).toBeNull()
  })

  it('keeps the embargo log append-only: no view can be rewritten or removed', async () => {
    const { briefingId } = await journalistWithHistory()
    const rewrite = t.db.transaction(async (tx) => tx.update(briefingEmbargoViews).set({ viewerOutlet: 'Someone else' }).where(eq(briefingEmbargoViews.briefingId, briefingId)))
    await expect(rewrite).rejects.toThrow()
    const unlinkAndRename = t.db.transaction(async (tx) => tx.update(briefingEmbargoViews).set({ userId: null, viewerName: 'Nobody' }).where(eq(briefingEmbargoViews.briefingId, briefingId)))
    await expect(unlinkAndRename).rejects.toThrow()
    const remove = t.db.transaction(async (tx) => tx.delete(briefingEmbargoViews).where(eq(briefingEmbargoViews.briefingId, briefingId)))
    await expect(remove).rejects.toThrow()
    expect(await listEmbargoViews(t.db, briefingId)).toEqual([expect.objectContaining({ outlet: 'The Eastbrook Courier', accountDeleted: false })])
  })

  it('exports a member’s spokesperson entry, and no press account', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const member = await createUser(t.db, { role: 'member' })
    await addSpokesperson(t.db, {
      actorId: officer.id,
      email: member.email,
      displayName: 'Ruth Asante',
      roleTitle: 'Team manager',
      topics: ['mental-health'],
      nations: ['wales'],
      mediaTrained: false,
      mediaTrainedOn: null,
      bio: 'Mental health social worker.',
      availability: [],
    })
    const data = await exportFor(t.db, member.id)
    expect(data.spokesperson).toMatchObject({ shownAs: 'Ruth Asante', topics: ['Mental health'], nations: ['Wales'], onRoster: true })
    expect(data.pressAccount).toBeNull()
    expect(data.mediaEnquiries).toEqual([])
  })

  it('deleting the account removes the press account and alert topics; the enquiries stay with the press office, unlinked', async () => {
    const { journalist, mine, theirs, briefingId } = await journalistWithHistory()
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: journalist.id })).id)
    const res = await callRoute(deletePage.action, { path: '/account/delete', cookie, form: { confirmEmail: journalist.email } })
    expect(res.status).toBe(303)

    expect(await t.db.$count(users, eq(users.id, journalist.id))).toBe(0)
    expect(await t.db.$count(journalists, eq(journalists.userId, journalist.id))).toBe(0)
    expect(await t.db.$count(journalistAlertTopics, eq(journalistAlertTopics.userId, journalist.id))).toBe(0)
    // The press office's embargo log keeps the view, as read, without the account.
    expect(await t.db.select().from(briefingEmbargoViews).where(eq(briefingEmbargoViews.briefingId, briefingId))).toEqual([
      expect.objectContaining({ userId: null, viewerName: journalist.name, viewerOutlet: 'The Eastbrook Courier' }),
    ])
    expect(await listEmbargoViews(t.db, briefingId)).toEqual([expect.objectContaining({ name: journalist.name, outlet: 'The Eastbrook Courier', accountDeleted: true })])

    const [kept] = await t.db.select().from(mediaEnquiries).where(eq(mediaEnquiries.id, mine.id))
    expect(kept).toMatchObject({
      journalistUserId: null,
      status: 'answered',
      question: 'How many social workers in Eastbrook are agency staff?',
      replyText: 'About one in five, according to the council’s own figures.',
    })
    expect(await getEnquiry(t.db, { id: mine.id, now: new Date() })).toMatchObject({ reference: `Enquiry ${mine.number}`, statusLabel: 'Answered' })
    const [other] = await t.db.select().from(mediaEnquiries).where(eq(mediaEnquiries.id, theirs.id))
    expect(other).toMatchObject({ name: 'Rhian Ellis', status: 'open' })
  })

  it('deleting a spokesperson’s account takes them off the roster; enquiries that asked for them keep the question', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const member = await createUser(t.db, { role: 'member' })
    const s = await addSpokesperson(t.db, {
      actorId: officer.id,
      email: member.email,
      displayName: 'Ruth Asante',
      roleTitle: 'Team manager',
      topics: ['mental-health'],
      nations: ['wales'],
      mediaTrained: false,
      mediaTrainedOn: null,
      bio: '',
      availability: [],
    })
    const asked = await enquiry(t.db, { journalistUserId: null, name: 'Sam Hale', question: 'Could Ruth talk to us about crisis teams?', spokespersonId: s.id })
    expect(asked.requestedSpokespersonId).toBe(s.id)
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: member.id })).id)
    expect((await callRoute(deletePage.action, { path: '/account/delete', cookie, form: { confirmEmail: member.email } })).status).toBe(303)
    expect(await t.db.$count(spokespeople, eq(spokespeople.id, s.id))).toBe(0)
    const [kept] = await t.db.select().from(mediaEnquiries).where(eq(mediaEnquiries.id, asked.id))
    expect(kept).toMatchObject({ requestedSpokespersonId: null, question: 'Could Ruth talk to us about crisis teams?' })
  })
})
