import { describe, expect, it } from 'vitest'
import { reminderDueAt } from './reminders.ts'

const HOUR = 3_600_000
const ballot = (openHours: number) => ({ opensAt: new Date(Date.UTC(2026, 11, 1, 9)), closesAt: new Date(Date.UTC(2026, 11, 1, 9) + openHours * HOUR) })

describe('when electors who have not voted are reminded', () => {
  it('is 48 hours before close for a ballot open four days or more', () => {
    for (const hours of [96, 7 * 24, 30 * 24]) {
      const b = ballot(hours)
      expect(b.closesAt.getTime() - reminderDueAt(b).getTime()).toBe(48 * HOUR)
    }
  })

  it('is half-way through a shorter ballot, never at its opening', () => {
    for (const hours of [1, 24, 48, 72, 95]) {
      const b = ballot(hours)
      expect(reminderDueAt(b).getTime()).toBe(b.opensAt.getTime() + (hours / 2) * HOUR)
      expect(reminderDueAt(b).getTime()).toBeGreaterThan(b.opensAt.getTime())
    }
  })
})
