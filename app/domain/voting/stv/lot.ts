/**
 * Drawing lots (rules 49(3) and 51(2)(b)) reproducibly: a seeded PRNG, so anyone recounting the
 * published ballots with the same seed draws the same lots.
 */

/** cyrb128: a string → four 32-bit words, well mixed. */
export function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}

export interface Lot {
  /** A uniformly drawn whole number from 0 to n - 1. */
  below(n: number): number
}

/** sfc32 seeded from the string. */
export function createLot(seed: string): Lot {
  let [a, b, c, d] = hashSeed(seed)
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (a + b + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) >>> 0
    return t
  }
  for (let i = 0; i < 12; i++) next()
  return {
    below(n) {
      if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`Cannot draw among ${n}`)
      const limit = 2 ** 32 - (2 ** 32 % n) // reject the top sliver so every outcome is equally likely
      for (;;) {
        const x = next()
        if (x < limit) return x % n
      }
    },
  }
}

/**
 * The seed used when none is given: a digest of the candidates, seats and (merged) ballots, independent
 * of the order of papers, so a recount of the published BLT file draws the same lots.
 */
export function defaultSeed(candidates: string[], seats: number, prefs: number[][], weights: number[]): string {
  let sum = 0
  for (let g = 0; g < prefs.length; g++) {
    let h = 2166136261 ^ weights[g]
    for (const c of prefs[g]) h = Math.imul(h ^ (c + 1), 16777619)
    h = Math.imul(h ^ (h >>> 15), 2246822507)
    h ^= h >>> 13
    sum = (sum + (h >>> 0)) >>> 0
  }
  const head = hashSeed(`${seats}\u0000${candidates.join('\u0000')}`)[0]
  return `election:${head.toString(16).padStart(8, '0')}${sum.toString(16).padStart(8, '0')}`
}
