import { describe, expect, it } from 'vitest'
import type { MembershipStatus } from '../../../db/schema/index.ts'
import { effectiveStatus, nextStatus, votingEligibility, type MembershipEvent } from './status.ts'

const STATUSES: MembershipStatus[] = ['pending_payment', 'payment_processing', 'active', 'past_due', 'lapsed', 'cancelled', 'resigned']
const EVENTS: MembershipEvent['type'][] = ['payment_succeeded', 'payment_processing', 'payment_failed', 'grace_expired', 'subscription_ended', 'resigned']

/** Every state × event, written out: the whole machine at a glance. */
const EXPECTED: Record<MembershipStatus, Record<MembershipEvent['type'], MembershipStatus | null>> = {
  pending_payment: { payment_succeeded: 'active', payment_processing: 'payment_processing', payment_failed: null, grace_expired: null, subscription_ended: 'cancelled', resigned: 'resigned' },
  payment_processing: { payment_succeeded: 'active', payment_processing: null, payment_failed: 'pending_payment', grace_expired: null, subscription_ended: 'cancelled', resigned: 'resigned' },
  active: { payment_succeeded: null, payment_processing: null, payment_failed: 'past_due', grace_expired: null, subscription_ended: 'cancelled', resigned: 'resigned' },
  past_due: { payment_succeeded: 'active', payment_processing: null, payment_failed: null, grace_expired: 'lapsed', subscription_ended: 'cancelled', resigned: 'resigned' },
  lapsed: { payment_succeeded: 'active', payment_processing: null, payment_failed: null, grace_expired: null, subscription_ended: 'cancelled', resigned: 'resigned' },
  cancelled: { payment_succeeded: 'active', payment_processing: null, payment_failed: null, grace_expired: null, subscription_ended: null, resigned: 'resigned' },
  resigned: { payment_succeeded: null, payment_processing: null, payment_failed: null, grace_expired: null, subscription_ended: null, resigned: null },
}

describe('membership status machine', () => {
  for (const status of STATUSES) {
    for (const event of EVENTS) {
      it(`${status} + ${event} → ${EXPECTED[status][event] ?? 'no change'}`, () => {
        expect(nextStatus(status, { type: event } as MembershipEvent)).toBe(EXPECTED[status][event])
      })
    }
  }
})

const day = 86_400_000
const now = new Date('2026-11-25T12:00:00Z')

describe('effectiveStatus', () => {
  it('treats past due beyond the grace period as lapsed', () => {
    expect(effectiveStatus({ status: 'past_due', pastDueSince: new Date(now.getTime() - 29 * day) }, now)).toBe('past_due')
    expect(effectiveStatus({ status: 'past_due', pastDueSince: new Date(now.getTime() - 31 * day) }, now)).toBe('lapsed')
    expect(effectiveStatus({ status: 'past_due', pastDueSince: new Date(now.getTime() - 8 * day) }, now, 7)).toBe('lapsed')
    expect(effectiveStatus({ status: 'active', pastDueSince: null }, now)).toBe('active')
  })
})

describe('votingEligibility', () => {
  const member = { status: 'active' as MembershipStatus, pastDueSince: null, registrationVerifiedAt: new Date(now.getTime() - day), tier: { votingRights: true } }

  it('allows a verified member of a voting tier in good standing, or within grace', () => {
    expect(votingEligibility(member, now)).toEqual({ eligible: true })
    expect(votingEligibility({ ...member, status: 'past_due', pastDueSince: new Date(now.getTime() - 10 * day) }, now)).toEqual({ eligible: true })
  })

  it.each([
    ['nobody', null, /Only members/],
    ['a non-voting tier', { ...member, tier: { votingRights: false } }, /tier does not carry a vote/],
    ['an unverified registration', { ...member, registrationVerifiedAt: null }, /not been verified/],
    ['past due beyond grace', { ...member, status: 'past_due' as const, pastDueSince: new Date(now.getTime() - 40 * day) }, /not in good standing/],
    ['pending payment', { ...member, status: 'pending_payment' as const }, /not in good standing/],
    ['a Direct Debit still clearing', { ...member, status: 'payment_processing' as const }, /Direct Debit payment is being processed/],
    ['lapsed', { ...member, status: 'lapsed' as const }, /not in good standing/],
    ['cancelled', { ...member, status: 'cancelled' as const }, /not in good standing/],
    ['resigned', { ...member, status: 'resigned' as const }, /not in good standing/],
  ])('refuses %s, saying why', (_, input, reason) => {
    const result = votingEligibility(input, now)
    expect(result.eligible).toBe(false)
    if (!result.eligible) expect(result.reason).toMatch(reason)
  })
})
