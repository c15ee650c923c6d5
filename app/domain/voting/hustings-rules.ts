import { msg } from '~/i18n/translate.ts'
import { ballotPhase } from './lifecycle.ts'

/** Questions are up to this many characters: one question, read at a glance. */
export const QUESTION_MAX_LENGTH = 500
export const QUESTION_MIN_LENGTH = 10

type HustingsBallot = Parameters<typeof ballotPhase>[0] & { kind: 'motion' | 'election' }

/**
 * The hustings run from the close of nominations until voting closes, for an election that took
 * nominations and goes to a ballot (none when the candidates were elected unopposed).
 */
export function hustingsOpen(b: HustingsBallot, now: Date): boolean {
  if (b.kind !== 'election' || !b.nominationsCloseAt || !b.nominationsClosedAt) return false
  const phase = ballotPhase(b, now)
  return phase === 'scheduled' || phase === 'open'
}

/** Why the hustings take no questions or answers now: a message id, or null while they are open. */
export function hustingsClosedReason(b: HustingsBallot, now: Date): string | null {
  if (hustingsOpen(b, now)) return null
  if (b.nominationsCloseAt && !b.nominationsClosedAt) return msg('The hustings open when nominations close.')
  return msg('The hustings have closed.')
}

export const QUESTION_STATUS_LABELS = {
  pending: msg('Waiting for the moderator'),
  approved: msg('Approved'),
  rejected: msg('Rejected'),
} as const
