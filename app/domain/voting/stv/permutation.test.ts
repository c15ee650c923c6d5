import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readTestdata, testdataPath } from '../../../../tests/helpers/testdata.ts'
import { parseBlt, type Election } from './blt.ts'
import { countStv } from './count.ts'

/** Seeded shuffle, so a failure can be repeated. */
function shuffle<T>(items: T[], seed: number) {
  const out = [...items]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** The same election with candidates renumbered and the papers in another order. */
function permuted(e: Election, seed: number): Election {
  const order = shuffle(
    e.candidates.map((_, i) => i),
    seed,
  )
  const newIndex = new Map(order.map((old, i) => [old, i]))
  return {
    ...e,
    candidates: order.map((old) => e.candidates[old]),
    withdrawn: e.withdrawn.map((w) => newIndex.get(w)!),
    ballots: shuffle(
      e.ballots.map((b) => ({ weight: b.weight, prefs: b.prefs.map((p) => newIndex.get(p)!) })),
      seed + 1,
    ),
  }
}

const scottish = readdirSync(testdataPath('stv'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => JSON.parse(readTestdata('stv', name, 'expected.json')).rule.includes('wigm-scottish'))

const cases = scottish.map((name) => {
  const election = parseBlt(readTestdata('stv', name, 'ballots.blt'))
  return { name, election, original: countStv(election, { seed: 'fixed' }) }
})

describe('the count does not depend on candidate numbering or paper order', () => {
  it('covers every Scottish case that needs no lot (a lot is a different draw once candidates are renumbered)', () => {
    expect(cases.filter((c) => !c.original.tieBrokenByLot).length).toBeGreaterThanOrEqual(9)
  })
  for (const { name, election, original } of cases.filter((c) => !c.original.tieBrokenByLot)) {
    it(name, () => {
      for (const seed of [3, 17, 2026]) {
        const result = countStv(permuted(election, seed), { seed: 'fixed' })
        expect(result.elected).toEqual(original.elected)
        expect(result.rounds.map((r) => r.tallies)).toEqual(original.rounds.map((r) => r.tallies))
      }
    })
  }
})
