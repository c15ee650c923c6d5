import { describe, expect, it } from 'vitest'
import { normaliseRegistrationNumber, REGULATORS } from './registration.ts'

describe('normaliseRegistrationNumber', () => {
  it('normalises Social Work England numbers', () => {
    expect(normaliseRegistrationNumber('swe', 'sw012')).toEqual({ ok: true, number: 'SW12' })
    expect(normaliseRegistrationNumber('swe', ' SW 123 456 ')).toEqual({ ok: true, number: 'SW123456' })
    expect(normaliseRegistrationNumber('swe', 'Sw0001234')).toEqual({ ok: true, number: 'SW1234' })
  })

  it.each([
    ['swe', '123456'],
    ['swe', 'SW'],
    ['swe', 'SW000'],
    ['swe', 'SX123456'],
    ['swe', 'SW12345678'],
    ['swe', 'SW12a'],
    ['sssc', 'SW123456'],
    ['sssc', '12345678'],
    ['scw', 'abc'],
    ['niscc', '0000'],
    ['niscc', ''],
    ['sssc', '1'.repeat(40)],
  ] as const)('rejects %s number %j, saying what is expected', (regulator, input) => {
    const result = normaliseRegistrationNumber(regulator, input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^Enter your .+ registration number: .+, like \w+$/)
  })

  it('keeps numeric registers as digits without leading zeros', () => {
    expect(normaliseRegistrationNumber('sssc', '0012345')).toEqual({ ok: true, number: '12345' })
    expect(normaliseRegistrationNumber('scw', '1012345')).toEqual({ ok: true, number: '1012345' })
    expect(normaliseRegistrationNumber('niscc', '700-1234')).toEqual({ ok: true, number: '7001234' })
  })
})

describe('the registration hints on the join form', () => {
  it.each(Object.entries(REGULATORS))('show a %s example the form accepts as it is', (regulator, info) => {
    expect(normaliseRegistrationNumber(regulator as keyof typeof REGULATORS, info.example)).toEqual({ ok: true, number: info.example })
  })
})
