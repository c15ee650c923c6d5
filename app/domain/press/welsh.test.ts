import { describe, expect, it } from 'vitest'
import '~/i18n/server.ts'
import { ambiguousTime, parseLondonLocal } from '~/utils/london-time.ts'
import { availabilityLabel, describeAvailability, parseAvailability, type AvailabilityWindow } from './availability.ts'
import { embargoNotice, endsLine } from './embargo-line.ts'
import { describeDeadline } from './enquiry-status.ts'
import { fieldsWithPrompts } from './templates.ts'

/** What a Welsh reader of the press pages sees, written by the press domain itself. */
describe('the press office in Welsh', () => {
  it('writes the embargo line and ENDS as a Welsh release does', () => {
    expect(embargoNotice('2026-12-01T00:01:00Z', 'cy')).toBe("EMBARGO: NID I'W GYHOEDDI TAN 00:01 GMT, Dydd Mawrth, 1 Rhagfyr 2026")
    expect(embargoNotice('2026-12-01T00:01:00Z')).toBe('EMBARGOED UNTIL 00:01 GMT, Tuesday 1 December 2026')
    expect(endsLine('cy')).toBe('DIWEDD')
    expect(endsLine('en')).toBe('ENDS')
  })

  it('says when a spokesperson is free in Welsh, with Welsh day names', () => {
    const officeHours: AvailabilityWindow[] = [{ kind: 'weekly', days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }]
    expect(availabilityLabel(officeHours, new Date('2026-12-07T10:00:00Z'), 'cy').label).toBe('Ar gael nawr')
    expect(availabilityLabel(officeHours, new Date('2026-12-07T07:00:00Z'), 'cy').label).toBe('Ar gael nesaf heddiw am 09:00 GMT')
    expect(availabilityLabel(officeHours, new Date('2026-12-11T18:00:00Z'), 'cy').label).toBe('Ar gael nesaf ddydd Llun 14 Rhag am 09:00 GMT')
    expect(describeAvailability(officeHours, new Date('2026-12-01T00:00:00Z'), 'cy')).toEqual(['Llun–Gwe, 09:00–17:00'])
    const oneOffs: AvailabilityWindow[] = [
      { kind: 'dated', from: '2026-12-05T10:00:00Z', to: '2026-12-05T14:00:00Z' },
      { kind: 'away', from: '2026-12-24T00:00:00Z', to: '2027-01-03T00:00:00Z' },
    ]
    expect(describeAvailability(oneOffs, new Date('2026-12-01T00:00:00Z'), 'cy')).toEqual(['Hefyd ddydd Sadwrn 5 Rhag, 10:00–14:00 GMT', 'I ffwrdd o ddydd Iau 24 Rhag tan ddydd Sadwrn 2 Ion'])
  })

  it('names the availability line at fault in Welsh', () => {
    const r = parseAvailability('Mon-Fri 09:00-17:00\nFunday 09:00-17:00', 'cy')
    expect(r.ok ? null : r.message).toMatch(/^Llinell 2 \(“Funday 09:00-17:00”\): enwch y diwrnodau/)
  })

  it('counts down an enquiry deadline in Welsh', () => {
    const now = new Date('2026-12-01T12:00:00Z')
    expect(describeDeadline(new Date('2026-12-01T14:10:00Z'), now, 'cy').text).toBe('ymhen 2 awr 10 munud')
    expect(describeDeadline(new Date('2026-12-01T11:25:00Z'), now, 'cy').text).toBe('35 munud yn hwyr')
  })

  it('explains an autumn hour in Welsh, and the form still offers the BST/GMT choice', () => {
    const result = parseLondonLocal('2099-10-25T01:30', null, 'cy')
    expect(result.ok).toBe(false)
    const message = result.ok ? '' : result.message
    expect(message).toBe("Dydd Sul, 25 Hydref 2099: mae'r clociau'n mynd yn ôl am 02:00, felly mae 01:30 yn digwydd ddwywaith y diwrnod hwnnw. Dewiswch 01:30 BST (y cyntaf) neu 01:30 GMT (yr ail)")
    expect(ambiguousTime(message)).toBe('01:30')
    expect(ambiguousTime((parseLondonLocal('2099-10-25T01:30') as { message: string }).message)).toBe('01:30')
    const feb = parseLondonLocal('2027-02-29T09:00', null, 'cy')
    expect(feb.ok ? null : feb.message).toBe('Does dim 29 Chwefror 2027: nid yw 2027 yn flwyddyn naid')
  })

  it('asks for the template prompts to be replaced in Welsh', () => {
    const found = fieldsWithPrompts(
      { headline: '[x]', standfirst: '', body: '', keyFacts: [], quotes: [{ text: 'Quote', name: '[name]', role: '' }], notesToEditors: '', contactName: '', contactEmail: '', contactPhone: '' },
      'cy',
    )
    expect(found.headline).toBe("Rhowch rywbeth yn lle'r [anogwr mewn cromfachau] yn y pennawd cyn anfon")
    expect(found.quote1Name).toBe("Rhowch rywbeth yn lle'r [anogwr mewn cromfachau] yn yr enw ar gyfer dyfyniad 1 cyn anfon")
  })
})
