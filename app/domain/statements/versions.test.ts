import { describe, expect, it } from 'vitest'
import { compareWordings, parseVersionNumber } from './versions.ts'

describe('version numbers and comparisons', () => {
  it('accepts only positive whole numbers', () => {
    expect(parseVersionNumber('3')).toBe(3)
    for (const bad of ['0', '-1', '1.5', 'two', '', null, '1e3', '9999999']) expect(parseVersionNumber(bad)).toBeNull()
  })

  it('marks each field as changed or not, with the words added and removed', () => {
    const [title, summary, body] = compareWordings({ title: 'Caseloads', summary: 'A limit of 20.', body: 'Same text.' }, { title: 'Caseloads', summary: 'A limit of 18.', body: 'Same text.' })
    expect(title.changed).toBe(false)
    expect(body.changed).toBe(false)
    expect(summary.changed).toBe(true)
    expect(summary.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['20'])
    expect(summary.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['18'])
  })
})
