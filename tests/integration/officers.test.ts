import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getMembershipCard } from '../../app/domain/membership/join.server.ts'
import * as members from '../../app/routes/officer.members.tsx'
import * as membersCsv from '../../app/routes/officer.members[.]csv.ts'
import * as verifications from '../../app/routes/officer.verifications.tsx'
import { auditLog, memberships, outboxJobs, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, flashOf, signedInAs } from '../helpers/routes.ts'

describe('registration verification', () => {
  const t = useTestDb()

  it('an officer verifies a member, who becomes eligible to vote, and the audit log shows who did it', async () => {
    const { user, membership } = await createMember(t.db, { verified: false })
    const { user: officer, cookie } = await signedInAs(t.db, 'officer')
    expect((await getMembershipCard(t.db, user.id))!.canVote).toBe(false)

    const queue = await callRoute(verifications.loader, { path: '/officer/verifications', cookie })
    expect((queue.body as { queue: { id: string }[] }).queue.map((m) => m.id)).toContain(membership.id)

    const res = await callRoute(verifications.action, { path: '/officer/verifications', cookie, form: { decision: 'verify', membershipId: membership.id } })
    expect(await flashOf(res)).toMatchObject({ tone: 'success' })
    const card = await getMembershipCard(t.db, user.id)
    expect(card).toMatchObject({ verified: true, canVote: true })
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, membership.id))
    expect(entry).toMatchObject({ actorId: officer.id, action: 'membership.registration_verified', after: { verified: true, registrationNumber: membership.registrationNumber } })

    const again = await callRoute(verifications.action, { path: '/officer/verifications', cookie, form: { decision: 'verify', membershipId: membership.id } })
    expect(again.status).toBe(409)
  })

  it('links each number to its regulator’s public register search', async () => {
    const { membership: english } = await createMember(t.db, { verified: false })
    const { membership: welsh } = await createMember(t.db, { verified: false })
    await t.db.update(memberships).set({ regulator: 'scw', registrationNumber: '1012345', nation: 'wales' }).where(eq(memberships.id, welsh.id))
    const { cookie } = await signedInAs(t.db, 'officer')
    const queue = (await callRoute(verifications.loader, { path: '/officer/verifications', cookie })).body as {
      queue: { id: string; registrationNumber: string; register: { searchUrl: string } | null }[]
    }
    const byId = new Map(queue.queue.map((m) => [m.id, m]))
    expect(byId.get(english.id)).toMatchObject({ registrationNumber: english.registrationNumber, register: { searchUrl: 'https://www.socialworkengland.org.uk/search-the-register/' } })
    expect(byId.get(welsh.id)).toMatchObject({ registrationNumber: '1012345', register: { searchUrl: 'https://socialcare.wales/registration/find-a-registered-worker' } })
  })

  it('rejecting needs a reason, emails it to the member and leaves them unable to vote', async () => {
    const { user, membership } = await createMember(t.db, { verified: false })
    const { cookie } = await signedInAs(t.db, 'officer')
    const noReason = await callRoute(verifications.action, { path: '/officer/verifications', cookie, form: { decision: 'reject', membershipId: membership.id, reason: 'no' } })
    expect(noReason.status).toBe(400)
    expect(await t.db.$count(outboxJobs)).toBe(0)
    const reason = 'The register shows this number belongs to someone else. Please check it.'
    const res = await callRoute(verifications.action, { path: '/officer/verifications', cookie, form: { decision: 'reject', membershipId: membership.id, reason } })
    expect(await flashOf(res)).toMatchObject({ tone: 'success' })
    const [job] = await t.db.select().from(outboxJobs)
    expect(job).toMatchObject({ template: 'registration-rejected', data: expect.objectContaining({ reason }) })
    expect(await getMembershipCard(t.db, user.id)).toMatchObject({ canVote: false, rejectedReason: reason })
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'membership.registration_rejected'))).toBe(1)
  })

  it('refuses nonsense input with a 400', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const bad: Record<string, string>[] = [{}, { decision: 'verify', membershipId: 'x' }, { decision: 'delete', membershipId: '00000000-0000-4000-8000-000000000000' }]
    for (const form of bad) {
      expect((await callRoute(verifications.action, { path: '/officer/verifications', cookie, form })).status).toBe(400)
    }
    expect((await callRoute(verifications.action, { path: '/officer/verifications', cookie, form: { decision: 'verify', membershipId: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404)
  })
})

describe('member list', () => {
  const t = useTestDb()

  it('searches, filters, pages and exports', async () => {
    const { cookie } = await signedInAs(t.db, 'officer')
    const made = []
    for (let i = 0; i < 30; i++) made.push(await createMember(t.db, { status: i % 3 === 0 ? 'lapsed' : 'active', verified: i % 2 === 0 }))
    await t.db.update(users).set({ name: '=HYPERLINK("http://evil.example")' }).where(eq(users.id, made[0].user.id))
    await t.db.update(memberships).set({ branch: 'North West' }).where(eq(memberships.id, made[1].membership.id))

    const all = (await callRoute(members.loader, { path: '/officer/members', cookie })).body as Awaited<ReturnType<typeof members.loader>>
    expect(all.total).toBe(30)
    expect(all.rows).toHaveLength(25)
    expect(all.pages).toBe(2)
    const second = (await callRoute(members.loader, { path: '/officer/members?page=2', cookie })).body as typeof all
    expect(second.rows).toHaveLength(5)

    const lapsed = (await callRoute(members.loader, { path: '/officer/members?status=lapsed', cookie })).body as typeof all
    expect(lapsed.total).toBe(10)
    const unverifiedActive = (await callRoute(members.loader, { path: '/officer/members?status=active&verified=no', cookie })).body as typeof all
    expect(unverifiedActive.rows.every((r) => r.status === 'active' && !r.verifiedAt)).toBe(true)
    const branch = (await callRoute(members.loader, { path: '/officer/members?branch=North%20West', cookie })).body as typeof all
    expect(branch.rows.map((r) => r.id)).toEqual([made[1].membership.id])

    const byNumber = (await callRoute(members.loader, { path: `/officer/members?q=CH-${String(made[5].membership.number).padStart(6, '0')}`, cookie })).body as typeof all
    expect(byNumber.rows.map((r) => r.id)).toEqual([made[5].membership.id])
    const byEmail = (await callRoute(members.loader, { path: `/officer/members?q=${encodeURIComponent(made[7].user.email.toUpperCase())}`, cookie })).body as typeof all
    expect(byEmail.rows.map((r) => r.id)).toEqual([made[7].membership.id])
    const nonsense = await callRoute(members.loader, { path: '/officer/members?status=bogus&page=-4&q=%25%25', cookie })
    expect(nonsense.status).toBe(200)

    const csv = await callRoute(membersCsv.loader, { path: '/officer/members.csv?status=lapsed', cookie })
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    const lines = String(csv.body).trim().split('\r\n')
    expect(lines[0]).toMatch(/^Membership number,Name,Email,Type,Status/)
    expect(lines).toHaveLength(11)
    expect(String(csv.body)).toContain(`"'=HYPERLINK(""http://evil.example"")"`)
  })
})
