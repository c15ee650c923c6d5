import type { Db } from '../../../db/client.server.ts'
import { memberships } from '../../../db/schema/index.ts'
import { eq } from 'drizzle-orm'
import type { Locale } from '~/i18n/locale.ts'
import { getElectionForNominations } from './nomination-pages.server.ts'
import { getNomination, supportsNomination } from './nominations.server.ts'

/**
 * A nomination as its pages show it, with who is looking: the nominee sees it in every state;
 * others never see one still waiting for the nominee to accept. Undefined when not to be shown.
 */
export async function getNominationView(db: Db, input: { ballotId: string; nominationId: string; userId: string | null; locale: Locale }) {
  const election = await getElectionForNominations(db, input.ballotId, input.locale)
  if (!election) return undefined
  const nomination = await getNomination(db, input.nominationId)
  if (!nomination || nomination.ballotId !== election.ballot.id) return undefined
  const [viewer] = input.userId ? await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, input.userId)) : []
  const isNominee = Boolean(viewer && viewer.id === nomination.membershipId)
  if (nomination.status === 'awaiting_acceptance' && !isNominee) return undefined
  // Welsh pages show the Welsh statement when the nominee wrote one, else the English (marked as English).
  const inWelsh = input.locale === 'cy' && Boolean(nomination.statementCyHtml)
  return {
    election,
    nomination: {
      id: nomination.id,
      name: nomination.name,
      status: nomination.status,
      statement: nomination.statement,
      statementCy: nomination.statementCy,
      statementHtml: inWelsh ? nomination.statementCyHtml : nomination.statementHtml,
      statementLang: inWelsh ? ('cy' as const) : ('en' as const),
      supporters: nomination.supportCount,
      rejectedReason: isNominee ? nomination.rejectedReason : null,
    },
    isNominee,
    supported: input.userId ? await supportsNomination(db, nomination.id, input.userId) : false,
  }
}
