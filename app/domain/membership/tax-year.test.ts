import { describe, expect, it } from 'vitest'
import { taxYear, taxYearOf } from './tax-year.ts'

describe('UK tax years', () => {
  it('run from 6 April to 5 April in UK time (BST at both ends)', () => {
    const year = taxYear(2026)
    expect(year.start.toISOString()).toBe('2026-04-05T23:00:00.000Z')
    expect(year.end.toISOString()).toBe('2027-04-05T23:00:00.000Z')
    expect(year.label).toBe('6 April 2026 to 5 April 2027')
  })

  it('place an instant by its UK date', () => {
    expect(taxYearOf(new Date('2026-04-05T22:59:59Z'))).toBe(2025)
    expect(taxYearOf(new Date('2026-04-05T23:00:00Z'))).toBe(2026)
    expect(taxYearOf(new Date('2027-01-15T12:00:00Z'))).toBe(2026)
    expect(taxYearOf(new Date('2026-12-31T23:30:00Z'))).toBe(2026)
  })
})
