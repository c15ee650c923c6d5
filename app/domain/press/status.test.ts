import { describe, expect, it } from 'vitest'
import { nextBriefingStatus, releaseStep, type BriefingEvent, type BriefingStatus } from './status.ts'

const STATUSES: BriefingStatus[] = ['draft', 'awaiting_approval', 'scheduled', 'published', 'withdrawn']
const EVENTS: BriefingEvent[] = ['edit', 'request_approval', 'publish', 'embargo', 'return_to_draft', 'correct', 'reschedule', 'withdraw']

/** Written out independently of the module's table. */
const EXPECTED: Record<BriefingStatus, Partial<Record<BriefingEvent, BriefingStatus>>> = {
  draft: { edit: 'draft', request_approval: 'awaiting_approval', publish: 'published', embargo: 'scheduled' },
  awaiting_approval: { edit: 'awaiting_approval', publish: 'published', embargo: 'scheduled', return_to_draft: 'draft' },
  scheduled: { correct: 'scheduled', publish: 'published', reschedule: 'scheduled', withdraw: 'withdrawn' },
  published: { correct: 'published', withdraw: 'withdrawn' },
  withdrawn: {},
}

describe('briefing status machine', () => {
  for (const status of STATUSES) {
    for (const event of EVENTS) {
      const expected = EXPECTED[status][event] ?? null
      it(`${status} + ${event} → ${expected ?? 'refused'}`, () => expect(nextBriefingStatus(status, event)).toBe(expected))
    }
  }
})

describe('sending a briefing', () => {
  const drafter = 'officer-a'
  it('sends a draft at once when no second approval is required', () => {
    expect(releaseStep({ status: 'draft', approvalRequired: false, actorId: drafter, drafterId: drafter })).toEqual({ kind: 'send' })
  })
  it('asks for approval when a second officer must approve', () => {
    expect(releaseStep({ status: 'draft', approvalRequired: true, actorId: drafter, drafterId: drafter })).toEqual({ kind: 'request_approval' })
  })
  it('refuses to let the drafter approve their own briefing', () => {
    expect(releaseStep({ status: 'awaiting_approval', approvalRequired: true, actorId: drafter, drafterId: drafter }).kind).toBe('refused')
  })
  it('lets a second officer send it', () => {
    expect(releaseStep({ status: 'awaiting_approval', approvalRequired: true, actorId: 'officer-b', drafterId: drafter })).toEqual({ kind: 'send' })
  })
  it('lets the drafter send a waiting briefing once the setting is turned off', () => {
    expect(releaseStep({ status: 'awaiting_approval', approvalRequired: false, actorId: drafter, drafterId: drafter })).toEqual({ kind: 'send' })
  })
  it('refuses to send twice', () => {
    for (const status of ['scheduled', 'published', 'withdrawn'] as const) expect(releaseStep({ status, approvalRequired: false, actorId: drafter, drafterId: drafter }).kind).toBe('refused')
  })
})
