import type { Db } from '../../../db/client.server.ts'
import type { Locale } from '~/i18n/locale.ts'
import { formatLondon } from '~/utils/london-time.ts'
import { getBallot } from './ballots.server.ts'
import { electorateSummary, tierNameMap } from './electorate.server.ts'
import { ballotPhase } from './lifecycle.ts'
import { settleNominations } from './nominations.server.ts'

/** An election that takes nominations, settled (closed if its time has come), with its rules as a page shows them; undefined when there is none. */
export async function getElectionForNominations(db: Db, ballotId: string, locale: Locale, now = new Date()) {
  const found = await getBallot(db, ballotId)
  if (!found || !found.nominationsCloseAt || found.status === 'draft') return undefined
  const ballot = await settleNominations(db, found, now)
  const phase = ballotPhase(ballot, now)
  const names = await tierNameMap(db)
  return {
    ballot,
    phase,
    view: {
      id: ballot.id,
      title: ballot.title,
      description: ballot.description,
      seats: ballot.seats ?? 1,
      taking: phase === 'nominations',
      nominationsClose: formatLondon(ballot.nominationsCloseAt!, locale),
      opens: formatLondon(ballot.opensAt, locale),
      closes: formatLondon(ballot.closesAt, locale),
      supportersNeeded: ballot.supportersNeeded ?? 0,
      wordLimit: ballot.statementWordLimit ?? 0,
      standTiers: ballot.standTiers.map((id) => names[id] ?? id),
      standMinYears: ballot.standMinYears,
      candidateOrder: ballot.candidateOrder ?? 'alphabetical',
      unopposed: Boolean(ballot.countedAt && (ballot.result as { unopposed?: boolean } | null)?.unopposed),
    },
    electorate: await electorateSummary(db, ballot, locale, { count: phase === 'nominations' }),
  }
}
