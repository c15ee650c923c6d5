import { beforeAll, describe, expect, it } from 'vitest'
import welsh from '~/i18n/cy/index.ts'
import { installWelsh } from '~/i18n/translate.ts'
import { describeScope, inScope, normaliseScope, WHOLE_BODY } from './scope.ts'

beforeAll(() => installWelsh(welsh))

describe('a ballot’s scope', () => {
  const cardiff = { nation: 'wales', branch: 'South East Wales', tierId: 'full' }
  it('takes everyone for the whole body, and needs a match in every restricted dimension', () => {
    expect(inScope(WHOLE_BODY, { nation: null, branch: null, tierId: 'student' })).toBe(true)
    expect(inScope({ nations: ['wales'], branches: [], tiers: [] }, cardiff)).toBe(true)
    expect(inScope({ nations: ['wales'], branches: [], tiers: ['student'] }, cardiff)).toBe(false)
    expect(inScope({ nations: ['wales', 'scotland'], branches: ['south east wales'], tiers: ['full'] }, cardiff)).toBe(true)
    expect(inScope({ nations: ['england'], branches: [], tiers: [] }, cardiff)).toBe(false)
    expect(inScope({ nations: ['wales'], branches: [], tiers: [] }, { nation: null, branch: null, tierId: 'full' })).toBe(false)
  })
  it('cleans what a form sent', () => {
    expect(normaliseScope({ nations: ['wales', 'wales', 'atlantis'], branches: [' North Wales ', 'north wales', ''], tiers: ['full'] })).toEqual({
      nations: ['wales'],
      branches: ['North Wales'],
      tiers: ['full'],
    })
  })
  it('says who can vote in words, in English and Welsh', () => {
    expect(describeScope('en', WHOLE_BODY)).toBe('The whole membership')
    expect(describeScope('en', { nations: ['wales'], branches: [], tiers: [] })).toBe('Members in Wales')
    expect(describeScope('en', { nations: ['wales', 'scotland'], branches: [], tiers: ['full'] }, { full: 'Full' })).toBe('Members in Wales or Scotland and on the Full tier')
    expect(describeScope('cy', { nations: ['wales'], branches: [], tiers: [] })).toContain('Cymru')
  })
})
