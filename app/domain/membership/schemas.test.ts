import { describe, expect, it } from 'vitest'
import { JoinSchema, JoinWithAccountSchema } from './schemas.ts'

const valid = { tierId: 'full', interval: 'year', regulator: 'swe', registrationNumber: 'sw 0123456', nation: 'england', branch: 'London', sector: 'children', consentTerms: 'on', topics: ['ballots'] }

describe('join form', () => {
  it('normalises the registration number and keeps the account fields', () => {
    const parsed = JoinWithAccountSchema.parse({ ...valid, name: ' Amira ', email: 'A@Example.test', password: 'long enough password' })
    expect(parsed).toMatchObject({ registrationNumber: 'SW123456', name: 'Amira', email: 'a@example.test', topics: ['ballots'] })
  })

  it('says what each regulator expects', () => {
    const result = JoinSchema.safeParse({ ...valid, regulator: 'sssc', registrationNumber: 'SW123456' })
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['registrationNumber'], message: expect.stringMatching(/SSSC.*up to 7 digits/) })])
  })

  it('requires a branch in the chosen nation and consent to the terms', () => {
    const result = JoinSchema.safeParse({ ...valid, nation: 'wales', branch: 'London', consentTerms: undefined })
    const paths = result.error?.issues.map((i) => i.path[0])
    expect(paths).toEqual(expect.arrayContaining(['consentTerms']))
    const branch = JoinSchema.safeParse({ ...valid, nation: 'wales' })
    expect(branch.error?.issues[0]).toMatchObject({ path: ['branch'], message: 'Select a branch in Wales' })
  })
})
