import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { users, type Ballot } from '../../../db/schema/index.ts'
import { getBallot, listCandidates } from './ballots.server.ts'
import { tierNameMap } from './electorate.server.ts'
import { listNominations } from './nominations.server.ts'
import { isUnopposedResult, type ReportNominations } from './report-document.ts'

/** What the returning officer's report is written from: a counted ballot (or an election declared unopposed) and who ran it. */
export interface ReportData {
  /** No commitment when the election was declared unopposed: there was no vote to commit to. */
  ballot: Ballot & { countedAt: Date }
  candidates: string[]
  /** The returning officer named for the ballot, else the officer who created it. */
  returningOfficer: string | null
  tierNames: Record<string, string>
  /** Only for a ballot that took nominations. */
  nominations?: ReportNominations
}

/** The report's data once the ballot is counted or its election declared unopposed; null before (or for no such ballot). */
export async function getReturningOfficerReport(db: Db, ballotId: string): Promise<ReportData | null> {
  const ballot = await getBallot(db, ballotId)
  if (!ballot || ballot.status !== 'scheduled' || !ballot.countedAt) return null
  if (!ballot.commitment && !isUnopposedResult(ballot.result)) return null
  const officerId = ballot.returningOfficerId ?? ballot.createdBy
  const [candidates, officer, tierNames, nominated] = await Promise.all([
    ballot.kind === 'election' ? listCandidates(db, ballot.id) : Promise.resolve([]),
    officerId ? db.select({ name: users.name }).from(users).where(eq(users.id, officerId)) : Promise.resolve([]),
    tierNameMap(db),
    ballot.nominationsCloseAt ? listNominations(db, ballot.id) : Promise.resolve(null),
  ])
  const withStatus = (status: string) => nominated?.filter((n) => n.status === status).length ?? 0
  return {
    ballot: ballot as ReportData['ballot'],
    candidates: candidates.map((c) => c.name),
    returningOfficer: officer[0]?.name ?? null,
    tierNames,
    ...(nominated
      ? {
          nominations: {
            received: nominated.filter((n) => n.status !== 'awaiting_acceptance').length,
            valid: withStatus('valid'),
            withdrawn: withStatus('withdrawn'),
            rejected: withStatus('rejected'),
          },
        }
      : {}),
  }
}
