import { describe, expect, it } from 'vitest'
import { formatDate, formatNumber, formatPounds } from './format.ts'
import { pathIn, prefersWelsh, withoutLocale } from './locale.ts'
import { installWelsh, translate } from './translate.ts'

describe('Welsh plurals', () => {
  it('uses all six of Welsh’s plural forms (0, 1, 2, 3, 6 and 7 each read right)', () => {
    const seats = '{count, plural, one {# seat} other {# seats}}'
    installWelsh({ [seats]: '{count, plural, zero {dim seddi} one {un sedd} two {dwy sedd} few {tair sedd} many {chwe sedd} other {# sedd}}' })
    expect([0, 1, 2, 3, 6, 7, 1204].map((count) => translate('cy', seats, { count }))).toEqual(['dim seddi', 'un sedd', 'dwy sedd', 'tair sedd', 'chwe sedd', '7 sedd', '1,204 sedd'])
    expect([0, 1, 2, 7].map((count) => translate('en', seats, { count }))).toEqual(['0 seats', '1 seat', '2 seats', '7 seats'])
  })

  it('falls back to the English message when Welsh has none, rather than showing nothing', () => {
    installWelsh({})
    expect(translate('cy', 'Sign in')).toBe('Sign in')
  })
})

describe('formatting through Intl', () => {
  it('writes dates, numbers and money in each language on London time', () => {
    const at = new Date('2026-12-01T23:30:00Z')
    expect(formatDate('cy', at, 'full')).toBe('Dydd Mawrth, 1 Rhagfyr 2026')
    expect(formatDate('en', at, 'full')).toMatch(/^Tuesday,? 1 December 2026$/)
    expect(formatDate('en', new Date('2026-07-01T23:30:00Z'), 'long')).toBe('2 July 2026')
    expect(formatNumber('cy', 2140)).toBe('2,140')
    expect(formatPounds('cy', 1250)).toBe('£12.50')
  })
})

describe('language in the URL', () => {
  it('maps each page to its twin', () => {
    expect(pathIn('cy', '/')).toBe('/cy')
    expect(pathIn('cy', '/join?x=1')).toBe('/cy/join?x=1')
    expect(pathIn('en', '/cy/press/a')).toBe('/press/a')
    expect(pathIn('en', '/cy')).toBe('/')
    expect(withoutLocale('/cyclists')).toBe('/cyclists')
    expect(pathIn('cy', '/cy/join')).toBe('/cy/join')
  })

  it('offers Welsh only to a browser that puts it before English', () => {
    expect(prefersWelsh('cy-GB,cy;q=0.9,en;q=0.8')).toBe(true)
    expect(prefersWelsh('en-GB,en;q=0.9,cy;q=0.8')).toBe(false)
    expect(prefersWelsh('en-GB,cy')).toBe(false)
    expect(prefersWelsh('cy;q=0,en')).toBe(false)
    expect(prefersWelsh('')).toBe(false)
    expect(prefersWelsh('fr, cy;q=0.5')).toBe(true)
  })
})

describe('Welsh dates written from Chorus’s own names', () => {
  it('read exactly as ICU writes them in Welsh, for every month, weekday and style, on London time', () => {
    const icu = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('cy', { ...options, timeZone: 'Europe/London' })
    // Noon on the 15th of each month, and seven days in a row: every name, across both clock changes.
    const instants = [...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 15, 12))), ...Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2026, 10, 29 + d, 23, 30)))]
    for (const at of instants) {
      expect(formatDate('cy', at, 'long')).toBe(icu({ day: 'numeric', month: 'long', year: 'numeric' }).format(at))
      expect(formatDate('cy', at, 'full')).toBe(icu({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at))
      expect(formatDate('cy', at, 'short')).toBe(icu({ day: 'numeric', month: 'short', year: 'numeric' }).format(at))
      expect(formatDate('cy', at, 'time')).toBe(icu({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at))
    }
    // 23:30 UTC on 30 November is still 30 November in London (GMT); on 30 June it is 1 July (BST).
    expect(formatDate('cy', new Date('2026-06-30T23:30:00Z'), 'long')).toBe('1 Gorffennaf 2026')
  })
})
