import { describe, expect, it } from 'vitest'
import { describeDeadline, isEnquiryClosed, nextEnquiryStatus, type EnquiryEvent, type EnquiryStatus } from './enquiry-status.ts'

const STATUSES: EnquiryStatus[] = ['open', 'assigned', 'answered', 'declined']
const EVENTS: EnquiryEvent[] = ['assign', 'answer', 'decline']

/** Every status × event, written out independently of the module's table. */
const EXPECTED: Record<EnquiryStatus, Record<EnquiryEvent, EnquiryStatus | null>> = {
  open: { assign: 'assigned', answer: 'answered', decline: 'declined' },
  assigned: { assign: 'assigned', answer: 'answered', decline: 'declined' },
  answered: { assign: null, answer: null, decline: null },
  declined: { assign: null, answer: null, decline: null },
}

describe('media enquiry status machine', () => {
  for (const status of STATUSES) {
    for (const event of EVENTS) {
      const expected = EXPECTED[status][event]
      it(`${status} + ${event} → ${expected ?? 'refused'}`, () => {
        expect(nextEnquiryStatus(status, event)).toBe(expected)
      })
    }
  }

  it('treats only answered and declined as closed', () => {
    expect(STATUSES.filter(isEnquiryClosed)).toEqual(['answered', 'declined'])
  })
})

describe('deadline countdown', () => {
  const now = new Date('2026-12-07T10:00:00Z')
  const plus = (minutes: number) => new Date(now.getTime() + minutes * 60_000)

  it('counts down in days, hours and minutes', () => {
    expect(describeDeadline(plus(130), now)).toEqual({ text: 'due in 2 h 10 min', overdue: false, urgent: false })
    expect(describeDeadline(plus(119), now)).toEqual({ text: 'due in 1 h 59 min', overdue: false, urgent: true })
    expect(describeDeadline(plus(60), now).text).toBe('due in 1 h')
    expect(describeDeadline(plus(45.5), now).text).toBe('due in 45 min')
    expect(describeDeadline(plus(0.5), now).text).toBe('due in less than a minute')
    expect(describeDeadline(plus(24 * 60), now).text).toBe('due in 1 day')
    expect(describeDeadline(plus(3 * 24 * 60 + 4 * 60 + 20), now).text).toBe('due in 3 days 4 h')
  })

  it('says how overdue, and from the very moment of the deadline', () => {
    expect(describeDeadline(now, now)).toEqual({ text: 'overdue by less than a minute', overdue: true, urgent: true })
    expect(describeDeadline(plus(-35), now).text).toBe('overdue by 35 min')
    expect(describeDeadline(plus(-(26 * 60)), now).text).toBe('overdue by 1 day 2 h')
  })
})
