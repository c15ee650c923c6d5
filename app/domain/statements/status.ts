import { msg } from '~/i18n/translate.ts'

/** A position statement's life: drafted, consulted on, adopted, reviewed, and finally replaced or withdrawn. */
export type StatementStatus = 'draft' | 'consultation' | 'adopted' | 'under_review' | 'superseded' | 'withdrawn'

export type StatementEvent = 'open_consultation' | 'close_consultation' | 'adopt' | 'vote_failed' | 'start_review' | 'reaffirm' | 'supersede' | 'withdraw'

/**
 * Allowed moves. Adopting publishes (by an officer, or automatically when a member ballot
 * passes); a failed vote sends a statement back to draft; only published statements can be
 * reviewed, superseded or withdrawn; superseded and withdrawn are final.
 */
const MOVES: Record<StatementStatus, Partial<Record<StatementEvent, StatementStatus>>> = {
  draft: { open_consultation: 'consultation', adopt: 'adopted' },
  consultation: { close_consultation: 'draft', adopt: 'adopted', vote_failed: 'draft' },
  adopted: { start_review: 'under_review', supersede: 'superseded', withdraw: 'withdrawn' },
  under_review: { reaffirm: 'adopted', adopt: 'adopted', supersede: 'superseded', withdraw: 'withdrawn' },
  superseded: {},
  withdrawn: {},
}

export function nextStatementStatus(status: StatementStatus, event: StatementEvent): StatementStatus | null {
  return MOVES[status][event] ?? null
}

/** Whether the public can read it: adopted, under review, or kept as a record once replaced or withdrawn. */
export function isPublic(status: StatementStatus) {
  return status === 'adopted' || status === 'under_review' || status === 'superseded' || status === 'withdrawn'
}

/** Message ids (app/i18n): show them with `t(...)`. */
export const STATEMENT_STATUS_LABELS: Record<StatementStatus, string> = {
  draft: msg('Draft'),
  consultation: msg('Open for consultation'),
  adopted: msg('Adopted'),
  under_review: msg('Under review'),
  superseded: msg('Superseded'),
  withdrawn: msg('Withdrawn'),
}
