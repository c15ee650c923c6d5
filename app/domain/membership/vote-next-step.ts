import type { MembershipStatus } from '../../../db/schema/index.ts'
import { effectiveStatus, votingEligibility } from './status.ts'
import { msg } from '~/i18n/translate.ts'

export interface VoteNextStep {
  /** Why this member cannot vote yet, in words they can act on: a message id (app/i18n) and its values. */
  reason: string
  values?: Record<string, string>
  /** What they can do about it; none when they only have to wait. */
  /** `label` is a message id. */
  action: { label: string; href: string; method: 'get' | 'post' } | null
}

export interface VoteNextStepInput {
  status: MembershipStatus
  pastDueSince: Date | null
  registrationNumber: string | null
  registrationVerifiedAt: Date | null
  registrationRejectedReason: string | null
  tier: { votingRights: boolean }
}

const REGISTRATION_FIELD = '/account/membership#field-registrationNumber'

/**
 * Why a member cannot vote yet and their next step, or null when they can vote. Eligibility itself
 * is decided by `votingEligibility`; this only explains it, in the same order it checks.
 */
export function voteNextStep(m: VoteNextStepInput, now: Date): VoteNextStep | null {
  if (votingEligibility(m, now).eligible) return null
  if (!m.tier.votingRights) {
    return { reason: msg('Your membership type does not carry a vote.'), action: { label: msg('Change your membership type'), href: '/account/membership', method: 'get' } }
  }
  const status = effectiveStatus(m, now)
  if (status === 'pending_payment') {
    return { reason: msg('Your membership starts when your first payment reaches us.'), action: { label: msg('Continue to payment'), href: '/join/pay', method: 'post' } }
  }
  if (status === 'lapsed' || status === 'cancelled' || status === 'resigned') {
    return { reason: msg('Your membership has ended. Renew it to vote again.'), action: { label: msg('Renew your membership'), href: '/join', method: 'get' } }
  }
  if (status !== 'active' && status !== 'past_due') {
    return { reason: msg('Your membership is not in good standing yet.'), action: null }
  }
  if (!m.registrationNumber) {
    return {
      reason: msg('We need your registration number with your regulator, to check you are a registered social worker.'),
      action: { label: msg('Add your registration number'), href: REGISTRATION_FIELD, method: 'get' },
    }
  }
  if (m.registrationRejectedReason) {
    return {
      reason: msg('We could not verify your registration number: {reason}'),
      values: { reason: m.registrationRejectedReason },
      action: { label: msg('Correct your registration number'), href: REGISTRATION_FIELD, method: 'get' },
    }
  }
  return { reason: msg('An officer is checking your registration number with your regulator, usually within two working days. You can vote once it is verified.'), action: null }
}
