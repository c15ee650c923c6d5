import { describe, expect, it } from 'vitest'
import { hustingsClosedReason, hustingsOpen } from './hustings-rules.ts'

const at = (minutes: number) => new Date(Date.UTC(2027, 0, 10, 12, minutes))
const election = { kind: 'election' as const, status: 'scheduled' as const, nominationsCloseAt: at(0), nominationsClosedAt: at(0), opensAt: at(30), closesAt: at(50), countedAt: null }

describe('the hustings window', () => {
  it('opens when nominations have closed and closes with voting', () => {
    expect(hustingsOpen({ ...election, nominationsClosedAt: null }, at(-5))).toBe(false)
    expect(hustingsClosedReason({ ...election, nominationsClosedAt: null }, at(-5))).toBe('The hustings open when nominations close.')
    expect(hustingsOpen(election, at(10))).toBe(true)
    expect(hustingsOpen(election, at(40))).toBe(true)
    expect(hustingsOpen(election, at(50))).toBe(false)
    expect(hustingsClosedReason(election, at(50))).toBe('The hustings have closed.')
  })

  it('never opens for candidates elected unopposed, a cancelled election or a motion', () => {
    expect(hustingsOpen({ ...election, countedAt: at(0) }, at(10))).toBe(false)
    expect(hustingsOpen({ ...election, status: 'cancelled' }, at(10))).toBe(false)
    expect(hustingsOpen({ ...election, kind: 'motion' }, at(10))).toBe(false)
    expect(hustingsOpen({ ...election, nominationsCloseAt: null, nominationsClosedAt: null }, at(10))).toBe(false)
  })
})
