import { describe, expect, it } from 'vitest'
import { isPublic, nextStatementStatus, type StatementEvent, type StatementStatus } from './status.ts'

const STATUSES: StatementStatus[] = ['draft', 'consultation', 'adopted', 'under_review', 'superseded', 'withdrawn']
const EVENTS: StatementEvent[] = ['open_consultation', 'close_consultation', 'adopt', 'vote_failed', 'start_review', 'reaffirm', 'supersede', 'withdraw']

/** Every status × event, written out independently of the module's table. */
const EXPECTED: Record<StatementStatus, Partial<Record<StatementEvent, StatementStatus>>> = {
  draft: { open_consultation: 'consultation', adopt: 'adopted' },
  consultation: { close_consultation: 'draft', adopt: 'adopted', vote_failed: 'draft' },
  adopted: { start_review: 'under_review', supersede: 'superseded', withdraw: 'withdrawn' },
  under_review: { reaffirm: 'adopted', adopt: 'adopted', supersede: 'superseded', withdraw: 'withdrawn' },
  superseded: {},
  withdrawn: {},
}

describe('statement status machine', () => {
  for (const status of STATUSES) {
    for (const event of EVENTS) {
      const expected = EXPECTED[status][event] ?? null
      it(`${status} + ${event} → ${expected ?? 'refused'}`, () => {
        expect(nextStatementStatus(status, event)).toBe(expected)
      })
    }
  }

  it('shows the public only what was adopted, including what was later replaced or withdrawn', () => {
    expect(STATUSES.filter(isPublic)).toEqual(['adopted', 'under_review', 'superseded', 'withdrawn'])
  })
})
