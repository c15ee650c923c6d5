import { describe, expect, it } from 'vitest'
import { diffText, slugify } from './diff.ts'

describe('diffText', () => {
  it('marks words added and removed between versions', () => {
    const parts = diffText('Caseloads should not exceed 20 children.', 'Caseloads must not exceed 18 children.')
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['should', '20'])
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['must', '18'])
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe('Caseloads must not exceed 18 children.')
  })
})

describe('slugify', () => {
  it('makes readable, stable slugs', () => {
    expect(slugify('Caseloads & Supervision: a National Limit!')).toBe('caseloads-and-supervision-a-national-limit')
    expect(slugify('Café réforme — Serious Case Reviews')).toBe('cafe-reforme-serious-case-reviews')
    expect(slugify('!!!')).toBe('statement')
    expect(slugify('a'.repeat(200)).length).toBe(80)
  })
})
