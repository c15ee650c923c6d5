import { describe, expect, it } from 'vitest'
import { translate } from '~/i18n/translate.ts'
import { voteNextStep, type VoteNextStepInput } from './vote-next-step.ts'

const now = new Date('2026-11-28T12:00:00Z')
const day = 86_400_000
const member: VoteNextStepInput = {
  status: 'active',
  pastDueSince: null,
  registrationNumber: 'SW123',
  registrationVerifiedAt: new Date(now.getTime() - day),
  registrationRejectedReason: null,
  tier: { votingRights: true },
}

describe('the next step to voting', () => {
  it('is none for a member who can vote, including within the grace period', () => {
    expect(voteNextStep(member, now)).toBeNull()
    expect(voteNextStep({ ...member, status: 'past_due', pastDueSince: new Date(now.getTime() - 2 * day) }, now)).toBeNull()
  })

  it.each([
    ['a non-voting type', { tier: { votingRights: false } }, /does not carry a vote/, '/account/membership'],
    ['an unpaid application', { status: 'pending_payment' as const }, /first payment/, '/join/pay'],
    ['a lapsed membership', { status: 'lapsed' as const }, /has ended/, '/join'],
    ['overdue beyond the grace period', { status: 'past_due' as const, pastDueSince: new Date(now.getTime() - 60 * day) }, /has ended/, '/join'],
    ['no registration number', { registrationNumber: null, registrationVerifiedAt: null }, /need your registration number/, '/account/membership#field-registrationNumber'],
    [
      'a number that could not be verified',
      { registrationVerifiedAt: null, registrationRejectedReason: 'No such number on the register.' },
      /No such number on the register/,
      '/account/membership#field-registrationNumber',
    ],
  ])('for %s says why and links to what to do', (_, change, reason, href) => {
    const step = voteNextStep({ ...member, ...change }, now)!
    expect(translate('en', step.reason, step.values)).toMatch(reason)
    expect(step.action?.href).toBe(href)
  })

  it('for a number waiting to be checked says who checks it and how long it takes, with nothing to do', () => {
    const step = voteNextStep({ ...member, registrationVerifiedAt: null }, now)!
    expect(step.reason).toMatch(/An officer is checking .* usually within two working days/)
    expect(step.action).toBeNull()
  })
})
