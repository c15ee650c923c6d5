import type { MembershipStatus } from '../../../db/schema/index.ts'
import { msg } from '~/i18n/translate.ts'

export const GRACE_DAYS = 30

export type MembershipEvent =
  | { type: 'payment_succeeded' }
  /** A Direct Debit was set up and its first payment is on its way (Bacs takes about 3 working days). */
  | { type: 'payment_processing' }
  | { type: 'payment_failed' }
  | { type: 'grace_expired' }
  | { type: 'subscription_ended' }
  | { type: 'resigned' }

/**
 * The membership lifecycle:
 * pending payment → (payment processing, while a first Direct Debit clears) → active → past due
 * (grace period) → lapsed; a first Direct Debit that fails goes back to pending payment; Stripe ending the subscription
 * cancels; the member leaving resigns. Paying again revives a past-due, lapsed or cancelled
 * membership. Resigned is final. Returns null when the event does not apply in that state.
 */
export function nextStatus(status: MembershipStatus, event: MembershipEvent): MembershipStatus | null {
  if (status === 'resigned') return null
  switch (event.type) {
    case 'payment_succeeded':
      return status === 'active' ? null : 'active'
    case 'payment_processing':
      return status === 'pending_payment' ? 'payment_processing' : null
    case 'payment_failed':
      if (status === 'payment_processing') return 'pending_payment'
      return status === 'active' ? 'past_due' : null
    case 'grace_expired':
      return status === 'past_due' ? 'lapsed' : null
    case 'subscription_ended':
      return status === 'cancelled' ? null : 'cancelled'
    case 'resigned':
      return 'resigned'
  }
}

/** Past due beyond the grace period counts as lapsed at once, before the nightly sweep records it. */
export function effectiveStatus(m: { status: MembershipStatus; pastDueSince: Date | null }, now: Date, graceDays = GRACE_DAYS): MembershipStatus {
  if (m.status === 'past_due' && m.pastDueSince && now.getTime() - m.pastDueSince.getTime() > graceDays * 86_400_000) return 'lapsed'
  return m.status
}

export interface EligibilityInput {
  status: MembershipStatus
  pastDueSince: Date | null
  registrationVerifiedAt: Date | null
  tier: { votingRights: boolean }
}

export type Eligibility = { eligible: true } | { eligible: false; reason: string }

/** Who may vote: a voting tier, in good standing (or within grace), with a verified registration. The only place this is decided. */
export function votingEligibility(m: EligibilityInput | null, now: Date, graceDays = GRACE_DAYS): Eligibility {
  if (!m) return { eligible: false, reason: msg('Only members can vote. Join Chorus to take part.') }
  if (!m.tier.votingRights) return { eligible: false, reason: msg('Your membership tier does not carry a vote.') }
  const status = effectiveStatus(m, now, graceDays)
  if (status === 'payment_processing') return { eligible: false, reason: PROCESSING_MESSAGE }
  if (status !== 'active' && status !== 'past_due') {
    return { eligible: false, reason: msg('Your membership is not in good standing. Renew it to vote.') }
  }
  if (!m.registrationVerifiedAt) return { eligible: false, reason: msg('Your registration number has not been verified yet.') }
  return { eligible: true }
}

/** What a member paying by Direct Debit is told while the first payment clears. */
const PROCESSING_MESSAGE = msg('Your Direct Debit payment is being processed; it usually takes 3 working days. You can vote once it has cleared.')

export const STATUS_LABELS: Record<MembershipStatus, string> = {
  pending_payment: msg('Waiting for payment'),
  payment_processing: msg('Direct Debit payment processing'),
  active: msg('Active'),
  past_due: msg('Payment overdue'),
  lapsed: msg('Lapsed'),
  cancelled: msg('Cancelled'),
  resigned: msg('Resigned'),
}
