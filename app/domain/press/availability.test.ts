import { describe, expect, it } from 'vitest'
import { availabilityLabel, describeAvailability, formatAvailability, isAvailableAt, nextAvailableAt, parseAvailability, type AvailabilityWindow } from './availability.ts'

const at = (iso: string) => new Date(iso)
const parse = (text: string) => {
  const result = parseAvailability(text)
  if (!result.ok) throw new Error(result.message)
  return result.windows
}
const officeHours: AvailabilityWindow[] = [{ kind: 'weekly', days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }]

describe('isAvailableAt: weekly windows on the London wall clock', () => {
  it('in winter (GMT), 09:00–17:00 London is 09:00–17:00 UTC', () => {
    // Monday 7 December 2026
    expect(isAvailableAt(officeHours, at('2026-12-07T08:59:00Z'))).toBe(false)
    expect(isAvailableAt(officeHours, at('2026-12-07T09:00:00Z'))).toBe(true)
    expect(isAvailableAt(officeHours, at('2026-12-07T16:59:00Z'))).toBe(true)
    expect(isAvailableAt(officeHours, at('2026-12-07T17:00:00Z'))).toBe(false)
  })

  it('in summer (BST), 09:00–17:00 London is 08:00–16:00 UTC', () => {
    // Monday 6 July 2026
    expect(isAvailableAt(officeHours, at('2026-07-06T07:59:00Z'))).toBe(false)
    expect(isAvailableAt(officeHours, at('2026-07-06T08:00:00Z'))).toBe(true)
    expect(isAvailableAt(officeHours, at('2026-07-06T15:59:00Z'))).toBe(true)
    expect(isAvailableAt(officeHours, at('2026-07-06T16:00:00Z'))).toBe(false)
  })

  it('follows the clocks across the spring change (Sunday 29 March 2026)', () => {
    // Friday before: GMT. Monday after: BST.
    expect(isAvailableAt(officeHours, at('2026-03-27T09:00:00Z'))).toBe(true)
    expect(isAvailableAt(officeHours, at('2026-03-27T08:30:00Z'))).toBe(false)
    expect(isAvailableAt(officeHours, at('2026-03-30T08:30:00Z'))).toBe(true)
    expect(isAvailableAt(officeHours, at('2026-03-30T16:30:00Z'))).toBe(false)
    // 02:00–03:00 London on the change night begins at 01:00 UTC, the moment the clocks jump.
    const night: AvailabilityWindow[] = [{ kind: 'weekly', days: [7], from: '02:00', to: '03:00' }]
    expect(isAvailableAt(night, at('2026-03-29T00:59:00Z'))).toBe(false)
    expect(isAvailableAt(night, at('2026-03-29T01:00:00Z'))).toBe(true)
    expect(isAvailableAt(night, at('2026-03-29T01:59:00Z'))).toBe(true)
    expect(isAvailableAt(night, at('2026-03-29T02:00:00Z'))).toBe(false)
  })

  it('covers the repeated hour twice across the autumn change (Sunday 25 October 2026)', () => {
    const night: AvailabilityWindow[] = [{ kind: 'weekly', days: [7], from: '01:00', to: '02:00' }]
    expect(isAvailableAt(night, at('2026-10-24T23:59:00Z'))).toBe(false) // 00:59 BST
    expect(isAvailableAt(night, at('2026-10-25T00:30:00Z'))).toBe(true) // 01:30 BST
    expect(isAvailableAt(night, at('2026-10-25T01:30:00Z'))).toBe(true) // 01:30 GMT
    expect(isAvailableAt(night, at('2026-10-25T02:00:00Z'))).toBe(false) // 02:00 GMT
  })

  it('reads the weekday in London, not UTC, near midnight in summer', () => {
    const sundays: AvailabilityWindow[] = [{ kind: 'weekly', days: [7], from: '00:00', to: '24:00' }]
    // 23:30 UTC on Saturday 4 July 2026 is 00:30 on Sunday in London.
    expect(isAvailableAt(sundays, at('2026-07-04T23:30:00Z'))).toBe(true)
    expect(isAvailableAt(sundays, at('2026-07-05T22:59:00Z'))).toBe(true)
    expect(isAvailableAt(sundays, at('2026-07-05T23:00:00Z'))).toBe(false)
  })

  it('adds dated windows and lets absences override everything', () => {
    const windows = parse('Mon-Fri 09:00-17:00\n2026-12-05 10:00-14:00\nAway 2026-12-08 to 2026-12-09')
    expect(isAvailableAt(windows, at('2026-12-05T11:00:00Z'))).toBe(true) // a Saturday, dated window
    expect(isAvailableAt(windows, at('2026-12-05T14:00:00Z'))).toBe(false)
    expect(isAvailableAt(windows, at('2026-12-08T10:00:00Z'))).toBe(false) // Tuesday, away
    expect(isAvailableAt(windows, at('2026-12-09T16:00:00Z'))).toBe(false) // Wednesday, last day away
    expect(isAvailableAt(windows, at('2026-12-10T09:00:00Z'))).toBe(true)
  })

  it('is never available with no windows', () => {
    expect(isAvailableAt([], at('2026-12-07T10:00:00Z'))).toBe(false)
    expect(nextAvailableAt([], at('2026-12-07T10:00:00Z'))).toBeNull()
  })
})

describe('nextAvailableAt', () => {
  it('is now when available now', () => {
    const now = at('2026-12-07T10:15:00Z')
    expect(nextAvailableAt(officeHours, now)).toEqual(now)
  })

  it('finds the next morning, and Monday after a Friday evening', () => {
    expect(nextAvailableAt(officeHours, at('2026-12-07T18:00:00Z'))).toEqual(at('2026-12-08T09:00:00Z'))
    expect(nextAvailableAt(officeHours, at('2026-12-11T17:30:00Z'))).toEqual(at('2026-12-14T09:00:00Z'))
  })

  it('lands on London 09:00 across the spring change', () => {
    // Friday 27 March 2026 evening (GMT) → Monday 30 March 09:00 BST = 08:00 UTC
    expect(nextAvailableAt(officeHours, at('2026-03-27T18:00:00Z'))).toEqual(at('2026-03-30T08:00:00Z'))
    // and back across the autumn change: Friday 23 October (BST) → Monday 26 October 09:00 GMT
    expect(nextAvailableAt(officeHours, at('2026-10-23T17:00:00Z'))).toEqual(at('2026-10-26T09:00:00Z'))
  })

  it('skips an absence and picks up an earlier one-off window', () => {
    const windows = parse('Mon-Fri 09:00-17:00\nAway 2026-12-14 to 2026-12-16\n2026-12-13 18:00-20:00')
    // Friday evening: the Sunday one-off comes first
    expect(nextAvailableAt(windows, at('2026-12-11T18:00:00Z'))).toEqual(at('2026-12-13T18:00:00Z'))
    // Sunday night: away Mon–Wed, so Thursday
    expect(nextAvailableAt(windows, at('2026-12-13T21:00:00Z'))).toEqual(at('2026-12-17T09:00:00Z'))
  })

  it('returns null beyond the horizon', () => {
    const windows = parse('2027-03-01 09:00-10:00')
    expect(nextAvailableAt(windows, at('2026-12-01T09:00:00Z'))).toBeNull()
    expect(nextAvailableAt(windows, at('2027-02-20T09:00:00Z'))).toEqual(at('2027-03-01T09:00:00Z'))
  })

  it('agrees with trying every quarter hour, across both clock changes, absences and one-off windows', () => {
    // A small fixed generator, so a failure names a case that can be run again.
    let seed = 20261129
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const quarter = () => `${String(next(24)).padStart(2, '0')}:${String(next(4) * 15).padStart(2, '0')}`
    const QUARTER_MS = 15 * 60_000
    // Starts near each clock change and in ordinary weeks.
    const starts = ['2026-03-22T00:00:00Z', '2026-10-18T00:00:00Z', '2026-12-01T00:00:00Z', '2027-03-24T00:00:00Z'].map(Date.parse)
    const horizonDays = 9
    for (let c = 0; c < 60; c++) {
      const base = starts[c % starts.length]
      const instant = (maxDays: number) => new Date(base + next(maxDays * 96) * QUARTER_MS).toISOString()
      const windows: AvailabilityWindow[] = []
      for (let w = next(3); w > 0; w--) {
        const [a, b] = [quarter(), quarter()].sort()
        if (a !== b) windows.push({ kind: 'weekly', days: [...new Set([1 + next(7), 1 + next(7)])], from: a, to: b })
      }
      for (let w = next(3); w > 0; w--) {
        const from = instant(10)
        const to = new Date(Date.parse(from) + (1 + next(40)) * QUARTER_MS).toISOString()
        windows.push({ kind: next(2) ? 'dated' : 'away', from, to })
      }
      const now = new Date(base + next(5 * 96) * QUARTER_MS)
      let expected: Date | null = null
      for (let t = now.getTime(); t <= now.getTime() + horizonDays * 86_400_000; t += QUARTER_MS) {
        if (isAvailableAt(windows, new Date(t))) {
          expected = new Date(t)
          break
        }
      }
      expect(nextAvailableAt(windows, now, horizonDays), `case ${c}: ${JSON.stringify({ now, windows })}`).toEqual(expected)
    }
  })
})

describe('availability labels', () => {
  it('says available now, today at, or the day', () => {
    expect(availabilityLabel(officeHours, at('2026-12-07T10:00:00Z')).label).toBe('Available now')
    expect(availabilityLabel(officeHours, at('2026-12-07T07:00:00Z')).label).toBe('Next available today at 09:00 GMT')
    expect(availabilityLabel(officeHours, at('2026-12-11T18:00:00Z')).label).toBe('Next available Mon 14 Dec at 09:00 GMT')
    expect(availabilityLabel(officeHours, at('2026-07-06T06:00:00Z')).label).toBe('Next available today at 09:00 BST')
    expect(availabilityLabel([], at('2026-07-06T06:00:00Z')).label).toBe('Not available in the next four weeks')
  })

  it('names the zone of a one-off window that spans a clock change at each end', () => {
    const windows = parse('2026-10-25 00:00-03:00')
    expect(describeAvailability(windows, at('2026-10-20T00:00:00Z'))).toEqual(['Also Sun 25 Oct, 00:00 BST–03:00 GMT'])
  })

  it('describes the pattern and drops windows that have passed', () => {
    const windows = parse('Mon-Fri 09:00-17:00\n2026-12-05 10:00-14:00\nAway 2026-12-24 to 2027-01-02')
    expect(describeAvailability(windows, at('2026-12-01T00:00:00Z'))).toEqual(['Mon–Fri, 09:00–17:00', 'Also Sat 5 Dec, 10:00–14:00 GMT', 'Away Thu 24 Dec to Sat 2 Jan'])
    expect(describeAvailability(windows, at('2026-12-06T00:00:00Z'))).toEqual(['Mon–Fri, 09:00–17:00', 'Away Thu 24 Dec to Sat 2 Jan'])
  })
})

describe('the officers’ availability text', () => {
  it('reads day ranges, lists, words and the en dash', () => {
    expect(parse('Mon–Fri 09:00–17:00')).toEqual(officeHours)
    expect(parse('weekdays 9:00 to 17:00')).toEqual(officeHours)
    expect(parse('Sat, Sun 10:00-12:00')).toEqual([{ kind: 'weekly', days: [6, 7], from: '10:00', to: '12:00' }])
    expect(parse('Fri-Mon 18:00-24:00')).toEqual([{ kind: 'weekly', days: [1, 5, 6, 7], from: '18:00', to: '24:00' }])
    expect(parse('daily 07:00-08:00')[0]).toMatchObject({ days: [1, 2, 3, 4, 5, 6, 7] })
    expect(parse('\n\n')).toEqual([])
  })

  it('stores dated windows as instants read in London time', () => {
    expect(parse('2026-07-03 07:00-22:00')).toEqual([{ kind: 'dated', from: '2026-07-03T06:00:00.000Z', to: '2026-07-03T21:00:00.000Z' }])
    expect(parse('2026-12-03 22:00 to 2026-12-04 06:00')).toEqual([{ kind: 'dated', from: '2026-12-03T22:00:00.000Z', to: '2026-12-04T06:00:00.000Z' }])
    // Away across the autumn change: from 00:00 BST on the first day to 00:00 GMT after the last.
    expect(parse('Away 2026-10-24 to 2026-10-25')).toEqual([{ kind: 'away', from: '2026-10-23T23:00:00.000Z', to: '2026-10-26T00:00:00.000Z' }])
  })

  it('round-trips through the text form', () => {
    const text = 'Mon-Fri 09:00-17:00\nMon, Wed 18:00-20:00\nEvery day 07:00-08:00\n2026-07-03 07:00-22:00\n2026-12-03 22:00 to 2026-12-04 06:00\nAway 2026-10-24 to 2026-10-25\nAway 2026-12-25'
    expect(formatAvailability(parse(text))).toBe(text)
  })

  it('names the line and the problem', () => {
    const error = (text: string) => {
      const r = parseAvailability(text)
      return r.ok ? null : r.message
    }
    expect(error('Mon-Fri 09:00-17:00\nFunday 09:00-17:00')).toMatch(/^Line 2 .*name the days like Mon-Fri/)
    expect(error('Mon 17:00-09:00')).toMatch(/end time must be after the start time/)
    expect(error('Mon 25:00-26:00')).toMatch(/24-hour clock/)
    expect(error('2026-02-30 09:00-10:00')).toMatch(/real date/)
    expect(error('2026-12-03 10:00-09:00')).toMatch(/end must be after the start/)
    expect(error('Away 2026-12-10 to 2026-12-01')).toMatch(/on or after the first/)
    expect(error('whenever')).toMatch(/write it like/)
    expect(error(Array(21).fill('Mon 09:00-10:00').join('\n'))).toMatch(/at most 20/)
  })
})
