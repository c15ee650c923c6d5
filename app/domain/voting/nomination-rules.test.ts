import { describe, expect, it } from 'vitest'
import { countWords, nextNominationStatus, orderCandidates, outcomeAtClose, standingEligibility, surnameOf, yearsOfMembership } from './nomination-rules.ts'

describe('counting words as a person does', () => {
  it('counts runs of text between spaces, hyphenated words and numbers once each', () => {
    expect(countWords('I have 20 years in child-protection work.')).toBe(7)
    expect(countWords('well-being   matters\n\nto me')).toBe(4)
  })
  it('ignores Markdown marks and lone dashes, and counts a link by its text', () => {
    expect(countWords('# Why I stand\n\n- fair caseloads\n- *proper* supervision — now')).toBe(8)
    expect(countWords('Read [my record](https://example.org/a/very/long/address) here')).toBe(4)
    expect(countWords('   ')).toBe(0)
  })
})

describe('the order of candidates on the paper', () => {
  const names = [{ name: 'Ruth Asante' }, { name: 'Owain ap Rhys' }, { name: 'Carys Bevan' }, { name: 'Aled Bevan' }]
  it('sorts by surname, then by the whole name, ignoring case', () => {
    expect(orderCandidates(names, 'alphabetical', () => 0).map((c) => c.name)).toEqual(['Ruth Asante', 'Aled Bevan', 'Carys Bevan', 'Owain ap Rhys'])
    expect(surnameOf('  Owain ap Rhys ')).toBe('Rhys')
  })
  it('draws a random order from the given source, keeping every candidate once', () => {
    const drawn = orderCandidates(names, 'random', (below) => below - 1)
    expect(drawn.map((c) => c.name)).toEqual(names.map((c) => c.name))
    const reversed = orderCandidates(names, 'random', () => 0)
    expect(reversed.map((c) => c.name)).toEqual(['Owain ap Rhys', 'Carys Bevan', 'Aled Bevan', 'Ruth Asante'])
    expect(new Set(reversed.map((c) => c.name)).size).toBe(4)
  })
})

describe('the nomination state machine', () => {
  it('moves a nomination through acceptance, decision and withdrawal', () => {
    expect(nextNominationStatus('awaiting_acceptance', 'accept')).toBe('submitted')
    expect(nextNominationStatus('awaiting_acceptance', 'validate')).toBeNull()
    expect(nextNominationStatus('submitted', 'validate')).toBe('valid')
    expect(nextNominationStatus('submitted', 'reject')).toBe('rejected')
    expect(nextNominationStatus('rejected', 'validate')).toBe('valid')
    expect(nextNominationStatus('valid', 'withdraw')).toBe('withdrawn')
    expect(nextNominationStatus('withdrawn', 'accept')).toBeNull()
    expect(nextNominationStatus('withdrawn', 'validate')).toBeNull()
  })
})

describe('who may stand', () => {
  const now = new Date('2026-11-29T12:00:00Z')
  it('counts whole years from joining', () => {
    expect(yearsOfMembership(new Date('2024-11-29T12:00:00Z'), now)).toBe(2)
    expect(yearsOfMembership(new Date('2024-11-30T12:00:00Z'), now)).toBe(1)
    expect(yearsOfMembership(null, now)).toBe(0)
  })
  it('refuses the wrong tier and too short a membership', () => {
    const rules = { standTiers: ['full'], standMinYears: 2 }
    expect(standingEligibility({ tierId: 'full', joinedAt: new Date('2020-01-01') }, rules, now)).toEqual({ ok: true })
    expect(standingEligibility({ tierId: 'student', joinedAt: new Date('2020-01-01') }, rules, now)).toMatchObject({ ok: false })
    expect(standingEligibility({ tierId: 'full', joinedAt: new Date('2025-06-01') }, rules, now)).toMatchObject({ ok: false, values: { years: 2 } })
  })
  it('elects unopposed when valid nominations are not more than the seats', () => {
    expect(outcomeAtClose(3, 3)).toBe('unopposed')
    expect(outcomeAtClose(0, 3)).toBe('unopposed')
    expect(outcomeAtClose(4, 3)).toBe('ballot')
  })
})
