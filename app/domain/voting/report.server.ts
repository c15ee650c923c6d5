import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { users, type Ballot } from '../../../db/schema/index.ts'
import { getBallot, listCandidates } from './ballots.server.ts'
import type { ReportNominations } from './report-document.ts'

/** What the returning officer's report is written from: a counted ballot and who ran it. */
export interface ReportData {
  ballot: Ballot & { countedAt: Date; commitment: string }
  candidates: string[]
  /** The officer who ran the ballot. */
  returningOfficer: string | null
  /** Only for a ballot that took nominations. */
  nominations?: ReportNominations
}

/** The report's data once the ballot is counted; null before (or for no such ballot). */
export async function getReturningOfficerReport(db: Db, ballotId: string): Promise<ReportData | null> {
  const ballot = await getBallot(db, ballotId)
  if (!ballot || ballot.status !== 'scheduled' || !ballot.countedAt || !ballot.commitment) return null
  const [candidates, officer] = await Promise.all([
    ballot.kind === 'election' ? listCandidates(db, ballot.id) : Promise.resolve([]),
    ballot.createdBy ? db.select({ name: users.name }).from(users).where(eq(users.id, ballot.createdBy)) : Promise.resolve([]),
  ])
  return {
    ballot: ballot as ReportData['ballot'],
    candidates: candidates.map((c) => c.name),
    returningOfficer: officer[0]?.name ?? null,
  }
}
