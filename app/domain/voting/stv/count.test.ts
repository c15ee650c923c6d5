import { describe, expect, it } from 'vitest'
import { parseBlt, type Election } from './blt.ts'
import { countStv, formatVotes, parseVotes, UNIT, type StvResult } from './count.ts'
import { createLot, type Lot } from './lot.ts'

const election = (candidates: string, seats: number, lines: Array<[number, string]>, withdrawn: number[] = []): Election => {
  const names = candidates.split('')
  return {
    candidates: names,
    seats,
    withdrawn,
    ballots: lines.map(([weight, prefs]) => ({ weight, prefs: prefs.split('').map((p) => names.indexOf(p)) })),
    title: '',
  }
}

describe('countStv: the Scottish rules on hand-checkable elections', () => {
  it('uses the integer Droop quota of valid papers, ignoring blank and withdrawn-only papers', () => {
    // 9 valid papers (blank and B-only papers are void once B withdraws): quota floor(9/3)+1 = 4
    const e = election(
      'ABCD',
      2,
      [
        [5, 'AC'],
        [3, 'C'],
        [1, 'DA'],
        [2, ''],
        [4, 'B'],
      ],
      [1],
    )
    const r = countStv(e)
    expect(r.validBallots).toBe(9)
    expect(r.quota).toBe(4)
    expect(r.rounds[0].tallies).toEqual({ A: '5.00000', C: '3.00000', D: '1.00000' })
  })

  it('transfers all of a surplus at value × surplus / total, truncated to 5 dp', () => {
    // quota floor(10/3)+1 = 4; A has 7, surplus 3: each paper moves at 3/7 = 0.42857
    const r = countStv(
      election('ABC', 2, [
        [4, 'AB'],
        [3, 'AC'],
        [2, 'C'],
        [1, 'B'],
      ]),
    )
    expect(r.rounds[1]).toMatchObject({ stage: 2, action: 'transfer-surplus', candidates: ['A'] })
    expect(r.rounds[1].tallies).toEqual({ A: '4.00000', B: '2.71428', C: '3.28571' })
    expect(r.rounds[1].nonTransferable).toBe('0.00001')
  })

  it('transfers a later surplus from each paper at the value it arrived with', () => {
    // quota floor(16/4)+1 = 5. A 8 → surplus 3 at 3/8: 6 papers of 0.375 → B 4 + 2.25 = 6.25 (elected).
    // B's surplus 1.25 of 6.25 moves 1/5 of each paper's value: 4 full papers → C 4 × 0.2;
    // 6 papers worth 0.375 → D 6 × 0.075 (the 2 A-only papers, 0.75, are non-transferable)
    const r = countStv(
      election('ABCDE', 3, [
        [6, 'ABD'],
        [2, 'A'],
        [4, 'BC'],
        [4, 'E'],
      ]),
    )
    expect(r.rounds.slice(0, 3).map((x) => [x.stage, x.action, x.candidates, x.elected])).toEqual([
      [1, 'elect', ['A'], ['A']],
      [2, 'transfer-surplus', ['A'], ['B']],
      [3, 'transfer-surplus', ['B'], []],
    ])
    expect(r.rounds[1].tallies.B).toBe('6.25000')
    expect(r.rounds[2].tallies).toEqual({ A: '5.00000', B: '5.00000', C: '0.80000', D: '0.45000', E: '4.00000' })
    expect(r.rounds[2].nonTransferable).toBe('0.75000')
    expect(r.elected).toEqual(['A', 'B', 'E'])
  })

  it('breaks equal surpluses, and then an exclusion tie, by looking back to the last stage where they differed', () => {
    // quota floor(40/4)+1 = 11. Stage 2: D excluded, B and C both reach 12. C had more at stage 1,
    // so C's surplus goes first (to E); then B's (to F) brings F level with E; E was ahead at
    // stage 3, so F is excluded and E takes the last seat. Transferring B first would elect F.
    const r = countStv(
      election('BCDEF', 3, [
        [9, 'BF'],
        [10, 'CE'],
        [3, 'DBF'],
        [2, 'DCE'],
        [8, 'E'],
        [8, 'F'],
      ]),
    )
    expect(r.rounds.map((x) => [x.stage, x.action, x.candidates.join()])).toEqual([
      [1, 'elect', ''],
      [2, 'exclude', 'D'],
      [3, 'transfer-surplus', 'C'],
      [4, 'transfer-surplus', 'B'],
      [5, 'exclude', 'F'],
      [5, 'elect-remaining', 'E'],
    ])
    expect(r.rounds[1].elected).toEqual(['C', 'B'])
    expect(r.rounds[3].tallies.E).toBe(r.rounds[3].tallies.F)
    expect(r.elected).toEqual(['C', 'B', 'E'])
    expect(r.tieBrokenByLot).toBe(false)
  })

  it('draws a lot when candidates were equal at every stage, reproducibly from the seed', () => {
    const e = election('AB', 1, [
      [3, 'A'],
      [3, 'B'],
    ])
    const winners = new Set<string>()
    for (let seed = 0; seed < 40; seed++) {
      const r = countStv(e, { seed })
      expect(r.tieBrokenByLot).toBe(true)
      expect(r.lots).toEqual([{ stage: 2, reason: 'exclusion', tied: ['A', 'B'], chosen: r.elected[0] === 'A' ? 'B' : 'A' }])
      expect(r.seed).toBe(String(seed))
      expect(countStv(e, { seed }).elected).toEqual(r.elected)
      winners.add(r.elected[0])
    }
    expect([...winners].sort()).toEqual(['A', 'B'])
  })

  it('seeds the lot from the election itself when no seed is given, whatever the order of the papers', () => {
    const e = election('ABCD', 1, [
      [3, 'AC'],
      [3, 'BD'],
      [2, 'CD'],
      [2, 'DC'],
    ])
    const shuffled = { ...e, ballots: [...e.ballots].reverse() }
    const a = countStv(e)
    const b = countStv(shuffled)
    expect(a.seed).toMatch(/^election:[0-9a-f]{16}$/)
    expect(b.seed).toBe(a.seed)
    expect(b.rounds).toEqual(a.rounds)
    expect(countStv({ ...e, ballots: [...e.ballots, { weight: 1, prefs: [0] }] }).seed).not.toBe(a.seed)
  })

  it('elects the continuing candidates when they are as many as the vacancies left (rule 52)', () => {
    const r = countStv(
      election('ABC', 2, [
        [5, 'A'],
        [4, 'B'],
        [1, 'C'],
      ]),
    )
    expect(r.quota).toBe(4)
    // A and B reach the quota on first preferences; C is never needed
    expect(r.elected).toEqual(['A', 'B'])
    // quota floor(15/3)+1 = 6: nobody reaches it; E, D and C go, then A and B fill the two seats
    const r2 = countStv(
      election('ABCDE', 2, [
        [5, 'A'],
        [4, 'B'],
        [3, 'C'],
        [2, 'D'],
        [1, 'E'],
      ]),
    )
    expect(r2.rounds.map((x) => [x.stage, x.action, x.candidates.join()])).toEqual([
      [1, 'elect', ''],
      [2, 'exclude', 'E'],
      [3, 'exclude', 'D'],
      [4, 'exclude', 'C'],
      [4, 'elect-remaining', 'A,B'],
    ])
    expect(r2.elected).toEqual(['A', 'B'])
  })

  it('can leave the last excluded papers untransferred, as some councils do (finalExclusion: no-transfer)', () => {
    // quota floor(10/3)+1 = 4: A elected; D excluded (C 3 ties B 3); C excluded by look-back, leaving B
    const e = election('ABCD', 2, [
      [4, 'A'],
      [3, 'BD'],
      [2, 'CB'],
      [1, 'DC'],
    ])
    const transfer = countStv(e)
    const literal = countStv(e, { finalExclusion: 'no-transfer' })
    expect(transfer.elected).toEqual(literal.elected)
    expect(transfer.rounds.at(-1)?.action).toBe('exclude')
    expect(literal.rounds.at(-1)?.action).toBe('elect-remaining')
    expect(literal.rounds.at(-2)?.tallies).toEqual(literal.rounds.at(-3)?.tallies)
  })

  it('fills fewer seats than asked only when candidates run out, and says so', () => {
    const r = countStv(
      election(
        'ABC',
        3,
        [
          [2, 'A'],
          [1, 'B'],
          [1, 'C'],
        ],
        [2],
      ),
    )
    expect(r.elected).toEqual(['A', 'B'])
    expect(r.rounds.at(-1)?.note).toMatch(/1 seat cannot be filled/)
  })

  it('rejects what cannot be counted with a DomainError, not a TypeError', () => {
    const e = election('AB', 1, [[1, 'A']])
    expect(() => countStv(e, { seats: 0 })).toThrow(/seats/)
    expect(() => countStv({ ...e, ballots: [{ weight: 1, prefs: [5] }] })).toThrow(/does not exist/)
    expect(() => countStv({ ...e, ballots: [{ weight: 0.5, prefs: [0] }] })).toThrow(/whole numbers/)
    expect(() => countStv({ ...e, candidates: ['A', 'A'] })).toThrow(/same name/)
  })

  it('formats and reads 5-dp totals exactly', () => {
    expect(formatVotes(191400000)).toBe('1914.00000')
    expect(formatVotes(3)).toBe('0.00003')
    expect(parseVotes('2064.41798')).toBe(206441798)
    expect(parseVotes('1.5')).toBe(150000)
  })
})

/** A random small election: partial rankings, weights, sometimes withdrawn candidates. */
function randomElection(lot: Lot, options: { fullRankings?: boolean } = {}): Election {
  const n = 2 + lot.below(7)
  const candidates = Array.from({ length: n }, (_, i) => `C${i + 1}`)
  const seats = 1 + lot.below(Math.min(4, n - 1))
  const withdrawn = !options.fullRankings && lot.below(4) === 0 ? [lot.below(n)] : []
  const ballots = Array.from({ length: 1 + lot.below(40) }, () => {
    const order = [...candidates.keys()]
    for (let i = order.length - 1; i > 0; i--) {
      const j = lot.below(i + 1)
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    return { weight: lot.below(6), prefs: options.fullRankings ? order : order.slice(0, lot.below(n + 1)) }
  })
  return { candidates, seats, withdrawn, ballots, title: 'random' }
}

/**
 * Replays a result paper by paper, with none of countStv's grouping or piles and with BigInt values,
 * checking that every decision was allowed by the rules and every stage total follows from it.
 */
function replay(e: Election, r: StvResult) {
  const n = e.candidates.length
  const U = BigInt(UNIT)
  const index = new Map(e.candidates.map((name, i) => [name, i]))
  const papers: { prefs: number[]; at: number; value: bigint }[] = []
  for (const b of e.ballots) {
    const prefs = b.prefs.filter((c, i) => !e.withdrawn.includes(c) && b.prefs.indexOf(c) === i)
    if (prefs.length) for (let k = 0; k < b.weight; k++) papers.push({ prefs, at: 0, value: U })
  }
  const quota = BigInt(Math.floor(papers.length / (e.seats + 1)) + 1) * U
  expect(r.quota).toBe(Number(quota / U))
  const status: string[] = e.candidates.map((_, c) => (e.withdrawn.includes(c) ? 'withdrawn' : 'hopeful'))
  const fixed = new Map<number, bigint>()
  const pending = new Set<number>()
  const elected: string[] = []
  const tally = (c: number) => fixed.get(c) ?? papers.reduce((s, p) => (p.at >= 0 && p.prefs[p.at] === c ? s + p.value : s), 0n)
  const move = (c: number, valueOf: (v: bigint) => bigint) => {
    for (const p of papers) {
      if (p.at < 0 || p.prefs[p.at] !== c) continue
      p.value = valueOf(p.value)
      do p.at++
      while (p.at < p.prefs.length && status[p.prefs[p.at]] !== 'hopeful')
      if (p.at === p.prefs.length) p.at = -1
    }
  }
  let lastNt = -1
  for (const round of r.rounds) {
    const [subject] = round.candidates.map((name) => index.get(name)!)
    const hopeful = () => status.flatMap((s, c) => (s === 'hopeful' ? [c] : []))
    if (round.action === 'transfer-surplus') {
      expect(pending.has(subject)).toBe(true)
      for (const other of pending) expect(tally(subject) >= tally(other)).toBe(true)
      const total = tally(subject)
      move(subject, (v) => (v * (total - quota)) / total)
      fixed.set(subject, quota)
      pending.delete(subject)
    } else if (round.action === 'exclude') {
      expect(pending.size).toBe(0)
      for (const other of hopeful()) expect(tally(subject) <= tally(other)).toBe(true)
      status[subject] = 'excluded'
      move(subject, (v) => v)
      fixed.set(subject, 0n)
    } else if (round.action === 'elect-remaining') {
      expect(hopeful().length).toBeLessThanOrEqual(e.seats - elected.length)
      expect(round.candidates.map((c) => index.get(c)!).sort()).toEqual(hopeful())
    }
    for (const name of round.elected) {
      const c = index.get(name)!
      expect(status[c]).toBe('hopeful')
      if (round.action !== 'elect-remaining') expect(tally(c) >= quota).toBe(true)
      status[c] = 'elected'
      elected.push(name)
      if (tally(c) > quota) pending.add(c)
    }
    if (round.action !== 'elect-remaining' && elected.length < e.seats) for (const c of hopeful()) expect(tally(c) < quota).toBe(true)
    // every stage total, exactly
    const expected: Record<string, string> = {}
    let sum = 0n
    e.candidates.forEach((name, c) => {
      if (status[c] === 'withdrawn') return
      expected[name] = formatVotes(Number(tally(c)))
      sum += tally(c)
    })
    expect(round.tallies).toEqual(expected)
    // conservation: tallies + non-transferable = valid papers, and nothing is ever created
    const nt = parseVotes(round.nonTransferable)
    expect(BigInt(nt) + sum).toBe(BigInt(papers.length) * U)
    expect(nt).toBeGreaterThanOrEqual(lastNt)
    lastNt = nt
  }
  expect(r.elected).toEqual(elected)
  const standing = n - e.withdrawn.length
  expect(r.elected).toHaveLength(Math.min(e.seats, standing))
}

describe('countStv: properties of random elections', () => {
  it('makes only moves the rules allow, and every stage total follows from them paper by paper', () => {
    const lot = createLot('stv-property')
    for (let i = 0; i < 400; i++) {
      const e = randomElection(lot)
      replay(e, countStv(e))
    }
  })

  it('loses no more than truncation allows when every paper ranks every candidate', () => {
    const lot = createLot('stv-truncation')
    let totalSurpluses = 0
    for (let i = 0; i < 300; i++) {
      const e = randomElection(lot, { fullRankings: true })
      const r = countStv(e)
      const papers = e.ballots.reduce((s, b) => s + b.weight, 0)
      let surpluses = 0
      for (const round of r.rounds) {
        if (round.action === 'transfer-surplus') surpluses++
        // a full ranking never runs out while a candidate continues, so only truncation is lost:
        // under 0.00001 of a vote per paper per surplus transfer
        expect(parseVotes(round.nonTransferable)).toBeLessThanOrEqual(surpluses * papers)
      }
      totalSurpluses += surpluses
    }
    expect(totalSurpluses).toBeGreaterThan(100)
  })
})

describe('countStv: a large election', () => {
  // Its speed is measured by `npm run bench`; here only that it completes and elects the seats.
  it('counts 100,000 ballots over 20 candidates for 5 seats', () => {
    const lot = createLot('stv-speed')
    const ballots = Array.from({ length: 100_000 }, () => {
      const order = [...Array(20).keys()]
      for (let i = 19; i > 0; i--) {
        const j = lot.below(i + 1)
        ;[order[i], order[j]] = [order[j], order[i]]
      }
      return { weight: 1, prefs: order.slice(0, 1 + lot.below(20)) }
    })
    const e: Election = { candidates: Array.from({ length: 20 }, (_, i) => `Candidate ${i + 1}`), seats: 5, withdrawn: [], ballots, title: '' }
    const result = countStv(e)
    expect(result.elected).toHaveLength(5)
    expect(new Set(result.elected).size).toBe(5)
  })
})

describe('parseBlt → countStv', () => {
  it('counts a BLT file end to end', () => {
    const r = countStv(parseBlt('3 2\n4 1 2 0\n2 3 0\n0\n"Castor"\n"Pollux"\n"Helen"\n"t"\n'))
    expect(r.elected).toEqual(['Castor', 'Helen'])
  })
})
