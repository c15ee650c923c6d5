import { describe, expect, it } from 'vitest'
import { fromLondonLocal, toLondonLocal } from './london-time.ts'

describe('London time', () => {
  it('reads winter times as UTC and summer times as UTC+1', () => {
    expect(fromLondonLocal('2026-12-01T09:00')!.toISOString()).toBe('2026-12-01T09:00:00.000Z')
    expect(fromLondonLocal('2026-07-01T09:00')!.toISOString()).toBe('2026-07-01T08:00:00.000Z')
    expect(fromLondonLocal('2026-07-01T09:00:30')!.toISOString()).toBe('2026-07-01T08:00:30.000Z')
    expect(fromLondonLocal('2026-07-01T09:00:60')).toBeNull()
  })
  it('round-trips', () => {
    for (const v of ['2026-03-29T03:30', '2026-10-25T12:00', '2027-01-15T17:45']) expect(toLondonLocal(fromLondonLocal(v)!)).toBe(v)
  })
  it('refuses nonsense', () => {
    expect(fromLondonLocal('tomorrow')).toBeNull()
    expect(fromLondonLocal('2026-13-45T99:99')).toBeNull()
  })
})
