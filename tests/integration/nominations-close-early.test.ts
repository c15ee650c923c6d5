import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { listCandidates, getBallot } from '../../app/domain/voting/ballots.server.ts'
import { closeNominations, decideNomination, nominateOther, nominateSelf, supportNomination } from '../../app/domain/voting/nominations.server.ts'
import * as closePage from '../../app/routes/officer.ballots.$id_.nominations_.close.tsx'
import * as officerNominations from '../../app/routes/officer.ballots.$id_.nominations.tsx'
import { auditLog, ballots } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMemberIn, openCymruNominations } from '../helpers/elections.ts'
import { callRoute, flashOf, signedInAs } from '../helpers/routes.ts'
import type { Db } from '../../db/client.server.ts'

const BASE = 'http://localhost:3000'

/** An election for Wales with `valid` valid nominations and one still awaiting the returning officer's decision. */
async function election(db: Db, input: { valid: number; seats: number }) {
  const ro = await signedInAs(db, 'officer')
  const ballot = await openCymruNominations(db, ro.user.id, { seats: input.seats, supportersNeeded: 1, returningOfficerId: ro.user.id })
  const supporter = await createMemberIn(db, 'wales')
  const names: string[] = []
  for (let i = 0; i <= input.valid; i++) {
    const nominee = await createMemberIn(db, 'wales')
    const n = await nominateSelf(db, { ballotId: ballot.id, userId: nominee.user.id })
    await supportNomination(db, { nominationId: n.id, userId: supporter.user.id })
    if (i < input.valid) {
      await decideNomination(db, { nominationId: n.id, actorId: ro.user.id, actorRole: 'officer', decision: 'valid', reason: '', baseUrl: BASE })
      names.push(nominee.user.name)
    }
  }
  return { ro, ballot, names, params: { id: ballot.id }, path: `/officer/ballots/${ballot.id}/nominations/close` }
}

describe('closing nominations early', () => {
  const t = useTestDb()

  it('shows the returning officer what closing now will do, then closes exactly as the scheduled close: valid nominations stand and the ballot opens on schedule', async () => {
    const { ro, ballot, names, params, path } = await election(t.db, { valid: 4, seats: 3 })
    const page = await callRoute(closePage.loader, { path, params, cookie: ro.cookie })
    expect(page.body).toMatchObject({ returningOfficer: true, election: { taking: true }, preview: { valid: 4, awaitingDecision: 1, awaitingAcceptance: 0 } })

    const closed = await callRoute(closePage.action, { path, params, cookie: ro.cookie, form: { intent: 'close', reason: 'All four nominees are confirmed; the committee asked for an early start.' } })
    expect(await flashOf(closed)).toMatchObject({
      location: `/officer/ballots/${ballot.id}/nominations`,
      message: 'Nominations are closed. The valid nominations are the candidates, and the ballot opens as scheduled.',
    })
    const after = (await getBallot(t.db, ballot.id))!
    expect(after.nominationsClosedAt).not.toBeNull()
    expect(after.nominationsCloseAt!.getTime()).toBe(after.nominationsClosedAt!.getTime())
    expect(after.opensAt).toEqual(ballot.opensAt)
    expect(after.countedAt).toBeNull()
    // The one still awaiting a decision does not stand, as at the scheduled close.
    expect((await listCandidates(t.db, ballot.id)).map((c) => c.name).sort()).toEqual([...names].sort())

    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, ballot.id), eq(auditLog.action, 'nominations.close_early')))
    expect(entry).toMatchObject({ actorId: ro.user.id, after: { outcome: 'ballot', valid: 4, reason: 'All four nominees are confirmed; the committee asked for an early start.' } })

    // Nothing more is taken, the worker's tick has nothing left to do, and a second close is refused clearly.
    const late = await createMemberIn(t.db, 'wales')
    await expect(nominateSelf(t.db, { ballotId: ballot.id, userId: late.user.id })).rejects.toMatchObject({ code: 'invalid_state' })
    expect(await closeNominations(t.db, { ballotId: ballot.id, now: new Date(Date.now() + 61 * 60_000) })).toBeNull()
    expect(await listCandidates(t.db, ballot.id)).toHaveLength(4)
    const again = await callRoute(closePage.action, { path, params, cookie: ro.cookie, form: { intent: 'close' } })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ error: { '': ['Nominations for this election have already closed.'] } })
    const welsh = await callRoute(closePage.action, { path: `/cy${path}`, params, cookie: ro.cookie, form: { intent: 'close' } })
    expect(welsh.body).toMatchObject({ error: { '': ["Mae'r enwebiadau ar gyfer yr etholiad hwn eisoes wedi cau."] } })
    expect((await callRoute(closePage.loader, { path, params, cookie: ro.cookie })).body).toMatchObject({ election: { taking: false } })
  })

  it('declares the valid nominees elected unopposed when they are not more than the seats, with no reason needed', async () => {
    const { ro, ballot, names, params, path } = await election(t.db, { valid: 2, seats: 3 })
    const closed = await callRoute(closePage.action, { path, params, cookie: ro.cookie, form: { intent: 'close' } })
    expect(await flashOf(closed)).toMatchObject({ message: 'Nominations are closed. There were no more valid nominations than seats, so the result is published: elected unopposed.' })
    const after = (await getBallot(t.db, ballot.id))!
    expect(after.countedAt).not.toBeNull()
    expect(after.result).toMatchObject({ unopposed: true, seats: 3 })
    expect([...(after.result as { elected: string[] }).elected].sort()).toEqual([...names].sort())
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, ballot.id), eq(auditLog.action, 'nominations.close_early')))
    expect(entry.after).toMatchObject({ outcome: 'unopposed', reason: null })
  })

  it('is for the returning officer (or an admin) only, and a form without the confirmation changes nothing', async () => {
    const { ballot, params, path } = await election(t.db, { valid: 1, seats: 3 })
    const other = await signedInAs(t.db, 'officer')
    const page = await callRoute(closePage.loader, { path, params, cookie: other.cookie })
    expect(page.body).toMatchObject({ returningOfficer: false })
    const refused = await callRoute(closePage.action, { path, params, cookie: other.cookie, form: { intent: 'close' } })
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ error: { '': ['Only the returning officer for this election can close its nominations.'] } })
    const member = await signedInAs(t.db, 'member')
    expect((await callRoute(closePage.action, { path, params, cookie: member.cookie, form: { intent: 'close' } })).status).toBe(403)
    const admin = await signedInAs(t.db, 'admin')
    const stray = await callRoute(closePage.action, { path, params, cookie: admin.cookie, form: { reason: 'x' } })
    expect(stray.status).toBe(400)
    expect(stray.body).toMatchObject({ error: { intent: ['Choose what to do'] } })
    expect((await getBallot(t.db, ballot.id))!.nominationsClosedAt).toBeNull()
    const tooLong = await callRoute(closePage.action, { path, params, cookie: admin.cookie, form: { intent: 'close', reason: 'x'.repeat(1001) } })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body).toMatchObject({ error: { reason: ['Keep the reason under 1,000 characters'] } })
    expect((await getBallot(t.db, ballot.id))!.nominationsClosedAt).toBeNull()
    const closed = await callRoute(closePage.action, { path, params, cookie: admin.cookie, form: { intent: 'close' } })
    expect(closed.status).toBe(303)
    expect((await callRoute(closePage.loader, { path: '/officer/ballots/not-a-ballot/nominations/close', params: { id: 'not-a-ballot' }, cookie: admin.cookie })).status).toBe(404)
  })

  it('is offered from the nominations page to the returning officer while nominations are open', async () => {
    const { ro, params, ballot } = await election(t.db, { valid: 0, seats: 1 })
    const awaiting = await createMemberIn(t.db, 'wales')
    const nominator = await createMemberIn(t.db, 'wales')
    await nominateOther(t.db, { ballotId: ballot.id, userId: nominator.user.id, email: awaiting.user.email, baseUrl: BASE })
    const page = await callRoute(closePage.loader, { path: `/officer/ballots/${ballot.id}/nominations/close`, params, cookie: ro.cookie })
    expect(page.body).toMatchObject({ preview: { valid: 0, awaitingDecision: 1, awaitingAcceptance: 1 } })
    const list = await callRoute(officerNominations.loader, { path: `/officer/ballots/${ballot.id}/nominations`, params, cookie: ro.cookie })
    expect(list.body).toMatchObject({ returningOfficer: true, election: { taking: true } })
    await t.db
      .update(ballots)
      .set({ nominationsCloseAt: new Date(Date.now() - 1000) })
      .where(eq(ballots.id, ballot.id))
    const settled = await callRoute(officerNominations.loader, { path: `/officer/ballots/${ballot.id}/nominations`, params, cookie: ro.cookie })
    expect(settled.body).toMatchObject({ election: { taking: false } })
  })
})
