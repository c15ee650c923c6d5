import { describe, expect, it } from 'vitest'
import { kishEffectiveSampleSize, rake } from './raking.ts'

const byNation = (counts: Record<string, number>) => Object.entries(counts).map(([nation, count]) => ({ categories: { nation }, count }))

describe('weighting to the membership by nation', () => {
  // 100 answers: England 80, Scotland 10, Wales 5, Northern Ireland 5; members are 84/9/5/2 %.
  const cells = byNation({ england: 80, scotland: 10, wales: 5, northern_ireland: 5 })
  const members = { nation: { england: 0.84, scotland: 0.09, wales: 0.05, northern_ireland: 0.02 } }

  it('gives each nation its share of the members (post-stratification: target share × n ÷ answers)', () => {
    const result = rake(cells, members)
    expect(result.weights[0]).toBeCloseTo(1.05, 12) // 84 / 80
    expect(result.weights[1]).toBeCloseTo(0.9, 12) // 9 / 10
    expect(result.weights[2]).toBeCloseTo(1, 12) // 5 / 5
    expect(result.weights[3]).toBeCloseTo(0.4, 12) // 2 / 5
    expect(result.converged).toBe(true)
  })

  it('reports Kish’s effective sample size: 100² ÷ 102.1 = 97.94', () => {
    // Σw = 80×1.05 + 10×0.9 + 5×1 + 5×0.4 = 100; Σw² = 88.2 + 8.1 + 5 + 0.8 = 102.1
    expect(rake(cells, members).effectiveSampleSize).toBeCloseTo(10000 / 102.1, 9)
  })

  it('accepts targets as member counts rather than shares', () => {
    const counts = { nation: { england: 8400, scotland: 900, wales: 500, northern_ireland: 200 } }
    expect(rake(cells, counts).weights).toEqual(rake(cells, members).weights.map((w) => expect.closeTo(w, 12)))
  })

  it('spreads the share of a nation nobody answered from over the others, and says so', () => {
    const result = rake(byNation({ england: 90, scotland: 10 }), { nation: { england: 0.8, scotland: 0.1, wales: 0.1 } })
    expect(result.missing).toEqual([{ margin: 'nation', category: 'wales' }])
    expect(result.weights[0]).toBeCloseTo((8 / 9) * (100 / 90), 12)
    expect(result.weights[1]).toBeCloseTo((1 / 9) * (100 / 10), 12)
  })

  it('leaves weights of 1 (effective size = n) when the answers already match the members', () => {
    const result = rake(byNation({ england: 84, scotland: 9, wales: 5, northern_ireland: 2 }), members)
    for (const w of result.weights) expect(w).toBeCloseTo(1, 12)
    expect(result.effectiveSampleSize).toBeCloseTo(100, 9)
  })
})

describe('raking over two margins', () => {
  // Nation × practice area, 100 answers: [[40, 10], [20, 30]]; both margins should be 50/50.
  const cells = [
    { categories: { nation: 'a', area: 'x' }, count: 40 },
    { categories: { nation: 'a', area: 'y' }, count: 10 },
    { categories: { nation: 'b', area: 'x' }, count: 20 },
    { categories: { nation: 'b', area: 'y' }, count: 30 },
  ]
  const result = rake(cells, { nation: { a: 1, b: 1 }, area: { x: 1, y: 1 } })

  it('matches every margin', () => {
    const weighted = cells.map((c, i) => c.count * result.weights[i])
    expect(result.converged).toBe(true)
    expect(weighted[0] + weighted[1]).toBeCloseTo(50, 8)
    expect(weighted[0] + weighted[2]).toBeCloseTo(50, 8)
  })

  it('keeps the odds ratio of the answers (6), so the corner cell is 50·√6 ÷ (1 + √6) = 35.505', () => {
    const weighted = cells.map((c, i) => c.count * result.weights[i])
    expect((weighted[0] * weighted[3]) / (weighted[1] * weighted[2])).toBeCloseTo(6, 8)
    expect(weighted[0]).toBeCloseTo((50 * Math.sqrt(6)) / (1 + Math.sqrt(6)), 8)
  })
})

describe('Kish’s effective sample size', () => {
  it('is n for equal weights and smaller for unequal ones', () => {
    expect(kishEffectiveSampleSize([2, 2, 2, 2])).toBe(4)
    expect(kishEffectiveSampleSize([1, 3])).toBeCloseTo(16 / 10, 12)
    expect(kishEffectiveSampleSize([1, 3], [10, 10])).toBeCloseTo(1600 / 100, 12)
  })
})
