import { eq, like, or } from 'drizzle-orm'
import { castVote, countBallot, openBallot } from '../app/domain/voting/ballots.server.ts'
import type { Db } from './client.server.ts'
import { ballotCandidates, ballots, outboxJobs } from './schema/index.ts'

const DAY = 86_400_000
const COUNTED_ELECTION = 'Election: two members of the Ethics Committee 2026'

/**
 * A past election, voted in by the demo members and counted through the real ballot code, so
 * its result, its published record and the returning officer's report can be opened. Its emails
 * belong to the past and are not queued. Does nothing once it exists.
 */
export async function seedCountedElection(db: Db, input: { officerId: string | null; voterIds: string[]; now: Date }) {
  const [found] = await db.select({ id: ballots.id }).from(ballots).where(eq(ballots.title, COUNTED_ELECTION))
  if (found || input.voterIds.length === 0) return
  const opensAt = new Date(input.now.getTime() - 28 * DAY)
  const closesAt = new Date(input.now.getTime() - 14 * DAY)
  const [election] = await db
    .insert(ballots)
    .values({
      kind: 'election',
      title: COUNTED_ELECTION,
      description: 'The Ethics Committee answers members’ questions on professional dilemmas and reviews the code of practice each year. Two seats.',
      status: 'scheduled',
      opensAt,
      // Open while the demo members vote; closed a fortnight ago just after.
      closesAt: new Date(input.now.getTime() + 3_600_000),
      seats: 2,
      createdBy: input.officerId,
    })
    .returning()
  await db.insert(ballotCandidates).values([
    { ballotId: election.id, position: 0, name: 'Siân Pritchard', statement: 'Safeguarding lead in Swansea; wants clear guidance on sharing information across agencies.' },
    { ballotId: election.id, position: 1, name: 'Kwame Boateng', statement: 'Hospital social worker in Birmingham; will speak for discharge teams facing impossible choices.' },
    { ballotId: election.id, position: 2, name: 'Fiona Mackenzie', statement: 'Practice educator in Dundee; wants ethics taught through real supervision, not slides.' },
  ])
  const baseUrl = process.env.APP_URL ?? 'http://localhost:3000'
  await openBallot(db, { ballotId: election.id, baseUrl, now: new Date(opensAt.getTime() + 60_000) })
  const orders = [[0, 1], [0, 2], [1, 0], [2, 1], [0]]
  for (const [i, userId] of input.voterIds.entries()) {
    await castVote(db, { ballotId: election.id, userId, vote: { kind: 'election', order: orders[i % orders.length] }, baseUrl }).catch(() => null)
  }
  await db.update(ballots).set({ closesAt }).where(eq(ballots.id, election.id))
  await countBallot(db, { ballotId: election.id, baseUrl, now: new Date(closesAt.getTime() + 5 * 60_000) })
  await db.delete(outboxJobs).where(or(like(outboxJobs.dedupeKey, `ballot-open:${election.id}:%`), like(outboxJobs.dedupeKey, `ballot-result:${election.id}:%`)))
}
