import { msg } from '~/i18n/translate.ts'

/** A briefing's life. Whether a scheduled one is public yet is the embargo clock's business (embargo.ts). */
export type BriefingStatus = 'draft' | 'awaiting_approval' | 'scheduled' | 'published' | 'withdrawn'

export type BriefingEvent = 'edit' | 'request_approval' | 'publish' | 'embargo' | 'return_to_draft' | 'correct' | 'reschedule' | 'withdraw'

/**
 * Allowed moves. A draft is sent at once (publish or embargo) unless a second officer must
 * approve, in which case it waits; approving sends it as requested. Once sent, a briefing is
 * corrected (a new version) rather than edited, may be lifted early or rescheduled while under
 * embargo, and may be withdrawn. Withdrawn is final.
 */
const MOVES: Record<BriefingStatus, Partial<Record<BriefingEvent, BriefingStatus>>> = {
  draft: { edit: 'draft', request_approval: 'awaiting_approval', publish: 'published', embargo: 'scheduled' },
  awaiting_approval: { edit: 'awaiting_approval', publish: 'published', embargo: 'scheduled', return_to_draft: 'draft' },
  scheduled: { correct: 'scheduled', publish: 'published', reschedule: 'scheduled', withdraw: 'withdrawn' },
  published: { correct: 'published', withdraw: 'withdrawn' },
  withdrawn: {},
}

export function nextBriefingStatus(status: BriefingStatus, event: BriefingEvent): BriefingStatus | null {
  return MOVES[status][event] ?? null
}

/**
 * What pressing "Publish now" or "Embargo until" does: send, or ask for approval. The drafter
 * can never approve their own briefing.
 */
export function releaseStep(input: {
  status: BriefingStatus
  approvalRequired: boolean
  actorId: string
  drafterId: string | null
}): { kind: 'send' } | { kind: 'request_approval' } | { kind: 'refused'; reason: string } {
  if (input.status === 'draft') return input.approvalRequired ? { kind: 'request_approval' } : { kind: 'send' }
  if (input.status === 'awaiting_approval') {
    if (!input.approvalRequired) return { kind: 'send' }
    if (input.drafterId === input.actorId) return { kind: 'refused', reason: msg('A second officer must approve this briefing: you drafted it, so someone else has to send it.') }
    return { kind: 'send' }
  }
  return { kind: 'refused', reason: msg('This briefing has already been sent.') }
}

export const BRIEFING_STATUS_LABELS: Record<BriefingStatus, string> = {
  draft: msg('Draft'),
  awaiting_approval: msg('Awaiting approval'),
  scheduled: msg('Under embargo'),
  published: msg('Published'),
  withdrawn: msg('Withdrawn'),
}
