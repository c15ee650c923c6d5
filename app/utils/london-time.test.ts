import { describe, expect, it } from 'vitest'
import { ambiguousTime, formatLondon, formatLondonStamp, formatLondonTime, fromLondonLocal, parseLondonLocal, toLondonLocal, withZone, zoneAt } from './london-time.ts'

const problem = (value: string) => {
  const result = parseLondonLocal(value)
  return result.ok ? null : { problem: result.problem, message: result.message }
}

describe('London time', () => {
  it('reads winter times as UTC and summer times as UTC+1', () => {
    expect(fromLondonLocal('2026-12-01T09:00')!.toISOString()).toBe('2026-12-01T09:00:00.000Z')
    expect(fromLondonLocal('2026-07-01T09:00')!.toISOString()).toBe('2026-07-01T08:00:00.000Z')
    expect(fromLondonLocal('2026-07-01T09:00:30')!.toISOString()).toBe('2026-07-01T08:00:30.000Z')
    expect(fromLondonLocal('2026-07-01T09:00:60')).toBeNull()
  })

  it('refuses nonsense', () => {
    expect(problem('tomorrow')?.problem).toBe('format')
    expect(problem('2026-13-45T99:99')?.problem).toBe('format')
    expect(problem('2026-12-01T24:00')?.problem).toBe('format')
  })

  it('refuses dates that do not exist, saying which', () => {
    expect(problem('2027-02-30T10:00')).toEqual({ problem: 'impossible', message: '30 February 2027 does not exist' })
    expect(problem('2026-04-31T09:00')).toEqual({ problem: 'impossible', message: '31 April 2026 does not exist' })
    expect(problem('2027-02-29T09:00')).toEqual({ problem: 'impossible', message: '29 February 2027 does not exist: 2027 is not a leap year' })
    expect(fromLondonLocal('2028-02-29T09:00')!.toISOString()).toBe('2028-02-29T09:00:00.000Z')
    expect(fromLondonLocal('2027-02-30T10:00')).toBeNull()
  })

  it('refuses the hour skipped when clocks go forward', () => {
    expect(problem('2027-03-28T01:30')).toEqual({
      problem: 'gap',
      message: 'Clocks go forward at 01:00 on Sunday 28 March 2027, so 01:30 does not exist that day. Choose 02:00 or later, or a time before 01:00',
    })
    expect(problem('2026-03-29T01:00')?.problem).toBe('gap')
    expect(fromLondonLocal('2026-03-29T00:59')!.toISOString()).toBe('2026-03-29T00:59:00.000Z')
    expect(fromLondonLocal('2026-03-29T02:00')!.toISOString()).toBe('2026-03-29T01:00:00.000Z')
  })

  it('asks which one is meant in the hour that happens twice when clocks go back', () => {
    const asked = problem('2026-10-25T01:30')
    expect(asked).toEqual({
      problem: 'ambiguous',
      message: 'Clocks go back at 02:00 on Sunday 25 October 2026, so 01:30 happens twice that day. Choose 01:30 BST (the first) or 01:30 GMT (the second)',
    })
    expect(ambiguousTime(asked!.message)).toBe('01:30')
    expect(ambiguousTime('30 February 2027 does not exist')).toBeNull()
    expect(fromLondonLocal('2026-10-25T01:30')).toBeNull()
    expect(fromLondonLocal('2026-10-25T01:30', 'BST')!.toISOString()).toBe('2026-10-25T00:30:00.000Z')
    expect(fromLondonLocal('2026-10-25T01:30', 'GMT')!.toISOString()).toBe('2026-10-25T01:30:00.000Z')
    expect(fromLondonLocal('2026-10-25T01:30 GMT')!.toISOString()).toBe('2026-10-25T01:30:00.000Z')
    expect(fromLondonLocal(withZone('2026-10-25T01:30', 'BST') as string)!.toISOString()).toBe('2026-10-25T00:30:00.000Z')
    // The hour either side is not ambiguous, and a choice given for it changes nothing.
    expect(fromLondonLocal('2026-10-25T00:59', 'GMT')!.toISOString()).toBe('2026-10-24T23:59:00.000Z')
    expect(fromLondonLocal('2026-10-25T02:00', 'BST')!.toISOString()).toBe('2026-10-25T02:00:00.000Z')
  })

  it('says GMT or BST in every shown time', () => {
    expect(formatLondon(new Date('2026-12-01T00:01:00Z'))).toBe('00:01 GMT, Tuesday 1 December 2026')
    expect(formatLondon('2026-07-01T13:30:00Z')).toBe('14:30 BST, Wednesday 1 July 2026')
    expect(formatLondon('2026-10-25T00:30:00Z')).toBe('01:30 BST, Sunday 25 October 2026')
    expect(formatLondon('2026-10-25T01:30:00Z')).toBe('01:30 GMT, Sunday 25 October 2026')
    expect(formatLondonTime('2026-03-29T01:00:00Z')).toBe('02:00 BST')
    expect(formatLondonTime('2026-03-29T00:59:30Z', { seconds: true })).toBe('00:59:30 GMT')
    expect(formatLondonStamp('2026-11-28T20:15:41Z')).toBe('28/11/2026 20:15:41 GMT')
  })

  it('round-trips across both clock changes', () => {
    for (const v of ['2026-03-29T00:30', '2026-03-29T03:30', '2026-10-25T00:30', '2026-10-25T02:30', '2026-10-25T12:00', '2027-01-15T17:45']) {
      expect(toLondonLocal(fromLondonLocal(v)!)).toBe(v)
    }
    // Every quarter hour through both change days: the local value and its zone give back the instant.
    for (const start of ['2026-03-28T23:00:00Z', '2026-10-24T22:00:00Z']) {
      for (let i = 0; i < 24 * 4; i++) {
        const at = new Date(Date.parse(start) + i * 15 * 60_000)
        expect(fromLondonLocal(toLondonLocal(at), zoneAt(at))!.toISOString()).toBe(at.toISOString())
      }
    }
  })
})
