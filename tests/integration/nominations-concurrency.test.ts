import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nominateSelf, supportNomination } from '../../app/domain/voting/nominations.server.ts'
import type { Connection } from '../../db/client.server.ts'
import { nominations, nominationSupports } from '../../db/schema/index.ts'
import { createTestDatabase, onPostgresServer } from '../helpers/db.ts'
import { createMemberIn, openCymruNominations } from '../helpers/elections.ts'
import { createUser } from '../helpers/routes.ts'

/**
 * Nomination limits under real concurrency: PGlite runs one transaction at a time, so these run
 * only against the PostgreSQL server (TEST_DATABASE_URL), with 30 requests in flight at once.
 */
describe.runIf(onPostgresServer)('nominations under concurrent requests, on PostgreSQL', () => {
  let connection: Connection
  beforeAll(async () => {
    connection = await createTestDatabase({ max: 32 })
  })
  afterAll(async () => {
    await connection?.close()
  })

  const settle = (tasks: Promise<unknown>[]) =>
    Promise.allSettled(tasks).then((r) => ({ ok: r.filter((x) => x.status === 'fulfilled').length, refused: r.filter((x) => x.status === 'rejected').map((x) => (x as PromiseRejectedResult).reason) }))

  it('stops at the supporters needed when 30 members support one nomination at once', async () => {
    const { db } = connection
    const officer = await createUser(db, { role: 'officer' })
    const ballot = await openCymruNominations(db, officer.id, { supportersNeeded: 10 })
    const nominee = await createMemberIn(db, 'wales')
    const nomination = await nominateSelf(db, { ballotId: ballot.id, userId: nominee.user.id })
    const supporters = await Promise.all(Array.from({ length: 30 }, () => createMemberIn(db, 'wales')))
    const result = await settle(supporters.map((s) => supportNomination(db, { nominationId: nomination.id, userId: s.user.id })))
    expect(result.ok).toBe(10)
    expect(result.refused.every((e) => (e as { code?: string }).code === 'conflict')).toBe(true)
    const [row] = await db.select().from(nominations).where(eq(nominations.id, nomination.id))
    expect(row.supportCount).toBe(10)
    expect(await db.$count(nominationSupports, eq(nominationSupports.nominationId, nomination.id))).toBe(10)
  })

  it('counts one support when one member sends it 30 times at once, and one nomination when a member stands 30 times at once', async () => {
    const { db } = connection
    const officer = await createUser(db, { role: 'officer' })
    const ballot = await openCymruNominations(db, officer.id, { supportersNeeded: 25 })
    const nominee = await createMemberIn(db, 'wales')
    const nomination = await nominateSelf(db, { ballotId: ballot.id, userId: nominee.user.id })
    const eager = await createMemberIn(db, 'wales')
    const supports = await settle(Array.from({ length: 30 }, () => supportNomination(db, { nominationId: nomination.id, userId: eager.user.id })))
    expect(supports.ok).toBe(1)
    expect(supports.refused.every((e) => (e as { code?: string }).code === 'conflict')).toBe(true)
    const [row] = await db.select().from(nominations).where(eq(nominations.id, nomination.id))
    expect(row.supportCount).toBe(1)

    const candidate = await createMemberIn(db, 'wales')
    const stands = await settle(Array.from({ length: 30 }, () => nominateSelf(db, { ballotId: ballot.id, userId: candidate.user.id })))
    expect(stands.ok).toBe(1)
    expect(stands.refused.every((e) => (e as { code?: string }).code === 'conflict')).toBe(true)
    expect(await db.$count(nominations, eq(nominations.membershipId, candidate.membership.id))).toBe(1)
  })
})
