import { describe, expect, it } from 'vitest'
import { diffText, slugify } from './diff.ts'

describe('diffText', () => {
  it('marks words added and removed between versions', () => {
    const parts = diffText('Caseloads should not exceed 20 children.', 'Caseloads must not exceed 18 children.')
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['should', '20'])
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['must', '18'])
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe('Caseloads must not exceed 18 children.')
  })

  const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36)}`).join(' ')
  const rebuilt = (parts: ReturnType<typeof diffText>, side: 'before' | 'after') => parts.map((p) => (p.kind === (side === 'before' ? 'added' : 'removed') ? '' : p.text)).join('')

  it('compares two long, wholly different versions by paragraph or as a whole, still faithfully', () => {
    const before = [words('a', 2500), words('b', 2500)].join('\n\n')
    const after = [words('c', 2500), words('b', 2500)].join('\n\n')
    const parts = diffText(before, after)
    expect(rebuilt(parts, 'before')).toBe(before)
    expect(rebuilt(parts, 'after')).toBe(after)
    expect(parts.length).toBeLessThan(10)
    const whole = diffText(words('x', 5000), words('y', 5000))
    expect(whole.map((p) => p.kind)).toEqual(['removed', 'added'])
  })

  it('still compares word by word when a long version changes a few words', () => {
    const before = words('w', 5000)
    const after = before.replace('w10 ', 'changed ').replace('w2000 ', '')
    const parts = diffText(before, after)
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['changed'])
    expect(rebuilt(parts, 'after')).toBe(after)
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
