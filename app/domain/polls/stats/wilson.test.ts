import { describe, expect, it } from 'vitest'
import { readTestdata } from '../../../../tests/helpers/testdata.ts'
import { marginPoints, wilsonFromProportion, wilsonInterval, Z95 } from './wilson.ts'

interface Reference {
  decimals: number
  cases: Array<{ r: number; n: number; lower: number; upper: number }>
}
const newcombe = JSON.parse(readTestdata('wilson', 'newcombe-1998.json')) as Reference

describe('the Wilson 95% interval', () => {
  it.each(newcombe.cases)('matches Newcombe (1998) Table I for $r of $n', ({ r, n, lower, upper }) => {
    const interval = wilsonInterval(r, n)
    expect(interval.lower.toFixed(newcombe.decimals)).toBe(lower.toFixed(newcombe.decimals))
    expect(interval.upper.toFixed(newcombe.decimals)).toBe(upper.toFixed(newcombe.decimals))
  })

  it('uses the two-sided 95% normal quantile', () => {
    expect(Z95).toBeCloseTo(1.96, 2)
  })

  it('stays inside 0 and 1 at the extremes and holds the figure inside', () => {
    expect(wilsonInterval(0, 5).lower).toBe(0)
    expect(wilsonInterval(5, 5).upper).toBe(1)
    for (const [k, n] of [
      [1, 3],
      [7, 10],
      [355, 1204],
      [1200, 1204],
    ]) {
      const { lower, upper } = wilsonInterval(k, n)
      expect(lower).toBeLessThan(k / n)
      expect(upper).toBeGreaterThan(k / n)
    }
  })

  it('is symmetric between an answer and its opposite', () => {
    const yes = wilsonInterval(81, 263)
    const no = wilsonInterval(182, 263)
    expect(no.lower).toBeCloseTo(1 - yes.upper, 12)
    expect(no.upper).toBeCloseTo(1 - yes.lower, 12)
  })

  it('narrows as more people answer', () => {
    const small = wilsonInterval(71, 100)
    const large = wilsonInterval(710, 1000)
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower)
  })

  it('says nothing is known when nobody answered, and refuses impossible counts', () => {
    expect(wilsonFromProportion(0.5, 0)).toEqual({ lower: 0, upper: 1 })
    expect(() => wilsonInterval(5, 3)).toThrow()
    expect(() => wilsonInterval(-1, 3)).toThrow()
  })

  it('gives the press line its margin in points: ±2.6 for 71% of 1,204', () => {
    const k = Math.round(0.71 * 1204)
    const margin = marginPoints(k / 1204, wilsonInterval(k, 1204))
    expect(margin.toFixed(1)).toBe('2.6')
  })

  it('uses an effective sample size after weighting: fewer effective answers, wider interval', () => {
    const raw = wilsonFromProportion(0.71, 1204)
    const weighted = wilsonFromProportion(0.71, 900.5)
    expect(weighted.upper - weighted.lower).toBeGreaterThan(raw.upper - raw.lower)
  })
})
